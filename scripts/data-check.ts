/**
 * `npm run data:check [-- --stats] [-- --dir DIR] [-- --write-schemas]`
 * Validates every file of `data/` and prints each problem as `file › record › field: message`.
 * Exit 1 on any problem.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem } from '../src/domain/problems';
import { validateDataset } from '../src/domain/validate';
import { datasetStats } from '../src/domain/stats';
import { readDataDir } from './lib/dataFiles';
import { jsonSchemas } from './lib/jsonSchemas';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = resolve(dirFlag >= 0 ? (args[dirFlag + 1] ?? 'data') : 'data');

if (args.includes('--write-schemas')) {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(join(dir, name), JSON.stringify(schema, null, 2) + '\n');
  }
}

const read = readDataDir(dir);
const result = validateDataset(read.files);
const problems = [...read.problems, ...result.problems];
for (const p of problems) process.stdout.write(formatProblem(p) + '\n');
if (problems.length > 0 || !result.atlas) {
  process.stderr.write(
    `data:check: ${problems.length} problem(s) in ${read.files.length} file(s)\n`,
  );
  process.exit(1);
}
if (args.includes('--stats')) {
  process.stdout.write(JSON.stringify(datasetStats(result.atlas), null, 2) + '\n');
} else {
  process.stderr.write(`data:check: ${read.files.length} file(s) OK\n`);
}
