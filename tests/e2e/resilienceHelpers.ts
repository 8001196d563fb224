/** Steps shared by the resilience flows: page-error capture, pixel reads at a point, camera reads. */
import { expect, type Page } from '@playwright/test';

/** Collects uncaught page errors from now on (the list fills while the page runs). */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Mean colour (r, g, b, 0–255) of a 5×5 px square of the canvas around normalised (x, y). */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.locator('canvas').screenshot();
  return page.evaluate(
    async ({ data, x, y }) => {
      const bmp = await createImageBitmap(
        new Blob([Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))], { type: 'image/png' }),
      );
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g = c.getContext('2d');
      if (!g) return [0, 0, 0] as [number, number, number];
      g.drawImage(bmp, 0, 0);
      const px = g.getImageData(
        Math.round(x * bmp.width) - 2,
        Math.round(y * bmp.height) - 2,
        5,
        5,
      ).data;
      const sum = [0, 0, 0];
      for (let i = 0; i < px.length; i += 4) for (let k = 0; k < 3; k++) sum[k]! += px[i + k] ?? 0;
      return sum.map((s) => s / 25) as [number, number, number];
    },
    { data: png.toString('base64'), x, y },
  );
}

/** The essential-zone red/orange of the skin overlay (same rule as `countPixels(page, 'zone')`). */
export const isZone = ([r, g, b]: readonly number[]): boolean =>
  (r ?? 0) > 140 && (r ?? 0) - (g ?? 0) > 70 && (r ?? 0) - (b ?? 0) > 70;
/** The pain-drawing blue. */
export const isDrawing = ([r, g, b]: readonly number[]): boolean =>
  (b ?? 0) > 110 && (b ?? 0) - (r ?? 0) > 50 && (b ?? 0) - (g ?? 0) > 30;

/** Camera position, orbit target and aspect, from the test probe. */
export async function cameraState(
  page: Page,
): Promise<{ position: number[]; target: number[]; aspect: number }> {
  const cam = await page.evaluate(() => window.__atlasProbe?.camera() ?? null);
  if (!cam) throw new Error('no test probe');
  return cam;
}

/** Resizes the window and waits until the camera has the new aspect ratio. */
export async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  const before = (await cameraState(page)).aspect;
  await page.setViewportSize({ width, height });
  await expect.poll(async () => (await cameraState(page)).aspect).not.toBeCloseTo(before, 3);
}

/** Marked areas listed in the panel. */
export async function markCount(page: Page): Promise<number> {
  return page.locator('[data-testid="drawing-list"] li').count();
}
