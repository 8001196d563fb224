/**
 * When a tap on the bare skin near a candidate's ✕ chooses that candidate instead of marking pain.
 *
 * A mouse shows what a click will do before it is made (the ✕ grows, the muscle and its list entry
 * light up, the cursor becomes a hand), so a click on a ✕ chooses at any zoom. A finger gives no such
 * preview and covers more than it aims at: a touch near a ✕ chooses only when the body is shown
 * large enough that the ✕'s tap zone covers a small patch of skin (at most `MAX_TOUCH_ZONE_M`
 * around the trigger point), as in the head view or after zooming in. At whole-body scale on a
 * phone or tablet, taps always mark pain; the candidate list stays the way to choose.
 */
import { Vector3, type Camera } from 'three';
import type { Vec3 } from '../domain/primitives';
import { candidateMarkerAt, type DrawnMarker } from './markerHits';

export type PointerKind = 'mouse' | 'touch' | 'pen';

/** Tap zone radius of a ✕, CSS px: the ✕ itself for a mouse, a fingertip for touch and pen. */
export const TAP_RADIUS_PX: Readonly<Record<PointerKind, number>> = {
  mouse: 12,
  touch: 16,
  pen: 16,
};

/** Largest radius (metres of skin) a touch tap zone may cover for a ✕ to be chosen by touch. */
export const MAX_TOUCH_ZONE_M = 0.02;

let last: PointerKind | undefined;

/** Records the kind of the latest pointer pressed on the canvas (from `PointerEvent.pointerType`). */
export function notePointer(type: string): void {
  last = type === 'touch' || type === 'pen' ? type : 'mouse';
}

/** The latest pointer's kind; before any, the device's primary pointer (coarse = touch). */
export function pointerKind(): PointerKind {
  if (last) return last;
  const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  return coarse ? 'touch' : 'mouse';
}

const a = new Vector3();
const b = new Vector3();
const right = new Vector3();
const at = new Vector3();

/**
 * Metres of skin per CSS pixel at a body point (metres, world frame) for a canvas `width` CSS px
 * wide: measured along the camera's right axis, so it holds for perspective and orthographic views.
 */
export function metresPerPx(camera: Camera, point: Vector3, width: number): number {
  camera.updateMatrixWorld();
  right.setFromMatrixColumn(camera.matrixWorld, 0).normalize().multiplyScalar(0.01);
  a.copy(point).project(camera);
  b.copy(point).add(right).project(camera);
  const px = (Math.abs(b.x - a.x) * width) / 2;
  return px > 0 ? 0.01 / px : Infinity;
}

/** Whether a tap of this kind on the ✕ at `position` (metres) chooses it at the current zoom. */
export function tapChoosesMarker(
  camera: Camera,
  position: Vec3,
  kind: PointerKind,
  width: number,
): boolean {
  if (kind === 'mouse') return true;
  const zone = TAP_RADIUS_PX[kind] * metresPerPx(camera, at.set(...position), width);
  return zone <= MAX_TOUCH_ZONE_M;
}

/**
 * The candidate ✕ a tap at normalised device coordinates (−1…1, y up) would choose on the skin, or
 * undefined when the tap marks pain (no ✕ near, or a finger at a scale where it cannot aim at one).
 */
export function markerForTap(
  camera: Camera,
  ndc: { x: number; y: number },
  size: { readonly width: number; readonly height: number },
  kind: PointerKind = pointerKind(),
): DrawnMarker | undefined {
  const m = candidateMarkerAt(camera, ndc, size.width, size.height, TAP_RADIUS_PX[kind]);
  return m && tapChoosesMarker(camera, m.position, kind, size.width) ? m : undefined;
}
