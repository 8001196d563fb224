/**
 * Renders the app icons from their SVG sources in assets/icons/ to the PNGs the manifest names
 * (public/icons/icon-192.png, icon-512.png, icon-maskable-512.png) in headless Chromium.
 * The PNGs are committed; run again after editing an SVG: `npx tsx scripts/build-icons.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium';

const JOBS = [
  { src: 'assets/icons/icon.svg', out: 'public/icons/icon-192.png', size: 192 },
  { src: 'assets/icons/icon.svg', out: 'public/icons/icon-512.png', size: 512 },
  { src: 'assets/icons/icon-maskable.svg', out: 'public/icons/icon-maskable-512.png', size: 512 },
] as const;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
try {
  for (const job of JOBS) {
    const page = await browser.newPage({ viewport: { width: job.size, height: job.size } });
    const svg = readFileSync(job.src, 'utf8');
    const style = `html,body{margin:0;background:transparent}svg{display:block;width:${job.size}px;height:${job.size}px}`;
    await page.setContent(`<style>${style}</style>${svg}`);
    writeFileSync(job.out, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`${job.out} (${job.size}×${job.size})`);
  }
} finally {
  await browser.close();
}
