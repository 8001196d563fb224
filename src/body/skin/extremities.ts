/**
 * Hands and feet. Hands: palm as a rounded box, four fingers and a separate thumb as chains of
 * round cones through the skeleton's joint centres, thenar and hypothenar eminences. Feet: heel,
 * midfoot with a raised medial arch, forefoot and five toes. Left half, metres, body frame.
 */
import { type Vec3, add, along, cross, lerp, norm, scale } from '../math.ts';
import type { Skeleton } from '../skeleton.ts';
import type { Prim } from '../sdf/core.ts';
import { ellipsoid, roundBox, roundCone, sphere } from '../sdf/prims.ts';

function chainPrims(joints: Vec3[], radii: number[], k: number, tag: string): Prim[] {
  const out: Prim[] = [];
  for (let i = 0; i + 1 < joints.length; i++) {
    const a = joints[i] as Vec3;
    const b = joints[i + 1] as Vec3;
    out.push(roundCone(a, b, radii[i] as number, radii[i + 1] as number, { k, tag }));
  }
  return out;
}

export function handPrims(sk: Skeleton): Prim[] {
  const h = sk.hand;
  const hl = sk.spec.handLength;
  const hb = sk.spec.handBreadth;
  const out: Prim[] = [];
  const pc = add(along(h.o, h.d, 0.25 * hl), scale(h.r, -0.04 * hb));
  out.push(
    roundBox(pc, [hb * 0.44, hl * 0.21, hb * 0.15], hb * 0.12, [h.r, h.d, h.n], {
      k: 0.015,
      tag: 'palm',
    }),
  );
  const th = add(add(along(h.o, h.d, 0.2 * hl), scale(h.r, 0.22 * hb)), scale(h.n, 0.1 * hb));
  out.push(ellipsoid(th, [0.16 * hb, 0.2 * hl, 0.1 * hb], [h.r, h.d, h.n], { k: 0.012 }));
  const hy = add(add(along(h.o, h.d, 0.24 * hl), scale(h.r, -0.3 * hb)), scale(h.n, 0.07 * hb));
  out.push(ellipsoid(hy, [0.12 * hb, 0.2 * hl, 0.08 * hb], [h.r, h.d, h.n], { k: 0.012 }));
  for (const f of sk.fingers) out.push(...chainPrims(f.joints, f.radii, 0.004, 'finger'));
  out.push(...chainPrims(sk.thumb.joints, sk.thumb.radii, 0.008, 'thumb'));
  return out;
}

/** Foot-frame point: u forward from the heel-plantar point, l lateral, y up (metres). */
export function footPoint(sk: Skeleton, u: number, l: number, y: number): Vec3 {
  const f = sk.foot;
  return add(add(along(f.o, f.d, u), scale(f.r, l)), [0, y, 0]);
}

export function footPrims(sk: Skeleton): Prim[] {
  const fl = sk.spec.footLength;
  const fb = sk.spec.footBreadth;
  const f = sk.foot;
  const out: Prim[] = [];
  const P = (u: number, l: number, y: number) => footPoint(sk, u * fl, l * fb, y * fl);
  // Heel.
  out.push(sphere(P(-0.02, 0.0, 0.13), 0.135 * fl, { k: 0.02, tag: 'heel' }));
  // Midfoot and forefoot.
  const axes: [Vec3, Vec3, Vec3] = [f.r, [0, 1, 0], f.d];
  out.push(
    roundBox(P(0.3, 0.02, 0.13), [0.33 * fb, 0.1 * fl, 0.3 * fl], 0.07 * fl, axes, { k: 0.03 }),
  );
  out.push(
    roundBox(P(0.55, 0.0, 0.085), [0.45 * fb, 0.07 * fl, 0.12 * fl], 0.06 * fl, axes, { k: 0.03 }),
  );
  // Toes: hallux, 2..5.
  const toes: [number, number, number, number][] = [
    [0.72, -0.26, 0.85, 0.085],
    [0.7, -0.02, 0.835, 0.05],
    [0.68, 0.15, 0.81, 0.046],
    [0.65, 0.29, 0.775, 0.043],
    [0.62, 0.41, 0.73, 0.04],
  ];
  for (const [u0, l, u1, r] of toes) {
    out.push(
      roundCone(P(u0, l, 0.06), P(u1, l * 1.05, r * 0.85), r * fl, r * fl * 0.8, {
        k: 0.006,
        tag: 'toe',
      }),
    );
  }
  // Ankle bridge to the shank.
  out.push(roundCone(P(0.08, 0, 0.22), add(sk.ankle, [0, 0.03, 0]), 0.11 * fl, 0.03, { k: 0.03 }));
  // Arch: carve the medial midfoot.
  out.push(
    ellipsoid(P(0.35, -0.45, 0.0), [0.14 * fb, 0.06 * fl, 0.18 * fl], axes, { k: 0.02, op: 'sub' }),
  );
  void cross;
  void lerp;
  void norm;
  return out;
}
