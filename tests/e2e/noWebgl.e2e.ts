/**
 * Chromium with WebGL switched off (`--disable-webgl --disable-3d-apis`, as on locked-down clinic
 * PCs and some remote desktops): a plain notice, then the whole app without the 3D body.
 */
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, FLOW_ARGS, chromiumPath } from '../../scripts/lib/chromium';
import { candidateMuscles } from './helpers';
import { pageErrors } from './resilienceHelpers';

test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...FLOW_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

test('without WebGL: notice, mark the outer elbow from the list, candidates, card and flat outline', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await page.goto('./');
  await expect(page.getByTestId('no-webgl-notice')).toContainText('cannot show the 3D body');
  expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'))).toBe(
    false,
  );
  await expect(page.locator('canvas')).toHaveCount(0);
  const outline = page.getByTestId('body-outline');
  await expect(outline).toBeVisible();
  await expect(outline.locator('[data-view="front"] [data-region]').first()).toBeAttached();

  // The region list, grouped by body part, is open: mark the left outer elbow.
  const list = page.locator('.region-browser');
  await list.locator('summary', { hasText: /^elbow$/ }).click();
  await list.getByLabel('left outer elbow (lateral epicondyle)').check();
  await expect(page.getByTestId('drawing-list')).toContainText('left outer elbow');
  await expect(outline.locator('[data-marked="true"]')).not.toHaveCount(0);
  const muscles = await candidateMuscles(page);
  expect(muscles.length).toBeGreaterThan(0);
  expect(muscles.slice(0, 10)).toContain('supinator');

  await page.locator('[data-testid="candidates"] button[data-muscle="supinator"]').first().click();
  await expect(page.getByTestId('muscle-card')).toContainText('Supinator');
  await expect(page.getByTestId('zone-list')).toContainText('left outer elbow');
  // Main zone solid, spillover stippled, on the outline.
  await expect(outline.locator('[data-kind="essential"]')).not.toHaveCount(0);
  await expect(outline.locator('[data-kind="spillover"]')).not.toHaveCount(0);
  const fills = await outline
    .locator('[data-kind="spillover"] polygon')
    .first()
    .getAttribute('fill');
  expect(fills).toMatch(/^url\(#stipple/);
  expect(errors).toEqual([]);
});
