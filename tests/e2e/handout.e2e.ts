/**
 * From the consult to home: the handout prints (A4 and Letter) with the body pictures, the chosen
 * muscle's self-check, the red flags, the note and a QR of the share link; Share copies a link
 * that reproduces isolate and the camera; Back and Forward step through choices.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  candidateMuscles,
  openAtlas,
  orbitCanvas,
  regionIndex,
  showView,
  tapRegion,
  waitForSignal,
} from './helpers';
import { sharedAtlas } from './sharedAtlas';

test.use({ serviceWorkers: 'block' });

const NOTE = 'Stretch the neck twice a day; next visit in two weeks.';

/** Text of a PDF with every run of whitespace made one space, and its page count. */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Pixel counts of a handout picture: not white (body), essential red (zone), drawing blue. */
async function pictureStats(page: Page, view: 'front' | 'back') {
  return page.getByTestId(`handout-picture-${view}`).evaluate(async (el) => {
    const img = el as HTMLImageElement;
    await img.decode();
    const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const g = c.getContext('2d');
    if (!g) return { width: 0, body: 0, zone: 0, drawing: 0 };
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    let body = 0;
    let zone = 0;
    let drawing = 0;
    for (let i = 0; i < px.length; i += 4) {
      const r = px[i] ?? 0;
      const gr = px[i + 1] ?? 0;
      const b = px[i + 2] ?? 0;
      if (r < 245 || gr < 245 || b < 245) body++;
      if (r > 140 && r - gr > 70 && r - b > 70) zone++;
      if (b > 110 && b - r > 50 && b - gr > 30) drawing++;
    }
    return { width: img.naturalWidth, body, zone, drawing };
  });
}

/** Reads the QR code on the handout from a screenshot of it. */
async function readQr(page: Page): Promise<string | undefined> {
  const png = await page.getByTestId('handout-qr').screenshot({ scale: 'device' });
  const image = await page.evaluate(async (data) => {
    const bmp = await createImageBitmap(
      new Blob([Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))], { type: 'image/png' }),
    );
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    if (!g) return undefined;
    g.drawImage(bmp, 0, 0);
    return {
      w: bmp.width,
      h: bmp.height,
      px: [...g.getImageData(0, 0, bmp.width, bmp.height).data],
    };
  }, png.toString('base64'));
  if (!image) return undefined;
  return jsQR(Uint8ClampedArray.from(image.px), image.w, image.h)?.data;
}

// One loaded app for these four (sharedAtlas.ts); the two that open the handout last.
test.describe('on one loaded app', () => {
  const atlas = sharedAtlas();

  test('Back closes the education page opened from the header', async () => {
    const page = await atlas.open();
    await page.getByRole('button', { name: 'About dry needling' }).click();
    await expect(page.getByRole('dialog', { name: /Dry needling/ })).toBeVisible();
    // The step is its own history entry (the address stays the same: it is not part of the link).
    await expect
      .poll(() => page.evaluate(() => (history.state as { education?: boolean } | null)?.education))
      .toBe(true);
    await page.goBack();
    await expect(page.getByRole('dialog', { name: /Dry needling/ })).toHaveCount(0);
    await waitForSignal(page, 'scene-ready');
  });

  test('Back after choosing a muscle returns to the candidates with the same drawing; Forward restores it', async () => {
    const page = await atlas.open();
    await showView(page, 'Head');
    await tapRegion(page, 'l-temple');
    await expect.poll(() => candidateMuscles(page)).not.toEqual([]);
    await expect(page).toHaveURL(/d=l-temple/);
    const [first] = await candidateMuscles(page);
    await page.locator(`[data-testid="candidates"] button[data-muscle="${first}"]`).first().click();
    await expect(page.getByTestId('muscle-card')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`m=${first}`));

    await page.goBack();
    await expect(page.getByTestId('muscle-card')).toHaveCount(0);
    await expect(page.getByTestId('drawing-list')).toContainText('left temple');
    await expect.poll(() => candidateMuscles(page)).toContain(first);
    await expect(page).toHaveURL(/d=l-temple/);

    await page.goForward();
    await expect(page.getByTestId('muscle-card')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`m=${first}`));
    await expect(page.getByTestId('drawing-list')).toContainText('left temple');
  });

  test('clinician wording prints the needling notes', async () => {
    const page = await atlas.open(
      '#d=l-temple.7,l-neck-back-upper&m=upper-trapezius&tp=l:upper-trapezius-1&v=front&mode=clinician&body=male&layer=skin',
    );
    await page.getByTestId('open-handout').click();
    await expect(page.getByTestId('handout-overlay')).toHaveAttribute('data-ready', 'true');
    const { pages, text } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('Needling');
    expect(text).toContain('Upper trapezius');
  });

  test('condition → muscle → note → handout prints on A4 and Letter with pictures, text and a QR', async () => {
    const page = await atlas.open();
    await page.getByText('Start from a common problem').click();
    await page.locator('button[data-condition="tension-type-headache"]').click();
    expect((await candidateMuscles(page)).length).toBeGreaterThan(1);
    await page.locator('[data-testid="candidates"] button[data-muscle]').nth(1).click();
    const card = page.getByTestId('muscle-card');
    const muscleName = squash(
      (await card.locator('h2').first().innerText()).replace(/(left|right)$/, ''),
    );
    const selfCheck = squash(
      (await card.locator('p', { hasText: 'Check it yourself:' }).first().innerText()).replace(
        'Check it yourself:',
        '',
      ),
    );

    await page.getByTestId('open-handout').click();
    const overlay = page.getByTestId('handout-overlay');
    await expect(overlay).toHaveAttribute('data-ready', 'true');
    await page.getByRole('textbox', { name: /Note for the patient/ }).fill(NOTE);
    await expect(page.getByTestId('handout-note')).toHaveText(NOTE);

    const flagTitles = await page
      .locator('[data-testid="handout-flags"] li strong')
      .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\.$/, '')));
    expect(flagTitles.length).toBeGreaterThan(0);
    const link = (await page.getByTestId('handout-link').textContent()) ?? '';
    expect(link).toContain('m=');

    for (const view of ['front', 'back'] as const) {
      const s = await pictureStats(page, view);
      expect(s.width).toBeGreaterThanOrEqual(500);
      expect(s.body, `${view} picture shows the body`).toBeGreaterThan(s.width * s.width * 0.15);
      if (view === 'front')
        expect(s.drawing, 'the temple drawing is on the front').toBeGreaterThan(200);
    }
    const zones =
      (await pictureStats(page, 'front')).zone + (await pictureStats(page, 'back')).zone;
    expect(zones, 'the pattern is drawn').toBeGreaterThan(500);

    expect(await readQr(page)).toBe(link);

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      if (process.env.HANDOUT_PDF_DIR)
        writeFileSync(`${process.env.HANDOUT_PDF_DIR}/handout-${format}.pdf`, pdf);
      const { pages, text } = await pdfText(pdf);
      expect(pages, `${format}: two pages or fewer for one muscle`).toBeLessThanOrEqual(2);
      expect(text).toContain(muscleName);
      expect(text).toContain(selfCheck);
      for (const t of flagTitles) expect(text).toContain(t);
      expect(text).toContain(NOTE);
      expect(text.replace(/\s/g, '')).toContain(link);
    }
  });
});

test('Share without the Web Share API copies a link that reproduces isolate and the camera', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  });
  await openAtlas(
    page,
    '#d=l-temple&m=upper-trapezius&tp=l:upper-trapezius-1&v=front&mode=patient&body=female&layer=skin',
  );
  await page.getByRole('checkbox', { name: 'Isolate muscle' }).check();
  // The link's muscle is framed first (framing.e2e.ts); then the user takes over.
  await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
  // Orbit and zoom out like a user: drag across the canvas, then scroll.
  await orbitCanvas(page, 0.06);
  // One wheel notch out (camera-controls zooms in proportion to the wheel's delta).
  await page.mouse.wheel(0, 100);
  await expect(page.locator('html[data-camera-settled="true"]')).toHaveCount(1);
  await expect(page).toHaveURL(/cam=/);
  const index = await regionIndex(page, 'l-shoulder-top');
  const where = (p: Page) =>
    p.evaluate((i) => window.__atlasProbe?.regionScreenPoint(i) ?? null, index);
  const before = await where(page);
  expect(before).not.toBeNull();

  await page.getByTestId('share').click();
  await expect(page.getByTestId('share-confirm')).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('iso=1');
  expect(link).toMatch(/cam=[-\d.,]+/);

  const other = await context.newPage();
  await other.goto(link);
  await waitForSignal(other, 'scene-ready');
  await expect(other.getByRole('checkbox', { name: 'Isolate muscle' })).toBeChecked();
  const after = await where(other);
  expect(after).not.toBeNull();
  expect(Math.abs((after?.x ?? 0) - (before?.x ?? 1))).toBeLessThan(0.01);
  expect(Math.abs((after?.y ?? 0) - (before?.y ?? 1))).toBeLessThan(0.01);
  // The view really is the orbited one: the front preset moves the camera away from it.
  const orbited = await other.evaluate(() => window.__atlasProbe?.camera().position ?? []);
  await other.getByRole('button', { name: 'Front', exact: true }).click();
  const moved = async (): Promise<number> => {
    const p = await other.evaluate(() => window.__atlasProbe?.camera().position ?? []);
    return Math.hypot(...p.map((v, i) => v - (orbited[i] ?? v)));
  };
  await expect.poll(moved).toBeGreaterThan(0.3);
  await context.close();
});
