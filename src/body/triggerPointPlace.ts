/**
 * Places a trigger point from its landmark-relative location. Works in any frame the landmarks
 * are given in (the 3D body frame in metres, or the flat outline's millimetres), because the
 * place is a linear blend of two landmarks.
 */
import type { SidedTriggerPoint } from '../domain/atlas';
import type { Vec3 } from '../domain/primitives';

/** Landmark id as placed on the body: paired ids get the trigger point's side prefix. */
export function placedLandmark<P extends Vec3>(
  id: string,
  side: 'left' | 'right',
  landmarks: Readonly<Record<string, P>>,
): P | undefined {
  return landmarks[`${side === 'left' ? 'l' : 'r'}-${id}`] ?? landmarks[id];
}

/** Point at fraction `t` from landmark `from` to `to`, or undefined if a landmark is missing. */
export function triggerPointPosition(
  tp: SidedTriggerPoint,
  landmarks: Readonly<Record<string, Vec3>>,
): [number, number, number] | undefined {
  const a = placedLandmark(tp.record.location.from, tp.side, landmarks);
  const b = placedLandmark(tp.record.location.to, tp.side, landmarks);
  if (!a || !b) return undefined;
  const t = tp.record.location.t;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
