/**
 * Whether moving a camera changed what it sees: a jump to where the camera already is (a preset
 * applied again when its component remounts, the rig arriving at the view the page opened with)
 * draws the same picture, and on demand rendering it should draw none.
 */
import { Matrix4, type Camera } from 'three';

/** A camera's world matrix and projection at one moment (world units, the camera's own frame). */
export interface CameraSnapshot {
  readonly world: Matrix4;
  readonly projection: Matrix4;
}

/** Per-element tolerance: camera-controls rebuilds a pose from spherical coordinates. */
const EPS = 1e-7;

/** Whether two matrices agree within `eps` per element. */
export function nearlyEqual(a: Matrix4, b: Matrix4, eps = EPS): boolean {
  return a.elements.every((v, i) => Math.abs(v - (b.elements[i] ?? Number.NaN)) <= eps);
}

/** A new snapshot to capture into (allocate once, outside the code that moves the camera). */
export const newCameraSnapshot = (): CameraSnapshot => ({
  world: new Matrix4(),
  projection: new Matrix4(),
});

/** Copies the camera's current pose into `into` (its world matrix brought up to date first). */
export function captureCamera(
  camera: Camera,
  into: CameraSnapshot = newCameraSnapshot(),
): CameraSnapshot {
  camera.updateMatrixWorld();
  into.world.copy(camera.matrixWorld);
  into.projection.copy(camera.projectionMatrix);
  return into;
}

/** Whether the camera now sees anything else than from `before` (position, aim or projection). */
export function cameraMoved(camera: Camera, before: CameraSnapshot): boolean {
  camera.updateMatrixWorld();
  return (
    !nearlyEqual(camera.matrixWorld, before.world) ||
    !nearlyEqual(camera.projectionMatrix, before.projection)
  );
}
