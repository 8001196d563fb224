/**
 * The handout without WebGL: the pictures fall back to the flat outline (front and back, SVG)
 * with the drawing hatched, the main zone solid, the spillover dotted and the trigger points
 * crossed; it prints on A4 and Letter within two pages for the chosen muscle.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { CHROMIUM_ARGS, FLOW_ARGS, chromiumPath } from '../../scripts/lib/chromium';
import { pageErrors } from './resilienceHelpers';

test.use({
  serviceWorkers: 'block',
  // Pictures are checked as printed: 3 device pixels per CSS pixel is about 290 dpi.
  deviceScaleFactor: 3,
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...FLOW_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

/** Pixel counts of a printed picture: not white (body), main-zone red, drawing blue, near black (✕). */
async function printedPixels(page: Page, picture: Locator) {
  const png = await picture.screenshot({ scale: 'device' });
  return page.evaluate(async (data) => {
    const bmp = await createImageBitmap(
      new Blob([Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))], { type: 'image/png' }),
    );
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    if (!g) return { total: 0, body: 0, zone: 0, drawing: 0, dark: 0 };
    g.drawImage(bmp, 0, 0);
    const px = g.getImageData(0, 0, bmp.width, bmp.height).data;
    const n = { total: bmp.width * bmp.height, body: 0, zone: 0, drawing: 0, dark: 0 };
    for (let i = 0; i < px.length; i += 4) {
      const [r, gr, b] = [px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0];
      if (r < 245 || gr < 245 || b < 245) n.body++;
      if (r > 150 && r - gr > 90 && r - b > 90) n.zone++;
      if (b > 150 && b - r > 80 && b - gr > 60) n.drawing++;
      if (r < 60 && gr < 60 && b < 60) n.dark++;
    }
    return n;
  }, png.toString('base64'));
}

test('without WebGL the handout draws the outline pictures and prints on A4 and Letter', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await page.goto('./');
  await expect(page.getByTestId('no-webgl-notice')).toContainText('cannot show the 3D body');
  const list = page.locator('.region-browser');
  await list.locator('summary', { hasText: /^elbow$/ }).click();
  await list.getByLabel('left outer elbow (lateral epicondyle)').check();
  await page.locator('[data-testid="candidates"] button[data-muscle="supinator"]').first().click();
  await expect(page.getByTestId('muscle-card')).toContainText('Supinator');

  await page.getByTestId('open-handout').click();
  await expect(page.getByTestId('handout-overlay')).toHaveAttribute('data-ready', 'true');
  const sheet = page.getByTestId('handout');
  await expect(sheet.locator('.handout-no3d')).toHaveCount(0);
  const front = page.getByTestId('handout-outline-picture-front');
  const back = page.getByTestId('handout-outline-picture-back');
  // The drawing (outer elbow) and the supinator's main zone face the front and the back; its
  // trigger point sits on the side of the forearm, so it is crossed in both views.
  for (const view of [front, back]) {
    await expect(view.locator('[data-view] > [data-region]')).not.toHaveCount(0);
    await expect(view.locator('[data-marked="true"]')).not.toHaveCount(0);
    await expect(view.getByTestId('outline-cross')).not.toHaveCount(0);
  }
  await expect(sheet.locator('[data-kind="essential"]')).not.toHaveCount(0);
  await expect(sheet.locator('[data-kind="spillover"]')).not.toHaveCount(0);

  // As printed: the pictures are not blank and show the zone, the drawing and the crosses.
  await page.emulateMedia({ media: 'print' });
  for (const view of [front, back]) {
    const n = await printedPixels(page, view);
    expect(n.body, 'the body silhouette is drawn').toBeGreaterThan(n.total * 0.1);
    expect(n.dark, 'the ✕ of the trigger point').toBeGreaterThan(60);
  }
  const [f, b] = [await printedPixels(page, front), await printedPixels(page, back)];
  expect(f.zone + b.zone, 'the main zone').toBeGreaterThan(30);
  expect(f.drawing + b.drawing, 'the marked area').toBeGreaterThan(30);
  await page.emulateMedia({ media: 'screen' });

  for (const format of ['A4', 'Letter'] as const) {
    const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ format })));
    const { totalPages, text } = await extractText(doc, { mergePages: true });
    expect(totalPages, `${format}: two pages or fewer for one muscle`).toBeLessThanOrEqual(2);
    expect(text).toContain('Supinator');
    expect(text).not.toContain('cannot be drawn on this device');
  }
  expect(errors).toEqual([]);
});
