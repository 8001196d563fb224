/**
 * Validates `data/` and bundles it into `public/generated/dataset.json`, the one file the app
 * fetches at start. Fails (exit 1) with `file › record › field: message` lines on any problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/domain/problems';
import { validateDataset } from '../src/domain/validate';
import { readDataDir } from './lib/dataFiles';

const read = readDataDir(join(process.cwd(), 'data'));
const problems = [...read.problems, ...validateDataset(read.files).problems];
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
  process.stderr.write(`build-dataset: ${problems.length} problem(s); nothing written\n`);
  process.exit(1);
}
mkdirSync('public/generated', { recursive: true });
const json = JSON.stringify({ files: read.files });
writeFileSync('public/generated/dataset.json', json);
process.stderr.write(
  `build-dataset: ${read.files.length} files, ${(json.length / 1024).toFixed(0)} KB\n`,
);
