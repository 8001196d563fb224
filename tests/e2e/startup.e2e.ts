/**
 * Start-up order. A link that names nothing from the dataset draws the body first and reads the
 * dataset after that frame; a link with marked areas or a muscle is drawn with them in its first
 * frame. Either way everything arrives, and a body that cannot be loaded never holds back the
 * lists. Order is checked with the page's own marks (`atlas:body-first-frame`,
 * `atlas:dataset-ready`), never with a time limit.
 */
import { expect, test, type Page } from '@playwright/test';
import { firstFrameJsSize } from '../../scripts/lib/entrySize';
import { candidateMuscles, countPixels, openAtlas, scriptsBeforeFirstFrame } from './helpers';
import { pageErrors } from './resilienceHelpers';

/** Start times (ms) of the page's first-frame and dataset marks. */
function marks(page: Page): Promise<{ frame?: number; dataset?: number }> {
  return page.evaluate(() => ({
    frame: performance.getEntriesByName('atlas:body-first-frame')[0]?.startTime,
    dataset: performance.getEntriesByName('atlas:dataset-ready')[0]?.startTime,
  }));
}

/** Marks the left outer elbow from the region list (the keyboard path, no 3D needed). */
async function markOuterElbowFromList(page: Page): Promise<void> {
  const list = page.locator('.region-browser');
  await list.locator('summary', { hasText: 'Mark areas from a list' }).click();
  await list.locator('summary', { hasText: /^elbow$/ }).click();
  await list.getByLabel('left outer elbow (lateral epicondyle)').check();
  await expect(page.getByTestId('drawing-list')).toContainText('left outer elbow');
}

const pressed = (page: Page, name: string) =>
  expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');

test('a view-only link draws the body first, then the dataset arrives with the link’s notices', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openAtlas(page, '#v=back&body=male&layer=superficial&zz=1');
  const m = await marks(page);
  expect(m.frame).toBeDefined();
  expect(m.dataset, 'the dataset is read after the first frame').toBeGreaterThan(m.frame ?? 0);
  // The scripts fetched before that frame are the ones the size check counts (its budget is
  // about them): nothing else starts early, e.g. a dynamic import.
  expect(await scriptsBeforeFirstFrame(page)).toEqual([...firstFrameJsSize('dist').files].sort());
  // The link's view, as drawn in that first frame, stays; its unknown part is a notice.
  await pressed(page, 'Back');
  await pressed(page, 'Male');
  await expect(page.getByTestId('notices')).toContainText(
    'One part of the link was not understood',
  );
  await expect(page).toHaveURL(/v=back&mode=patient&body=male&layer=superficial/);
  expect(await countPixels(page, 'body')).toBeGreaterThan(20_000);
  // The flows run on SwiftShader, which draws on the CPU: there the view's context is made
  // without multisampling (each frame would cost about 2.4 times as much).
  const antialias = await page
    .getByTestId('canvas-wrap')
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => c.getContext('webgl2')?.getContextAttributes()?.antialias);
  expect(antialias).toBe(false);
  // Everything works: the lists are there and a marked area ranks its sources.
  await markOuterElbowFromList(page);
  expect((await candidateMuscles(page)).slice(0, 10)).toContain('supinator');
  expect(errors).toEqual([]);
});

test('a link with marked areas draws them in its first frame', async ({ page }) => {
  await openAtlas(page, '#d=l-temple.7&v=head');
  const m = await marks(page);
  expect(m.dataset, 'the drawing needs the dataset first').toBeLessThan(m.frame ?? 0);
  expect(await countPixels(page, 'drawing')).toBeGreaterThan(200);
  await expect(page.getByTestId('drawing-list')).toContainText('left temple');
});

test('a body that cannot be loaded: an error over the canvas, and the lists still work', async ({
  page,
}) => {
  await page.route(/body-female-[^/]*\.bin$/, (route) => route.fulfill({ status: 404 }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('The 3D body could not be loaded');
  await markOuterElbowFromList(page);
  expect((await candidateMuscles(page)).slice(0, 10)).toContain('supinator');
});
