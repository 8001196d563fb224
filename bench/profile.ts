/**
 * `npx tsx bench/profile.ts [DIST] [--top N]`: where the main thread's time goes, by function.
 * Loads the app once in headless Chromium at the benchmark's viewport, with the V8 sampling
 * profiler (100 µs) over three windows: navigation → first-frame mark, the first tap on the
 * body, and the first candidate selection (then a second tap and selection, warm). Prints each
 * window's top functions by self time. Build DIST unminified for readable names:
 * `npx vite build --minify false --outDir /tmp/dist-nomin`. Never part of CI; no timing asserts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/lib/chromium';
import { VIEWPORT } from './browser';
import { APP_OUT } from './build';
import { INSTRUMENT_SCRIPT } from './instrument';
import { startStaticServer } from './server';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
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

async function profiled(cdp: CDPSession, label: string, top: number, act: () => Promise<void>) {
  await cdp.send('Profiler.start');
  await act();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const rows = selfTimes(profile);
  const total = rows.reduce((s, r) => s + r[1], 0);
  const busy = rows.filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'));
  console.log(`\n## ${label}: ${total.toFixed(1)} ms sampled`);
  for (const [k, ms] of busy.slice(0, top)) console.log(`${ms.toFixed(2).padStart(8)} ms  ${k}`);
}

async function click(page: Page, x: number, y: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.evaluate(() => window.__bench.settle(150));
  await page.mouse.down();
  await page.mouse.up();
  await page.evaluate(() => window.__bench.settle(150));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, region: { type: 'string', default: '' } },
  });
  const dist = positionals[0] ?? APP_OUT;
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}: no index.html`);
  const top = Number(values.top);
  const server = await startStaticServer({ '/app/': dist });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await context.addInitScript({ content: INSTRUMENT_SCRIPT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiled(cdp, 'load → first frame', top, async () => {
      await page.goto(`${server.origin}/app/`);
      await page.waitForFunction(
        () => performance.getEntriesByName('atlas:body-first-frame').length,
      );
    });
    const ff = await page.evaluate(() => window.__bench.markTime('atlas:body-first-frame'));
    console.log(`first frame mark: ${ff?.toFixed(0)} ms`);
    await page.waitForSelector('html[data-muscles-ready="true"]', { state: 'attached' });
    await page.evaluate(() => window.__bench.settle(500));
    const regions = values.region ? values.region.split(',').map(Number) : [40, 41, 12, 7, 30];
    let tapped = 0;
    for (const r of regions) {
      const pt = await page.evaluate((i) => window.__bench.regionPoint(i), r);
      if (!pt) continue;
      await profiled(cdp, `tap ${++tapped} (region ${r})`, top, () => click(page, pt.x, pt.y));
      if (tapped === 2) break;
    }
    for (let i = 0; i < 2; i++) {
      const button = page.locator('[data-testid="candidates"] button').nth(i);
      const box = await button.boundingBox();
      if (!box) continue;
      await profiled(cdp, `select ${i + 1}`, top, () =>
        click(page, box.x + box.width / 2, box.y + Math.min(12, box.height / 2)),
      );
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
