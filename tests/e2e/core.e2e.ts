/** The core flows in real Chromium: load, tap → candidates, muscle → pattern, conditions, links. */
import { expect, test } from '@playwright/test';
import {
  candidateMuscles,
  countPixels,
  openAtlas,
  paintStroke,
  showView,
  tapRegion,
  waitForSignal,
} from './helpers';
import { sharedAtlas } from './sharedAtlas';

// The flows that start on the start page share one loaded app (see sharedAtlas.ts).
test.describe('from the start page', () => {
  const atlas = sharedAtlas();

  test('the app loads and draws the body', async () => {
    const page = await atlas.open();
    expect(await countPixels(page, 'body')).toBeGreaterThan(20_000);
    await expect(page.getByRole('heading', { name: 'Referral Atlas' })).toBeVisible();
  });

  test('tapping the left temple lists upper trapezius and temporalis', async () => {
    const page = await atlas.open();
    await showView(page, 'Head');
    await tapRegion(page, 'l-temple');
    await expect(page.getByTestId('drawing-list')).toContainText('left temple');
    const muscles = await candidateMuscles(page);
    expect(muscles.slice(0, 10)).toContain('upper-trapezius');
    expect(muscles.slice(0, 10)).toContain('temporalis');
    expect(await countPixels(page, 'drawing')).toBeGreaterThan(200);
  });

  test('searching infraspinatus draws its zone on the front of the shoulder', async () => {
    const page = await atlas.open();
    const zoneBefore = await countPixels(page, 'zone');
    await page.getByRole('combobox', { name: /Search/ }).fill('infraspinatus');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await expect(page.getByTestId('muscle-card')).toContainText('Infraspinatus');
    expect(await countPixels(page, 'zone')).toBeGreaterThan(zoneBefore + 800);
  });

  test('a condition opens its pain drawing and candidates in one step', async () => {
    const page = await atlas.open();
    await page.getByText('Start from a common problem').click();
    await page.locator('button[data-condition]').first().click();
    await expect(page.getByTestId('drawing-list')).toBeVisible();
    expect((await candidateMuscles(page)).length).toBeGreaterThan(0);
  });

  test('temple tapped, back of the neck painted: upper trapezius and SCM among the top, zone drawn', async () => {
    const page = await atlas.open();
    await showView(page, 'Head');
    await tapRegion(page, 'l-temple');
    await showView(page, 'Back');
    await page.getByRole('button', { name: 'Paint', exact: true }).click();
    await paintStroke(page, [
      'l-occiput',
      'l-suboccipital',
      'l-neck-back-upper',
      'l-neck-back-lower',
    ]);
    await expect(page.getByTestId('drawing-list')).toContainText('back of the neck');
    const muscles = await candidateMuscles(page);
    // Upper trapezius explains both areas with its main zone: it leads. The SCM's main zones are the
    // occiput and vertex (its temple zone is spillover), so it ranks lower but is in the list shown.
    expect(muscles.slice(0, 3)).toContain('upper-trapezius');
    expect(muscles).toHaveLength(10);
    expect(muscles.some((m) => m.startsWith('sternocleidomastoid'))).toBe(true);
    await showView(page, 'Head');
    const before = await countPixels(page, 'zone');
    await page
      .locator('[data-testid="candidates"] button[data-muscle="upper-trapezius"]')
      .first()
      .click();
    await expect(page.getByTestId('muscle-card')).toContainText('Upper trapezius');
    // Close to the head, its pattern (temple, behind the ear, neck) is drawn over the patient's own drawing.
    expect(await countPixels(page, 'zone')).toBeGreaterThan(before + 500);
  });
});

test('a shared link restores the drawing, selection and view after reload', async ({ page }) => {
  await openAtlas(
    page,
    '#d=l-temple.7,l-neck-back-upper&m=upper-trapezius&tp=l:upper-trapezius-1&v=back&mode=clinician&body=female&layer=skin',
  );
  await expect(page.getByTestId('drawing-list')).toContainText('left temple');
  await expect(page.getByTestId('muscle-card')).toContainText('Needling');
  // A link that names a muscle opens framed on it (framing.e2e.ts); the view buttons and the
  // link follow the side the camera then faces, and a reload frames it the same way.
  await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
  const framed = await page.evaluate(() => document.documentElement.dataset.view ?? '');
  await expect.poll(() => page.url()).toContain(`v=${framed}`);
  await page.reload();
  await waitForSignal(page, 'scene-ready');
  await expect(page.getByTestId('drawing-list')).toContainText('back of the neck, upper');
  await expect(page.locator('html[data-camera="still"]')).toHaveCount(1);
  const name = framed.charAt(0).toUpperCase() + framed.slice(1);
  await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Without a muscle, the link's view preset is the view.
  await page.goto('./#d=l-temple.7&v=back&mode=patient&body=female&layer=skin');
  await expect(page.getByTestId('muscle-card')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a damaged link opens the app with a notice and keeps what it can', async ({ page }) => {
  await openAtlas(page, '#d=l-temple,zz-nowhere&m=no-such-muscle&v=%E0%A4%A');
  await expect(page.getByTestId('notices')).toBeVisible();
  await expect(page.getByTestId('drawing-list')).toContainText('left temple');
  expect(await countPixels(page, 'body')).toBeGreaterThan(20_000);
});
