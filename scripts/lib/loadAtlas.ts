/** Loads and validates `data/` for command-line tools. */
import { join } from 'node:path';
import type { Atlas } from '../../src/domain/atlas';
import { formatProblem, type Problem } from '../../src/domain/problems';
import { validateDataset } from '../../src/domain/validate';
import { readDataDir } from './dataFiles';

/** A data directory read and validated. */
export interface CheckedDataDir {
  /** Files read. */
  readonly files: number;
  /** Problems reading and validating them. */
  readonly problems: readonly Problem[];
  /** The atlas, when there is no problem. */
  readonly atlas?: Atlas | undefined;
}

/** Reads and validates every file of `dir` (the check `data:check` and the tools share). */
export function checkDataDir(dir: string): CheckedDataDir {
  const read = readDataDir(dir);
  const result = validateDataset(read.files);
  const problems = [...read.problems, ...result.problems];
  return { files: read.files.length, problems, atlas: problems.length ? undefined : result.atlas };
}

/** The validated atlas of `dir`, or the listing of its problems (one per line). */
export function loadAtlas(
  dir: string = join(process.cwd(), 'data'),
): { readonly atlas: Atlas } | { readonly problems: string } {
  const { problems, atlas } = checkDataDir(dir);
  if (atlas) return { atlas };
  const lines = problems.map((p) => formatProblem(p) + '\n').join('');
  return {
    problems: `${lines}${problems.length} problem(s) in ${dir}; run npm run data:check\n`,
  };
}

/** As {@link loadAtlas}; on problems, prints them and exits with code 1. */
export function loadAtlasOrExit(dir: string = join(process.cwd(), 'data')): Atlas {
  const loaded = loadAtlas(dir);
  if ('atlas' in loaded) return loaded.atlas;
  process.stderr.write(loaded.problems);
  process.exit(1);
}
