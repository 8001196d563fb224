/**
 * `npm run bench [-- options]`: builds the production app and a baseline three.js page, serves
 * both on 127.0.0.1 (gzip), drives headless Chromium (WebGL via SwiftShader) over several runs
 * after a warm-up, runs the ranking micro-benchmark, and prints every figure against its budget.
 *
 *   --json FILE         also write the figures as JSON (stable keys, see report.ts)
 *   --markdown FILE     also write the table as Markdown (for the README's Performance section)
 *   --runs N            measured load pairs, app + baseline (default 19)
 *   --warmup N          discarded pairs first (default 1)
 *   --interactions N    of the measured app loads, how many also time taps/selects (default: all,
 *                       so the p95s pool 3 × 19 timings each; with 5 loads, 15 timings, the p95
 *                       was the slowest but one)
 *   --taps N            taps on the body, and candidate selections, per such load (default 3)
 *   --no-build          reuse dist/ (and bench/out/baseline/) as they are
 *
 * Timing never fails anything: the exit code is 0 whenever the figures could be measured,
 * and 2 when they could not (build failed, browser missing, page never ready, …).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAtlasOrExit } from '../scripts/lib/loadAtlas';
import { CannotMeasure, entryJsGzipBytes, prepare, ROOT } from './build';
import { runRankBench, RANK_SIZES } from './rank';
import { FIGURES, formatMarkdown, formatTable, judge, toJson, type Report } from './report';
import { measureInBrowser, push, type Values } from './session';
import { summarise } from './stats';

/** Random drawings per size and run, timed passes over them, and runs (see rank.ts). */
const RANK = { queries: 2000, repeats: 3, runs: 3 } as const;

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      json: { type: 'string' },
      markdown: { type: 'string' },
      runs: { type: 'string', default: '19' },
      warmup: { type: 'string', default: '1' },
      interactions: { type: 'string', default: 'all' },
      taps: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const int = (name: keyof typeof values, min: number): number => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) {
      throw new CannotMeasure(`--${name} needs an integer ≥ ${min}, got ${String(values[name])}`);
    }
    return n;
  };
  return {
    ...values,
    runs: int('runs', 1),
    warmup: int('warmup', 0),
    interactions: values.interactions === 'all' ? Number.POSITIVE_INFINITY : int('interactions', 1),
    taps: int('taps', 1),
  };
}

function measureRanking(v: Values): void {
  log('ranking micro-benchmark…');
  const atlas = loadAtlasOrExit(join(ROOT, 'data'));
  for (let i = 0; i < RANK.runs; i++) {
    const warmup = i === 0 ? 3000 : 300;
    const r = runRankBench(atlas, { ...RANK, warmup, seed: 42 });
    for (const size of RANK_SIZES) {
      push(v, `rank_p50_us_${size}`, r.p50[size]);
      push(v, `rank_p99_us_${size}`, r.p99[size]);
      push(v, `rank_raw_p99_us_${size}`, r.rawP99[size]);
    }
  }
}

function commit(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

async function main(): Promise<number> {
  const opts = options();
  if (opts.help) {
    const doc = readFileSync(import.meta.filename, 'utf8').split('*/')[0] ?? '';
    process.stdout.write(doc.replace(/^\/\*\*\n|^ \* ?/gm, '') + '\n');
    return 0;
  }
  const started = Date.now();
  await prepare(!opts['no-build'], log);

  const v: Values = {};
  const notes: string[] = [];
  push(v, 'js_entry_gzip_kb', entryJsGzipBytes() / 1024);
  const browser = await measureInBrowser(v, notes, { ...opts, log });
  measureRanking(v);

  const report: Report = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: commit(),
    runs: opts.runs,
    warmup: opts.warmup,
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      node: process.version,
      ...browser,
    },
    figures: FIGURES.map((def) => {
      const summary = summarise(v[def.key] ?? []);
      return { def, summary, verdict: judge(def, summary) };
    }),
    notes,
  };
  process.stdout.write(formatTable(report) + '\n');
  if (opts.json) writeFileSync(opts.json, JSON.stringify(toJson(report), null, 2) + '\n');
  if (opts.markdown) writeFileSync(opts.markdown, formatMarkdown(report, 'npm run bench') + '\n');
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const missing = FIGURES.filter((d, i) => d.required && !report.figures[i]?.summary);
  if (missing.length) {
    log(`could not measure: ${missing.map((d) => d.key).join(', ')}`);
    return 2;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Our own failures explain themselves; anything else gets its stack.
    const msg = !(e instanceof Error)
      ? String(e)
      : e instanceof CannotMeasure
        ? e.message
        : e.stack;
    log(`could not measure: ${msg}`);
    process.exit(2);
  },
);
