/** Node-side reading of the `data/` tree into {@link DataFile}s (the domain stays free of I/O). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataFile } from '../../src/domain/validate';
import type { Problem } from '../../src/domain/problems';

export interface ReadResult {
  readonly files: DataFile[];
  /** JSON syntax errors, reported like any other problem. */
  readonly problems: Problem[];
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listJson(p));
    else if (name.endsWith('.json') && !name.endsWith('.schema.json')) out.push(p);
  }
  return out;
}

/** Reads every `*.json` under `dir` (recursively); paths are reported relative to `root`. */
export function readDataDir(dir: string, root: string = process.cwd()): ReadResult {
  const files: DataFile[] = [];
  const problems: Problem[] = [];
  for (const abs of listJson(dir)) {
    const path = relative(root, abs).replace(/\\/g, '/');
    try {
      files.push({ path, json: JSON.parse(readFileSync(abs, 'utf8')) as unknown });
    } catch (e) {
      problems.push({
        file: path,
        record: '(file)',
        field: '(file)',
        message: `invalid JSON: ${(e as Error).message}`,
      });
    }
  }
  return { files, problems };
}
