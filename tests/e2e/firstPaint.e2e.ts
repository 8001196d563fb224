/**
 * A first visit (a link with no state): the page's shell and the body are drawn before the app's
 * code has loaded (`src/firstPaint.ts`); the app then takes over the same canvas, in the same place,
 * and draws the same picture. The app's chunk is held back until the first paint has been looked
 * at, so the flow sees the page as a slow machine shows it before the app runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIRST_VISIT_CHUNKS, firstFrameJsSize } from '../../scripts/lib/entrySize';
import { scriptsBeforeFirstFrame, waitForSignal } from './helpers';
import { pageErrors } from './resilienceHelpers';

/** Holds the app's chunk (`start-*.js`) back until the returned function is called. */
async function holdApp(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The 3D view's canvas: its box (CSS px, rounded) and drawing buffer (device px). */
const canvasBox = (page: Page) =>
  page.locator('.canvas-wrap canvas').evaluate((c: HTMLCanvasElement) => {
    const r = c.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height, c.width, c.height].map(Math.round);
  });

/** What the page draws over the canvas (hidden for the canvas's screenshots). */
const OVER_CANVAS = '.canvas-overlay, .canvas-hints, .hover-label, .sheet, .canvas-status';

/** A screenshot of the canvas alone, without what the page draws over it. */
const canvasShot = (page: Page): Promise<Buffer> =>
  page
    .locator('.canvas-wrap canvas')
    .screenshot({ style: `${OVER_CANVAS} { visibility: hidden !important; }` });

/**
 * Share of pixels that differ (any channel by more than 24 of 255) between two PNG screenshots of
 * the canvas, over its middle 70 % in width: the body.
 */
function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([pa, pb]) => {
      const pixels = async (data: string) => {
        const bmp = await createImageBitmap(
          new Blob([Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))], { type: 'image/png' }),
        );
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const g = c.getContext('2d');
        g?.drawImage(bmp, 0, 0);
        return {
          w: bmp.width,
          h: bmp.height,
          px: g?.getImageData(0, 0, bmp.width, bmp.height).data,
        };
      };
      const [x, y] = [await pixels(pa), await pixels(pb)];
      if (!x.px || !y.px || x.w !== y.w || x.h !== y.h) return 1;
      let differ = 0;
      let n = 0;
      for (let row = 0; row < x.h; row++) {
        for (let col = Math.round(x.w * 0.15); col < Math.round(x.w * 0.85); col++) {
          const i = (row * x.w + col) * 4;
          n++;
          for (let k = 0; k < 3; k++) {
            if (Math.abs((x.px[i + k] ?? 0) - (y.px[i + k] ?? 0)) > 24) {
              differ++;
              break;
            }
          }
        }
      }
      return differ / n;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

for (const layout of [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  },
]) {
  test.describe(layout.name, () => {
    test.use(layout.use);

    test('a first visit draws the shell and the body before the app, which takes them over', async ({
      page,
    }) => {
      const errors = pageErrors(page);
      await page.addInitScript(() =>
        localStorage.setItem('referral-atlas:gesture-hint-dismissed', '1'),
      );
      const release = await holdApp(page);
      await page.goto('./');
      await page.waitForFunction(
        () => performance.getEntriesByName('atlas:body-first-frame').length > 0,
      );
      // Before the app: the static shell (inert), the canvas in the 3D view's slot.
      await expect(page.locator('#root > .app')).toHaveAttribute('inert', '');
      await expect(page.locator('.toolbar')).toBeVisible();
      const early = await canvasBox(page);
      const before = await canvasShot(page);
      // Only the first paint's scripts came before that frame: not the app's.
      expect(await scriptsBeforeFirstFrame(page)).toEqual(
        [...firstFrameJsSize('dist', FIRST_VISIT_CHUNKS).files].sort(),
      );
      await page.evaluate(() => {
        (window as { firstCanvas?: Element | null }).firstCanvas = document.querySelector('canvas');
      });

      release();
      await waitForSignal(page, 'scene-ready');
      // The app's page, with the very same canvas (one WebGL context), where it was.
      await expect(page.locator('#root > .app[inert]')).toHaveCount(0);
      expect(
        await page.evaluate(
          () =>
            document.querySelectorAll('canvas').length === 1 &&
            document.querySelector('[data-testid="canvas-wrap"] canvas') ===
              (window as { firstCanvas?: Element | null }).firstCanvas,
        ),
      ).toBe(true);
      expect(await canvasBox(page)).toEqual(early);
      // Drawn alike: same body, lights and framing (above the phone's sheet too).
      const after = await canvasShot(page);
      expect(await differingShare(page, before, after)).toBeLessThan(0.01);
      expect(errors).toEqual([]);
    });
  });
}

test('when the app’s code cannot be loaded after the first paint, the page says so', async ({
  page,
}) => {
  await page.route(/\/assets\/start-[^/]*\.js$/, (route) => route.fulfill({ status: 404 }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('Referral Atlas could not start');
  await expect(page.getByRole('alert')).toContainText('Check the connection');
  await expect(page.locator('#root > .app')).toHaveCount(0);
});

test('a slow body: the shell says it is loading, and the app loads without waiting for it', async ({
  page,
}) => {
  const errors = pageErrors(page);
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/body-female-[^/]*\.bin$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('./');
  // The app has replaced the shell while the body is still on its way, and says so.
  await expect(page.locator('#root > .app')).toHaveCount(1);
  await expect(page.locator('#root > .app[inert]')).toHaveCount(0);
  await expect(page.getByTestId('canvas-wrap')).toContainText('Loading the body…');
  release();
  await waitForSignal(page, 'scene-ready');
  expect(errors).toEqual([]);
});
