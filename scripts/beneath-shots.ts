/**
 * `npx tsx scripts/beneath-shots.ts` — renders docs/hazards/*.png from the built app (`dist/`,
 * served by `vite preview` on port 5117): the rhomboid, piriformis and scalene trigger points with
 * "What lies beneath" open, both body shapes, plus one phone picture. Each opens the state through
 * the URL, clicks the button and waits for the view's ready signal.
 */
import { mkdirSync } from 'node:fs';
import type { BodyShape } from '../src/domain/primitives';
import { launchChromium, startPreview } from './lib/preview';
import { frame, type Framing } from './lib/muscleShots';

const PORT = 5117;
const BASE = `http://127.0.0.1:${PORT}/`;

interface BeneathShot extends Framing {
  readonly file: string;
  readonly muscle: string;
  readonly tp: string;
  readonly view: string;
  readonly body: BodyShape;
  readonly phone?: boolean;
}

const POINTS = [
  { muscle: 'rhomboids', tp: 'rhomboids-1', view: 'back', zoom: 14, pan: 0.22, orbit: 0.12 },
  { muscle: 'piriformis', tp: 'piriformis-1', view: 'back', zoom: 14, pan: -0.02, orbit: 0.15 },
  {
    muscle: 'scalenus-anterior',
    tp: 'scalenus-anterior-1',
    view: 'front',
    zoom: 18,
    pan: 0.3,
    orbit: 0.1,
  },
] as const;

const SHOTS: BeneathShot[] = [
  ...POINTS.flatMap((p) =>
    (['female', 'male'] as const).map((body) => ({ ...p, body, file: `${p.tp}-${body}.png` })),
  ),
  { ...POINTS[0], body: 'female', file: 'phone-rhomboids-1-female.png', phone: true },
];

const server = await startPreview(PORT);
try {
  mkdirSync('docs/hazards', { recursive: true });
  const browser = await launchChromium();
  for (const s of SHOTS) {
    const page = await browser.newPage(
      s.phone
        ? {
            viewport: { width: 390, height: 844 },
            deviceScaleFactor: 1,
            hasTouch: true,
            isMobile: true,
          }
        : { viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 },
    );
    await page.goto(
      `${BASE}#m=${s.muscle}&tp=l:${s.tp}&v=${s.view}&mode=clinician&body=${s.body}&layer=skin`,
    );
    await page.waitForSelector('html[data-scene-ready="true"]', { timeout: 60_000 });
    await page.getByRole('button', { name: 'What lies beneath' }).click();
    await page.waitForSelector('html[data-beneath-ready="true"]', { timeout: 60_000 });
    if (!s.phone) await frame(page, s);
    await page.getByTestId('beneath-panel').scrollIntoViewIfNeeded();
    const path = `docs/hazards/${s.file}`;
    await page.screenshot({ path, fullPage: false });
    process.stdout.write(`${path}\n`);
    await page.close();
  }
  await browser.close();
} finally {
  server.stop();
}
