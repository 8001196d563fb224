/** Loads and validates `data/` for command-line tools. */
import { join } from 'node:path';
import type { Atlas } from '../../src/domain/atlas';
import { formatProblem } from '../../src/domain/problems';
import { validateDataset } from '../../src/domain/validate';
import { readDataDir } from './dataFiles';

/** The validated atlas of `dir`, or the listing of its problems (one per line). */
export function loadAtlas(
  dir: string = join(process.cwd(), 'data'),
): { readonly atlas: Atlas } | { readonly problems: string } {
  const read = readDataDir(dir);
  const result = validateDataset(read.files);
  const problems = [...read.problems, ...result.problems];
  if (problems.length === 0 && result.atlas) return { atlas: result.atlas };
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
