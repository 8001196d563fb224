/**
 * Updating an installed app: a first visit caches release A; release B is deployed (its
 * precache manifest differs); the update check finds it, and the page keeps running A with a
 * "new version" prompt until the person presses it, then reloads into B alone — never a page
 * of one release served from the other's files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { waitForSignal } from './helpers';
import { serveStatic, type StaticServer } from './staticServer';

test.use({ serviceWorkers: 'allow' });

const DIST = resolve('dist');
/** Release B's mark in its index.html, and index.html's new revision in its precache manifest. */
const MARK = '<meta name="x-release" content="B" />';
const REVISION_B = 'b'.repeat(32);

/** A copy of the build as a next release: index.html changed and re-revisioned in sw.js. */
function releaseB(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-release-b-'));
  cpSync(DIST, dir, { recursive: true });
  const html = join(dir, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace('<head>', `<head>${MARK}`));
  const sw = join(dir, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  const after = before.replace(
    /(\{"url":"index\.html","revision":")[0-9a-f]+(")/,
    `$1${REVISION_B}$2`,
  );
  if (after === before) throw new Error('sw.js: no precache entry for index.html to re-revision');
  writeFileSync(sw, after);
  return dir;
}

/** Revisions of index.html held in the worker's precache. */
const cachedIndexRevisions = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      for (const req of await (await caches.open(name)).keys()) {
        const url = new URL(req.url);
        if (url.pathname.endsWith('/index.html'))
          out.push(url.searchParams.get('__revision') ?? '');
      }
    }
    return out;
  });

let server: StaticServer | undefined;
let dirB: string | undefined;
test.afterEach(async () => {
  await server?.close();
  if (dirB) rmSync(dirB, { recursive: true, force: true });
});

test('a new release waits behind a prompt and pressing it reloads into that release only', async ({
  page,
}) => {
  dirB = releaseB();
  server = await serveStatic(DIST);
  const release = page.locator('meta[name="x-release"]');
  await page.goto(server.url);
  await waitForSignal(page, 'scene-ready');
  await expect(page.getByTestId('pwa-status')).toContainText('Available offline', {
    timeout: 60_000,
  });
  const [revisionA] = await cachedIndexRevisions(page);
  expect(revisionA).toMatch(/^[0-9a-f]{32}$/);

  // Release B is deployed; the browser's update check (as on the next navigation) finds it.
  server.root = dirB;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const status = page.getByTestId('pwa-status');
  await expect(status).toContainText('A new version of Referral Atlas is ready');
  // Until the person chooses, the page and what the worker serves stay release A.
  await expect(release).toHaveCount(0);
  const served = await page.evaluate(async () => (await fetch('./index.html')).text());
  expect(served).not.toContain('x-release');
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await status.getByRole('button', { name: 'Reload to update' }).click();
  await expect(release).toHaveAttribute('content', 'B');
  await waitForSignal(page, 'scene-ready');
  await expect(page.getByText('A new version of Referral Atlas is ready')).toHaveCount(0);
  // Only release B's files are left in the cache.
  await expect.poll(() => cachedIndexRevisions(page)).toEqual([REVISION_B]);
});
