/**
 * `npx tsx scripts/screenshots.ts` — renders the README and docs screenshots from the built app
 * (`dist/`, served by `vite preview`) in headless Chromium. Each shot opens a state through the URL
 * (the same links users share) and waits for the "scene ready" signal.
 */
import { spawn } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium';

const PORT = 4327;
const BASE = `http://127.0.0.1:${PORT}/`;

interface Shot {
  readonly file: string;
  readonly hash: string;
  readonly viewport: { width: number; height: number };
  readonly before?: (page: Page) => Promise<void>;
}

const desktop = { width: 1400, height: 860 };
const phone = { width: 390, height: 844 };
const SHOTS: Shot[] = [
  {
    file: 'desktop-temple-neck.png',
    hash: '#d=l-temple.7,l-neck-back-upper.5&m=upper-trapezius&tp=l:upper-trapezius-1&v=left&mode=patient&body=female&layer=skin',
    viewport: desktop,
  },
  {
    file: 'desktop-infraspinatus.png',
    hash: '#m=infraspinatus&v=front&mode=clinician&body=male&layer=skin',
    viewport: desktop,
  },
  {
    file: 'desktop-condition-sciatica.png',
    hash: '#d=r-buttock-centre.7,r-thigh-back-middle.5,r-calf-upper.4&m=gluteus-minimus&s=r&v=back&mode=patient&body=male&layer=skin',
    viewport: desktop,
  },
  {
    file: 'phone-temple-neck.png',
    hash: '#d=l-temple.7,l-neck-back-upper.5&m=upper-trapezius&tp=l:upper-trapezius-1&v=left&mode=patient&body=female&layer=skin',
    viewport: phone,
  },
  {
    file: 'phone-infraspinatus.png',
    hash: '#m=infraspinatus&v=front&mode=patient&body=male&layer=skin',
    viewport: phone,
  },
];

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
try {
  await waitForServer(BASE);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1 });
    await page.goto(BASE + shot.hash);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    await shot.before?.(page);
    await page.screenshot({ path: `docs/screenshots/${shot.file}`, fullPage: false });
    process.stdout.write(`docs/screenshots/${shot.file}\n`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
