/**
 * A link that names a muscle opens framed on it (issue 14, "the camera goes to the answer"): once
 * the body is drawn, the camera turns and zooms to the muscle's pattern and ✕ as choosing it in
 * the app does, unless the link carries a camera of its own; Back and Forward to a chosen muscle
 * frame it the same way. `SHOTS=1` also writes the screenshots in docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, orbitCanvas, regionPoint } from './helpers';

/** Screenshots for the docs leave out the passing "available offline" notice. */
const NO_TOAST = '.pwa-status { display: none !important; }';

/** What the probe says about the framed selection, once the camera is at rest. */
interface Framed {
  readonly dir: { x: number; y: number; z: number };
  readonly zoneInside: number;
  readonly pointsInside: boolean;
  /** Larger side of the box around the main zone and the ✕ on screen, as a share of the canvas. */
  readonly extent: number;
  readonly view: string | undefined;
}

async function framed(page: Page): Promise<Framed> {
  // The camera signal appears with the camera controls (after the first frame) and reads
  // `moving` while a link's framing waits for the muscles and while the camera turns.
  await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
  const seen = await page.evaluate(() => {
    const probe = window.__atlasProbe;
    const on = probe?.patternOnScreen();
    if (!probe || !on) return null;
    return { dir: probe.cameraDirection(), ...on, view: document.documentElement.dataset.view };
  });
  if (!seen) throw new Error('no selection on screen');
  return seen;
}

/** The link's muscle fills a good part of the canvas, main zone and ✕ inside it. */
function expectFramed(f: Framed): void {
  expect(f.pointsInside, 'every ✕ of the selection is inside the canvas').toBe(true);
  expect(f.zoneInside, 'the main zone is inside the canvas').toBeGreaterThan(0.95);
}

/**
 * "Whole body" returns to the whole body from the side the camera faces; the framed pattern was
 * at least twice as large on screen (not a few pixels at whole-body scale).
 */
async function expectWholeBodyReturns(page: Page, f: Framed): Promise<void> {
  await page.getByRole('button', { name: 'Whole body' }).click();
  await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
  const whole = await framed(page);
  expect(whole.view).toBe(f.view);
  expect(whole.extent * 2, 'the framed pattern is larger than at whole-body scale').toBeLessThan(
    f.extent,
  );
}

/** Camera position and orbit target, metres, once the camera has stopped exactly where it ends. */
async function restingCamera(page: Page): Promise<number[]> {
  await expect(page.locator('html[data-camera-settled="true"]')).toHaveCount(1);
  const c = await page.evaluate(() => window.__atlasProbe?.camera());
  return [...(c?.position ?? []), ...(c?.target ?? [])];
}

const LEVATOR = '#m=levator-scapulae&v=front&mode=patient&body=male&layer=skin';
const TRAPEZIUS_TEMPLE =
  '#d=l-temple&m=upper-trapezius&tp=l:upper-trapezius-1&v=front&mode=patient&body=female&layer=skin';

test('a front-view link to levator scapulae opens framed on its pattern, from behind', async ({
  page,
}) => {
  await openAtlas(page, LEVATOR);
  const f = await framed(page);
  expect(f.dir.z, 'the camera is behind the body').toBeLessThan(-0.5);
  expect(f.view, 'the view buttons follow the side the camera faces').toBe('back');
  expectFramed(f);
  if (process.env.SHOTS)
    await page.screenshot({ path: 'docs/screenshots/link-levator.png', style: NO_TOAST });
  // The link now says where the camera looks from; the framed view is not a camera of its own.
  await expect.poll(() => page.url()).toContain('v=back');
  expect(page.url()).not.toContain('cam=');
  await expectWholeBodyReturns(page, f);
});

test('the link frames the muscle exactly where choosing it in the app turns the camera', async ({
  page,
}) => {
  await openAtlas(page, '#v=front&mode=patient&body=male&layer=skin');
  // Chosen once the muscles (their ✕ positions) are there, as a link's framing waits for them.
  await expect(page.locator('html[data-muscles-ready="true"]')).toHaveCount(1, { timeout: 60_000 });
  await page.getByRole('combobox', { name: /^Search/ }).fill('levator scapulae');
  await page.keyboard.press('Enter');
  await expect(page.locator('#muscle-title')).toContainText('Levator scapulae');
  await framed(page);
  const chosen = await restingCamera(page);
  const other = await page.context().newPage();
  await openAtlas(other, LEVATOR);
  await framed(other);
  const linked = await restingCamera(other);
  // To the millimetre: the same rule, the same trigger point positions, the same canvas.
  for (const [i, v] of chosen.entries()) expect(Math.abs((linked[i] ?? 9) - v)).toBeLessThan(0.001);
});

test('a front-view link to the upper trapezius for a temple drawing frames the temple and the ✕', async ({
  page,
}) => {
  await openAtlas(page, TRAPEZIUS_TEMPLE);
  const f = await framed(page);
  expectFramed(f);
  // Temple and upper-back ✕ are seen from the left and behind, not from the front.
  expect(f.dir.z, 'the camera has turned away from the front').toBeLessThan(0.5);
  expect(f.dir.x, 'the camera is on the body’s left').toBeGreaterThan(0.3);
  // The marked temple is visible (and could be tapped) in this view.
  await regionPoint(page, 'l-temple');
  if (process.env.SHOTS)
    await page.screenshot({
      path: 'docs/screenshots/link-trapezius-temple.png',
      style: NO_TOAST,
    });
  await expectWholeBodyReturns(page, f);
});

test('a link with a camera of its own opens at that camera; the user’s orbit after framing is kept', async ({
  page,
}) => {
  await openAtlas(page, LEVATOR);
  await framed(page);
  // Orbit like a user: the framed view becomes a camera of the link's own.
  await orbitCanvas(page, 0.1);
  await expect(page.locator('html[data-camera-settled="true"]')).toHaveCount(1);
  const orbited = await page.evaluate(() => window.__atlasProbe?.camera());
  // The link holds where the camera came to rest (written when the page is idle, at most 300 ms on).
  await expect
    .poll(() => {
      const cam = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('cam') ?? '';
      const linked = cam.split(',').map(Number);
      const now = [...(orbited?.position ?? []), ...(orbited?.target ?? [])];
      return linked.length === 6 && now.every((v, i) => Math.abs((linked[i] ?? 99) - v) < 0.002);
    })
    .toBe(true);
  await page.reload();
  await expect(page.locator('html[data-scene-ready="true"]')).toHaveCount(1);
  await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
  // Still after the muscles (and their ✕ positions) have arrived: nothing re-frames it.
  await expect(page.locator('html[data-muscles-ready="true"]')).toHaveCount(1);
  await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
  const reopened = await page.evaluate(() => window.__atlasProbe?.camera());
  for (let i = 0; i < 3; i++) {
    expect(reopened?.position[i] ?? 99).toBeCloseTo(orbited?.position[i] ?? 0, 2);
    expect(reopened?.target[i] ?? 99).toBeCloseTo(orbited?.target[i] ?? 0, 2);
  }
});

test('Back and Forward to a chosen muscle frame it as choosing it does', async ({ page }) => {
  await openAtlas(page, LEVATOR);
  expect((await framed(page)).dir.z).toBeLessThan(-0.5);
  // Choose a muscle on the front of the body: the camera turns to the front.
  await page.getByRole('combobox', { name: /^Search/ }).fill('pectoralis major');
  await page.keyboard.press('Enter');
  await expect(page.locator('#muscle-title')).toContainText('Pectoralis major');
  await expect.poll(async () => (await framed(page)).dir.z).toBeGreaterThan(0.5);

  await page.goBack();
  await expect(page.locator('#muscle-title')).toContainText('Levator scapulae');
  await expect.poll(async () => (await framed(page)).dir.z).toBeLessThan(-0.5);
  expectFramed(await framed(page));

  await page.goForward();
  await expect(page.locator('#muscle-title')).toContainText('Pectoralis major');
  await expect.poll(async () => (await framed(page)).dir.z).toBeGreaterThan(0.5);
  expectFramed(await framed(page));
});

test.describe('phone 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('a link to levator scapulae opens framed above the sheet', async ({ page }) => {
    await openAtlas(page, LEVATOR);
    const f = await framed(page);
    expect(f.dir.z, 'the camera is behind the body').toBeLessThan(-0.5);
    expectFramed(f);
    // The ✕ is in the part of the canvas the sheet leaves visible.
    const [key] = await page.evaluate(() => window.__atlasProbe?.drawnTriggerPoints() ?? []);
    const p = await page.evaluate((k) => window.__atlasProbe?.markerScreenPoint(k ?? ''), key);
    const canvas = await page.locator('canvas').boundingBox();
    const visible = await page.evaluate(() => window.__atlasProbe?.visibleCanvasHeight() ?? 0);
    if (!p || !canvas) throw new Error('no ✕ or canvas');
    expect(p.y * canvas.height, 'the ✕ is above the sheet').toBeLessThan(visible);
    if (process.env.SHOTS)
      await page.screenshot({ path: 'docs/screenshots/phone-link-levator.png', style: NO_TOAST });
    await expectWholeBodyReturns(page, f);
  });
});
