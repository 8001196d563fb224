/**
 * The invisible tail of a smooth camera move. camera-controls eases every move (a turn to a
 * muscle, a wheel zoom) with a critically damped spring and keeps updating until the camera is
 * within 10⁻⁵ of its end; the last ~0.8 s of a 2.5 s turn move the picture by less than a pixel,
 * yet each of those frames is drawn (on a phone, ~50 frames per turn). Once what is left is below
 * {@link INVISIBLE_PX}, the move jumps to its end: the frame draws the final pose, and the camera
 * is settled one frame later as before, now without the tail.
 */
import { Spherical, Vector3, type PerspectiveCamera } from 'three';
import type { CameraControlsImpl } from './cameraControls';

/** Remaining motion (CSS px at the target's depth) below which a move jumps to its end. */
export const INVISIBLE_PX = 0.25;

/** Where a camera is and where its move ends (world metres), and how it projects. */
export interface CameraMotion {
  readonly position: Vector3;
  readonly positionEnd: Vector3;
  readonly target: Vector3;
  readonly targetEnd: Vector3;
  /** Vertical field of view, degrees. */
  readonly fov: number;
  readonly zoom: number;
  /** Height of the view, CSS px. */
  readonly heightPx: number;
}

/**
 * How far (CSS px) the picture still moves near the target: the larger of the position's and the
 * target's remaining distances, as seen at the end pose's distance from its target. Infinite when
 * the end pose has no distance (nothing to judge by).
 */
export function remainingPixels(m: CameraMotion): number {
  const distance = m.positionEnd.distanceTo(m.targetEnd);
  if (!(distance > 0)) return Infinity;
  const perMetre = (m.heightPx * m.zoom) / (2 * distance * Math.tan((m.fov * Math.PI) / 360));
  const left = Math.max(m.position.distanceTo(m.positionEnd), m.target.distanceTo(m.targetEnd));
  return left * perMetre;
}

const now = { position: new Vector3(), positionEnd: new Vector3() };
const aim = { target: new Vector3(), targetEnd: new Vector3() };
const orbitEnd = new Spherical();

/**
 * When the move of `controls` has less than {@link INVISIBLE_PX} left in a view `heightPx` tall,
 * puts the camera at the move's end and lets camera-controls finish (its `rest` and `sleep`
 * events); returns whether it did. During the user's own drag or pinch the camera is left alone:
 * it returns whether the frame just drawn already shows where the gesture has taken the camera
 * (always, as drags follow the pointer without easing), so the loop asks for no frame of the same
 * picture after each pointer move; the next move, or the gesture's end, asks for the next frame.
 */
export function endInvisibleTail(
  controls: CameraControlsImpl,
  camera: PerspectiveCamera,
  heightPx: number,
): boolean {
  const dragging = controls.currentAction !== 0;
  controls.getPosition(now.position, false);
  controls.getPosition(now.positionEnd, true);
  controls.getTarget(aim.target, false);
  controls.getTarget(aim.targetEnd, true);
  const px = remainingPixels({
    ...now,
    ...aim,
    fov: camera.fov,
    zoom: camera.zoom,
    heightPx,
  });
  if (!(px < INVISIBLE_PX)) return false;
  if (dragging) return true;
  // The end values themselves (not a pose rebuilt from positions), so the next move starts from
  // exactly the orbit angles the eased move would have reached.
  const t = aim.targetEnd;
  controls.getSpherical(orbitEnd, true);
  void controls.moveTo(t.x, t.y, t.z, false);
  void controls.rotateTo(orbitEnd.theta, orbitEnd.phi, false);
  void controls.dollyTo(orbitEnd.radius, false);
  controls.update(0);
  return !controls.update(0);
}
