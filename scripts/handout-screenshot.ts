/**
 * `npx tsx scripts/handout-screenshot.ts` — prints the handout of an example consult from the
 * built app (`dist/`, served by `vite preview`) to PDF (A4) in headless Chromium and renders its
 * first page to docs/screenshots/handout-page1.png with `pdftoppm` (Debian: poppler-utils); without
 * it, the print-emulated page is captured instead. Also captures the handout overlay on a phone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startPreview } from './lib/preview';

const PORT = 5116;
const BASE = `http://127.0.0.1:${PORT}/`;
const HASH =
  '#d=l-temple.7,r-temple.5,l-neck-back-upper.6,l-shoulder-top.4&m=upper-trapezius&tp=l:upper-trapezius-1&v=front&mode=patient&body=female&layer=skin';
const NOTE =
  'Hold the stretch for 30 seconds, three times, twice a day. Heat before stretching. Next visit in two weeks.';

const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  for (const device of ['desktop', 'phone'] as const) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: device === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 },
      hasTouch: device === 'phone',
      isMobile: device === 'phone',
    });
    const page = await context.newPage();
    await page.goto(BASE + HASH);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('open-handout').click();
    await page.waitForSelector('[data-testid="handout-overlay"][data-ready="true"]');
    await page.getByRole('textbox', { name: /Note for the patient/ }).fill(NOTE);
    if (device === 'phone') {
      await page.screenshot({ path: 'docs/screenshots/phone-handout.png' });
      process.stdout.write('docs/screenshots/phone-handout.png\n');
      await context.close();
      continue;
    }
    const dir = mkdtempSync(join(tmpdir(), 'handout-'));
    writeFileSync(join(dir, 'handout.pdf'), await page.pdf({ format: 'A4' }));
    const out = 'docs/screenshots/handout-page1';
    const r = spawnSync('pdftoppm', [
      '-r',
      '110',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      '-png',
      join(dir, 'handout.pdf'),
      join(dir, 'page'),
    ]);
    if (r.status === 0) renameSync(join(dir, 'page.png'), `${out}.png`);
    else {
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: `${out}.png` });
    }
    process.stdout.write(`${out}.png\n`);
    await context.close();
  }
  await browser.close();
} finally {
  server.stop();
}
