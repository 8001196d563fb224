/**
 * Bones of the free upper limb along the skeleton's arm chain: humerus (head, tuberosities,
 * shaft, flared distal end with epicondyles), radius and ulna (olecranon, heads, styloids),
 * carpals in two rows, metacarpals and phalanges along the finger and thumb chains. Left side;
 * metres, body frame.
 */
import { type Vec3, add, along, cross, dist, norm, scale, sub } from '../math.ts';
import type { Prim } from '../sdf/core.ts';
import type { FingerChain } from '../landmarks/skeleton.ts';
import { ellipsoid, roundCone, sphere } from '../sdf/prims.ts';
import type { BoneCtx } from './kit.ts';

/** Humerus from the glenohumeral centre to the elbow. */
export function humerusPrims(c: BoneCtx): Prim[] {
  const { sk, s } = c;
  const hd = sk.humerusDir;
  const lat = norm(cross(hd, [0, 0, 1]));
  const latA: Vec3 = lat[0] > 0 ? lat : scale(lat, -1);
  const L = dist(sk.gh, sk.elbow);
  const epi = along(sk.elbow, hd, -0.012 * s);
  return [
    sphere(sk.gh, 0.021 * s, { tag: 'humerus' }),
    sphere(
      add(along(sk.gh, hd, 0.012 * s), add(scale(latA, 0.016 * s), [0, 0, 0.006 * s])),
      0.014 * s,
      {
        k: 0.008,
      },
    ),
    roundCone(along(sk.gh, hd, 0.03 * s), along(sk.gh, hd, 0.14 * L), 0.016 * s, 0.0115 * s, {
      k: 0.01,
    }),
    roundCone(along(sk.gh, hd, 0.14 * L), along(sk.elbow, hd, -0.08 * s), 0.0115 * s, 0.0105 * s, {
      k: 0.004,
    }),
    roundCone(along(sk.elbow, hd, -0.08 * s), epi, 0.0105 * s, 0.014 * s, { k: 0.008 }),
    ellipsoid(epi, [0.031 * s, 0.012 * s, 0.011 * s], [latA, hd, cross(latA, hd)], { k: 0.01 }),
    // Trochlea and capitulum.
    ellipsoid(
      along(sk.elbow, hd, 0.004),
      [0.021 * s, 0.011 * s, 0.012 * s],
      [latA, hd, cross(latA, hd)],
      {
        k: 0.004,
      },
    ),
  ];
}

/** Radius (lateral) and ulna (medial) from the elbow to the wrist. */
export function forearmPrims(c: BoneCtx): Prim[] {
  const { sk, s } = c;
  const fd = sk.forearmDir;
  const r = sk.hand.r;
  const n = sk.hand.n;
  const L = dist(sk.elbow, sk.wrist);
  const rHead = add(along(sk.elbow, fd, 0.022 * s), scale(r, 0.016 * s));
  const rDist = add(along(sk.wrist, fd, -0.014 * s), scale(r, 0.008 * s));
  const olec = add(along(sk.elbow, fd, -0.012 * s), add(scale(n, -0.014 * s), scale(r, -0.01 * s)));
  const coron = add(along(sk.elbow, fd, 0.02 * s), add(scale(n, 0.002), scale(r, -0.008 * s)));
  const uHead = add(along(sk.wrist, fd, -0.02 * s), add(scale(r, -0.018 * s), scale(n, -0.004)));
  const uShaft = add(along(sk.elbow, fd, 0.3 * L), add(scale(r, -0.014 * s), scale(n, -0.004)));
  return [
    ellipsoid(rHead, [0.011 * s, 0.006 * s, 0.011 * s], [r, fd, n], { k: 0.003, tag: 'radius' }),
    roundCone(rHead, add(along(rHead, fd, 0.35 * L), scale(r, 0.003)), 0.0065 * s, 0.007 * s, {
      k: 0.006,
    }),
    roundCone(add(along(rHead, fd, 0.35 * L), scale(r, 0.003)), rDist, 0.007 * s, 0.011 * s, {
      k: 0.004,
    }),
    ellipsoid(rDist, [0.017 * s, 0.009 * s, 0.011 * s], [r, fd, n], { k: 0.006 }),
    roundCone(
      rDist,
      add(rDist, add(scale(r, 0.014 * s), scale(fd, 0.01 * s))),
      0.007 * s,
      0.004 * s,
      {
        k: 0.004,
      },
    ),
    roundCone(olec, coron, 0.011 * s, 0.009 * s, { k: 0.004, tag: 'ulna' }),
    roundCone(coron, uShaft, 0.009 * s, 0.0075 * s, { k: 0.006 }),
    roundCone(uShaft, uHead, 0.0075 * s, 0.0055 * s, { k: 0.004 }),
    sphere(uHead, 0.0085 * s, { k: 0.004 }),
    roundCone(uHead, add(along(uHead, fd, 0.012 * s), scale(n, -0.003)), 0.004 * s, 0.0025 * s, {
      k: 0.003,
    }),
  ];
}

/** A small long bone from a to b: flared base, slim waist, rounded head (radii ra, rb). */
function smallBone(a: Vec3, b: Vec3, ra: number, rb: number): Prim[] {
  const d = norm(sub(b, a));
  const mid = along(a, d, 0.45 * dist(a, b));
  return [
    roundCone(a, mid, ra, ra * 0.66, { k: 0.002 }),
    roundCone(mid, b, ra * 0.66, rb * 0.8, { k: 0.002 }),
    sphere(b, rb, { k: 0.002 }),
  ];
}

/** Phalanges of one digit along its chain, from joint `first` on. */
function digitPrims(ch: FingerChain, first: number, scaleR: number): Prim[] {
  const out: Prim[] = [];
  for (let i = first; i + 1 < ch.joints.length; i++) {
    const a = ch.joints[i] as Vec3;
    const b = ch.joints[i + 1] as Vec3;
    const d = norm(sub(b, a));
    const ra = (ch.radii[i] as number) * scaleR;
    const rb = (ch.radii[i + 1] as number) * scaleR;
    const last = i + 2 === ch.joints.length;
    const end = last ? along(b, d, -rb * 2.2) : along(b, d, -rb * 0.9);
    out.push(...smallBone(along(a, d, ra * 0.55), end, ra * 1.05, last ? rb * 0.75 : rb * 0.95));
  }
  return out;
}

/** Carpals (two rows), metacarpals and phalanges. */
export function handPrims(c: BoneCtx): Prim[] {
  const { sk } = c;
  const h = sk.hand;
  const hl = sk.spec.handLength;
  const hb = sk.spec.handBreadth;
  const P = (d: number, r: number, n = 0): Vec3 =>
    add(add(along(h.o, h.d, d * hl), scale(h.r, r * hb)), scale(h.n, n * hb));
  const out: Prim[] = [];
  const cr = 0.062 * hb;
  for (const [d, r] of [
    [0.045, 0.2],
    [0.045, 0.05],
    [0.045, -0.1],
    [0.05, -0.22],
    [0.095, 0.24],
    [0.095, 0.1],
    [0.095, -0.05],
    [0.095, -0.2],
  ] as const) {
    out.push(sphere(P(d, r, 0.02), cr, { k: 0.004, tag: 'carpal' }));
  }
  sk.fingers.forEach((f, i) => {
    const head = f.joints[0] as Vec3;
    const base = P(0.14, [0.18, 0.04, -0.1, -0.22][i] as number, 0.01);
    const rh = (f.radii[0] as number) * 0.54;
    out.push(...smallBone(base, along(head, norm(sub(head, base)), -rh), rh * 1.05, rh * 1.05));
    out.push(...digitPrims(f, 0, 0.52));
  });
  const t = sk.thumb;
  const t0 = t.joints[0] as Vec3;
  const t1 = t.joints[1] as Vec3;
  const rt = (t.radii[1] as number) * 0.34;
  out.push(
    ...smallBone(
      along(t0, norm(sub(t1, t0)), 0.004),
      along(t1, norm(sub(t1, t0)), -rt),
      rt * 1.2,
      rt,
    ),
  );
  out.push(...digitPrims(t, 1, 0.36));
  return out;
}
