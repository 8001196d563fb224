/**
 * The source lights up where it hurts: with pain marked on the bare skin, the candidate muscles
 * show through the skin with their ✕; list and body answer each other; choosing a candidate turns
 * the camera to its pattern and trigger point. `SHOTS=1` also writes the screenshots in
 * docs/screenshots/ that the README shows.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  candidateMuscles,
  clickCanvas,
  openAtlas,
  regionPoint,
  showView,
  tapRegion,
  waitForSignal,
} from './helpers';
import { sharedAtlas } from './sharedAtlas';

// These flows follow the camera turning to the answer: animated, as without reduced motion.
test.use({ reducedMotion: 'no-preference' });

type Point = { x: number; y: number };

/** Screenshots for the docs leave out the passing "available offline" notice. */
const NO_TOAST = '.pwa-status { display: none !important; }';

async function musclesReady(page: Page): Promise<void> {
  await waitForSignal(page, 'muscles-ready');
}

declare global {
  interface Window {
    __snaps?: ImageData[];
  }
}

/** Takes a real screenshot of the canvas and keeps its pixels in the page; returns its index. */
async function snap(page: Page): Promise<number> {
  const png = await page.locator('canvas').screenshot();
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    if (!g) throw new Error('no 2d context');
    g.drawImage(bmp, 0, 0);
    window.__snaps ??= [];
    return window.__snaps.push(g.getImageData(0, 0, bmp.width, bmp.height)) - 1;
  }, png.toString('base64'));
}

interface Compare {
  readonly a: number;
  readonly b: number;
  /** Normalised canvas point (0…1, y down). */
  readonly p: Point;
  /** Half size of the square, px. */
  readonly r: number;
}

/**
 * Over a square of `r` px around `p`: the mean absolute RGB difference between snapshots a and b
 * (0…765), the pixels near-black in a but not in b (the ✕ strokes), and over the whole canvas
 * except that square, the pixels that differ by more than 40 (sum of RGB).
 */
function compare(
  page: Page,
  c: Compare,
): Promise<{ diff: number; dark: number; changedElsewhere: number }> {
  return page.evaluate(({ a, b, p, r }) => {
    const A = window.__snaps?.[a];
    const B = window.__snaps?.[b];
    if (!A || !B) throw new Error('no snapshot');
    const cx = Math.round(p.x * A.width);
    const cy = Math.round(p.y * A.height);
    let sum = 0;
    let n = 0;
    let dark = 0;
    let elsewhere = 0;
    for (let y = 0; y < A.height; y++)
      for (let x = 0; x < A.width; x++) {
        const i = 4 * (y * A.width + x);
        let d = 0;
        for (let k = 0; k < 3; k++) d += Math.abs((A.data[i + k] ?? 0) - (B.data[i + k] ?? 0));
        const inside = Math.abs(x - cx) <= r && Math.abs(y - cy) <= r;
        if (!inside) {
          if (d > 40) elsewhere++;
          continue;
        }
        sum += d;
        n++;
        const darkIn = (S: ImageData): boolean =>
          Math.max(S.data[i] ?? 255, S.data[i + 1] ?? 255, S.data[i + 2] ?? 255) < 90;
        if (darkIn(A) && !darkIn(B)) dark++;
      }
    return { diff: n ? sum / n : 0, dark, changedElsewhere: elsewhere };
  }, c);
}

/**
 * Pixels in a square of `r` px around `p` drawn in the emphasised ✕'s magenta (about
 * rgb(176, 18, 122)): high red, low green, some blue; neither skin, teal veil, red zone nor blue
 * drawing is.
 */
function emphasisedCross(page: Page, at: { snap: number; p: Point; r: number }): Promise<number> {
  return page.evaluate(({ snap, p, r }) => {
    const S = window.__snaps?.[snap];
    if (!S) throw new Error('no snapshot');
    const cx = Math.round(p.x * S.width);
    const cy = Math.round(p.y * S.height);
    let n = 0;
    for (let y = cy - r; y <= cy + r; y++)
      for (let x = cx - r; x <= cx + r; x++) {
        const i = 4 * (y * S.width + x);
        const [red, g, b] = [S.data[i] ?? 255, S.data[i + 1] ?? 0, S.data[i + 2] ?? 0];
        if (red > 110 && g < 70 && b > 70 && red - g > 70) n++;
      }
    return n;
  }, at);
}

/** Sided keys of the drawn ✕ markers (chosen muscle's first, then candidates by rank). */
const drawnKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__atlasProbe?.drawnTriggerPoints() ?? []);

async function screenPoint(page: Page, key: string): Promise<Point> {
  const p = await page.evaluate((k) => window.__atlasProbe?.markerScreenPoint(k) ?? null, key);
  if (!p) throw new Error(`✕ ${key} is not drawn`);
  return p;
}

/** Marks the regions, then checks the top three candidates' ✕ points against the unmarked view. */
async function expectSourcesShown(
  page: Page,
  regions: readonly string[],
  shot: string,
): Promise<void> {
  await musclesReady(page);
  const before = await snap(page);
  for (const r of regions) await tapRegion(page, r);
  await expect.poll(async () => (await drawnKeys(page)).length).toBeGreaterThanOrEqual(3);
  const listed = (await candidateMuscles(page)).slice(0, 3);
  const top = (await drawnKeys(page)).slice(0, 3);
  // The first three ✕ are the first three candidates of the list.
  expect(top.map((k) => listed.some((m) => k.slice(2).startsWith(m)))).toEqual([true, true, true]);
  await page.mouse.move(1, 1);
  const after = await snap(page);
  for (const key of top) {
    const p = await screenPoint(page, key);
    expect(p.x, `${key} on the canvas`).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(1);
    expect(p.y).toBeGreaterThan(0);
    expect(p.y).toBeLessThan(1);
    const seen = await compare(page, { a: after, b: before, p, r: 8 });
    expect(seen.diff, `pixels at ${key} change`).toBeGreaterThan(40);
    expect(seen.dark, `the ✕ of ${key} is drawn`).toBeGreaterThanOrEqual(6);
  }
  if (process.env.SHOTS)
    await page.screenshot({ path: `docs/screenshots/${shot}`, style: NO_TOAST });
}

/** The first candidate's name and a red-flag title are inside the viewport, without scrolling. */
async function expectAnswerInView(page: Page): Promise<void> {
  const first = page.locator('[data-testid="candidates"] button[data-muscle]').first();
  await expect(first.locator('.candidate-name')).toBeInViewport({ ratio: 1 });
  const flags = page.getByTestId('red-flags');
  await expect(flags.locator('li[data-flag] .flag-title').first()).toBeInViewport({ ratio: 1 });
  // The other warning signs are one click away, counted.
  await expect(flags.getByTestId('more-flags')).toContainText(/\d+ more/);
  await expect(flags.getByTestId('more-flags')).toBeInViewport({ ratio: 1 });
}

/**
 * Desktop 1280×800: one loaded app (sharedAtlas.ts), the flows on the male body first, then those
 * on the female body, so the body shape changes once.
 */
test.describe('desktop 1280×800', () => {
  const atlas = sharedAtlas();

  test('buttock and back of the thigh: the top candidates show through the skin with their ✕', async () => {
    const page = await atlas.open('#v=back&mode=patient&body=male&layer=skin');
    await expectSourcesShown(
      page,
      ['l-buttock-centre', 'l-thigh-back-upper'],
      'sources-buttock-thigh.png',
    );
  });

  test('desktop 1280×800: buttock and back of the thigh — a warning sign and the first candidate above the fold', async () => {
    const page = await atlas.open('#v=back&mode=patient&body=male&layer=skin');
    for (const r of ['l-buttock-centre', 'l-thigh-back-upper']) await tapRegion(page, r);
    await expect(page.getByTestId('drawing-list').locator('li')).toHaveCount(2);
    await expectAnswerInView(page);
  });

  test('levator scapulae chosen by search from the front: the camera turns to the back', async () => {
    const page = await atlas.open('#v=front&mode=patient&body=male&layer=skin');
    await showView(page, 'Front');
    await page.getByRole('combobox', { name: /^Search/ }).fill('levator scapulae');
    await page.keyboard.press('Enter');
    await expect(page.locator('#muscle-title')).toContainText('Levator scapulae');
    await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
    const dir = await page.evaluate(() => window.__atlasProbe?.cameraDirection());
    expect(dir?.z, 'the camera is behind the body').toBeLessThan(-0.5);
    const seen = await page.evaluate(() => window.__atlasProbe?.patternOnScreen());
    expect(seen?.pointsInside).toBe(true);
    expect(seen?.zoneInside).toBeGreaterThan(0.95);
    if (process.env.SHOTS)
      await page.screenshot({ path: 'docs/screenshots/framed-levator.png', style: NO_TOAST });
    // One control returns to the whole body, still from behind.
    await page.getByRole('button', { name: 'Whole body' }).click();
    await expect(page.locator('html[data-view="back"]')).toHaveCount(1);
  });

  test('left temple: the top candidates show through the skin with their ✕', async () => {
    const page = await atlas.open('#v=left&mode=patient&body=female&layer=skin');
    await expectSourcesShown(page, ['l-temple'], 'sources-temple.png');
  });

  test('upper trapezius for a temple drawing: the temple and its ✕ are both in view', async () => {
    const page = await atlas.open('#v=left&mode=patient&body=female&layer=skin');
    await tapRegion(page, 'l-temple');
    await page.locator('[data-testid="candidates"] button[data-muscle="upper-trapezius"]').click();
    await expect(page.locator('#muscle-title')).toContainText('Upper trapezius');
    await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
    const seen = await page.evaluate(() => window.__atlasProbe?.patternOnScreen());
    expect(seen?.pointsInside, 'the ✕ is inside the canvas').toBe(true);
    // The marked temple is visible (and could be tapped) in this view.
    await regionPoint(page, 'l-temple');
    if (process.env.SHOTS)
      await page.screenshot({
        path: 'docs/screenshots/framed-trapezius-temple.png',
        style: NO_TOAST,
      });
  });

  test('hovering a candidate emphasises its muscle and its ✕; tapping its ✕ on the body opens its card', async () => {
    // The head view: the second candidate for the temple is now temporalis (upper trapezius ranks
    // first), which in the whole-body view is hardly bigger than the ✕ square left out below.
    const page = await atlas.open('#v=head&mode=patient&body=female&layer=skin');
    await musclesReady(page);
    await tapRegion(page, 'l-temple');
    await expect.poll(async () => (await drawnKeys(page)).length).toBeGreaterThanOrEqual(3);
    await page.mouse.move(1, 1);
    const keys = await drawnKeys(page);
    const before = await snap(page);
    const second = page.locator('[data-testid="candidates"] button[data-muscle]').nth(1);
    await second.hover();
    await expect(second).toHaveAttribute('data-emphasised', 'true');
    // The muscle itself is drawn differently, not only its ✕ (which grows).
    const cross = await screenPoint(page, keys[1] ?? '');
    await expect
      .poll(async () => {
        const seen = await compare(page, { a: await snap(page), b: before, p: cross, r: 14 });
        return seen.changedElsewhere;
      })
      .toBeGreaterThan(60);
    // Its ✕ too: larger, and drawn in the emphasis magenta.
    expect(await emphasisedCross(page, { snap: before, p: cross, r: 12 })).toBe(0);
    const hovered = await snap(page);
    expect(await emphasisedCross(page, { snap: hovered, p: cross, r: 12 })).toBeGreaterThanOrEqual(
      8,
    );
    expect((await compare(page, { a: hovered, b: before, p: cross, r: 12 })).diff).toBeGreaterThan(
      20,
    );
    await page.mouse.move(1, 1);

    const [first] = keys;
    if (!first) throw new Error('no candidate');
    const p = await screenPoint(page, first);
    // A mouse over the ✕ shows what a click will choose: its list entry lights up, the hand cursor.
    const canvas = await page.locator('canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await page.mouse.move(canvas.x + p.x * canvas.width, canvas.y + p.y * canvas.height);
    const firstEntry = page.locator('[data-testid="candidates"] button[data-muscle]').first();
    await expect(firstEntry).toHaveAttribute('data-emphasised', 'true');
    await expect(page.locator('canvas')).toHaveCSS('cursor', 'pointer');
    await clickCanvas(page, p.x, p.y);
    const muscle = (await candidateMuscles(page))[0] ?? '';
    await expect.poll(() => page.url()).toContain(`m=${muscle}`);
    await expect(page.locator('#muscle-title')).toBeVisible();
  });
});

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  // One loaded app (sharedAtlas.ts); the temple first, as it leaves the sheet at peek height.
  const atlas = sharedAtlas();

  test('left temple: at peek height a warning sign and the first candidate, the sources on the body', async () => {
    const page = await atlas.open('#v=left&mode=patient&body=female&layer=skin');
    await musclesReady(page);
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const p = await regionPoint(page, 'l-temple');
    await page.touchscreen.tap(box.x + p.x * box.width, box.y + p.y * box.height);
    await expect.poll(async () => (await drawnKeys(page)).length).toBeGreaterThanOrEqual(3);
    await expectAnswerInView(page);
    if (process.env.SHOTS)
      await page.screenshot({ path: 'docs/screenshots/phone-sources-temple.png', style: NO_TOAST });
  });

  test('buttock and back of the thigh: at peek height the sheet shows a warning sign and the first candidate', async () => {
    const page = await atlas.open('#v=back&mode=patient&body=male&layer=skin');
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    for (const [i, r] of ['l-buttock-centre', 'l-thigh-back-upper'].entries()) {
      const p = await regionPoint(page, r);
      await page.touchscreen.tap(box.x + p.x * box.width, box.y + p.y * box.height);
      await expect(page.getByTestId('drawing-list').locator('li')).toHaveCount(i + 1);
    }
    await expect(page.getByTestId('sheet')).toHaveAttribute('data-sheet', 'peek');
    await expectAnswerInView(page);
    if (process.env.SHOTS)
      await page.screenshot({
        path: 'docs/screenshots/phone-sources-buttock-thigh.png',
        style: NO_TOAST,
      });
    // One step up brings the search box back.
    await page.getByRole('button', { name: 'More', exact: true }).tap();
    await expect(page.getByRole('combobox', { name: /^Search/ })).toBeVisible();
  });
});

test.describe('tablet 1024×768, touch', () => {
  // Only the tap on the ✕ is checked here, not the turn that follows it (the flows above check
  // that): the camera jumps, as with reduced motion, instead of drawing ~70 frames of a turn.
  test.use({
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: 'reduce',
  });
  test('head view: a finger on a candidate’s ✕ opens its card', async ({ page }) => {
    await openAtlas(page, '#d=l-temple&v=head&mode=patient&body=female&layer=skin');
    await musclesReady(page);
    await expect.poll(async () => (await drawnKeys(page)).length).toBeGreaterThanOrEqual(3);
    const [first] = await drawnKeys(page);
    const p = await screenPoint(page, first ?? '');
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.touchscreen.tap(box.x + p.x * box.width, box.y + p.y * box.height);
    const muscle = (await candidateMuscles(page))[0] ?? '';
    await expect.poll(() => page.url()).toContain(`m=${muscle}`);
    await expect(page.locator('#muscle-title')).toBeVisible();
  });
});
