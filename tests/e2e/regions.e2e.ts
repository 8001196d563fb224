/** Every region of the atlas can be reached by tapping the body from one of the view presets. */
import { expect, test } from '@playwright/test';
import { openAtlas, regionIds, regionIndex, showView, tapRegion } from './helpers';

const VIEWS = ['Front', 'Back', 'Left', 'Right', 'Head', 'Hands', 'Feet', 'Soles'] as const;

test('every region can be tapped (1 px margin) from some view preset; sample regions mark by tap', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openAtlas(page);
  const ids = regionIds();
  const count = ids.length;
  expect(count).toBeGreaterThanOrEqual(300);
  const missing = new Set(Array.from({ length: count }, (_, i) => i));
  for (const view of VIEWS) {
    await showView(page, view);
    const seen = await page.evaluate(
      (todo) => todo.filter((i) => window.__atlasProbe?.regionScreenPoint(i, 1)),
      [...missing],
    );
    for (const i of seen) missing.delete(i);
  }
  expect([...missing].map((i) => ids[i])).toEqual([]);

  for (const [view, id, label] of [
    ['Soles', 'l-heel-sole', 'left heel, underside'],
    ['Hands', 'r-palm', 'right centre of the palm'],
    ['Back', 'r-knee-back', 'right back of the knee'],
  ] as const) {
    await showView(page, view);
    expect(await regionIndex(page, id)).toBeGreaterThanOrEqual(0);
    await tapRegion(page, id);
    await expect(page.getByTestId('drawing-list')).toContainText(label);
  }
});
