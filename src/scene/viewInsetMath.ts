/**
 * How much of the canvas the phone's bottom sheet takes from the camera's frame, and the
 * projection that keeps the frame above it (`ViewInset.tsx`, the first paint's `paintBody.ts`).
 */
import type { PerspectiveCamera } from 'three';

/** Most of the canvas height the inset may take, so a full-height sheet does not shrink the body to nothing. */
const MAX_INSET_FRACTION = 0.6;

/** The inset actually applied for a canvas height, in CSS px. */
export function appliedInset(insetPx: number, heightPx: number): number {
  return Math.max(0, Math.min(insetPx, heightPx * MAX_INSET_FRACTION));
}

/**
 * Sets the camera's projection for a canvas of `width` × `height` CSS px whose bottom `insetPx`
 * are covered: what it frames stays in the visible part, the covered band shows more of the scene.
 */
export function projectAboveInset(
  camera: PerspectiveCamera,
  width: number,
  height: number,
  insetPx: number,
): void {
  const visible = height - appliedInset(insetPx, height);
  camera.aspect = width / visible;
  if (visible < height) camera.setViewOffset(width, visible, 0, 0, width, height);
  else camera.clearViewOffset();
  camera.updateProjectionMatrix();
}
