/**
 * `npx tsx bench/profile.ts [DIST] [--top N]`: where the main thread's time goes, by function.
 * Loads the app once in headless Chromium at the benchmark's viewport, with the V8 sampling
 * profiler (100 µs) over three windows: navigation → first-frame mark, the first tap on the
 * body, and the first candidate selection (then a second tap and selection, warm). Prints each
 * window's top functions by self time. Build DIST unminified for readable names:
 * `npx vite build --minify false --outDir /tmp/dist-nomin`. Never part of CI; no timing asserts.
 * `--click-only`: each interaction window only from pointerdown to the first task after the next
 * frame, as the benchmark counts it. `--trace`: instead of the sampling profiler, a DevTools trace of each interaction window,
 * printed as the main thread's event tree (events ≥ 0.3 ms), to see style, layout, paint, GC and
 * GPU waits that a JS profile does not show. `--warm`: one unprofiled load first (GPU process up,
 * as in the benchmark after its warm-up). `PROFILE_TAIL_MS=n`: of the load, only its last n ms
 * (what runs just before the first-frame mark); `PROFILE_OUT=prefix` keeps each window's profile
 * (`prefix-<window>.cpuprofile`). `PROFILE_INCLUSIVE=1` adds inclusive times per
 * function; `PROFILE_CALLERS=name` the stacks under which `name` spent its samples.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium, openPage } from './browser';
import { APP_OUT } from './build';
import { startStaticServer } from './server';

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** With `ms` > 0, only the profile's samples in its last `ms` milliseconds. */
function tail(p: Profile, ms: number): Profile {
  if (!(ms > 0)) return p;
  let left = ms * 1000;
  let from = p.samples.length;
  while (from > 0 && left > 0) left -= p.timeDeltas[--from] ?? 0;
  return { ...p, samples: p.samples.slice(from), timeDeltas: p.timeDeltas.slice(from) };
}

/** Self time (ms) per function, largest first. */
function selfTimes(p: Profile): [string, number][] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const acc = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const file = f.url.split('/').pop() ?? '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    acc.set(key, (acc.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...acc].sort((a, b) => b[1] - a[1]);
}

/** For `--callers NAME`: the call stacks (outermost last) under which NAME spent its samples. */
function callers(p: Profile, name: string): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const acc = new Map<string, number>();
  p.samples.forEach((id, i) => {
    if (byId.get(id)?.callFrame.functionName !== name) return;
    const chain: string[] = [];
    for (let at = parent.get(id); at !== undefined && chain.length < 8; at = parent.get(at)) {
      chain.push(byId.get(at)?.callFrame.functionName || '(anonymous)');
    }
    const key = chain.join(' ← ');
    acc.set(key, (acc.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...acc].sort((a, b) => b[1] - a[1]);
}

/** Inclusive time (ms) per function: samples with the function anywhere on their stack. */
function inclusiveTimes(p: Profile): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const acc = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (!f?.functionName) continue;
      const key = `${f.functionName} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      acc.set(key, (acc.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return [...acc].sort((a, b) => b[1] - a[1]);
}

/**
 * In-page, once: the profiler runs from the click's pointerdown to the first task after the next
 * frame (what the benchmark's tap and select figures cover), via `console.profile`.
 */
const CLICK_ONLY_SCRIPT = `(() => {
  addEventListener('pointerdown', () => console.profile('click'), { capture: true, once: true });
  addEventListener('click', () => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => console.profileEnd('click');
    ch.port2.postMessage(0);
  }), { once: true });
})()`;

/**
 * Before any page script: the profiler runs from the document's start to the first-frame mark
 * (what the benchmark's first-frame figure covers), via `console.profile`.
 */
const LOAD_SCRIPT = `(() => {
  console.profile('load');
  new PerformanceObserver((list, obs) => {
    if (!list.getEntriesByName('atlas:body-first-frame').length) return;
    console.profileEnd('load');
    obs.disconnect();
  }).observe({ type: 'mark' });
})()`;

async function loadProfile(cdp: CDPSession, page: Page, url: string): Promise<Profile> {
  const finished = new Promise<Profile>((resolve) =>
    cdp.once('Profiler.consoleProfileFinished', (e) => resolve(e.profile as unknown as Profile)),
  );
  await page.addInitScript(LOAD_SCRIPT);
  await page.goto(url);
  return finished;
}

async function clickProfile(cdp: CDPSession, page: Page, act: () => Promise<void>) {
  const finished = new Promise<Profile>((resolve) =>
    cdp.once('Profiler.consoleProfileFinished', (e) => resolve(e.profile as unknown as Profile)),
  );
  await page.evaluate(CLICK_ONLY_SCRIPT);
  await act();
  return finished;
}

async function profiled(
  cdp: CDPSession,
  label: string,
  top: number,
  act: () => Promise<void>,
  page?: Page,
): Promise<void> {
  let profile: Profile;
  if (page) profile = await clickProfile(cdp, page, act);
  else {
    await cdp.send('Profiler.start');
    await act();
    ({ profile } = (await cdp.send('Profiler.stop')) as { profile: Profile });
  }
  report(label, top, profile);
}

/** Prints a window's top functions (and keeps its profile with PROFILE_OUT). */
function report(label: string, top: number, profile: Profile): void {
  const out = process.env.PROFILE_OUT;
  if (out)
    writeFileSync(`${out}-${label.replace(/\W+/g, '_')}.cpuprofile`, JSON.stringify(profile));
  const rows = selfTimes(profile);
  const total = rows.reduce((s, r) => s + r[1], 0);
  const busy = rows.filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'));
  console.log(`\n## ${label}: ${total.toFixed(1)} ms sampled`);
  for (const [k, ms] of busy.slice(0, top)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${k}`);
  if (process.env.PROFILE_INCLUSIVE) {
    console.log('  inclusive:');
    for (const [k, ms] of inclusiveTimes(profile).slice(0, 2 * top)) {
      console.log(`${ms.toFixed(2).padStart(8)} ms  ${k}`);
    }
  }
  const name = process.env.PROFILE_CALLERS;
  for (const [k, ms] of name ? callers(profile, name).slice(0, 5) : []) {
    console.log(`  ${name} ${ms.toFixed(2)} ms ← ${k}`);
  }
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string; data?: Record<string, unknown> };
}

/** The main thread's complete events of a trace, as an indented tree (≥ 0.3 ms). */
function printTree(events: readonly TraceEvent[]): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return;
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) >= 300)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const t0 = own[0]?.ts ?? 0;
  const stack: number[] = [];
  for (const e of own) {
    while (stack.length && (stack.at(-1) ?? 0) <= e.ts) stack.pop();
    const d = e.args?.data;
    const what = d?.functionName || d?.type || (d?.url ? String(d.url).split('/').pop() : '');
    const pad = '  '.repeat(stack.length);
    const ms = ((e.dur ?? 0) / 1000).toFixed(1);
    console.log(
      `${((e.ts - t0) / 1000).toFixed(1).padStart(7)} ${pad}${e.name} ${ms}${what ? ` ${String(what)}` : ''}`,
    );
    stack.push(e.ts + (e.dur ?? 0));
  }
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'gpu',
  'cc',
  ...(process.env.TRACE_INVALIDATIONS
    ? ['disabled-by-default-devtools.timeline.invalidationTracking']
    : []),
  ...(process.env.TRACE_JS ? ['disabled-by-default-v8.cpu_profiler'] : []),
];

async function traced(browser: Browser, page: Page, label: string, act: () => Promise<void>) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await act();
  const buf = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
  console.log(`\n## ${label}`);
  printTree(traceEvents);
  if (process.env.TRACE_OUT)
    writeFileSync(`${process.env.TRACE_OUT}-${label.replace(/\W+/g, '_')}.json`, buf);
}

/** Moves the mouse to (x, y) and lets the hover settle, outside the measured window. */
async function hover(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__bench.settle(150));
}

async function click(page: Page): Promise<void> {
  await page.mouse.down();
  await page.mouse.up();
  await page.evaluate(() => window.__bench.settle(150));
}

/** One unprofiled load in its own context, as the benchmark's warm-up: the GPU process is then up. */
async function warmUpLoad(browser: Browser, url: string): Promise<void> {
  const { context, page } = await openPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:body-first-frame').length);
  await context.close();
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '25' },
      region: { type: 'string', default: '' },
      trace: { type: 'boolean', default: false },
      'click-only': { type: 'boolean', default: false },
      warm: { type: 'boolean', default: false },
    },
  });
  const dist = positionals[0] ?? APP_OUT;
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}: no index.html`);
  const top = Number(values.top);
  const server = await startStaticServer({ '/app/': dist });
  const browser = await launchChromium();
  try {
    if (values.warm) await warmUpLoad(browser, `${server.origin}/app/`);
    const { context, page } = await openPage(browser);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const load = await loadProfile(cdp, page, `${server.origin}/app/`);
    report('load → first frame', top, tail(load, Number(process.env.PROFILE_TAIL_MS ?? 0)));
    const ff = await page.evaluate(() => window.__bench.markTime('atlas:body-first-frame'));
    console.log(`first frame mark: ${ff?.toFixed(0)} ms`);
    await page.waitForSelector('html[data-muscles-ready="true"]', { state: 'attached' });
    await page.evaluate(() => window.__bench.settle(500));
    const measure = (label: string, act: () => Promise<void>): Promise<void> =>
      values.trace
        ? traced(browser, page, label, act)
        : profiled(cdp, label, top, act, values['click-only'] ? page : undefined);
    const regions = values.region ? values.region.split(',').map(Number) : [40, 41, 12, 7, 30];
    let tapped = 0;
    for (const r of regions) {
      const pt = await page.evaluate((i) => window.__bench.regionPoint(i), r);
      if (!pt) continue;
      await hover(page, pt.x, pt.y);
      await measure(`tap ${++tapped} (region ${r})`, () => click(page));
      if (tapped === 2) break;
    }
    for (let i = 0; i < 2; i++) {
      const button = page.locator('[data-testid="candidates"] button').nth(i);
      const box = await button.boundingBox();
      if (!box) continue;
      await hover(page, box.x + box.width / 2, box.y + Math.min(12, box.height / 2));
      await measure(`select ${i + 1}`, () => click(page));
      const back = page.getByRole('button', { name: /Back to the list/ });
      if (await back.isVisible()) await back.click();
      await page.evaluate(() => window.__bench.settle(300));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
