/**
 * What lies beneath, in the real browser: in clinician mode with a trigger point selected, the
 * "What lies beneath" button loads the hazard anatomy, draws it with the needle line and shows the
 * depths measured on the model body.
 */
import { expect, test } from '@playwright/test';
import { sharedAtlas } from './sharedAtlas';

const CASES = [
  {
    body: 'male',
    muscle: 'rhomboids',
    tp: 'rhomboids-1',
    view: 'back',
    nearest: /lung and pleura/,
  },
  {
    body: 'female',
    muscle: 'piriformis',
    tp: 'piriformis-1',
    view: 'back',
    nearest: /sciatic nerve/,
  },
] as const;

// Both on one loaded app (sharedAtlas.ts).
test.describe('on one loaded app', () => {
  const atlas = sharedAtlas();

  for (const c of CASES) {
    test(`${c.tp} on the ${c.body} body shows what lies beneath with depths`, async () => {
      const page = await atlas.open(
        `#m=${c.muscle}&tp=l:${c.tp}&v=${c.view}&mode=clinician&body=${c.body}&layer=skin`,
      );
      await page.getByRole('button', { name: 'What lies beneath' }).click();
      await expect(page.locator('html[data-beneath-ready="true"]')).toHaveCount(1, {
        timeout: 60_000,
      });
      const panel = page.getByTestId('beneath-panel');
      await expect(panel.getByTestId('depth-skin-point')).toHaveText(/^\d+ mm$/);
      await expect(panel.getByTestId('depth-nearest')).toContainText(c.nearest);
      await expect(panel.getByTestId('depth-nearest')).toContainText(
        /\d+ mm from the trigger point/,
      );
      await expect(panel).toContainText('model body');
      // Skin, muscles and the hazard x-ray with its needle line.
      await expect
        .poll(() => page.evaluate(() => window.__atlasProbe?.renderInfo().calls ?? 0))
        .toBeGreaterThanOrEqual(4);
    });
  }
});
