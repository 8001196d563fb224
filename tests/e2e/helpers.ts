/** Shared steps for the browser flows: wait for the scene, find and tap regions, read pixels. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/**
 * Opens the app (optionally with a hash) and waits for the explicit "scene ready" signal. The
 * first-use gesture hint over the canvas is dismissed beforehand (as on a device that has seen
 * it), so pixel counts see only the scene; `firstUse` keeps it.
 */
export async function openAtlas(
  page: Page,
  hash = '',
  opts: { firstUse?: boolean } = {},
): Promise<void> {
  if (!opts.firstUse)
    await page.addInitScript(() =>
      localStorage.setItem('referral-atlas:gesture-hint-dismissed', '1'),
    );
  await page.goto(`./${hash}`);
  await waitForSignal(page, 'scene-ready');
}

/**
 * Waits for one of the app's explicit signals, `<html data-<name>="true">` (scene-ready,
 * muscles-ready, bones-ready, …), checking every 50 ms instead of on an assertion's back-off
 * schedule (up to 1 s between checks), so a flow goes on as soon as the signal is set.
 */
export async function waitForSignal(page: Page, name: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (n) => document.documentElement.getAttribute(`data-${n}`) === 'true',
    name,
    { polling: 50, timeout },
  );
}

/** Clicks a view preset button and waits until the camera has taken the preset. */
export async function showView(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.locator(`html[data-view="${name.toLowerCase()}"]`)).toHaveCount(1);
}

/** Region ids in data/regions.json order: the order of the per-vertex region index of the body. */
export function regionIds(): string[] {
  const file = JSON.parse(readFileSync('data/regions.json', 'utf8')) as {
    regions: { id: string }[];
  };
  return file.regions.map((r) => r.id);
}

/** Index of a region in data/regions.json order (the app refuses a body built for another order). */
export async function regionIndex(_page: Page, id: string): Promise<number> {
  const i = regionIds().indexOf(id);
  if (i < 0) throw new Error(`unknown region ${id}`);
  return i;
}

/** Taps a region like a user: asks where it is on screen, then clicks the canvas there. */
export async function tapRegion(page: Page, id: string): Promise<void> {
  const point = await regionPoint(page, id);
  await clickCanvas(page, point.x, point.y);
}

/** Normalised canvas coordinates where a region is visible (waits for the camera to settle). */
export async function regionPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const index = await regionIndex(page, id);
  const probe = (): Promise<{ x: number; y: number } | null> =>
    page.evaluate((i) => window.__atlasProbe?.regionScreenPoint(i) ?? null, index);
  await expect
    .poll(probe, { message: `region ${id} should be visible`, timeout: 10_000 })
    .not.toBeNull();
  const point = await probe();
  if (!point) throw new Error(`region ${id} is not visible in this view`);
  return point;
}

/** Paints a brush stroke over the canvas through the given regions, like a finger dragging. */
export async function paintStroke(page: Page, ids: readonly string[]): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const points = [];
  for (const id of ids) points.push(await regionPoint(page, id));
  const at = (p: { x: number; y: number }): [number, number] => [
    box.x + p.x * box.width,
    box.y + p.y * box.height,
  ];
  const [first, ...rest] = points;
  if (!first) return;
  await page.mouse.move(...at(first));
  await page.mouse.down();
  for (const p of rest) await page.mouse.move(...at(p), { steps: 8 });
  await page.mouse.up();
}

/** Drags from the canvas centre by fractions of its width and height, like a user turning the body. */
export async function orbitCanvas(page: Page, dx: number, dy = 0, steps = 10): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const cx = box.x + box.width * 0.5;
  const cy = box.y + box.height * 0.5;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + box.width * dx, cy + box.height * dy, { steps });
  await page.mouse.up();
}

/** Clicks the canvas at normalised coordinates (0…1, y down). */
export async function clickCanvas(page: Page, x: number, y: number): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + x * box.width, box.y + y * box.height);
}

/** Pixel classes on the canvas: `zone` = essential red/orange, `drawing` = pain-drawing blue, `body` = not background. */
export type PixelClass = 'zone' | 'drawing' | 'body';

/** Counts canvas pixels of a class, from a real screenshot of the canvas. */
export async function countPixels(page: Page, kind: PixelClass): Promise<number> {
  const png = await page.locator('canvas').screenshot();
  return page.evaluate(
    async ({ data, kind }) => {
      const bmp = await createImageBitmap(
        new Blob([Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))], { type: 'image/png' }),
      );
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g = c.getContext('2d');
      if (!g) return 0;
      g.drawImage(bmp, 0, 0);
      const px = g.getImageData(0, 0, bmp.width, bmp.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) {
        const r = px[i] ?? 0;
        const gr = px[i + 1] ?? 0;
        const b = px[i + 2] ?? 0;
        const isBackground =
          Math.abs(r - 243) < 6 && Math.abs(gr - 241) < 6 && Math.abs(b - 238) < 6;
        if (
          kind === 'body'
            ? !isBackground
            : kind === 'zone'
              ? r > 140 && r - gr > 70 && r - b > 70
              : b > 110 && b - r > 50 && b - gr > 30
        )
          n++;
      }
      return n;
    },
    { data: png.toString('base64'), kind },
  );
}

/** Muscle ids of the candidate list, in order. */
export async function candidateMuscles(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="candidates"] button[data-muscle]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-muscle') ?? ''));
}

/**
 * The scripts the page started fetching before its body's first-frame mark (paths relative to the
 * site, sorted): what the CI size check counts (`scripts/lib/entrySize.ts`).
 */
export function scriptsBeforeFirstFrame(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const frame = performance.getEntriesByName('atlas:body-first-frame')[0]?.startTime ?? 0;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= frame && /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname.replace(/^\//, ''))
      .sort();
  });
}
