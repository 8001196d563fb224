/**
 * The muscle screenshots of docs/muscles (issue: muscles in 3D), taken from the built app like
 * every other screenshot: a shared link opens the state, then the camera is turned and zoomed with
 * the mouse as a user would. Rendered by `npx tsx scripts/screenshots.ts --muscles`.
 */
import type { Page } from 'playwright-core';

/** How the camera is moved with the mouse before a picture is taken. */
export interface Framing {
  /** Mouse-wheel steps towards the body (negative: away); each step is about 5 %. */
  readonly zoom?: number;
  /** Drag across the canvas by this fraction of its width (turns the body). */
  readonly orbit?: number;
  /** Drag down the canvas by this fraction of its height (tilts the view). */
  readonly tilt?: number;
  /** Right-button drag by this fraction of the canvas height (moves the view up the body). */
  readonly pan?: number;
}

export interface MuscleShot extends Framing {
  readonly file: string;
  readonly hash: string;
}

const male = 'mode=clinician&body=male';
const female = 'mode=clinician&body=female';

export const MUSCLE_SHOTS: readonly MuscleShot[] = [
  { file: 'layer-superficial-front.png', hash: `#v=front&${male}&layer=superficial` },
  { file: 'layer-superficial-back.png', hash: `#v=back&${male}&layer=superficial` },
  { file: 'layer-intermediate-front.png', hash: `#v=front&${male}&layer=intermediate` },
  { file: 'layer-intermediate-back.png', hash: `#v=back&${male}&layer=intermediate` },
  { file: 'layer-deep-front.png', hash: `#v=front&${male}&layer=deep` },
  { file: 'layer-deep-back.png', hash: `#v=back&${male}&layer=deep` },
  { file: 'female-superficial.png', hash: `#v=front&${female}&layer=superficial` },
  { file: 'female-deep-back.png', hash: `#v=back&${female}&layer=deep` },
  { file: 'head-face.png', hash: `#v=head&${male}&layer=superficial`, orbit: 0.12 },
  { file: 'neck-shoulder.png', hash: `#v=front&${male}&layer=superficial`, pan: 0.28, zoom: 18 },
  {
    file: 'neck-shoulder-back-intermediate.png',
    hash: `#v=back&${male}&layer=intermediate`,
    pan: 0.28,
    zoom: 18,
  },
  { file: 'forearm.png', hash: `#v=hands&${male}&layer=superficial`, pan: 0.3, zoom: -6 },
  { file: 'hand-back.png', hash: `#v=hands&${male}&layer=superficial`, orbit: 0.55 },
  { file: 'hip-gluteals.png', hash: `#v=back&${male}&layer=intermediate`, pan: 0.02, zoom: 22 },
  { file: 'hip-deep-rotators.png', hash: `#v=back&${male}&layer=deep`, pan: 0.02, zoom: 22 },
  { file: 'foot-sole.png', hash: `#v=soles&${male}&layer=intermediate` },
  { file: 'foot-sole-superficial.png', hash: `#v=soles&${male}&layer=superficial` },
  { file: 'foot-top.png', hash: `#v=feet&${male}&layer=superficial` },
  {
    file: 'selected-infraspinatus.png',
    hash: `#m=infraspinatus&v=back&${male}&layer=superficial`,
    pan: 0.25,
    zoom: 14,
  },
  {
    file: 'selected-infraspinatus-front.png',
    hash: `#m=infraspinatus&v=front&${male}&layer=skin`,
    pan: 0.3,
    zoom: 12,
  },
  {
    file: 'selected-gluteus-minimus.png',
    hash: `#m=gluteus-minimus&v=back&${male}&layer=deep`,
    zoom: 10,
  },
  {
    file: 'selected-gluteus-minimus-skin.png',
    hash: `#m=gluteus-minimus&v=left&${male}&layer=skin`,
    zoom: 6,
  },
  // The three muscles whose patterns come from saline studies, on the right hand (the hands
  // view shows that one): thenar, lowest forearm (palm side), back of the forearm.
  {
    file: 'selected-abductor-pollicis-brevis.png',
    hash: `#m=abductor-pollicis-brevis&tp=r:abductor-pollicis-brevis-1&v=hands&${male}&layer=superficial`,
  },
  {
    file: 'selected-pronator-quadratus.png',
    hash: `#m=pronator-quadratus&tp=r:pronator-quadratus-1&v=hands&${male}&layer=deep`,
  },
  {
    file: 'selected-abductor-pollicis-longus.png',
    hash: `#m=abductor-pollicis-longus&tp=r:abductor-pollicis-longus-1&v=hands&${male}&layer=deep`,
    orbit: 0.5,
    pan: 0.3,
    zoom: -6,
  },
];

/**
 * Waits until the camera rests after the link has opened: a link that names a muscle first turns
 * to frame it (`data-camera` reads `moving` until then).
 */
export async function cameraAtRest(page: Page, hash: string): Promise<void> {
  if (/[#&]m=/.test(hash)) await page.waitForSelector('html[data-camera="still"]');
}

/**
 * The muscle pictures are composed from the link's view preset: once the link's framing of its
 * muscle has ended, the preset is pressed again, as a user would.
 */
export async function showLinkPreset(page: Page, hash: string): Promise<void> {
  const view = /[#&]v=([a-z]+)/.exec(hash)?.[1];
  if (!view || !/[#&]m=/.test(hash)) return;
  await cameraAtRest(page, hash);
  const name = view.charAt(0).toUpperCase() + view.slice(1);
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForSelector(`html[data-view="${view}"]`);
}

/** Turns, tilts and zooms the camera with the mouse, as a user would. */
export async function frame(page: Page, shot: Framing): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) return;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  if (shot.orbit || shot.tilt) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const dx = (shot.orbit ?? 0) * box.width;
    const dy = (shot.tilt ?? 0) * box.height;
    await page.mouse.move(cx + dx, cy + dy, { steps: 12 });
    await page.mouse.up();
  }
  if (shot.pan) {
    await page.mouse.move(cx, cy);
    await page.mouse.down({ button: 'right' });
    await page.mouse.move(cx, cy + shot.pan * box.height, { steps: 12 });
    await page.mouse.up({ button: 'right' });
  }
  for (let i = 0; i < Math.abs(shot.zoom ?? 0); i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, (shot.zoom ?? 0) > 0 ? -120 : 120);
  }
  // Off the canvas, so no hover label covers the picture.
  await page.mouse.move(1, 1);
}
