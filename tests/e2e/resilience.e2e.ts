/**
 * Never a blank page: missing browser APIs, a lost GPU context, resizes, a stroke released off the
 * body, a body switch, odd links, and what the production build ships. (No WebGL: noWebgl.e2e.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  candidateMuscles,
  countPixels,
  openAtlas,
  orbitCanvas,
  regionPoint,
  showView,
  tapRegion,
  waitForSignal,
} from './helpers';
import {
  cameraState,
  isDrawing,
  isZone,
  markCount,
  pageErrors,
  pixelAt,
  resizeTo,
} from './resilienceHelpers';
import { sharedAtlas } from './sharedAtlas';

for (const api of ['requestIdleCallback', 'ResizeObserver'] as const) {
  test(`without ${api} the body renders and works, with no page error`, async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript((name) => {
      const w = window as unknown as Record<string, unknown>;
      const proto = Window.prototype as unknown as Record<string, unknown>;
      for (const key of name === 'requestIdleCallback' ? [name, 'cancelIdleCallback'] : [name]) {
        delete w[key];
        delete proto[key];
      }
    }, api);
    await openAtlas(page);
    expect(await page.evaluate((name) => name in window, api)).toBe(false);
    expect(await countPixels(page, 'body')).toBeGreaterThan(20_000);
    await showView(page, 'Head');
    await tapRegion(page, 'l-temple');
    expect(await candidateMuscles(page)).toContain('upper-trapezius');
    await page
      .locator('[data-testid="candidates"] button[data-muscle="upper-trapezius"]')
      .first()
      .click();
    await expect(page.getByTestId('muscle-card')).toContainText('Upper trapezius');
    // The idle prefetch of the muscles has run (it is what called requestIdleCallback).
    await waitForSignal(page, 'muscles-ready');
    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(() => countPixels(page, 'zone')).toBeGreaterThan(300);
    expect(errors).toEqual([]);
  });
}

// One loaded app for these four (sharedAtlas.ts); the lost context last.
test.describe('on one loaded app', () => {
  const atlas = sharedAtlas();

  test('resizing the window three times keeps the rotated, zoomed camera', async () => {
    const page = await atlas.open();
    await orbitCanvas(page, 0.12, -0.05, 6);
    await page.mouse.wheel(0, -400);
    // The wheel zoom eases in (camera-controls smoothing): keep the view once it has stopped.
    await expect(page.locator('html[data-camera-settled="true"]')).toHaveCount(1);
    const moved = await cameraState(page);
    for (const [w, h] of [
      [1000, 700],
      [1280, 900],
      [820, 1000],
    ] as const) {
      await resizeTo(page, w, h);
      const now = await cameraState(page);
      now.position.forEach((v, i) => expect(v).toBeCloseTo(moved.position[i] ?? NaN, 6));
      now.target.forEach((v, i) => expect(v).toBeCloseTo(moved.target[i] ?? NaN, 6));
    }
    // A preset is still applied when asked for.
    await showView(page, 'Back');
    expect((await cameraState(page)).position).not.toEqual(moved.position);
  });

  test('a stroke released beside the body ends: moving over the body afterwards paints nothing', async () => {
    const page = await atlas.open();
    await page.getByRole('button', { name: 'Paint', exact: true }).click();
    const box = await page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    const start = await regionPoint(page, 'l-deltoid-front');
    const at = (x: number, y: number): [number, number] => [
      box.x + x * box.width,
      box.y + y * box.height,
    ];
    await page.mouse.move(...at(start.x, start.y));
    await page.mouse.down();
    // Off the body, onto the background at the canvas' edge, and release there.
    await page.mouse.move(...at(0.98, start.y), { steps: 6 });
    await page.mouse.up();
    const marks = await markCount(page);
    expect(marks).toBeGreaterThan(0);
    const chest = await regionPoint(page, 'r-deltoid-front');
    await page.mouse.move(...at(chest.x, chest.y), { steps: 12 });
    await page.mouse.move(...at(0.5, 0.55), { steps: 12 });
    expect(await markCount(page)).toBe(marks);
  });

  test('switching the body shape withdraws the ready signal until the new body is drawn', async () => {
    const page = await atlas.open();
    await page.evaluate(() => {
      const seen: (string | undefined)[] = [];
      (window as unknown as { __ready: typeof seen }).__ready = seen;
      new MutationObserver(() => seen.push(document.documentElement.dataset.sceneReady)).observe(
        document.documentElement,
        { attributes: true, attributeFilter: ['data-scene-ready'] },
      );
    });
    await page.getByRole('button', { name: 'Male', exact: true }).click();
    await waitForSignal(page, 'scene-ready');
    const seen = await page.evaluate(() => (window as unknown as { __ready: unknown[] }).__ready);
    expect(seen).toEqual([undefined, 'true']);
    await showView(page, 'Head');
    await tapRegion(page, 'l-temple');
    await expect(page.getByTestId('drawing-list')).toContainText('left temple');
  });

  test('a lost GPU context shows a notice, then everything is drawn again without input', async () => {
    const page = await atlas.open('#d=chin&m=upper-trapezius&tp=l:upper-trapezius-1&v=head');
    const errors = pageErrors(page);
    // The link's muscle is framed first; then the head view, where the temple's zone and the
    // chin's mark are both in sight.
    await showView(page, 'Head');
    const zoneAt = await regionPoint(page, 'l-temple');
    const markAt = await regionPoint(page, 'chin');
    expect(isZone(await pixelAt(page, zoneAt.x, zoneAt.y))).toBe(true);
    expect(isDrawing(await pixelAt(page, markAt.x, markAt.y))).toBe(true);
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')?.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
      ext.loseContext();
    });
    await expect(page.getByTestId('context-lost')).toHaveText('Restoring the 3D view…');
    await page.evaluate(() =>
      (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext(),
    );
    await expect(page.getByTestId('context-lost')).toHaveCount(0);
    // No click, no key: the pattern and the mark come back by themselves.
    await expect.poll(async () => isZone(await pixelAt(page, zoneAt.x, zoneAt.y))).toBe(true);
    expect(isDrawing(await pixelAt(page, markAt.x, markAt.y))).toBe(true);
    expect(await countPixels(page, 'body')).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
  });
});

test.describe('links', () => {
  test('a trigger point of another muscle is dropped, the muscle kept, one notice', async ({
    page,
  }) => {
    await openAtlas(page, '#m=infraspinatus&tp=l:upper-trapezius-1');
    await expect(page.getByTestId('muscle-card')).toContainText('Infraspinatus');
    await expect(page.getByTestId('notices').locator('.notice')).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('m=infraspinatus');
    expect(await page.evaluate(() => location.hash)).not.toContain('tp=');
  });

  test('a trigger point without its muscle leaves the URL', async ({ page }) => {
    await openAtlas(page, '#tp=l:upper-trapezius-1&v=back');
    await expect(page.getByTestId('muscle-card')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('v=back');
    expect(await page.evaluate(() => location.hash)).not.toContain('tp=');
  });

  test('5,000 unknown parts: at most six notices, not piled up on hash changes, no echo', async ({
    page,
  }) => {
    const junk = Array.from({ length: 5000 }, (_, i) => `k${i}=1`).join('&');
    const said = encodeURIComponent('Your scan shows a tumour');
    await openAtlas(page, `#${junk}&v=${said}&d=l-temple.0x7,l-occiput.7.9junk,r-temple.5.5`);
    const notices = page.getByTestId('notices').locator('.notice');
    const count = await notices.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);
    await expect(page.getByTestId('notices')).not.toContainText('tumour');
    await expect(page.getByTestId('drawing-list')).toHaveCount(0);
    for (let i = 0; i < 3; i++) {
      await page.evaluate((n) => (location.hash = `#k${n}=1&zz=2&v=front`), i);
      await expect(notices).toHaveCount(1);
    }
  });
});

test('the production build: no test probe in the entry chunk, content-hashed asset names', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const entry = /<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(entry).toBeDefined();
  const code = readFileSync(`dist/${entry}`, 'utf8');
  expect(code).not.toContain('__atlasProbe');
  const files = readdirSync('dist/assets');
  for (const name of [
    'body-female',
    'body-male',
    'muscles-female',
    'bones-male',
    'dataset',
    'outline-female',
  ])
    expect(
      files.some((f) => new RegExp(`^${name}-[A-Za-z0-9_-]{8}\\.(bin|json)$`).test(f)),
      name,
    ).toBe(true);
  expect(files.some((f) => /^SceneProbe-[A-Za-z0-9_-]{8}\.js$/.test(f))).toBe(true);
  expect(readdirSync('dist')).not.toContain('generated');
  expect(code).toMatch(/body-female-[A-Za-z0-9_-]{8}\.bin/);
});
