/**
 * The logic of `npm run data:check` (scripts/data-check.ts): validates every file of a data
 * directory; each problem is a line `file › record › field: message` on stdout, exit code 1.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem } from '../../src/domain/problems';
import { validateDataset } from '../../src/domain/validate';
import { datasetStats } from '../../src/domain/stats';
import type { CliResult } from './cliResult';
import { readDataDir } from './dataFiles';
import { jsonSchemas } from './jsonSchemas';

/** Runs the check with the command line's arguments (`--stats`, `--dir DIR`, `--write-schemas`). */
export function dataCheck(args: readonly string[]): CliResult {
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
  const listing = problems.map((p) => formatProblem(p) + '\n').join('');
  if (problems.length > 0 || !result.atlas) {
    const stderr = `data:check: ${problems.length} problem(s) in ${read.files.length} file(s)\n`;
    return { code: 1, stdout: listing, stderr };
  }
  return args.includes('--stats')
    ? { code: 0, stdout: JSON.stringify(datasetStats(result.atlas), null, 2) + '\n', stderr: '' }
    : { code: 0, stdout: '', stderr: `data:check: ${read.files.length} file(s) OK\n` };
}
