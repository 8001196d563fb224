/**
 * The logic of `npm run data:check` (scripts/data-check.ts): validates every file of a data
 * directory; each problem is a line `file › record › field: message` on stdout, exit code 1.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem } from '../../src/domain/problems';
import { datasetStats } from '../../src/domain/stats';
import type { CliResult } from './cliResult';
import { jsonSchemas } from './jsonSchemas';
import { checkDataDir } from './loadAtlas';

/** Runs the check with the command line's arguments (`--stats`, `--dir DIR`, `--write-schemas`). */
export function dataCheck(args: readonly string[]): CliResult {
  const dirFlag = args.indexOf('--dir');
  const dir = resolve(dirFlag >= 0 ? (args[dirFlag + 1] ?? 'data') : 'data');
  if (args.includes('--write-schemas')) {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      writeFileSync(join(dir, name), JSON.stringify(schema, null, 2) + '\n');
    }
  }
  const { files, problems, atlas } = checkDataDir(dir);
  if (!atlas) {
    const listing = problems.map((p) => formatProblem(p) + '\n').join('');
    const stderr = `data:check: ${problems.length} problem(s) in ${files} file(s)\n`;
    return { code: 1, stdout: listing, stderr };
  }
  return args.includes('--stats')
    ? { code: 0, stdout: JSON.stringify(datasetStats(atlas), null, 2) + '\n', stderr: '' }
    : { code: 0, stdout: '', stderr: `data:check: ${files} file(s) OK\n` };
}
