/**
 * `npx tsx bench/trace.ts [DIST]`: one app load in headless Chromium at the benchmark's viewport,
 * traced (DevTools timeline), printed as a time line from navigation start to the first-frame
 * mark: network requests (start → end) and the main thread's tasks over 4 ms with their largest
 * parts (`TRACE_OUT=file.json` also keeps the raw trace for DevTools; DIST
 * `bench/out/baseline` traces the baseline page). For finding what the first
 * frame waits on; never part of CI, asserts nothing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, openPage, readyAnnounced } from './browser';
import { APP_OUT } from './build';
import { startStaticServer } from './server';

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { data?: Record<string, unknown>; name?: string };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'loading',
  'gpu',
].join(',');

/** The renderer main thread of the page: the thread that ran the most `RunTask` time. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = { pid: 0, tid: 0, busy: -1 };
  for (const n of names) {
    const busy = events
      .filter((e) => e.pid === n.pid && e.tid === n.tid && e.name === 'RunTask')
      .reduce((s, e) => s + (e.dur ?? 0), 0);
    if (busy > best.busy) best = { pid: n.pid, tid: n.tid, busy };
  }
  return best;
}

function describe(task: TraceEvent, inside: readonly TraceEvent[]): string {
  const parts = inside
    .filter((e) => e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0) && e !== task)
    .filter((e) => (e.dur ?? 0) >= 2000 && e.name !== 'RunTask')
    .slice(0, 6)
    .map((e) => {
      const d = e.args?.data;
      const what = d?.url ? String(d.url).split('/').pop() : d?.functionName || d?.type || '';
      return `${e.name}${what ? `(${String(what)})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`;
    });
  return parts.join(', ');
}

async function main(): Promise<void> {
  const dist = process.argv[2] ?? APP_OUT;
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}: no index.html`);
  const server = await startStaticServer({ '/app/': dist });
  const browser = await launchChromium();
  try {
    // A warm-up load first (GPU process, shader cache), as the benchmark does.
    for (const traced of [false, true]) {
      const { context, page } = await openPage(browser);
      const categories = (process.env.TRACE_CATS ?? CATEGORIES).split(',');
      if (traced) await browser.startTracing(page, { categories });
      // Nothing is evaluated in the page before it is ready, as in the benchmark.
      const ready = readyAnnounced(page);
      await page.goto(`${server.origin}/app/`);
      if (!(await ready)) throw new Error(`${dist}: the page never became ready`);
      if (!traced) {
        await context.close();
        // The warm-up page's last GPU work (its late shaders) runs on after it closes; the
        // benchmark waits for a quiet machine before each pair, so this does too.
        await new Promise((r) => setTimeout(r, 2000));
        continue;
      }
      const buf = await browser.stopTracing();
      if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buf);
      const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] };
      const main = mainThread(traceEvents);
      const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.pid === main.pid);
      const t0 = nav?.ts ?? 0;
      const ms = (ts: number): string => ((ts - t0) / 1000).toFixed(0).padStart(5);
      const lines: [number, string][] = [];
      const sends = new Map<string, TraceEvent>();
      for (const e of traceEvents) {
        const d = e.args?.data;
        if (e.name === 'ResourceSendRequest' && d && e.pid === main.pid)
          sends.set(String(d.requestId), e);
        if (e.name === 'ResourceFinish' && d) {
          const s = sends.get(String(d.requestId));
          const url = String(s?.args?.data?.url ?? '?')
            .split('/')
            .pop();
          if (s) lines.push([s.ts, `${ms(s.ts)} → ${ms(e.ts)}  net ${url}`]);
        }
        if (e.cat.includes('blink.user_timing') && e.pid === main.pid && e.ph !== 'e') {
          lines.push([e.ts, `${ms(e.ts)}          mark ${e.name}`]);
        }
      }
      const own = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid);
      for (const e of own) {
        if (e.name !== 'RunTask' || (e.dur ?? 0) < 4000 || e.ts < t0) continue;
        const end = e.ts + (e.dur ?? 0);
        lines.push([e.ts, `${ms(e.ts)} → ${ms(end)}  task ${describe(e, own)}`]);
      }
      lines.sort((a, b) => a[0] - b[0]);
      for (const [, l] of lines) console.log(l);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
