/**
 * Axial skeleton: skull (cranium with orbits and nasal aperture, maxilla, cheekbones and
 * zygomatic arches, mastoids, mandible), the 24 presacral vertebrae (body, pedicles and lamina
 * around the canal, spinous and transverse processes) at the skeleton's spinous-process levels,
 * sacrum and coccyx. Left half and midline; metres, body frame.
 */
import { type Vec3, add, lerp } from '../math.ts';
import type { Prim } from '../sdf/core.ts';
import { ellipsoid, polyTube, roundCone, sphere } from '../sdf/prims.ts';
import { faceLayout } from '../skin/head.ts';
import { type BoneCtx, cylinder, triPlate } from './kit.ts';

const BACK: Vec3 = [0, 0, -1];

/** Cranium, face and mandible. */
export function skullPrims(c: BoneCtx): Prim[] {
  const { sk, s } = c;
  const L = faceLayout(sk);
  const T = sk.tragionY;
  const fz = L.faceZ;
  const cr = L.craniumR;
  const scalp = 0.006;
  // Braincase from the vertex down to about the ear canal (the face hangs in front of it).
  const cy = T + 0.05 * s;
  const out: Prim[] = [
    ellipsoid([0, cy, L.cranium[2] - 0.004 * s], [cr[0] - scalp, sk.H - scalp - cy, cr[2] - scalp]),
    // Skull base and occiput.
    ellipsoid(
      [0, T + 0.006 * s, L.cranium[2] - 0.03 * s],
      [cr[0] * 0.8, 0.04 * s, cr[2] * 0.66],
      undefined,
      { k: 0.02 },
    ),
    // Upper face: forehead, orbital rims and cheekbones in one mass.
    ellipsoid(
      [0, sk.eyeY - 0.004 * s, fz - 0.05 * s],
      [0.052 * s, 0.036 * s, 0.038 * s],
      undefined,
      {
        k: 0.02,
      },
    ),
    // Maxilla (flattened in front) and the upper teeth row.
    ellipsoid([0, T - 0.036 * s, fz - 0.046 * s], [0.03 * s, 0.022 * s, 0.032 * s], undefined, {
      k: 0.012,
    }),
    polyTube(
      [
        [0.03 * s, T - 0.054 * s, fz - 0.05 * s],
        [0.02 * s, T - 0.055 * s, fz - 0.026 * s],
        [0, T - 0.056 * s, fz - 0.016 * s],
      ],
      0.006 * s,
      { k: 0.008 },
    ),
    // Cheekbone and zygomatic arch back to the ear.
    sphere([0.043 * s, sk.eyeY - 0.024 * s, fz - 0.052 * s], 0.011 * s, { k: 0.01 }),
    roundCone(
      [0.045 * s, sk.eyeY - 0.026 * s, fz - 0.055 * s],
      [L.tragion[0] - 0.012 * s, T - 0.002, L.tragion[2] + 0.018 * s],
      0.0055 * s,
      0.005 * s,
      { k: 0.006 },
    ),
    // Mastoid process.
    roundCone(
      [L.tragion[0] - 0.014 * s, T, L.tragion[2] - 0.016 * s],
      [L.tragion[0] - 0.014 * s, T - 0.024 * s, L.tragion[2] - 0.012 * s],
      0.009 * s,
      0.006 * s,
      { k: 0.008 },
    ),
    // Orbits and the nasal aperture.
    sphere(add(L.eye, [0.001, 0, 0.008 * s]), 0.019 * s, { k: 0.004, op: 'sub' }),
    ellipsoid([0, T - 0.02 * s, fz - 0.006 * s], [0.011 * s, 0.017 * s, 0.014 * s], undefined, {
      k: 0.004,
      op: 'sub',
    }),
    ...mandiblePrims(c),
  ];
  return out;
}

function mandiblePrims(c: BoneCtx): Prim[] {
  const { sk, s } = c;
  const L = faceLayout(sk);
  const T = sk.tragionY;
  const fz = L.faceZ;
  const condyle: Vec3 = [L.tragion[0] - 0.012 * s, T - 0.006 * s, L.tragion[2] + 0.012 * s];
  const coronoid: Vec3 = [L.tragion[0] - 0.018 * s, T - 0.024 * s, L.tragion[2] + 0.04 * s];
  const gonion: Vec3 = add(L.gonion, [-0.008 * s, 0.008 * s, 0.002 * s]);
  // The U of the body: lower border and alveolar (teeth) border, back to front.
  const low: Vec3[] = [
    gonion,
    [0.036 * s, sk.mentonY + 0.012 * s, fz - 0.06 * s],
    [0.016 * s, sk.mentonY + 0.006 * s, fz - 0.036 * s],
    [0, sk.mentonY + 0.006 * s, fz - 0.03 * s],
  ];
  const up: Vec3[] = [
    [0.04 * s, T - 0.058 * s, fz - 0.07 * s],
    [0.03 * s, T - 0.062 * s, fz - 0.05 * s],
    [0.018 * s, T - 0.063 * s, fz - 0.03 * s],
    [0, T - 0.064 * s, fz - 0.02 * s],
  ];
  const out: Prim[] = [
    triPlate(condyle, coronoid, gonion, 0.0035 * s, { k: 0.004 }),
    triPlate(coronoid, up[0] as Vec3, gonion, 0.0035 * s, { k: 0.004 }),
    roundCone(condyle, gonion, 0.005 * s, 0.006 * s, { k: 0.004 }),
    sphere(condyle, 0.006 * s, { k: 0.004 }),
    polyTube(low, 0.0055 * s, { k: 0.006 }),
    polyTube(up, 0.0055 * s, { k: 0.006 }),
  ];
  for (let i = 0; i + 1 < low.length; i++) {
    const a = low[i] as Vec3;
    const b = low[i + 1] as Vec3;
    out.push(triPlate(a, b, up[i + 1] as Vec3, 0.004 * s, { k: 0.005 }));
    out.push(triPlate(a, up[i + 1] as Vec3, up[i] as Vec3, 0.004 * s, { k: 0.005 }));
  }
  return out;
}

/** One vertebra: body, arch around the canal, spinous and transverse processes. */
function vertebra(c: BoneCtx, tipY: number, kind: 'c' | 't' | 'l', gap: number): Prim[] {
  const s = c.s;
  const sk = c.sk;
  const tip = c.under([0, tipY, sk.z0 - 0.01], BACK, kind === 'c' ? 0.014 : 0.01);
  const depth = { c: 0.05, t: 0.062, l: 0.074 }[kind] * s;
  const rise = { c: 0.006, t: 0.018, l: 0.004 }[kind] * s;
  const r = { c: 0.0085, t: 0.0125, l: 0.019 }[kind] * s;
  const hb = gap * 0.34;
  const body: Vec3 = [0, tipY + rise, tip[2] + depth];
  const ring = body[2] - r - { c: 0.014, t: 0.015, l: 0.017 }[kind] * s;
  const ped: Vec3 = [0.6 * r, body[1], body[2] - 0.8 * r];
  const lam: Vec3 = [0, body[1] - 0.1 * hb, ring];
  const trW = { c: 0.026, t: 0.034, l: 0.038 }[kind] * s;
  const trans: Vec3 = [
    trW,
    body[1] + (kind === 't' ? 0.002 : 0),
    kind === 't' ? ring : body[2] - r,
  ];
  const thin = { c: 0.003, t: 0.0042, l: 0.0055 }[kind] * s;
  return [
    cylinder([0, body[1] - hb, body[2]], [0, body[1] + hb, body[2]], r, 0.003),
    // Intervertebral disc up to the vertebra above: the column stays one piece.
    cylinder([0, body[1], body[2]], [0, body[1] + gap, body[2] + 0.002], r * 0.86, 0.0015, {
      k: 0.002,
    }),
    roundCone(ped, lam, thin, thin, { k: 0.003 }),
    roundCone(lam, tip, thin * 1.15, thin * 0.95, { k: 0.003 }),
    roundCone(lerp(ped, lam, 0.4), trans, thin, thin * 0.85, { k: 0.003 }),
  ];
}

/** C1–C7, T1–T12 and L1–L5 at the skeleton's spinous-process heights. */
export function spinePrims(c: BoneCtx): Prim[] {
  const sp = c.sk.spine;
  const out: Prim[] = [];
  const c7 = sp['c7'] as number;
  const c2 = c.lm('c2')[1];
  const c1 = Math.max(c2 + 0.02 * c.s, c.sk.tragionY - 0.03 * c.s);
  const levels: [number, 'c' | 't' | 'l'][] = [];
  for (let i = 1; i <= 7; i++) levels.push([c1 + ((c7 - c1) * (i - 1)) / 6, 'c']);
  for (let i = 1; i <= 12; i++) levels.push([sp[`t${i}`] as number, 't']);
  for (let i = 1; i <= 5; i++) levels.push([sp[`l${i}`] as number, 'l']);
  levels.forEach(([y, kind], i) => {
    const prev = levels[i - 1]?.[0];
    out.push(...vertebra(c, y, kind, prev === undefined ? 0.012 * c.s : prev - y));
  });
  return out;
}

/** Sacrum (wedge from the S1 base to the apex) and coccyx. */
export function sacrumPrims(c: BoneCtx): Prim[] {
  const { sk, s } = c;
  const s2 = c.lm('s2');
  const l5 = sk.spine['l5'] as number;
  const back = c.under([0, s2[1], sk.z0], BACK, 0.014);
  // S1 body under L5's body (same depth as the vertebra builder places it).
  const l5z = c.under([0, l5, sk.z0 - 0.01], BACK, 0.01)[2] + 0.074 * s;
  const top: Vec3 = [0, l5 - 0.024 * s, l5z + 0.002 * s];
  const coccyx = c.lm('coccyx');
  const apex: Vec3 = [0, coccyx[1] + 0.028 * s, coccyx[2] + 0.016 * s];
  const wing: Vec3 = [0.05 * s, top[1] - 0.004 * s, top[2] - 0.012 * s];
  const mid: Vec3 = [0, s2[1], back[2] + 0.018 * s];
  return [
    triPlate(wing, [0, top[1], top[2] - 0.01 * s], apex, 0.008 * s, { k: 0.006 }),
    triPlate(wing, mid, apex, 0.007 * s, { k: 0.006 }),
    cylinder([0, top[1] - 0.012 * s, top[2]], [0, top[1] + 0.008 * s, top[2]], 0.019 * s, 0.004, {
      k: 0.008,
    }),
    // Lumbosacral disc up to L5.
    cylinder([0, top[1], top[2]], [0, l5, l5z], 0.016 * s, 0.002, { k: 0.003 }),
    polyTube(
      [apex, lerp(apex, add(coccyx, [0, 0.004, 0.008]), 0.5), add(coccyx, [0, 0.004, 0.008])],
      0.005 * s,
      {
        k: 0.004,
      },
    ),
    roundCone(
      add(mid, [0, 0.03 * s, 0]),
      add(apex, [0, 0.01 * s, -0.004 * s]),
      0.006 * s,
      0.004 * s,
      {
        k: 0.006,
      },
    ),
  ];
}
