/**
 * Validates `data/` and bundles it into `assets/generated/dataset.json`, the one file the app
 * fetches at start. Fails (exit 1) with `file › record › field: message` lines on any problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/domain/problems';
import { validateDataset } from '../src/domain/validate';
import { readDataDir } from './lib/dataFiles';
import { GENERATED_DIR, removeLegacyGenerated } from './lib/generatedDir';

const read = readDataDir(join(process.cwd(), 'data'));
const problems = [...read.problems, ...validateDataset(read.files).problems];
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
  process.stderr.write(`build-dataset: ${problems.length} problem(s); nothing written\n`);
  process.exit(1);
}
removeLegacyGenerated();
mkdirSync(GENERATED_DIR, { recursive: true });
const json = JSON.stringify({ files: read.files });
writeFileSync(join(GENERATED_DIR, 'dataset.json'), json);
process.stderr.write(
  `build-dataset: ${read.files.length} files, ${(json.length / 1024).toFixed(0)} KB\n`,
);
