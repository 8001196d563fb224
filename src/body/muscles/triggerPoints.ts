/**
 * Trigger point placement inside a muscle mesh. The dataset gives a trigger point as a fraction
 * `t` of the way between two landmarks; that raw point usually lies near, not inside, the
 * generated muscle. We move it to the nearest mid-surface sample of the muscle's belly (away from
 * the tendons and the thin edges), which lies inside the closed mesh by construction.
 */
import { type Vec3, lerp } from '../math.ts';
import type { BodyInput, MuscleMesh } from './types.ts';

export interface TriggerPointLocation {
  readonly from: string;
  readonly to: string;
  readonly t: number;
  readonly depth: 'superficial' | 'deep';
}

/** Raw landmark-relative position (left side), or undefined if a landmark is missing. */
export function rawTriggerPoint(body: BodyInput, loc: TriggerPointLocation): Vec3 | undefined {
  const a = body.landmark(loc.from);
  const b = body.landmark(loc.to);
  return a && b ? lerp(a, b, loc.t) : undefined;
}

/** The mid-surface sample of `mesh` nearest to `raw`, among samples at least half as thick as the thickest. */
export function placeInMuscle(mesh: MuscleMesh, raw: Vec3): Vec3 {
  const n = mesh.midHalf.length;
  let maxHalf = 0;
  for (let i = 0; i < n; i++) maxHalf = Math.max(maxHalf, mesh.midHalf[i] as number);
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < n; i++) {
    if ((mesh.midHalf[i] as number) < 0.5 * maxHalf) continue;
    const dx = (mesh.mid[3 * i] as number) - raw[0];
    const dy = (mesh.mid[3 * i + 1] as number) - raw[1];
    const dz = (mesh.mid[3 * i + 2] as number) - raw[2];
    const d = dx * dx + dy * dy + dz * dz;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  const k = Math.max(best, 0);
  return [mesh.mid[3 * k] as number, mesh.mid[3 * k + 1] as number, mesh.mid[3 * k + 2] as number];
}
