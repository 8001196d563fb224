/**
 * Gzip size of the JavaScript a built page fetches before the body's first frame: the entry script
 * and every `modulepreload` that `index.html` names, plus the chunks the first frame waits for
 * ({@link FIRST_FRAME_CHUNKS}) with their static imports. The benchmark measures the same set in
 * the browser (`js_gzip_kb`: every script requested before the `atlas:body-first-frame` mark); the
 * CI size check (`npm run size:check`) computes it from `dist/` alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip level the size is measured at (the default of gzip and of the benchmark's server). */
export const GZIP_LEVEL = 6;

export const gzipBytes = (bytes: Uint8Array): number =>
  gzipSync(bytes, { level: GZIP_LEVEL }).byteLength;

/**
 * Lazy chunks the first frame of a link with state waits for, by the name of the module they are
 * built from: the app (`src/start.tsx`, which the small entry `src/main.tsx` imports once it has
 * started the body's worker) and the body decoder's worker (`src/scene/bodyDecoder.ts` starts
 * `src/body/asset/decodeWorker.ts`, one self-contained script with meshoptimizer's decoder).
 * Their static imports count too. (The main-thread decoder chunk, `bodyAsset`, is fetched only
 * where the worker cannot run.)
 */
export const FIRST_FRAME_CHUNKS: readonly string[] = ['start', 'decodeWorker'];

/**
 * The same for a first visit (a link with no state): the first paint (`src/firstPaint.ts`) draws
 * the body before the app loads, so the app's chunks come after that frame.
 */
export const FIRST_VISIT_CHUNKS: readonly string[] = ['firstPaint', 'decodeWorker'];

export interface EntrySize {
  /** Paths relative to the build directory, as `index.html` names them. */
  readonly files: readonly string[];
  /** Sum of their gzip sizes, bytes. */
  readonly gzipBytes: number;
}

export interface FirstFrameSize extends EntrySize {
  /** The entry alone (script and module preloads). */
  readonly entry: EntrySize;
}

const sizeOf = (dir: string, files: readonly string[]): number =>
  files.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dir, f))), 0);

/** Reads `dir/index.html` and sums the gzip size of the scripts it loads up front. */
export function entryJsSize(dir: string): EntrySize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.m?js)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => (m[1] as string).replace(/^\.?\//, ''));
  const files = [...new Set(refs)];
  if (files.length === 0) throw new Error(`${join(dir, 'index.html')} references no script`);
  return { files, gzipBytes: sizeOf(dir, files) };
}

/** Relative paths (`./x.js`) a built chunk imports statically (`import … from`, `import "…"`). */
export const staticImports = (code: string): string[] =>
  [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g)].map(
    (m) => m[1] as string,
  );

/** The built chunk of module `name` in `dir/folder` (`name-<hash>.js`); exactly one must exist. */
function chunkOf(dir: string, folder: string, name: string): string {
  const found = readdirSync(join(dir, folder)).filter((f) =>
    new RegExp(`^${name}-[\\w-]+\\.m?js$`).test(f),
  );
  if (found.length !== 1) {
    throw new Error(
      `expected one chunk '${name}-<hash>.js' in ${join(dir, folder)}, found ${found.length}`,
    );
  }
  return posix.join(folder, found[0] as string);
}

/** `start` and every chunk it reaches through static imports, as paths relative to `dir`. */
function withStaticImports(dir: string, start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const rel of staticImports(code)) visit(posix.join(posix.dirname(file), rel));
  };
  visit(start);
  return [...seen];
}

/** The entry plus the chunks the first frame waits for ({@link FIRST_FRAME_CHUNKS}), gzip. */
export function firstFrameJsSize(
  dir: string,
  chunks: readonly string[] = FIRST_FRAME_CHUNKS,
): FirstFrameSize {
  const entry = entryJsSize(dir);
  const folder = posix.dirname(entry.files[0] as string);
  const late = chunks.flatMap((name) => withStaticImports(dir, chunkOf(dir, folder, name)));
  const files = [...new Set([...entry.files, ...late])];
  return { entry, files, gzipBytes: sizeOf(dir, files) };
}
