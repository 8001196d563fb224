/**
 * Offline and installable: after a first visit has cached the app (the "available offline"
 * notice), the app reloads with the network off and still draws both body shapes, marks pain,
 * ranks candidates and opens a muscle card, with no failed request. Each test has its own
 * browser context, so no cache or worker carries over between tests.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { BodyShape } from '../../src/domain/primitives';
import { candidateMuscles, showView, tapRegion, waitForSignal } from './helpers';

test.use({ serviceWorkers: 'allow' });

/** Waits for the page's explicit scene-ready signal for the given body shape. */
async function waitForBody(page: Page, shape: BodyShape): Promise<void> {
  await waitForSignal(page, 'scene-ready');
  await expect(
    page.getByRole('button', { name: shape === 'female' ? 'Female' : 'Male', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
}

/** First visit: load, let the service worker cache everything, wait for the notice. */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('./');
  await waitForBody(page, 'female');
  await expect(page.getByTestId('pwa-status')).toContainText('Available offline', {
    timeout: 60_000,
  });
  await expect(page.locator('html[data-offline-ready="true"]')).toHaveCount(1);
  return page;
}

test('after the first visit the app works offline for both body shapes', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await firstVisit(context);
  await context.setOffline(true);
  // The network is off: a request the worker does not answer fails. (Chromium 150 reports
  // `navigator.onLine` true again after a navigation under offline emulation, so it proves nothing.)
  const probe = await page.evaluate(() =>
    fetch(`/network-probe-${Date.now()}.txt`, { cache: 'no-store' }).then(
      (r) => `answered ${r.status}`,
      () => 'failed',
    ),
  );
  expect(probe, 'the network is off').toBe('failed');
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // A request the reload itself cancels (Chromium's late favicon fetch of the page being
    // left) is aborted, not failed offline: offline failures read ERR_INTERNET_DISCONNECTED.
    if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`);
  });

  for (const shape of ['female', 'male'] as const) {
    await page.goto(`./#v=front&mode=patient&body=${shape}&layer=skin`);
    await page.reload();
    await waitForBody(page, shape);
    // The page came from the worker's cache (the network is off).
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await showView(page, 'Head');
    await tapRegion(page, 'l-temple');
    await expect(page.getByTestId('drawing-list')).toContainText('left temple');
    await expect.poll(() => candidateMuscles(page)).not.toEqual([]);
    await page.locator('[data-testid="candidates"] button[data-muscle]').first().click();
    await expect(page.getByTestId('muscle-card')).toBeVisible();
    // The muscles and bones (fetched on demand) come from the cache too.
    await page.getByRole('combobox', { name: 'Layer' }).selectOption('superficial');
    await waitForSignal(page, 'muscles-ready');
    await waitForSignal(page, 'bones-ready');
  }
  expect(failed, 'no request fails offline').toEqual([]);
  await context.close();
});

test('the service worker serves the manifest and icons, and fetches nothing from another host', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const foreign: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:'))
      foreign.push(r.url());
  });
  const page = await firstVisit(context);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    const res = await fetch(link?.href ?? '');
    return (await res.json()) as { icons: { src: string }[] };
  });
  for (const icon of manifest.icons) {
    const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
    expect(status, icon.src).toBe(200);
  }
  const swScript = await page.evaluate(
    async () => (await navigator.serviceWorker.ready).active?.scriptURL ?? '',
  );
  expect(swScript).toMatch(/\/sw\.js$/);
  expect(foreign).toEqual([]);
  await context.close();
});
