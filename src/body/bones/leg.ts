/**
 * Bones of the free lower limb along the skeleton's leg chain: femur (head, neck, greater and
 * lesser trochanters, shaft, condyles), patella, tibia (plateau, tuberosity, shaft, medial
 * malleolus), fibula (head, shaft, lateral malleolus), and the foot: calcaneus, talus, navicular,
 * cuboid, cuneiforms, metatarsals and toe phalanges placed in the foot frame. Left side; metres,
 * body frame.
 */
import { type Vec3, add, along, lerp, norm, scale, sub } from '../math.ts';
import type { Prim } from '../sdf/core.ts';
import { ellipsoid, roundCone, sphere } from '../sdf/prims.ts';
import { TOES, footPoint } from '../skin/extremities.ts';
import type { BoneCtx } from './kit.ts';

/** Femur from the hip centre to the knee. */
export function femurPrims(c: BoneCtx): Prim[] {
  const { sk, s } = c;
  const hip = sk.hip;
  const k = sk.knee;
  const troch: Vec3 = [hip[0] + 0.05 * s, sk.spec.trochanterionHeight + 0.004, hip[2] - 0.012 * s];
  const top: Vec3 = [hip[0] + 0.04 * s, hip[1] - 0.06 * s, hip[2] - 0.004 * s];
  const low: Vec3 = [k[0] + 0.002, k[1] + 0.09 * s, k[2] - 0.004 * s];
  const mid = add(lerp(top, low, 0.5), [0, 0, 0.008 * s]);
  const cond: Vec3 = [k[0], k[1] - 0.004 * s, k[2] - 0.008 * s];
  return [
    sphere(hip, 0.023 * s, { tag: 'femur' }),
    roundCone(hip, add(troch, [-0.016 * s, -0.012 * s, 0.004 * s]), 0.015 * s, 0.017 * s, {
      k: 0.01,
    }),
    ellipsoid(troch, [0.014 * s, 0.022 * s, 0.018 * s], undefined, { k: 0.012 }),
    sphere(add(top, [-0.016 * s, 0.004 * s, -0.012 * s]), 0.008 * s, { k: 0.01 }),
    roundCone(add(troch, [-0.008 * s, -0.01 * s, 0]), top, 0.018 * s, 0.015 * s, { k: 0.01 }),
    roundCone(top, mid, 0.015 * s, 0.0135 * s, { k: 0.006 }),
    roundCone(mid, low, 0.0135 * s, 0.016 * s, { k: 0.006 }),
    roundCone(low, add(cond, [0, 0.012 * s, 0]), 0.016 * s, 0.03 * s, { k: 0.01 }),
    sphere(add(cond, [0.021 * s, 0, 0]), 0.021 * s, { k: 0.012 }),
    sphere(add(cond, [-0.022 * s, 0.002, 0]), 0.022 * s, { k: 0.012 }),
    // Patella in front of the femoral groove.
    ellipsoid(add(c.lm('patella'), [0, 0, -0.004]), [0.021 * s, 0.023 * s, 0.0095 * s], undefined, {
      tag: 'patella',
    }),
  ];
}

/** Tibia and fibula from the knee to the ankle. */
export function shankPrims(c: BoneCtx): Prim[] {
  const { sk, s } = c;
  const k = sk.knee;
  const a = sk.ankle;
  const fr = sk.foot.r;
  const plateau: Vec3 = [k[0] - 0.002, k[1] - 0.044 * s, k[2] - 0.004 * s];
  const shaftTop: Vec3 = [k[0] - 0.002, k[1] - 0.09 * s, k[2]];
  const shaftLow = add(a, add(scale(fr, -0.006 * s), [0, 0.08 * s, 0.002]));
  const dist = add(a, add(scale(fr, -0.006 * s), [0, 0.028 * s, 0]));
  const medMal = add(c.lm('medial-malleolus'), scale(fr, 0.006 * s));
  const fHead = add(c.lm('fibular-head'), [-0.004 * s, 0, 0.002]);
  const latMal = add(c.lm('lateral-malleolus'), scale(fr, -0.007 * s));
  const fMid = add(lerp(fHead, latMal, 0.5), scale(fr, -0.003 * s));
  return [
    ellipsoid(plateau, [0.036 * s, 0.017 * s, 0.026 * s], undefined, { k: 0.004, tag: 'tibia' }),
    roundCone(plateau, shaftTop, 0.026 * s, 0.017 * s, { k: 0.012 }),
    sphere(add(shaftTop, [0, 0.01 * s, 0.018 * s]), 0.009 * s, { k: 0.01 }),
    roundCone(shaftTop, shaftLow, 0.0155 * s, 0.012 * s, { k: 0.006 }),
    roundCone(shaftLow, dist, 0.012 * s, 0.02 * s, { k: 0.008 }),
    ellipsoid(dist, [0.021 * s, 0.014 * s, 0.019 * s], undefined, { k: 0.008 }),
    roundCone(dist, medMal, 0.012 * s, 0.007 * s, { k: 0.006 }),
    sphere(fHead, 0.01 * s, { k: 0.003, tag: 'fibula' }),
    roundCone(fHead, fMid, 0.0075 * s, 0.0065 * s, { k: 0.004 }),
    roundCone(fMid, add(latMal, [0, 0.018 * s, 0]), 0.0065 * s, 0.0075 * s, { k: 0.004 }),
    ellipsoid(latMal, [0.008 * s, 0.017 * s, 0.011 * s], undefined, { k: 0.006 }),
  ];
}

/** Tarsals, metatarsals and toe phalanges. */
export function footPrims(c: BoneCtx): Prim[] {
  const { sk, s } = c;
  const fl = sk.spec.footLength;
  const fb = sk.spec.footBreadth;
  const f = sk.foot;
  const P = (u: number, l: number, y: number) => footPoint(sk, u * fl, l * fb, y * s);
  const ax = (v: Vec3): [Vec3, Vec3, Vec3] => [f.d, [0, 1, 0], v];
  const out: Prim[] = [
    // Calcaneus: tuber at the heel, body under the talus, forward to the cuboid.
    roundCone(P(0.06, 0.02, 0.034), P(0.3, 0.12, 0.034), 0.022 * s, 0.015 * s, {
      k: 0.01,
      tag: 'calcaneus',
    }),
    sphere(P(0.06, 0.02, 0.028), 0.021 * s, { k: 0.008 }),
    // Talus: body under the tibia, neck and head forward-medial.
    ellipsoid(P(0.14, -0.02, sk.ankle[1] / s - 0.012), [0.025 * s, 0.016 * s, 0.02 * s], ax(f.r), {
      k: 0.004,
      tag: 'talus',
    }),
    roundCone(P(0.16, -0.04, 0.056), P(0.32, -0.16, 0.052), 0.015 * s, 0.013 * s, { k: 0.008 }),
    ellipsoid(P(0.38, -0.22, 0.044), [0.01 * s, 0.016 * s, 0.019 * s], ax(f.r), {
      k: 0.004,
      tag: 'navicular',
    }),
    ellipsoid(P(0.37, 0.2, 0.034), [0.018 * s, 0.014 * s, 0.015 * s], ax(f.r), {
      k: 0.004,
      tag: 'cuboid',
    }),
  ];
  for (const [l, y] of [
    [-0.25, 0.038],
    [-0.09, 0.04],
    [0.05, 0.036],
  ] as const) {
    out.push(ellipsoid(P(0.445, l, y), [0.016 * s, 0.014 * s, 0.0085 * s], ax(f.r), { k: 0.003 }));
  }
  // Metatarsals (bases at the tarsometatarsal line, heads under the ball) and toes.
  const bases: [number, number, number][] = [
    [0.5, -0.25, 0.034],
    [0.51, -0.09, 0.035],
    [0.5, 0.05, 0.032],
    [0.48, 0.18, 0.028],
    [0.46, 0.3, 0.024],
  ];
  TOES.forEach(([u0, l0, u1, l1, r0, r1], i) => {
    const b = bases[i] as [number, number, number];
    const hu = u0 + (i === 0 ? 0.2 : 0.19);
    const head = P(hu, l0 - 0.01, (r0 * 0.95 + 0.004) / s);
    const rs = i === 0 ? 0.0075 * s : 0.0042 * s;
    out.push(roundCone(P(b[0], b[1], b[2]), head, rs * 1.2, rs, { k: 0.004 }));
    out.push(sphere(head, rs * 1.3, { k: 0.003 }));
    const tip = P(u1 - 0.035, l1, (r1 + 0.0015) / s);
    const d = norm(sub(tip, head));
    const nPh = i === 0 ? 2 : 3;
    const L = Math.hypot(...sub(tip, head));
    let p = along(head, d, rs * 1.5);
    for (let j = 0; j < nPh; j++) {
      const len = (L - rs * 1.5) * (nPh === 2 ? [0.55, 0.45][j]! : [0.45, 0.3, 0.25][j]!);
      const q = along(p, d, len);
      const rr = (i === 0 ? 0.0065 : 0.0036) * s * (1 - 0.15 * j);
      out.push(roundCone(p, q, rr, rr * 0.8, { k: 0.002 }));
      p = q;
    }
  });
  return out;
}
