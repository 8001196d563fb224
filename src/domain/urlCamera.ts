/**
 * The camera part of a share link: `cam=px,py,pz,tx,ty,tz` — the camera position and the point
 * it looks at, in metres in the body frame (+Y up, +X the body's left, +Z anterior, origin on the
 * floor between the heels), rounded to millimetres. Kept apart from `urlState.ts` so the view
 * fields stay one small, separately tested piece.
 */
import type { Vec3 } from './primitives';

/** A free camera view: where the camera is and what it looks at (metres, body frame). */
export interface CameraView {
  readonly position: Vec3;
  readonly target: Vec3;
}

/** Farthest a camera may be from the origin in a link (metres); the controls allow 8 m from the target. */
const MAX_COORD = 20;
/** Closest the camera may be to its target (metres), below the controls' own minimum. */
const MIN_DISTANCE = 0.01;

const mm = (v: number): string => String(Math.round(v * 1000) / 1000);

export function encodeCamera(c: CameraView): string {
  return [...c.position, ...c.target].map(mm).join(',');
}

/** Reads `cam`; undefined when it is not six finite coordinates in range with the camera off its target. */
export function decodeCamera(raw: string): CameraView | undefined {
  const parts = raw.split(',');
  if (parts.length !== 6 || parts.some((p) => p.trim() === '')) return undefined;
  const n = parts.map(Number);
  if (n.some((v) => !Number.isFinite(v) || Math.abs(v) > MAX_COORD)) return undefined;
  const [px = 0, py = 0, pz = 0, tx = 0, ty = 0, tz = 0] = n;
  if (Math.hypot(px - tx, py - ty, pz - tz) < MIN_DISTANCE) return undefined;
  return { position: [px, py, pz], target: [tx, ty, tz] };
}

/** True when two views are the same to the millimetre (what a link can carry). */
export function sameCamera(a: CameraView | undefined, b: CameraView | undefined): boolean {
  if (!a || !b) return a === b;
  return encodeCamera(a) === encodeCamera(b);
}
