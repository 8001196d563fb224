/**
 * `npx tsx scripts/handout-screenshot.ts` — prints the handout of an example consult from the
 * built app (`dist/`, served by `vite preview`) to PDF (A4) in headless Chromium and renders its
 * first page with `pdftoppm` (Debian: poppler-utils; without it, the print-emulated page is
 * captured instead): docs/screenshots/handout-page1.png with the 3D pictures and
 * handout-page1-no-webgl.png with WebGL off (the flat outline pictures). Also captures the
 * handout overlay on a phone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startPreview } from './lib/preview';

const PORT = 5116;
const BASE = `http://127.0.0.1:${PORT}/`;
const HASH =
  '#d=l-temple.7,r-temple.5,l-neck-back-upper.6,l-shoulder-top.4&m=upper-trapezius&tp=l:upper-trapezius-1&v=front&mode=patient&body=female&layer=skin';
const NOTE =
  'Hold the stretch for 30 seconds, three times, twice a day. Heat before stretching. Next visit in two weeks.';
const NO_WEBGL = ['--disable-webgl', '--disable-3d-apis'];

/** Opens the example consult's handout with the note typed in. */
async function openHandout(browser: Browser, phone: boolean, webgl: boolean): Promise<Page> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    hasTouch: phone,
    isMobile: phone,
  });
  const page = await context.newPage();
  await page.goto(BASE + HASH);
  await page.waitForSelector(
    webgl ? 'html[data-scene-ready="true"]' : '[data-testid="body-outline"]',
    { timeout: 60_000 },
  );
  // On a phone the header's actions fold into its menu.
  if (phone) await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await page.getByTestId('open-handout').click();
  await page.waitForSelector('[data-testid="handout-overlay"][data-ready="true"]');
  await page.getByRole('textbox', { name: /Note for the patient/ }).fill(NOTE);
  return page;
}

/** Prints the handout to A4 and writes its first page to `<out>.png`. */
async function firstPage(page: Page, out: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'handout-'));
  writeFileSync(join(dir, 'handout.pdf'), await page.pdf({ format: 'A4' }));
  const pdf = join(dir, 'handout.pdf');
  const r = spawnSync('pdftoppm', [
    '-r',
    '110',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    '-png',
    pdf,
    join(dir, 'page'),
  ]);
  if (r.status === 0) renameSync(join(dir, 'page.png'), `${out}.png`);
  else {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${out}.png` });
  }
  process.stdout.write(`${out}.png\n`);
}

const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  const phone = await openHandout(browser, true, true);
  await phone.screenshot({ path: 'docs/screenshots/phone-handout.png' });
  process.stdout.write('docs/screenshots/phone-handout.png\n');
  await phone.context().close();
  const desktop = await openHandout(browser, false, true);
  await firstPage(desktop, 'docs/screenshots/handout-page1');
  await browser.close();

  const flat = await launchChromium(NO_WEBGL);
  await firstPage(await openHandout(flat, false, false), 'docs/screenshots/handout-page1-no-webgl');
  await flat.close();
} finally {
  server.stop();
}
