/**
 * Gzip size of the JavaScript a built page loads up front: the entry script and every
 * `modulepreload` that `index.html` names. Used by the benchmark and by the CI size check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip level the size is measured at (the default of gzip and of the benchmark's server). */
export const GZIP_LEVEL = 6;

export const gzipBytes = (bytes: Uint8Array): number =>
  gzipSync(bytes, { level: GZIP_LEVEL }).byteLength;

export interface EntrySize {
  /** Paths relative to the build directory, as `index.html` names them. */
  readonly files: readonly string[];
  /** Sum of their gzip sizes, bytes. */
  readonly gzipBytes: number;
}

/** Reads `dir/index.html` and sums the gzip size of the scripts it loads up front. */
export function entryJsSize(dir: string): EntrySize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.m?js)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => (m[1] as string).replace(/^\.?\//, ''));
  const files = [...new Set(refs)];
  if (files.length === 0) throw new Error(`${join(dir, 'index.html')} references no script`);
  const bytes = files.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dir, f))), 0);
  return { files, gzipBytes: bytes };
}
