/**
 * Build step that writes the service worker: `sw.js` in the build's output, made from
 * `sw.template.js` with the list of files to precache (path relative to the output, md5 of the
 * file's bytes as its revision). Replaces vite-plugin-pwa and Workbox, whose build tooling (Babel,
 * Rollup plugins, ~290 npm packages) we installed for these ~80 lines.
 *
 * What is precached: the app shell, the dataset bundle and the geometry of both body shapes,
 * wherever the build puts them (public/generated/ or fingerprinted under assets/), and the
 * manifest and icons: see {@link isPrecached}.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** File extensions the worker precaches. */
export const PRECACHE_EXTENSIONS: readonly string[] = [
  'js',
  'css',
  'html',
  'webmanifest',
  'png',
  'svg',
  'json',
  'bin',
];
/** A precached file larger than this fails the build (each shape's geometry is ≤ 0.5 MB). */
export const PRECACHE_MAX_BYTES = 8 * 1024 * 1024;
/** Where the template's list goes. */
const PLACEHOLDER = '/* @precache-manifest */ []';
const TEMPLATE = join(fileURLToPath(import.meta.url), '..', 'sw.template.js');

/** One precached file: path relative to `sw.js` ('/'-separated) and md5 of its bytes (hex). */
export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string;
}

/**
 * Whether the worker precaches the file at `path` (relative to the build output, '/'-separated):
 * the extensions above, but not build bookkeeping the app never loads (`*.hash`, the muscles'
 * JSON sidecars in generated/) nor the worker itself.
 */
export function isPrecached(path: string): boolean {
  const ext = /\.([a-z]+)$/.exec(path)?.[1] ?? '';
  if (!PRECACHE_EXTENSIONS.includes(ext)) return false;
  if (path === 'sw.js') return false;
  return !/^generated\/muscles-[^/]*\.json$/.test(path);
}

/** Every file under `dir`, relative and '/'-separated, sorted. */
function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The precache list of a build output directory; throws naming a file over the size limit. */
export function precacheManifest(dir: string): PrecacheEntry[] {
  return listFiles(dir)
    .filter(isPrecached)
    .map((url) => {
      const bytes = readFileSync(join(dir, url));
      if (bytes.length > PRECACHE_MAX_BYTES)
        throw new Error(`service worker: ${url} is ${bytes.length} bytes, over the precache limit`);
      return { url, revision: createHash('md5').update(bytes).digest('hex') };
    });
}

/** The worker's source with `manifest` filled in. */
export function serviceWorkerSource(manifest: readonly PrecacheEntry[]): string {
  const template = readFileSync(TEMPLATE, 'utf8');
  if (!template.includes(PLACEHOLDER)) throw new Error(`${TEMPLATE}: no ${PLACEHOLDER}`);
  return template.replace(PLACEHOLDER, () => JSON.stringify(manifest));
}

/** Vite plugin: after `vite build` has written its output, writes `sw.js` next to index.html. */
export function serviceWorker(): Plugin {
  let outDir = '';
  return {
    name: 'referral-atlas:service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(precacheManifest(outDir)));
    },
  };
}
