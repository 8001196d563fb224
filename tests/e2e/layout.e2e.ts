/**
 * The body does not jump: the canvas has the same place, size and drawing buffer in the body's
 * first frame as once the rest of the page (panel, lists, header actions) has arrived, on a PC
 * and on a phone. The first-frame layout is read at the page's own `atlas:body-first-frame` mark,
 * synchronously, by wrapping `performance.mark` before the page runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './helpers';

/** Where the canvas is (CSS px) and its drawing buffer (device px). */
interface CanvasLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  bufferWidth: number;
  bufferHeight: number;
}

declare global {
  interface Window {
    __firstFrameLayout?: CanvasLayout | null;
    __canvasLayout?: () => CanvasLayout | null;
  }
}

/**
 * Installs, before any of the page's scripts, `__canvasLayout()` (where the first canvas is, and
 * its drawing buffer) and records it at the first-frame mark in `__firstFrameLayout`.
 */
async function recordFirstFrameLayout(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__canvasLayout = () => {
      const c = document.querySelector('canvas');
      if (!c) return null;
      const r = c.getBoundingClientRect();
      const { x, y, width, height } = r;
      return { x, y, width, height, bufferWidth: c.width, bufferHeight: c.height };
    };
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === 'atlas:body-first-frame' && window.__firstFrameLayout === undefined)
        window.__firstFrameLayout = window.__canvasLayout?.() ?? null;
      return mark(name, options);
    };
  });
}

async function expectStableCanvas(page: Page): Promise<void> {
  await recordFirstFrameLayout(page);
  await openAtlas(page);
  // The late chrome has arrived: the panel, with its search box, is on the page.
  await expect(page.locator('#atlas-search')).toBeAttached();
  const first = await page.evaluate(() => window.__firstFrameLayout);
  expect(first, 'the first frame was drawn on a canvas').toBeTruthy();
  expect(first?.width, 'the first frame has a real canvas').toBeGreaterThan(200);
  expect(await page.evaluate(() => window.__canvasLayout?.())).toEqual(first);
}

test('PC (1280×800): the canvas keeps its place and size from the first frame', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectStableCanvas(page);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('phone (390×844): the canvas keeps its place and size from the first frame', async ({
    page,
  }) => {
    await expectStableCanvas(page);
  });
});
