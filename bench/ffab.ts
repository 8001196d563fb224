/**
 * `npx tsx bench/ffab.ts DIST_A [DIST_B …] [--runs N] [--interact]`: a quick A/B of builds.
 * Loads each build (and the baseline page) in turn, N rounds after a warm-up round, a fresh
 * context each load, interleaved so that a busy machine slows every build alike, and prints each
 * one's median navigation → first-frame mark (with its quartiles). `--interact` also times taps
 * and selections the way the benchmark does (bench/browser.ts `measureApp`, candidate highlight
 * on) and prints the first tap, the median tap, the first selection and the median selection
 * (main-thread ms), their CPU cross-checks, and the p95 of all taps and of all selections
 * (`FFAB_DETAIL=1`: each load's taps and selections, each with its CPU cross-check, split into
 * input handling by event and frames). For trying a change before a full `npm run bench`;
 * asserts nothing.
 */
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium, measureApp, measureBaseline, type AppResult } from './browser';
import { BASELINE_OUT } from './build';
import { startStaticServer } from './server';
import { tapOrder } from './session';
import { median, percentile } from './stats';

type Figures = Record<string, number[]>;

const add = (f: Figures, key: string, x: number | undefined): void => {
  if (x !== undefined && Number.isFinite(x)) (f[key] ??= []).push(x);
};

function record(f: Figures, r: AppResult): void {
  add(f, 'first frame', r.firstFrameMs);
  add(f, 'first tap', r.taps[0]?.total);
  for (const t of r.taps.slice(1)) add(f, 'later taps', t.total);
  for (const t of r.taps) add(f, 'tap cpu', t.cpu);
  add(f, 'first select', r.selects[0]?.total);
  for (const t of r.selects.slice(1)) add(f, 'later selects', t.total);
  for (const t of r.selects) add(f, 'select cpu', t.cpu);
  for (const t of r.taps) add(f, POOLED_TAPS, t.total);
  for (const t of r.selects) add(f, POOLED_SELECTS, t.total);
}

/** Every tap and every selection of a build, pooled as the benchmark pools them for its p95s. */
const POOLED_TAPS = 'tap p95';
const POOLED_SELECTS = 'select p95';

function loadOnce(
  browser: Browser,
  url: string,
  interact: boolean,
  order: readonly number[],
): Promise<AppResult> {
  const n = interact ? 3 : 0;
  return measureApp(browser, url, { regionOrder: order, taps: n, selects: n });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '7' },
      interact: { type: 'boolean', default: false },
    },
  });
  const dirs: Record<string, string> = { '/baseline/': BASELINE_OUT };
  positionals.forEach((d, i) => (dirs[`/b${i}/`] = d));
  const server = await startStaticServer(dirs);
  const browser = await launchChromium();
  const order = values.interact ? tapOrder() : [];
  const figures = new Map<string, Figures>();
  try {
    for (let round = 0; round <= Number(values.runs); round++) {
      for (const prefix of Object.keys(dirs)) {
        const url = `${server.origin}${prefix}`;
        const r =
          prefix === '/baseline/'
            ? { ...(await measureBaseline(browser, url)), taps: [], selects: [] }
            : await loadOnce(browser, url, values.interact, order);
        if (round === 0) continue;
        // FFAB_DETAIL=1: how each load's taps and selections split (input, frames busy/callbacks).
        if (process.env.FFAB_DETAIL && prefix !== '/baseline/') {
          const split = (clicks: AppResult['taps']): string =>
            clicks
              .map(
                (c) =>
                  `${c.total.toFixed(1)} (cpu ${c.cpu.toFixed(1)}) = ${c.input.toFixed(1)} (${Object.values(
                    c.byEvent,
                  )
                    .map((d) => d.toFixed(1))
                    .join('/')}) + [${c.frames
                    .map((f) => `${f.busy.toFixed(1)}/${f.callbacks}`)
                    .join(', ')}]`,
              )
              .join('; ');
          const app = r as AppResult;
          console.log(`${prefix} taps ${split(app.taps)} | selects ${split(app.selects)}`);
        }
        const f = figures.get(prefix) ?? {};
        record(f, r as AppResult);
        figures.set(prefix, f);
      }
    }
    for (const [prefix, f] of figures) {
      const name = prefix === '/baseline/' ? 'baseline' : positionals[Number(prefix.slice(2, -1))];
      const parts = Object.entries(f).map(([k, xs]) => {
        const v = [...xs].sort((a, b) => a - b);
        const q = (p: number): string => percentile(v, p).toFixed(0);
        if (k === POOLED_TAPS || k === POOLED_SELECTS) {
          return `${k} ${percentile(v, 0.95).toFixed(1)} (of ${v.length}, slowest ${q(1)})`;
        }
        return `${k} ${median(xs).toFixed(1)} [${q(0.25)}–${q(0.75)}]`;
      });
      console.log(`${name}: ${parts.join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
