/**
 * Muscles and bones in the real browser: peeling the layers draws the skeleton and the muscles of
 * each layer, and a muscle can be chosen by tapping it where it is visible, at every layer.
 */
import { expect, test, type Page } from '@playwright/test';
import { clickCanvas, waitForSignal } from './helpers';
import { sharedAtlas } from './sharedAtlas';

/** Waits until the muscles and the skeleton are loaded and drawn. */
async function musclesAndBones(page: Page): Promise<void> {
  await waitForSignal(page, 'muscles-ready');
  await waitForSignal(page, 'bones-ready');
}

/** Where a tap lands on the muscle first (left side), from the app's own picking. */
async function musclePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (muscle) => window.__atlasProbe?.muscleScreenPoint(muscle, 'left') ?? null,
    id,
  );
  if (!point) throw new Error(`${id} is not visible in this view`);
  return point;
}

const CASES = [
  { layer: 'superficial', muscle: 'gluteus-maximus', name: 'Gluteus maximus' },
  { layer: 'intermediate', muscle: 'gluteus-medius', name: 'Gluteus medius' },
  { layer: 'deep', muscle: 'gluteus-minimus', name: 'Gluteus minimus' },
] as const;

/**
 * One loaded app (sharedAtlas.ts): first the skin layer as loaded, where the muscles are only
 * prefetched, then each layer of the male body from the back.
 */
test.describe('on one loaded app', () => {
  const atlas = sharedAtlas();

  test('on the skin layer the prefetched muscles and bones stay undrawn', async () => {
    const page = await atlas.open('#v=front&mode=patient&body=female&layer=skin');
    // Both are fetched when the page is idle after the first frame, so a later peel is instant.
    await musclesAndBones(page);
    await expect
      .poll(() => page.evaluate(() => window.__atlasProbe?.renderInfo().calls ?? 0))
      .toBeLessThanOrEqual(2);
  });

  test('a chosen muscle shows through translucent skin; without one the skin is opaque again', async () => {
    const skin = (page: Page) => page.evaluate(() => window.__atlasProbe?.skin() ?? null);
    let page = await atlas.open('#v=back&mode=patient&body=female&layer=skin');
    expect(await skin(page)).toEqual({ opacity: 1, depthPass: false });
    page = await atlas.open('#v=back&mode=patient&body=female&layer=skin&m=upper-trapezius');
    await expect(page.locator('#muscle-title')).toContainText('Upper trapezius');
    await expect.poll(() => skin(page)).toEqual({ opacity: 0.78, depthPass: true });
    await page.getByRole('combobox', { name: /^Search/ }).fill('levator scapulae');
    await page.keyboard.press('Enter');
    await expect(page.locator('#muscle-title')).toContainText('Levator scapulae');
    expect(await skin(page)).toEqual({ opacity: 0.78, depthPass: true });
    // A muscle layer: the skin of that layer, whatever is chosen.
    page = await atlas.open('#v=back&mode=patient&body=female&layer=deep&m=upper-trapezius');
    await expect.poll(() => skin(page)).toEqual({ opacity: 0.1, depthPass: true });
    page = await atlas.open('#v=back&mode=patient&body=female&layer=skin');
    await expect.poll(() => skin(page)).toEqual({ opacity: 1, depthPass: false });
  });

  for (const c of CASES) {
    test(`at the ${c.layer} layer the skeleton is drawn and tapping ${c.muscle} chooses it`, async () => {
      const page = await atlas.open(`#v=back&mode=clinician&body=male&layer=${c.layer}`);
      await musclesAndBones(page);
      // Skin, muscles and bones: three draw calls once everything is in.
      await expect
        .poll(() => page.evaluate(() => window.__atlasProbe?.renderInfo().calls ?? 0))
        .toBeGreaterThanOrEqual(3);
      const point = await musclePoint(page, c.muscle);
      await clickCanvas(page, point.x, point.y);
      await expect(page.locator('#muscle-title')).toContainText(c.name);
      await expect.poll(() => page.url()).toContain(`m=${c.muscle}`);
    });
  }
});
