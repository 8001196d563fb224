/** Content hash of generator inputs, so asset builds can skip work when nothing changed. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { relative } from 'node:path';

/** Every file under `dir`, sorted, recursively. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = `${dir}/${name}`;
      return statSync(p).isDirectory() ? listFiles(p) : [p];
    });
}

/** SHA-256 over the paths (relative to `root`) and contents of `files`, in order. */
export function hashFiles(root: string, files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(root, f));
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}
