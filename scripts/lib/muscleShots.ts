/**
 * The muscle screenshots of docs/muscles (issue: muscles in 3D), taken from the built app like
 * every other screenshot: a shared link opens the state, then the camera is turned and zoomed with
 * the mouse as a user would. Rendered by `npx tsx scripts/screenshots.ts --muscles`.
 */
import type { Page } from 'playwright-core';

export interface MuscleShot {
  readonly file: string;
  readonly hash: string;
  /** Mouse-wheel steps towards the body (negative: away). */
  readonly zoom?: number;
  /** Drag across the canvas by this fraction of its width (turns the body). */
  readonly orbit?: number;
  /** Drag down the canvas by this fraction of its height (tilts the view). */
  readonly tilt?: number;
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
  { file: 'neck-shoulder.png', hash: `#v=head&${male}&layer=superficial`, zoom: -3, orbit: 0.08 },
  {
    file: 'neck-shoulder-back-intermediate.png',
    hash: `#v=back&${male}&layer=intermediate`,
    zoom: 6,
    tilt: 0.12,
  },
  { file: 'forearm.png', hash: `#v=hands&${male}&layer=superficial`, zoom: -3 },
  { file: 'hip-gluteals.png', hash: `#v=back&${male}&layer=intermediate`, zoom: 6, tilt: -0.05 },
  { file: 'hip-deep-rotators.png', hash: `#v=back&${male}&layer=deep`, zoom: 6, tilt: -0.05 },
  { file: 'foot-sole.png', hash: `#v=soles&${male}&layer=intermediate` },
  { file: 'foot-sole-superficial.png', hash: `#v=soles&${male}&layer=superficial` },
  {
    file: 'selected-infraspinatus.png',
    hash: `#m=infraspinatus&v=back&${male}&layer=superficial`,
    zoom: 5,
  },
  {
    file: 'selected-infraspinatus-front.png',
    hash: `#m=infraspinatus&v=front&${male}&layer=skin`,
    zoom: 3,
  },
  {
    file: 'selected-gluteus-minimus.png',
    hash: `#m=gluteus-minimus&v=left&${male}&layer=deep`,
    zoom: 3,
  },
  {
    file: 'selected-gluteus-minimus-skin.png',
    hash: `#m=gluteus-minimus&v=back&${male}&layer=skin`,
    zoom: 2,
  },
];

/** Turns, tilts and zooms the camera with the mouse, as a user would. */
export async function frame(page: Page, shot: MuscleShot): Promise<void> {
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
  for (let i = 0; i < Math.abs(shot.zoom ?? 0); i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, (shot.zoom ?? 0) > 0 ? -120 : 120);
  }
}
