/**
 * `npx tsx scripts/beneath-weight.ts` — what "What lies beneath" adds, measured in headless
 * Chromium on the built app (`dist/`, `vite preview` on port 5117): the geometry files fetched
 * (bytes, uncompressed) and the draw calls and triangles of a frame, before and after the view is
 * opened on rhomboids-1, both body shapes. Prints JSON. (The timing budgets are `npm run bench`'s.)
 */
import type { Page } from 'playwright-core';
import { launchChromium, startPreview } from './lib/preview';

const PORT = 5117;
const BASE = `http://127.0.0.1:${PORT}/`;

const renderInfo = (page: Page) =>
  page.evaluate(() => window.__atlasProbe?.renderInfo() ?? { calls: 0, triangles: 0 });

const binBytes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.bin'))
        .map((e) => [e.name.split('/').pop(), (e as PerformanceResourceTiming).encodedBodySize]),
    ),
  );

const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  const out: Record<string, unknown> = {};
  for (const body of ['female', 'male'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(
      `${BASE}#m=rhomboids&tp=l:rhomboids-1&v=back&mode=clinician&body=${body}&layer=skin`,
    );
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('html[data-muscles-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('html[data-bones-ready="true"]', { timeout: 60_000 });
    const before = await renderInfo(page);
    await page.getByRole('button', { name: 'What lies beneath' }).click();
    await page.waitForSelector('html[data-beneath-ready="true"]', { timeout: 60_000 });
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const after = await renderInfo(page);
    const bins = (await binBytes(page)) as Record<string, number>;
    const total = Object.values(bins).reduce((a, b) => a + b, 0);
    out[body] = {
      drawCallsBefore: before,
      drawCallsWithHazards: after,
      geometryFiles: bins,
      geometryBytes: total,
    };
    await page.close();
  }
  await browser.close();
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} finally {
  server.stop();
}
