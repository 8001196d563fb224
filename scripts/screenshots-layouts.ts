/**
 * `npx tsx scripts/screenshots-layouts.ts` — renders the layout screenshots of docs/screenshots
 * (`layout-*.png`) from the built app (`dist/`, served by `vite preview`): phone portrait
 * 390×844 and landscape 844×390 with touch, desktop 1280×800, tablet 1024×768 and its consult
 * view, each in light and dark colour schemes. Each shot opens its state through the URL and
 * waits for the "scene ready" signal.
 */
import type { Page } from 'playwright-core';
import { launchChromium, startPreview } from './lib/preview';
import { cameraAtRest } from './lib/muscleShots';

const PORT = 5115;
const BASE = `http://127.0.0.1:${PORT}/`;
const SELECTED =
  '#d=l-temple.7,l-neck-back-upper.5&m=upper-trapezius&tp=l:upper-trapezius-1&v=back&mode=patient&body=female&layer=skin';

interface LayoutShot {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly touch: boolean;
  readonly hash: string;
  readonly before?: (page: Page) => Promise<void>;
}

const consult = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Consult view' }).click();
  await page.getByTestId('consult-bar').waitFor();
};

const SHOTS: readonly LayoutShot[] = [
  { name: 'phone-start', width: 390, height: 844, touch: true, hash: '' },
  { name: 'phone-selected', width: 390, height: 844, touch: true, hash: SELECTED },
  { name: 'landscape-start', width: 844, height: 390, touch: true, hash: '' },
  { name: 'landscape-selected', width: 844, height: 390, touch: true, hash: SELECTED },
  { name: 'desktop-start', width: 1280, height: 800, touch: false, hash: '' },
  { name: 'desktop-selected', width: 1280, height: 800, touch: false, hash: SELECTED },
  { name: 'tablet-selected', width: 1024, height: 768, touch: true, hash: SELECTED },
  {
    name: 'tablet-consult',
    width: 1024,
    height: 768,
    touch: true,
    hash: SELECTED,
    before: consult,
  },
];

const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  for (const scheme of ['light', 'dark'] as const) {
    for (const shot of SHOTS) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        hasTouch: shot.touch,
        isMobile: shot.touch,
        deviceScaleFactor: 1,
        colorScheme: scheme,
      });
      const page = await context.newPage();
      await page.goto(BASE + shot.hash);
      await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
      await cameraAtRest(page, shot.hash);
      await shot.before?.(page);
      // Let the sheet finish its short height transition.
      await page.waitForFunction(() => document.getAnimations().length === 0);
      const path = `docs/screenshots/layout-${shot.name}${scheme === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path });
      process.stdout.write(`${path}\n`);
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.stop();
}
