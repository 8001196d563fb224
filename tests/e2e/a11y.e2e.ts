/**
 * Keyboard and screen reader flows on the desktop layout (1280×800): the whole pain → card flow
 * in at most 8 key presses with the live region naming the top candidate, Escape back to the
 * list at the same scroll position, axe-core with 0 violations (start page, selected muscle,
 * dark mode), targets of at least 24×24 CSS px, and the consult view.
 */
import { expect, test, type Page } from '@playwright/test';
import { candidateMuscles } from './helpers';
import { expectNoAxeViolations, expectNoPageScroll, smallTargets } from './a11yHelpers';
import { sharedAtlas } from './sharedAtlas';

// The app's Content Security Policy forbids inline scripts; axe-core is injected as one.
test.use({ bypassCSP: true });

/** Presses keys one at a time and counts them. */
function keyCounter(page: Page): { press: (key: string) => Promise<void>; count: () => number } {
  let n = 0;
  return {
    press: async (key) => {
      n++;
      await page.keyboard.press(key);
    },
    count: () => n,
  };
}

// One loaded app for all the flows, the two that need the first-use hint first (sharedAtlas.ts).
test.describe('desktop', () => {
  const atlas = sharedAtlas();

  test('the skip link is the first stop and leads to the search box', async () => {
    const page = await atlas.open('', { firstUse: true });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to search' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: /Search/ })).toBeFocused();
  });

  test('axe: start page without violations, targets at least 24×24, no page scroll', async () => {
    const page = await atlas.open('', { firstUse: true });
    await expect(page.getByTestId('gesture-hint')).toBeVisible();
    await expectNoPageScroll(page, 'start');
    await expectNoAxeViolations(page, 'start page');
    expect(await smallTargets(page, 24)).toEqual([]);
  });

  test('keyboard only: "/", type "outer elbow", Enter, arrow, Enter opens the card in ≤ 8 presses', async () => {
    const page = await atlas.open();
    const keys = keyCounter(page);
    await keys.press('/');
    await expect(page.getByRole('combobox', { name: /Search/ })).toBeFocused();
    await page.keyboard.insertText('outer elbow');
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
    ).toContainText('outer elbow');
    await keys.press('Enter');
    await expect(page.getByTestId('drawing-list')).toContainText('outer elbow');
    // The live region names the count and the top candidate.
    const top = (await candidateMuscles(page))[0];
    const topName = await page
      .locator(`[data-testid="candidates"] button[data-muscle="${top}"] .candidate-name`)
      .first()
      .textContent();
    await expect(page.getByTestId('live-region')).toHaveText(
      new RegExp(`^\\d+ muscles may refer pain here; top: ${(topName ?? '').toLowerCase()}$`),
    );
    await keys.press('ArrowDown');
    await expect(
      page.locator('[data-testid="candidates"] button[data-muscle]').first(),
    ).toBeFocused();
    await keys.press('Enter');
    await expect(page.getByTestId('muscle-card')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: topName ?? '' })).toBeFocused();
    expect(keys.count()).toBeLessThanOrEqual(8);
    await expectNoPageScroll(page, 'card open');
    await expectNoAxeViolations(page, 'selected muscle');
    // Escape closes the card and puts the focus back on the chosen candidate.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('muscle-card')).toHaveCount(0);
    await expect(
      page.locator('[data-testid="candidates"] button[aria-pressed="true"]'),
    ).toBeFocused();
    // Arrow keys move through the candidates.
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-testid="candidates"] li:nth-child(2) button')).toBeFocused();
  });

  test('back to the list keeps the list where it was scrolled', async () => {
    const page = await atlas.open(
      '#d=l-temple,l-neck-back-upper,r-buttock-centre,r-calf-upper&v=back',
    );
    const list = page.getByTestId('panel-list');
    await list.evaluate((el) => el.scrollTo({ top: 500 }));
    const visible = page.locator('[data-testid="candidates"] button[data-muscle]').nth(4);
    // Where the list was when the card opened (the press may have scrolled the item into view);
    // read as the click arrives, since a covered list is not rendered (its offset reads 0).
    await list.evaluate((el) =>
      window.addEventListener('click', () => (el.dataset['topAtClick'] = String(el.scrollTop)), {
        capture: true,
        once: true,
      }),
    );
    await visible.click();
    const card = page.getByTestId('card-view');
    await expect(card).toBeVisible();
    const before = Number(await list.getAttribute('data-top-at-click'));
    expect(before).toBeGreaterThan(100);
    // The card opens at the top of the panel, its name in view.
    const title = await page.locator('#muscle-title').boundingBox();
    expect(title?.y ?? 9999).toBeLessThan(260);
    await expectNoPageScroll(page, 'card over a scrolled list');
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await expect(card).toHaveCount(0);
    expect(await list.evaluate((el) => el.scrollTop)).toBe(before);
  });

  test('dark mode: the page and the scene follow the system setting, without axe violations', async () => {
    const page = await atlas.open('#d=l-temple&m=upper-trapezius&tp=l:upper-trapezius-1&v=head');
    await page.emulateMedia({ colorScheme: 'dark' });
    const bg = await page.evaluate(
      () => getComputedStyle(document.querySelector('.panel')!).backgroundColor,
    );
    expect(bg).toBe('rgb(34, 38, 47)');
    // The canvas clear colour is dark too, and the body is still drawn (lit, not black). Choosing
    // the muscle turns the camera to frame its pattern after the scene is ready: read it when still.
    await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
    // The scene takes the new clear colour on its next frame.
    await expect
      .poll(async () => Math.max(...(await canvasPixel(page, 0.02, 0.02))))
      .toBeLessThan(60);
    const face = await canvasPixel(page, 0.5, 0.5);
    expect(face[0]).toBeGreaterThan(120);
    await expectNoAxeViolations(page, 'dark mode, selected muscle');
  });

  test('consult view: the muscle name large, controls out of the way, one tap back', async () => {
    const page = await atlas.open('#d=l-temple&m=upper-trapezius&tp=l:upper-trapezius-1&v=head');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('button', { name: 'Consult view' }).click();
    const bar = page.getByTestId('consult-bar');
    await expect(bar.getByRole('heading', { name: 'Upper trapezius' })).toBeVisible();
    const size = await bar
      .getByRole('heading')
      .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await expect(page.locator('.toolbar')).toHaveCount(0);
    await expect(page.locator('.panel')).toHaveCount(0);
    // One legend, in large type in the bar, in the words of the canvas legend it replaces.
    await expect(bar.getByTestId('consult-legend')).toContainText('Main pain zone');
    await expect(page.getByTestId('canvas-legend')).toHaveCount(0);
    // The canvas follows its grown box on the next frame (LeanCanvas tracks its size).
    await expect
      .poll(async () => (await page.locator('canvas').boundingBox())?.height ?? 0)
      .toBeGreaterThan(768 * 0.75);
    await expectNoAxeViolations(page, 'consult view');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('.panel')).toHaveCount(1);
    await expect(page.getByTestId('canvas-legend')).toBeVisible();
  });
});

/** RGB of the canvas at normalised coordinates, from a real screenshot. */
async function canvasPixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.locator('canvas').screenshot();
  return page.evaluate(
    async ({ data, x, y }) => {
      const bmp = await createImageBitmap(
        new Blob([Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))], { type: 'image/png' }),
      );
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g = c.getContext('2d');
      g?.drawImage(bmp, 0, 0);
      const px = g?.getImageData(Math.floor(x * bmp.width), Math.floor(y * bmp.height), 1, 1).data;
      return px ? [px[0] ?? 0, px[1] ?? 0, px[2] ?? 0] : [0, 0, 0];
    },
    { data: png.toString('base64'), x, y },
  );
}
