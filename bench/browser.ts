/**
 * One measured page load in headless Chromium: the app (load, resources, renderer counters,
 * heap, taps on the body, candidate selections) or the baseline page (load only).
 * Every load gets a fresh browser context, so the HTTP cache is cold; the browser process
 * (and its GPU shader cache) is shared and warmed up by the harness's warm-up runs.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { descendantsCpuMs } from './proc';
import {
  FALLBACK_MARK,
  READY_MESSAGE,
  INSTRUMENT_SCRIPT,
  type ClickTiming,
  type ResourceEntry,
} from './instrument';

export type { ClickTiming, ResourceEntry };

export const VIEWPORT = { width: 1280, height: 800 } as const;
const READY_TIMEOUT_MS = 60_000;
const SETTLE_MS = 150;
const CANDIDATES = '[data-testid="candidates"]';

export { CHROMIUM_ARGS } from '../scripts/lib/chromium';

/** Headless Chromium (Debian's, or `CHROME_PATH`) with the benchmark's flags (WebGL via SwiftShader). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS] });

/** One timed click: the in-page figures plus the CDP CPU-time cross-check. */
export type Click = ClickTiming & { readonly cpu: number };

export interface LoadResult {
  /** Navigation start → the page's first-frame mark. */
  readonly firstFrameMs: number;
  /** Whose mark that was: the page's own, or the harness's equivalent (app mark missing). */
  readonly markSource: 'page' | 'harness';
  /** CPU time of all browser processes from just before navigation to readiness, if known. */
  readonly cpuMs: number | null;
  /** Navigation document and every resource fetched by then (plus a short settle). */
  readonly resources: readonly ResourceEntry[];
}

export interface AppResult extends LoadResult {
  readonly drawCalls: number;
  readonly triangles: number;
  readonly heapUsedMb: number;
  readonly heapBackingMb: number | null;
  readonly taps: readonly Click[];
  readonly selects: readonly Click[];
  /** Regions actually tapped (index in data/regions.json). */
  readonly tappedRegions: readonly number[];
  /** Taps that changed nothing at all (not measured; the next region was tried instead). */
  readonly missedTaps: number;
  readonly problems: readonly string[];
}

/** A fresh context (cold HTTP cache) at the benchmark's viewport, with the in-page instrument. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: INSTRUMENT_SCRIPT });
  const page = await context.newPage();
  return { context, page };
}

const settle = (page: Page, ms = SETTLE_MS): Promise<void> =>
  page.evaluate((t) => window.__bench.settle(t), ms);

/**
 * True once the page logs READY_MESSAGE, false after `timeoutMs`: waiting this way evaluates
 * nothing in the page during its load (see READY_MESSAGE). Call before navigating.
 */
export function readyAnnounced(page: Page, timeoutMs = READY_TIMEOUT_MS): Promise<boolean> {
  return page
    .waitForEvent('console', { predicate: (m) => m.text() === READY_MESSAGE, timeout: timeoutMs })
    .then(
      () => true,
      () => false,
    );
}

async function load(page: Page, url: string, mark: string): Promise<LoadResult> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cpu0 = descendantsCpuMs();
  const announced = readyAnnounced(page);
  await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
  const ready = await announced;
  const cpu1 = descendantsCpuMs();
  const cpuMs = cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null;
  if (!ready) {
    const status = await page.evaluate(() => window.__bench.status()).catch(() => '');
    throw new Error(
      `${url}: the scene never became ready (${status || 'no status shown'})` +
        (errors.length ? `; page errors: ${errors.slice(0, 3).join(' | ')}` : ''),
    );
  }
  const own = await page.evaluate((m) => window.__bench.markTime(m), mark);
  const firstFrameMs =
    own ?? (await page.evaluate((m) => window.__bench.markTime(m), FALLBACK_MARK));
  if (firstFrameMs === null) throw new Error(`${url}: no performance mark '${mark}'`);
  await settle(page, 300);
  const resources = [
    ...(await page.evaluate(() => window.__bench.resources())),
    ...(await workerResources(page)),
  ];
  return { firstFrameMs, markSource: own === null ? 'harness' : 'page', cpuMs, resources };
}

/**
 * What the page's dedicated workers fetched (the app decodes its body in one): their requests are
 * in their own performance timeline, not the page's. Their start times count from the worker's
 * own time origin, so they only count towards the transfer totals (a worker fetches no script).
 */
async function workerResources(page: Page): Promise<ResourceEntry[]> {
  const lists = await Promise.all(
    page.workers().map((w) =>
      w
        .evaluate(() =>
          performance.getEntriesByType('resource').map((e) => {
            const r = e as PerformanceResourceTiming;
            return {
              name: r.name,
              transferSize: r.transferSize,
              encodedBodySize: r.encodedBodySize,
              decodedBodySize: r.decodedBodySize,
            };
          }),
        )
        .catch(() => []),
    ),
  );
  return lists.flat().map((e) => ({ ...e, startTime: Number.POSITIVE_INFINITY }));
}

export async function measureBaseline(browser: Browser, url: string): Promise<LoadResult> {
  const { context, page } = await openPage(browser);
  try {
    return await load(page, url, 'baseline:first-frame');
  } finally {
    await context.close();
  }
}

/** Main-thread CPU time so far (ms), from Chrome's own task accounting in thread ticks. */
async function cpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
}

/**
 * A real click (Playwright mouse: trusted pointer events) at (x, y), measured in the page.
 * As a cross-check, `cpu` is the renderer main thread's CPU time over the same span from
 * Chrome's task accounting, less that of an identical span without a click. Unlike `total`
 * it leaves out time the thread was descheduled or blocked (e.g. on the GPU process).
 */
async function timedClick(page: Page, cdp: CDPSession, x: number, y: number): Promise<Click> {
  await page.mouse.move(x, y);
  await settle(page); // the hover highlight this move causes is not part of the tap
  const c0 = await cpuMs(cdp);
  await page.evaluate(() => window.__bench.settle(0));
  const c1 = await cpuMs(cdp);
  await page.evaluate((sel) => window.__bench.arm(sel), CANDIDATES);
  const t0 = await cpuMs(cdp);
  await page.mouse.down();
  await page.mouse.up();
  const r = await page.evaluate(() => window.__bench.result());
  const t1 = await cpuMs(cdp);
  await settle(page);
  return { ...r, cpu: Math.max(0, t1 - t0 - (c1 - c0)) };
}

export interface AppOptions {
  /** Regions to try tapping, in order (index in data/regions.json). */
  readonly regionOrder: readonly number[];
  readonly taps: number;
  readonly selects: number;
}

export async function measureApp(
  browser: Browser,
  url: string,
  opts: AppOptions,
): Promise<AppResult> {
  const { context, page } = await openPage(browser);
  const problems: string[] = [];
  try {
    const loaded = await load(page, url, 'atlas:body-first-frame');
    const info = await page.evaluate(() => window.__bench.renderInfo());
    if (!info) throw new Error('window.__atlasProbe.renderInfo is missing');

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      backingStorageSize?: number;
    };
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // Taps are timed with the candidate highlight on: the muscles it ghosts through the skin are
    // loaded (idle prefetch after the first frame) before the first tap.
    await page.waitForSelector('html[data-muscles-ready="true"]', {
      state: 'attached',
      timeout: READY_TIMEOUT_MS,
    });
    await settle(page, 300);

    const taps: Click[] = [];
    const tappedRegions: number[] = [];
    let missedTaps = 0;
    for (const region of opts.regionOrder) {
      if (taps.length >= opts.taps) break;
      const pt = await page.evaluate((i) => window.__bench.regionPoint(i), region);
      if (!pt) continue;
      const t = await timedClick(page, cdp, pt.x, pt.y);
      if (!t.changed && t.frames.every((f) => f.callbacks === 0)) {
        missedTaps++; // the click changed nothing at all (e.g. it landed on a marker): next region
        continue;
      }
      if (t.error || !t.changed) {
        problems.push(`tap on region ${region}: ${t.error ?? 'candidate list unchanged'}`);
        continue;
      }
      taps.push(t);
      tappedRegions.push(region);
    }

    const selects: Click[] = [];
    const buttons = page.locator(`${CANDIDATES} button`);
    const count = await buttons.count();
    for (let i = 0; i < count && selects.length < opts.selects; i++) {
      const button = buttons.nth(i);
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      if (!box) continue;
      const t = await timedClick(
        page,
        cdp,
        box.x + box.width / 2,
        box.y + Math.min(12, box.height / 2),
      );
      const pressed = await button.getAttribute('aria-pressed');
      if (t.error || pressed !== 'true') {
        problems.push(`select candidate ${i}: ${t.error ?? `aria-pressed is ${pressed}`}`);
        continue;
      }
      selects.push(t);
      // The chosen muscle's card covers the list (kept mounted underneath): go back to it, as a
      // user would, before the next selection.
      const back = page.getByRole('button', { name: /Back to the list/ });
      if (await back.isVisible()) {
        await back.click();
        await settle(page);
      }
    }
    return {
      ...loaded,
      drawCalls: info.calls,
      triangles: info.triangles,
      heapUsedMb: heap.usedSize / 2 ** 20,
      heapBackingMb:
        typeof heap.backingStorageSize === 'number' ? heap.backingStorageSize / 2 ** 20 : null,
      taps,
      selects,
      tappedRegions,
      missedTaps,
      problems,
    };
  } finally {
    await context.close();
  }
}
