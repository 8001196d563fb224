/**
 * Trigger point placement inside a muscle mesh. The dataset gives a trigger point as a fraction
 * `t` of the way between two landmarks; that raw point usually lies near, not inside, the
 * generated muscle. We move it to the nearest mid-surface sample of the muscle's belly (away from
 * the tendons and the thin edges), which lies inside the closed mesh by construction.
 */
import { type Vec3, dist, lerp } from '../math.ts';
import { pointInMesh } from './inside.ts';
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

/**
 * The mid-surface sample of `mesh` nearest to `raw` that is inside the mesh, preferring samples
 * at least half as thick as the thickest (the belly, not the tendons or thin edges).
 */
export function placeInMuscle(mesh: MuscleMesh, raw: Vec3): Vec3 {
  const n = mesh.midHalf.length;
  let maxHalf = 0;
  for (let i = 0; i < n; i++) maxHalf = Math.max(maxHalf, mesh.midHalf[i] as number);
  const at = (i: number): Vec3 => [
    mesh.mid[3 * i] as number,
    mesh.mid[3 * i + 1] as number,
    mesh.mid[3 * i + 2] as number,
  ];
  const order = Array.from({ length: n }, (_, i) => i)
    .map((i) => ({ i, d: dist(at(i), raw), thick: (mesh.midHalf[i] as number) >= 0.5 * maxHalf }))
    .sort((a, b) => Number(b.thick) - Number(a.thick) || a.d - b.d);
  for (const c of order) {
    if (pointInMesh(mesh.positions, mesh.indices, at(c.i))) return at(c.i);
  }
  return at(order[0]?.i ?? 0);
}
