/**
 * The browser part of a benchmark run: one Chromium, a static server for the app snapshot and
 * the baseline page, warm-up pairs, then measured pairs (app load + baseline load, order
 * alternating), with taps and selections in the first few measured app loads.
 */
import { chromiumPath } from '../scripts/lib/chromium';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadAtlasOrExit } from '../scripts/lib/loadAtlas';
import {
  CHROMIUM_ARGS,
  measureApp,
  measureBaseline,
  type AppResult,
  type LoadResult,
} from './browser';
import { APP_OUT, appJsGzipSizes, BASELINE_OUT, CannotMeasure, ROOT } from './build';
import { cpuTimes } from './proc';
import { prng } from './rank';
import type { Machine } from './report';
import { startStaticServer } from './server';
import { median, percentile } from './stats';

const KB = 1024;

export type Values = Record<string, number[]>;

export const push = (v: Values, key: string, x: number | null | undefined): void => {
  if (x === null || x === undefined || !Number.isFinite(x)) return;
  (v[key] ??= []).push(x);
};

export interface SessionOptions {
  readonly runs: number;
  readonly warmup: number;
  /** How many of the measured app loads also time taps and selections. */
  readonly interactions: number;
  readonly taps: number;
  readonly log: (msg: string) => void;
}

const MISSING_MARK =
  "the app did not mark 'atlas:body-first-frame' (no frame followed the first one drawn): first_frame_ms " +
  "uses the harness's equivalent mark, taken at the start of the frame after the first " +
  'frame drawn once the body was mounted';

async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'unavailable';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Others may share this machine (builds, tests, other browsers). Before each measured pair,
 * wait — at most QUIET_MAX_MS — for a QUIET_WINDOW_MS window in which at least half of the
 * CPU time was idle. Returns the idle share of the last window (1 where unknown).
 */
const QUIET_WINDOW_MS = 250;
const QUIET_MAX_MS = 2000;
async function waitForQuiet(): Promise<number> {
  const deadline = Date.now() + QUIET_MAX_MS;
  for (;;) {
    const a = cpuTimes();
    await sleep(QUIET_WINDOW_MS);
    const b = cpuTimes();
    const idle = a && b && b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : 1;
    if (idle >= 0.5 || Date.now() >= deadline) return idle;
  }
}

/** Region indices to try tapping: those some trigger point refers to, in a fixed shuffled order. */
export function tapOrder(): number[] {
  const atlas = loadAtlasOrExit(join(ROOT, 'data'));
  const referred = new Set(atlas.sidedTriggerPoints.flatMap((tp) => tp.essential));
  const order = atlas.regions.filter((r) => referred.has(r.id)).map((r) => r.index);
  const rnd = prng(3);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** Transfer by kind, and the gzip size of the JavaScript fetched before the first frame. */
function recordTransfer(v: Values, r: LoadResult, gz: ReadonlyMap<string, number>): void {
  const by = { js: 0, bin: 0, json: 0, all: 0, initialJs: 0 };
  for (const e of r.resources) {
    const path = new URL(e.name).pathname;
    const ext = /\.(\w+)$/.exec(path)?.[1] ?? '';
    by.all += e.transferSize;
    if (ext === 'js' || ext === 'mjs') {
      by.js += e.transferSize;
      if (e.startTime <= r.firstFrameMs) {
        by.initialJs += gz.get(path.replace(/^\/app\//, '')) ?? e.encodedBodySize;
      }
    } else if (ext === 'bin') by.bin += e.transferSize;
    else if (ext === 'json') by.json += e.transferSize;
  }
  push(v, 'js_gzip_kb', by.initialJs / KB);
  push(v, 'transfer_kb', by.all / KB);
  push(v, 'transfer_js_kb', by.js / KB);
  push(v, 'geometry_kb', by.bin / KB);
  push(v, 'transfer_data_kb', by.json / KB);
}

/** Pooled single timings over all measured loads (not figures themselves; see {@link poolP95}). */
const TAP_SAMPLES = 'tap_samples';
const SELECT_SAMPLES = 'select_samples';

/** The p95 and the slowest of every pooled tap and selection of the session, one value each. */
function poolP95(v: Values): void {
  const at = (key: string, q: number): number | undefined => {
    const xs = [...(v[key] ?? [])].sort((a, b) => a - b);
    return xs.length ? percentile(xs, q) : undefined;
  };
  push(v, 'tap_p95_ms', at(TAP_SAMPLES, 0.95));
  push(v, 'tap_max_ms', at(TAP_SAMPLES, 1));
  push(v, 'select_p95_ms', at(SELECT_SAMPLES, 0.95));
  push(v, 'select_max_ms', at(SELECT_SAMPLES, 1));
}

function recordApp(v: Values, r: AppResult, gz: ReadonlyMap<string, number>): void {
  push(v, 'first_frame_ms', r.firstFrameMs);
  recordTransfer(v, r, gz);
  push(v, 'draw_calls', r.drawCalls);
  push(v, 'triangles', r.triangles);
  push(v, 'heap_mb', r.heapUsedMb);
  push(v, 'heap_buffers_mb', r.heapBackingMb);
  const { taps, selects } = r;
  if (taps.length) {
    push(v, 'tap_to_frame_ms', median(taps.map((t) => t.total)));
    // The first tap of each fresh page load is what a user meets once per visit (cold caches,
    // first shader use); every tap also goes into the pooled samples for the p95.
    push(v, 'first_tap_ms', taps[0]?.total);
    for (const t of taps) push(v, TAP_SAMPLES, t.total);
    push(v, 'tap_input_ms', median(taps.map((t) => t.input + t.preRaf)));
    push(v, 'tap_frame_ms', median(taps.map((t) => t.frame)));
    push(v, 'tap_cpu_ms', median(taps.map((t) => t.cpu)));
    push(v, 'tap_wall_ms', median(taps.flatMap((t) => (t.wall === null ? [] : [t.wall]))));
  }
  if (selects.length) {
    push(v, 'select_to_frame_ms', median(selects.map((t) => t.total)));
    push(v, 'first_select_ms', selects[0]?.total);
    for (const t of selects) push(v, SELECT_SAMPLES, t.total);
    push(v, 'select_cpu_ms', median(selects.map((t) => t.cpu)));
  }
}

const fmt = (xs: readonly { total: number }[]): string =>
  xs.map((t) => t.total.toFixed(1)).join('/');

/** Runs every browser measurement into `v`; adds what went wrong to `notes`. */
export async function measureInBrowser(
  v: Values,
  notes: string[],
  opts: SessionOptions,
): Promise<Pick<Machine, 'chromium' | 'webgl'>> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new CannotMeasure(
      `no Chromium at ${executablePath}: apt-get install chromium, or set CHROME_PATH`,
    );
  }
  const gz = appJsGzipSizes();
  const server = await startStaticServer({ '/app/': APP_OUT, '/baseline/': BASELINE_OUT });
  const appUrl = `${server.origin}/app/`;
  const baseUrl = `${server.origin}/baseline/`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
    const webgl = await webglRenderer(browser);
    const order = tapOrder();
    const problems = new Set<string>();
    let appOk = 0;
    let missed = 0;
    for (let i = 0; i < opts.warmup + opts.runs; i++) {
      const run = i - opts.warmup; // < 0 while warming up
      const label = run >= 0 ? `run ${run + 1}/${opts.runs}` : `warm-up ${i + 1}/${opts.warmup}`;
      const clicks = run < opts.interactions ? opts.taps : 0; // warm-ups click too
      const idle = await waitForQuiet();
      let app: AppResult | undefined;
      let base: LoadResult | undefined;
      // Alternate the order so neither page always runs on a just-disturbed machine.
      for (const which of i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app']) {
        try {
          if (which === 'baseline') base = await measureBaseline(browser, baseUrl);
          else {
            const tapOpts = { regionOrder: order, taps: clicks, selects: clicks };
            app = await measureApp(browser, appUrl, tapOpts);
          }
        } catch (e) {
          const msg = e instanceof Error ? e.message : String(e);
          opts.log(`${label}: ${which} failed: ${msg}`);
          problems.add(`${which}: ${msg.split('\n')[0]}`);
        }
      }
      for (const p of app?.problems ?? []) problems.add(p);
      if (app?.markSource === 'harness') problems.add(MISSING_MARK);
      const ms = (r?: LoadResult): string => (r ? `${r.firstFrameMs.toFixed(0)} ms` : '—');
      opts.log(
        `${label}: CPU idle ${(100 * idle).toFixed(0)} %; first frame app ${ms(app)}, baseline ${ms(base)}` +
          (app?.taps.length ? `; taps ${fmt(app.taps)} ms; selects ${fmt(app.selects)} ms` : ''),
      );
      if (run < 0) continue;
      push(v, 'cpu_idle_pct', 100 * idle);
      missed += app?.missedTaps ?? 0;
      if (app) {
        appOk++;
        recordApp(v, app, gz);
      }
      if (base) push(v, 'baseline_first_frame_ms', base.firstFrameMs);
      if (app && base) push(v, 'first_frame_ratio', app.firstFrameMs / base.firstFrameMs);
      if (app?.cpuMs && base?.cpuMs) push(v, 'first_frame_cpu_ratio', app.cpuMs / base.cpuMs);
    }
    poolP95(v);
    if (appOk === 0) {
      throw new CannotMeasure(`the app could not be measured: ${[...problems].join('; ')}`);
    }
    notes.push(...[...problems].slice(0, 8));
    if (missed > 0) {
      notes.push(
        `${missed} tap(s) on a region's visible point changed nothing (no list change, no ` +
          'frame); they were not timed and the next region was tapped instead',
      );
    }
    return { chromium: browser.version(), webgl };
  } finally {
    await browser?.close();
    await server.close();
  }
}
