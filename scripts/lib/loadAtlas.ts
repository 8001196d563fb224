/** Loads and validates `data/` for command-line tools; exits with a listing on problems. */
import { join } from 'node:path';
import type { Atlas } from '../../src/domain/atlas';
import { formatProblem } from '../../src/domain/problems';
import { validateDataset } from '../../src/domain/validate';
import { readDataDir } from './dataFiles';

export function loadAtlasOrExit(dir: string = join(process.cwd(), 'data')): Atlas {
  const read = readDataDir(dir);
  const result = validateDataset(read.files);
  const problems = [...read.problems, ...result.problems];
  if (problems.length > 0 || !result.atlas) {
    for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
    process.stderr.write(`${problems.length} problem(s) in ${dir}; run npm run data:check\n`);
    process.exit(1);
  }
  return result.atlas;
}
