/**
 * `npx tsx scripts/screenshots.ts` — renders the README and docs screenshots from the built app
 * (`dist/`, served by `vite preview`) in headless Chromium. Each shot opens a state through the URL
 * (the same links users share) and waits for the "scene ready" signal. `--muscles` renders only
 * the muscle pictures of docs/muscles (which also wait for the muscles to load); `--app` only the
 * app pictures (flows on desktop and phone).
 */
import type { Page } from 'playwright-core';
import { launchChromium, startPreview } from './lib/preview';
import { cameraAtRest, frame, MUSCLE_SHOTS, showLinkPreset } from './lib/muscleShots';

const PORT = 4327;
const BASE = `http://127.0.0.1:${PORT}/`;

interface Shot {
  readonly file: string;
  readonly hash: string;
  readonly viewport: { width: number; height: number };
  readonly before?: (page: Page) => Promise<void>;
  /** Capture the 3D canvas only (body pictures), not the whole page. */
  readonly canvasOnly?: boolean;
}

/** Turns the body by dragging across the canvas, as a user would (fraction of its width). */
const orbit =
  (fraction: number) =>
  (page: Page): Promise<void> =>
    frame(page, { orbit: fraction });

/** The body as the app shows it: every view the body issue asks for, both shapes. */
const BODY_VIEWS: readonly {
  name: string;
  view: string;
  before?: (page: Page) => Promise<void>;
}[] = [
  { name: 'front', view: 'front' },
  { name: 'back', view: 'back' },
  { name: 'left-side', view: 'left' },
  { name: 'three-quarter', view: 'front', before: orbit(0.18) },
  { name: 'head', view: 'head' },
  { name: 'right-palm', view: 'hands' },
  { name: 'right-hand-back', view: 'hands', before: orbit(0.55) },
  { name: 'feet-top', view: 'feet' },
  { name: 'soles', view: 'soles' },
];
const BODY_SHOTS: Shot[] = (['female', 'male'] as const).flatMap((body) =>
  BODY_VIEWS.map((v) => ({
    file: `body-${body}-${v.name}.png`,
    hash: `#v=${v.view}&body=${body}&layer=skin`,
    viewport: { width: 1100, height: 900 },
    before: v.before,
    canvasOnly: true,
  })),
);

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
    file: 'desktop-front-of-shoulder.png',
    hash: '#d=l-deltoid-front&m=infraspinatus&tp=l:infraspinatus-1&v=front&mode=patient&body=male&layer=skin',
    viewport: desktop,
    before: (page) =>
      page.evaluate(() => document.getElementById('candidates-title')?.scrollIntoView()),
  },
  {
    file: 'phone-front-of-shoulder.png',
    hash: '#d=l-deltoid-front&v=front&mode=patient&body=male&layer=skin',
    viewport: phone,
    // The candidate list sits below the body on a phone: scroll to it as a user would.
    before: (page) =>
      page.evaluate(() => document.getElementById('candidates-title')?.scrollIntoView()),
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

/** The pictures show the scene only, as on a device that has seen the first-use hint. */
const dismissGestureHint = (): void =>
  localStorage.setItem('referral-atlas:gesture-hint-dismissed', '1');

const server = await startPreview(PORT);
try {
  const browser = await launchChromium();
  const onlyMuscles = process.argv.includes('--muscles');
  const onlyApp = process.argv.includes('--app');
  for (const shot of onlyMuscles ? [] : onlyApp ? SHOTS : [...SHOTS, ...BODY_SHOTS]) {
    const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1 });
    await page.addInitScript(dismissGestureHint);
    await page.goto(BASE + shot.hash);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    await cameraAtRest(page, shot.hash);
    await shot.before?.(page);
    const path = `docs/screenshots/${shot.file}`;
    if (shot.canvasOnly) await page.locator('canvas').screenshot({ path });
    else await page.screenshot({ path, fullPage: false });
    process.stdout.write(`docs/screenshots/${shot.file}\n`);
    await page.close();
  }
  for (const shot of onlyApp ? [] : MUSCLE_SHOTS) {
    const page = await browser.newPage({
      viewport: { width: 900, height: 900 },
      deviceScaleFactor: 1,
    });
    await page.addInitScript(dismissGestureHint);
    await page.goto(BASE + shot.hash);
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('html[data-muscles-ready="true"]', { timeout: 60_000 });
    if (!shot.hash.includes('layer=skin'))
      await page.waitForSelector('html[data-bones-ready="true"]', { timeout: 60_000 });
    await showLinkPreset(page, shot.hash);
    await frame(page, shot);
    const path = `docs/muscles/${shot.file}`;
    await page.locator('canvas').screenshot({ path });
    process.stdout.write(`${path}\n`);
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}
