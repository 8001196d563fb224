/**
 * Phone flows (390×844 portrait and 844×390 landscape, touch): the body and the answer share the
 * screen through the bottom sheet, the page never scrolls, the chosen trigger point stays in the
 * visible part of the canvas above the sheet; first-use hint, double-tap zoom, 44 px targets, axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, regionPoint, showView, waitForSignal } from './helpers';
import { expectNoAxeViolations, expectNoPageScroll, smallTargets } from './a11yHelpers';
import { sharedAtlas } from './sharedAtlas';

// The app's Content Security Policy forbids inline scripts; axe-core is injected as one.
test.use({
  bypassCSP: true,
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
});

/** Taps a region with a finger, where the probe says it is visible above the sheet. */
async function touchRegion(page: Page, id: string): Promise<void> {
  const p = await regionPoint(page, id);
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.touchscreen.tap(box.x + p.x * box.width, box.y + p.y * box.height);
}

async function dismissHint(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Got it' }).tap();
  await expect(page.getByTestId('gesture-hint')).toHaveCount(0);
}

/** Sided keys of the drawn ✕ markers (chosen muscle's first, then candidates by rank). */
const drawnKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__atlasProbe?.drawnTriggerPoints() ?? []);

/** The canvas point (normalised) of a drawn ✕ and the region a tap there meets. */
async function crossAndRegion(
  page: Page,
  key: string,
): Promise<{ x: number; y: number; region: string | null }> {
  return page.evaluate((k) => {
    const probe = window.__atlasProbe;
    const p = probe?.markerScreenPoint(k);
    if (!probe || !p) return { x: -1, y: -1, region: null };
    return { ...p, region: probe.regionAtScreenPoint(p.x, p.y) };
  }, key);
}

test('first-use hint: dismissed once, remembered on this device only', async ({ page }) => {
  await openAtlas(page, '', { firstUse: true });
  await expect(page.getByTestId('gesture-hint')).toContainText('Drag with one finger');
  await dismissHint(page);
  expect(await page.evaluate(() => localStorage.length)).toBe(1);
  await page.reload();
  await waitForSignal(page, 'scene-ready');
  await expect(page.getByTestId('gesture-hint')).toHaveCount(0);
});

// One loaded app for these four (sharedAtlas.ts), the one that needs the first-use hint first.
test.describe('on one loaded app', () => {
  const atlas = sharedAtlas();

  test('phone: mark the temple and the back of the neck, choose the first candidate — card and trigger point in view, no page scroll', async () => {
    const page = await atlas.open('', { firstUse: true });
    await expectNoPageScroll(page, 'start');
    await dismissHint(page);
    await showView(page, 'Head');
    await touchRegion(page, 'l-temple');
    await expect(page.getByTestId('drawing-list')).toContainText('left temple');
    await expectNoPageScroll(page, 'temple marked');
    // Then the back of the neck, in the whole-body back view where the candidates' ✕ are drawn
    // over it: a finger at this scale marks pain.
    await showView(page, 'Back');
    await touchRegion(page, 'l-neck-back-upper');
    await expect(page.getByTestId('drawing-list')).toContainText('back of the neck, upper');
    await expectNoPageScroll(page, 'neck marked');
    // Raise the sheet and choose the first candidate.
    await page.getByRole('button', { name: 'More', exact: true }).tap();
    await expect(page.getByTestId('sheet')).toHaveAttribute('data-sheet', 'half');
    const first = page.locator('[data-testid="candidates"] button[data-muscle]').first();
    const muscle = (await first.getAttribute('data-muscle')) ?? '';
    const name = (await first.locator('.candidate-name').textContent()) ?? '';
    await first.tap();
    await expect(page.getByTestId('muscle-card')).toBeVisible();
    await expectNoPageScroll(page, 'card open');
    // The muscle's name and the first line of its card are inside the viewport.
    const title = page.getByRole('heading', { level: 2, name });
    await expect(title).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.muscle-card .legend')).toBeInViewport({ ratio: 1 });
    // The trigger point is on the canvas, in the part the sheet leaves visible.
    const canvas = await page.locator('canvas').boundingBox();
    const sheet = await page.getByTestId('sheet').boundingBox();
    if (!canvas || !sheet) throw new Error('no canvas or sheet');
    await expect
      .poll(() =>
        page.evaluate((m) => window.__atlasProbe?.triggerPointScreenPoint(m) ?? null, muscle),
      )
      .not.toBeNull();
    const tp = await page.evaluate((m) => window.__atlasProbe?.triggerPointScreenPoint(m), muscle);
    if (!tp) throw new Error('trigger point off screen');
    const y = canvas.y + tp.y * canvas.height;
    const x = canvas.x + tp.x * canvas.width;
    expect(x).toBeGreaterThan(canvas.x);
    expect(x).toBeLessThan(canvas.x + canvas.width);
    expect(y).toBeGreaterThan(canvas.y);
    expect(y, 'trigger point above the sheet').toBeLessThan(sheet.y);
    const visible = await page.evaluate(() => window.__atlasProbe?.visibleCanvasHeight() ?? 0);
    expect(tp.y * canvas.height).toBeLessThan(visible);
    await expectNoAxeViolations(page, 'phone, selected muscle');
    // Back to the list, then the sheet lowers with its handle's arrow keys.
    await page.getByRole('button', { name: 'Back to the list' }).tap();
    await expect(page.getByTestId('card-view')).toHaveCount(0);
    // The focus returns to the chosen candidate in the list.
    await expect(
      page.locator('[data-testid="candidates"] button[aria-pressed="true"]'),
    ).toBeFocused();
    await page.locator('.sheet-handle').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('sheet')).toHaveAttribute('data-sheet', 'peek');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('sheet')).toHaveAttribute('data-sheet', 'full');
    await expectNoPageScroll(page, 'sheet full');
  });

  test('double-tap zooms to the spot and marks nothing', async () => {
    const page = await atlas.open();
    const before = await page.evaluate(() => window.__atlasProbe?.cameraDistance() ?? 0);
    const p = await regionPoint(page, 'l-lower-chest');
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const at = { x: box.x + p.x * box.width, y: box.y + p.y * box.height };
    // Two finger taps in one task: the gap between them must not depend on how busy the machine is.
    await page.evaluate(({ x, y }) => {
      const canvas = document.querySelector('canvas');
      if (!canvas) return;
      const init = {
        clientX: x,
        clientY: y,
        bubbles: true,
        pointerId: 7,
        pointerType: 'touch',
        isPrimary: true,
      };
      for (let i = 0; i < 2; i++) {
        canvas.dispatchEvent(new PointerEvent('pointerdown', { ...init, buttons: 1 }));
        canvas.dispatchEvent(new PointerEvent('pointerup', init));
        canvas.dispatchEvent(new MouseEvent('click', init));
      }
    }, at);
    await expect
      .poll(() => page.evaluate(() => window.__atlasProbe?.cameraDistance() ?? 0))
      .toBeLessThan(before * 0.6);
    await expect(page.getByTestId('drawing-list')).toHaveCount(0);
  });

  test('phone layout: compact header, 44 px targets, axe clean in light and dark', async () => {
    const page = await atlas.open('#d=l-temple,l-neck-back-upper&v=back');
    const header = await page.locator('.header').boundingBox();
    expect(header?.height ?? 999).toBeLessThanOrEqual(64);
    expect(await smallTargets(page, 44)).toEqual([]);
    await expectNoAxeViolations(page, 'phone layout');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('.sheet')).toHaveCSS('background-color', 'rgb(34, 38, 47)');
    await expectNoAxeViolations(page, 'phone layout, dark mode');
  });

  test('phone: taps right on the candidates’ ✕ in the back view mark pain and open no card; zoomed in, a tap on a ✕ chooses it', async () => {
    const page = await atlas.open('#d=l-temple&v=back&mode=patient&body=female&layer=skin');
    await waitForSignal(page, 'muscles-ready');
    await expect.poll(async () => (await drawnKeys(page)).length).toBeGreaterThanOrEqual(3);
    // The ✕ positions on screen are read once: wait until the camera has come to rest.
    await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
    const canvas = await page.locator('canvas').boundingBox();
    const visible = await page.evaluate(() => window.__atlasProbe?.visibleCanvasHeight() ?? 0);
    if (!canvas) throw new Error('no canvas');
    // Two ✕ over unmarked skin, in different regions, above the sheet, and far enough apart
    // (30 px) that two taps there are not a double-tap (which zooms).
    const targets: { x: number; y: number; region: string }[] = [];
    const apart = (a: { x: number; y: number }, b: { x: number; y: number }): number =>
      Math.hypot((a.x - b.x) * canvas.width, (a.y - b.y) * canvas.height);
    for (const key of await drawnKeys(page)) {
      const t = await crossAndRegion(page, key);
      if (!t.region || t.region === 'l-temple' || t.y * canvas.height > visible - 8) continue;
      if (targets.some((o) => o.region === t.region || apart(o, t) < 30)) continue;
      targets.push({ x: t.x, y: t.y, region: t.region });
      if (targets.length === 2) break;
    }
    expect(targets, 'two ✕ over the skin in the back view').toHaveLength(2);
    // Both areas are marked (after the temple), and no candidate was chosen.
    for (const [i, t] of targets.entries()) {
      await page.touchscreen.tap(canvas.x + t.x * canvas.width, canvas.y + t.y * canvas.height);
      await expect(page.getByTestId('drawing-list').locator('li')).toHaveCount(2 + i);
    }
    for (const t of targets) await expect.poll(() => page.url()).toContain(t.region);
    await expect(page.getByTestId('muscle-card')).toHaveCount(0);
    expect(page.url()).not.toContain('m=');

    // Zoomed in to the head, the ✕ is large against the body: a tap on it chooses its candidate.
    await showView(page, 'Head');
    await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
    const first = (await drawnKeys(page))[0] ?? '';
    const p = await page.evaluate((k) => window.__atlasProbe?.markerScreenPoint(k) ?? null, first);
    if (!p) throw new Error('no ✕ in the head view');
    await page.touchscreen.tap(canvas.x + p.x * canvas.width, canvas.y + p.y * canvas.height);
    const muscle = await page
      .locator('[data-testid="candidates"] button[data-muscle]')
      .first()
      .getAttribute('data-muscle');
    await expect(page.getByTestId('muscle-card')).toBeVisible();
    await expect.poll(() => page.url()).toContain(`m=${muscle}`);
  });
});

test.describe('landscape phone 844×390', () => {
  test.use({ viewport: { width: 844, height: 390 } });
  test('the body takes at least 60 % of the viewport height, and the page does not scroll', async ({
    page,
  }) => {
    await openAtlas(page);
    await expectNoPageScroll(page, 'landscape');
    const canvas = await page.locator('canvas').boundingBox();
    expect((canvas?.height ?? 0) / 390).toBeGreaterThanOrEqual(0.6);
    expect((await bodyRows(page)) / 390).toBeGreaterThanOrEqual(0.6);
  });
});

/** Height in CSS px of the body's silhouette on the canvas (rows with body pixels). */
async function bodyRows(page: Page): Promise<number> {
  const png = await page.locator('canvas').screenshot({ scale: 'css' });
  return page.evaluate(
    async ({ data }) => {
      const bmp = await createImageBitmap(
        new Blob([Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0))], { type: 'image/png' }),
      );
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g = c.getContext('2d');
      if (!g) return 0;
      g.drawImage(bmp, 0, 0);
      const px = g.getImageData(0, 0, bmp.width, bmp.height).data;
      let top = -1;
      let bottom = -1;
      for (let y = 0; y < bmp.height; y++) {
        let n = 0;
        for (let x = 0; x < bmp.width; x++) {
          const i = (y * bmp.width + x) * 4;
          const bg =
            Math.abs((px[i] ?? 0) - 243) < 8 &&
            Math.abs((px[i + 1] ?? 0) - 241) < 8 &&
            Math.abs((px[i + 2] ?? 0) - 238) < 8;
          if (!bg) n++;
        }
        if (n >= 3) {
          if (top < 0) top = y;
          bottom = y;
        }
      }
      return top < 0 ? 0 : bottom - top + 1;
    },
    { data: png.toString('base64') },
  );
}
