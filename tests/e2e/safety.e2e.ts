/** Safety flows: a red flag that applies to the drawing is visible without opening anything. */
import { expect, test } from '@playwright/test';
import { openAtlas, showView, tapRegion } from './helpers';

test('marking the left lower chest shows the cardiac flag title, first and unfolded', async ({
  page,
}) => {
  await openAtlas(page);
  await showView(page, 'Front');
  await tapRegion(page, 'l-lower-chest');
  await expect(page.getByTestId('drawing-list')).toContainText('left lower chest');
  const flags = page.getByTestId('red-flags');
  const cardiac = flags.locator('li[data-flag="chest-pain-exertion-breathlessness"]');
  // Visible without a click: the title is the summary of its own (closed) details, not hidden
  // inside a folded panel.
  await expect(cardiac.getByText('Chest pain with exertion or breathlessness')).toBeVisible();
  await expect(flags.locator('li[data-flag]').first()).toHaveAttribute(
    'data-flag',
    'chest-pain-exertion-breathlessness',
  );
  // The non-pain arrhythmia record is not among the candidates.
  await expect(page.getByTestId('candidates')).not.toContainText('arrhythmia');
});
