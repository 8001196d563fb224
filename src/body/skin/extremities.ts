/**
 * Hands and feet. Hands: palm as a rounded box, four fingers and a separate thumb as chains of
 * round cones through the skeleton's joint centres, thenar and hypothenar eminences. Feet: heel,
 * midfoot with a raised medial arch, forefoot and five toes. Left half, metres, body frame.
 */
import { type Vec3, add, along, scale } from '../math.ts';
import type { Skeleton } from '../landmarks/skeleton.ts';
import type { Prim } from '../sdf/core.ts';
import { limb } from '../sdf/lofts.ts';
import { ellipsoid, roundCone, sphere } from '../sdf/prims.ts';

/**
 * Toes in the foot frame: start u, start lateral offset, tip u, tip lateral offset (fractions of
 * foot length / breadth from the heel-plantar point) and start / tip radii (m); hallux first.
 */
export const TOES: readonly [number, number, number, number, number, number][] = [
  [0.5, -0.27, 0.83, -0.25, 0.0145, 0.0115],
  [0.52, -0.05, 0.815, -0.03, 0.0094, 0.0076],
  [0.5, 0.11, 0.79, 0.13, 0.009, 0.0072],
  [0.47, 0.26, 0.755, 0.29, 0.0086, 0.0069],
  [0.44, 0.4, 0.705, 0.44, 0.0082, 0.0066],
];

/** Digit names in skeleton order: thumb, then fingers index → little. */
export const DIGITS = ['thumb', 'index', 'middle', 'ring', 'little'] as const;

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
  const k = hb / 0.089;
  const R = (t: number, palmar: number, dorsal: number, radial: number, ulnar: number) => ({
    t,
    up: palmar * k,
    un: dorsal * k,
    vp: radial * k,
    vn: ulnar * k,
  });
  // Palm: superellipse sections from the wrist to the metacarpal heads (n palmar, r radial).
  const a = add(along(h.o, h.d, 0.02 * hl), scale(h.n, -0.002));
  const b = add(along(h.o, h.d, 0.42 * hl), scale(h.r, -0.012 * k));
  out.push(
    limb(
      a,
      b,
      h.n,
      h.r,
      [
        R(0, 0.015, 0.013, 0.027, 0.027),
        R(0.3, 0.017, 0.013, 0.036, 0.038),
        R(0.7, 0.015, 0.012, 0.041, 0.042),
        R(1, 0.012, 0.011, 0.04, 0.037),
      ],
      { k: 0.012, tag: 'palm', n: 2.6 },
    ),
  );
  // Thenar and hypothenar eminences.
  const th = add(add(along(h.o, h.d, 0.19 * hl), scale(h.r, 0.2 * hb)), scale(h.n, 0.09 * hb));
  out.push(
    ellipsoid(th, [0.15 * hb, 0.2 * hl, 0.1 * hb], [h.r, h.d, h.n], { k: 0.014, tag: 'palm' }),
  );
  const hy = add(add(along(h.o, h.d, 0.22 * hl), scale(h.r, -0.3 * hb)), scale(h.n, 0.06 * hb));
  out.push(
    ellipsoid(hy, [0.11 * hb, 0.19 * hl, 0.08 * hb], [h.r, h.d, h.n], { k: 0.014, tag: 'palm' }),
  );
  sk.fingers.forEach((f, i) =>
    out.push(...chainPrims(f.joints, f.radii, 0.008, `digit-${DIGITS[i + 1]}`)),
  );
  out.push(...chainPrims(sk.thumb.joints, sk.thumb.radii, 0.01, 'digit-thumb'));
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
  const s = sk.s;
  const f = sk.foot;
  const out: Prim[] = [];
  const P = (u: number, l: number, y: number) => footPoint(sk, u * fl, l * fb, y);
  const up: Vec3 = [0, 1, 0];
  const kb = fb / 0.101;
  const R = (t: number, u: number, un: number, vp: number, vn: number) => ({
    t,
    up: u * s,
    un: un * s,
    vp: vp * kb,
    vn: vn * kb,
  });
  // Foot body from the heel to the metatarsal heads: up = dorsum, un = sole, vp = lateral.
  // The axis sinks from the heel (33 mm) to the metatarsal heads (22 mm) so the sole is flat.
  out.push(
    limb(
      P(-0.02, 0, 0.033 * s),
      P(0.56, 0.02, 0.022 * s),
      up,
      f.r,
      [
        R(0, 0.034, 0.033, 0.031, 0.031),
        R(0.22, 0.058, 0.031, 0.033, 0.034),
        R(0.5, 0.043, 0.028, 0.041, 0.037),
        R(0.75, 0.028, 0.025, 0.046, 0.044),
        R(1, 0.013, 0.022, 0.046, 0.049),
      ],
      { k: 0.03, tag: 'foot' },
    ),
  );
  // Toes: hallux and toes 2–5 (start near the metatarsal heads, tips at the foot length).
  TOES.forEach(([u0, l0, u1, l1, r0, r1], i) => {
    const tag = i === 0 ? 'toe-hallux' : 'toe-small';
    const a = P(u0, l0, r0 * s + 0.004);
    out.push(roundCone(a, P(u1, l1, r1 * s + 0.002), r0 * s, r1 * s, { k: 0.016, tag }));
  });
  // Malleoli.
  out.push(
    sphere(add(sk.ankle, add(scale(f.r, 0.02 * s), [0, -0.008, -0.006])), 0.011 * s, { k: 0.025 }),
  );
  out.push(
    sphere(add(sk.ankle, add(scale(f.r, -0.017 * s), [0, 0.004, 0.002])), 0.011 * s, { k: 0.025 }),
  );
  // Arch: carve the medial midfoot.
  out.push(
    ellipsoid(P(0.28, -0.4, -0.002), [0.3 * fb, 0.016 * s, 0.2 * fl], [f.r, up, f.d], {
      k: 0.02,
      op: 'sub',
    }),
  );
  return out;
}
