/** Builds what the benchmark serves: the production app (snapshotted) and the baseline page. */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'vite';
import { entryJsSize, gzipBytes } from '../scripts/lib/entrySize';

export const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench', 'out');
export const BASELINE_OUT = join(OUT, 'baseline');
/** A snapshot of dist/, so a rebuild by someone else mid-run cannot change what is served. */
export const APP_OUT = join(OUT, 'app');

/** A failure that means the figures cannot be measured (exit code 2). */
export class CannotMeasure extends Error {}

function buildApp(log: (m: string) => void): void {
  mkdirSync(OUT, { recursive: true });
  const logFile = join(OUT, 'build.log');
  const fd = openSync(logFile, 'w');
  log('npm run build (log: bench/out/build.log)…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  if (r.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
    throw new CannotMeasure(`npm run build failed (exit ${r.status}):\n${tail}`);
  }
}

async function buildBaseline(log: (m: string) => void): Promise<void> {
  log('building the baseline page…');
  await build({
    root: join(ROOT, 'bench', 'baseline'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: BASELINE_OUT,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 4096, // three.js in one chunk is the point
    },
  });
}

/** Builds (unless `rebuild` is false and outputs exist) and snapshots dist/ into APP_OUT. */
export async function prepare(rebuild: boolean, log: (m: string) => void): Promise<void> {
  if (rebuild) buildApp(log);
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new CannotMeasure('dist/index.html is missing: run without --no-build');
  }
  rmSync(APP_OUT, { recursive: true, force: true });
  cpSync(DIST, APP_OUT, { recursive: true });
  if (rebuild || !existsSync(join(BASELINE_OUT, 'index.html'))) await buildBaseline(log);
}

/** Gzip bytes (level as served) of every JavaScript file of the app build, by path under dist/. */
export function appJsGzipSizes(): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const f of readdirSync(APP_OUT, { recursive: true, encoding: 'utf8' })) {
    if (!/\.m?js$/.test(f)) continue;
    const rel = relative(APP_OUT, join(APP_OUT, f)).split(sep).join('/');
    sizes.set(rel, gzipBytes(readFileSync(join(APP_OUT, f))));
  }
  return sizes;
}

/** Gzip bytes of the JavaScript index.html loads up front (entry script + modulepreloads). */
export function entryJsGzipBytes(): number {
  try {
    return entryJsSize(APP_OUT).gzipBytes;
  } catch (e) {
    throw new CannotMeasure(e instanceof Error ? e.message : String(e));
  }
}
