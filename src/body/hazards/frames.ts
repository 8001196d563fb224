/**
 * Shared reference points and directions of the left limbs and trunk for the vessel and nerve
 * routes. Metres, body frame (+Y up, +X the body's left, +Z anterior).
 */
import { type Vec3, add, along, cross, dist, lerp, norm, scale } from '../math.ts';
import type { HazardCtx } from './ctx.ts';

/** Sum of a point and scaled directions: at(p, [u, 0.02], [v, -0.01]). */
export function at(p: Vec3, ...moves: (readonly [Vec3, number])[]): Vec3 {
  let q = p;
  for (const [d, k] of moves) q = add(q, scale(d, k));
  return q;
}

export const X: Vec3 = [1, 0, 0];
export const Y: Vec3 = [0, 1, 0];
export const Z: Vec3 = [0, 0, 1];

export interface ArmFrame {
  /** Point at fraction t along the humerus (glenohumeral centre → elbow centre). */
  arm: (t: number) => Vec3;
  /** Point at fraction t along the forearm (elbow centre → wrist centre). */
  fore: (t: number) => Vec3;
  /** Towards the body across the upper arm. */
  medial: Vec3;
  /** Palmar (anterior) and radial (lateral) directions of the forearm. */
  palmar: Vec3;
  radial: Vec3;
}

export function armFrame(c: HazardCtx): ArmFrame {
  const { sk } = c;
  const lh = dist(sk.elbow, sk.gh);
  const lf = dist(sk.wrist, sk.elbow);
  return {
    arm: (t) => along(sk.gh, sk.humerusDir, t * lh),
    fore: (t) => along(sk.elbow, sk.forearmDir, t * lf),
    medial: norm(cross(sk.humerusDir, Z)),
    palmar: sk.hand.n,
    radial: sk.hand.r,
  };
}

export interface LegFrame {
  /** Point at fraction t along the femur (hip centre → knee centre). */
  thigh: (t: number) => Vec3;
  /** Point at fraction t along the shank (knee centre → ankle centre). */
  shank: (t: number) => Vec3;
}

export function legFrame(c: HazardCtx): LegFrame {
  const { sk } = c;
  return {
    thigh: (t) => lerp(sk.hip, sk.knee, t),
    shank: (t) => lerp(sk.knee, sk.ankle, t),
  };
}

/** Cervical level i (1–7) height, as the bone builder spaces C1–C7. */
export function cervicalY(c: HazardCtx, i: number): number {
  const c7 = c.sk.spine['c7'] as number;
  const c2 = c.lm('c2')[1];
  const c1 = Math.max(c2 + 0.02 * c.s, c.sk.tragionY - 0.03 * c.s);
  return c1 + ((c7 - c1) * (i - 1)) / 6;
}
