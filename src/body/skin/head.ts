/**
 * Head and neck skin: cranium, face (brow, orbits, nose, cheekbones, lips, jaw, chin) and ears,
 * proportioned from ANSUR II head length, breadth, height, bizygomatic and bitragion breadths
 * (Gordon et al. 2014, approximate means). Metres, body frame; paired parts on the left (+X).
 */
import { type Vec3, add, norm } from '../math.ts';
import type { Skeleton } from '../landmarks/skeleton.ts';
import type { Prim } from '../sdf/core.ts';
import { limb } from '../sdf/lofts.ts';
import { ellipsoid, roundCone, sphere } from '../sdf/prims.ts';

/** Key face positions shared with the landmarks. */
export interface FaceLayout {
  cranium: Vec3;
  craniumR: Vec3;
  faceZ: number;
  nasion: Vec3;
  pronasale: Vec3;
  stomion: Vec3;
  menton: Vec3;
  tragion: Vec3;
  gonion: Vec3;
  eye: Vec3;
}

/**
 * Face layout from the tragion T (ear canal) in the Frankfurt orientation: eye corners ≈13 mm
 * above T, nose tip ≈25 mm below, stomion ≈60 mm below, menton at stature − head height (ANSUR
 * II); glabella ≈98 mm in front of T and opisthocranion ≈101 mm behind (head length).
 */
export function faceLayout(sk: Skeleton): FaceLayout {
  const sp = sk.spec;
  const s = sk.s;
  const T = sk.tragionY;
  const zT = sk.headCentre[2] - 0.01 * s;
  const hl = sp.headLength;
  const crR: Vec3 = [sp.headBreadth / 2 - 0.002, sk.H - (T + 0.035 * s), hl / 2];
  const faceZ = zT + 0.49 * hl;
  return {
    cranium: [0, T + 0.035 * s, zT - 0.004 * s],
    craniumR: crR,
    faceZ,
    nasion: [0, sk.eyeY + 0.006 * s, faceZ - 0.01 * s],
    pronasale: [0, T - 0.025 * s, faceZ + 0.022 * s],
    stomion: [0, T - 0.06 * s, faceZ + 0.002 * s],
    menton: [0, sk.mentonY, faceZ - 0.025 * s],
    tragion: [sp.bitragionBreadth / 2 - 0.004, T, zT],
    gonion: [0.055 * s, T - 0.068 * s, zT + 0.004 * s],
    eye: [0.032 * s, sk.eyeY, faceZ - 0.019 * s],
  };
}

function faceMask(sk: Skeleton, L: FaceLayout): Prim {
  const s = sk.s;
  const T = sk.tragionY;
  const fz = L.faceZ;
  const zc = fz - 0.05 * s;
  const top: Vec3 = [0, T + 0.03 * s, zc];
  const bot: Vec3 = [0, sk.mentonY + 0.03 * s, zc + 0.004 * s];
  const r = (t: number, front: number, lat: number, back = 0.06) => ({
    t,
    up: front * s,
    un: back * s,
    vp: lat * s,
    vn: lat * s,
  });
  return limb(
    top,
    bot,
    [0, 0, 1],
    [1, 0, 0],
    [
      r(0, 0.05, 0.066),
      r(0.15, 0.046, 0.068),
      r(0.32, 0.047, 0.066),
      r(0.55, 0.048, 0.06),
      r(0.75, 0.047, 0.05, 0.045),
      r(0.9, 0.043, 0.041, 0.035),
      r(1, 0.037, 0.032, 0.025),
    ],
    { k: 0.04, tag: 'face' },
  );
}

/** Head primitives: skull and face mass, mouth and jaw, ears and eyes. */
export function headPrims(sk: Skeleton): Prim[] {
  const L = faceLayout(sk);
  return [...skullPrims(sk, L), ...mouthPrims(sk, L), ...earEyePrims(sk, L)];
}

/** Cranium, face mask, brow ridge, cheekbones and cheeks. */
function skullPrims(sk: Skeleton, L: FaceLayout): Prim[] {
  const s = sk.s;
  const T = sk.tragionY;
  const fz = L.faceZ;
  const out: Prim[] = [];
  const cr = L.craniumR;
  const top = sk.H;
  const cy = top - cr[1] * 0.86;
  out.push(
    ellipsoid([0, cy, L.cranium[2]], [cr[0], cr[1] * 0.86, cr[2]], undefined, {
      k: 0.02,
      tag: 'cranium',
    }),
  );
  out.push(
    ellipsoid(
      [0, T + 0.008 * s, L.cranium[2] - 0.03 * s],
      [cr[0] * 0.86, 0.055 * s, cr[2] * 0.72],
      undefined,
      {
        k: 0.03,
      },
    ),
  );
  out.push(faceMask(sk, L));
  // Brow ridge and forehead.
  out.push(
    ellipsoid(
      [0.022 * s, sk.eyeY + 0.017 * s, fz - 0.012 * s],
      [0.03 * s, 0.009 * s, (sk.female ? 0.007 : 0.0095) * s],
      undefined,
      {
        k: 0.022,
        tag: 'brow',
      },
    ),
  );
  // Cheekbones and cheeks.
  out.push(
    ellipsoid(
      [0.052 * s, sk.eyeY - 0.02 * s, fz - 0.045 * s],
      [0.02 * s, 0.012 * s, 0.026 * s],
      undefined,
      {
        k: 0.035,
        tag: 'cheek',
      },
    ),
  );
  out.push(
    ellipsoid(
      [0.036 * s, T - 0.04 * s, fz - 0.036 * s],
      [0.022 * s, 0.03 * s, 0.028 * s],
      undefined,
      { k: 0.04 },
    ),
  );
  return out;
}

/** Jaw line, chin, nose and lips. */
function mouthPrims(sk: Skeleton, L: FaceLayout): Prim[] {
  const s = sk.s;
  const fz = L.faceZ;
  const out: Prim[] = [];
  // Jaw line from the angle to the chin, and the chin.
  const chin: Vec3 = [0, sk.mentonY + 0.016 * s, fz - 0.012 * s];
  out.push(
    roundCone(
      add(L.gonion, [-0.004 * s, 0.006 * s, 0]),
      add(chin, [0.018 * s, 0, -0.01 * s]),
      (sk.female ? 0.0075 : 0.009) * s,
      (sk.female ? 0.0075 : 0.009) * s,
      {
        k: 0.02,
        tag: 'jaw',
      },
    ),
  );
  out.push(
    ellipsoid(chin, [0.019 * s, 0.015 * s, 0.013 * s], undefined, { k: 0.015, tag: 'chin' }),
  );
  // Nose: bridge, tip and alae.
  out.push(roundCone(L.nasion, L.pronasale, 0.0065 * s, 0.0095 * s, { k: 0.012, tag: 'nose' }));
  out.push(sphere(add(L.pronasale, [0.012 * s, -0.006 * s, -0.014 * s]), 0.0065 * s, { k: 0.008 }));
  // Lips: one soft mound with the upper lip slightly ahead of the lower (a lip line would not
  // survive a 3 mm grid without jaggies).
  const lipAxes: [Vec3, Vec3, Vec3] = [[1, 0, 0], norm([0, 1, 0.35]), norm([0, -0.35, 1])];
  out.push(
    ellipsoid(
      add(L.stomion, [0, -0.0005 * s, -0.0048 * s]),
      [0.023 * s, 0.0098 * s, 0.0062 * s],
      lipAxes,
      {
        k: 0.016,
        tag: 'lips',
      },
    ),
  );
  const lipFront = L.stomion[2] + 0.0015 * s;
  out.push(
    ellipsoid(
      [0, L.stomion[1] + 0.0008 * s, lipFront],
      [0.016 * s, 0.0026 * s, 0.0042 * s],
      undefined,
      {
        k: 0.008,
        op: 'sub',
      },
    ),
  );
  return out;
}

/** Ears and eyes. */
function earEyePrims(sk: Skeleton, L: FaceLayout): Prim[] {
  const s = sk.s;
  const out: Prim[] = [];
  // Ears: an inclined shell with a hollow concha.
  const earAxes: [Vec3, Vec3, Vec3] = [
    norm([1, 0, -0.35]),
    norm([0, 1, 0.25]),
    norm([0.35, -0.08, 1]),
  ];
  const ear = add(L.tragion, [0.008 * s, 0.01 * s, -0.014 * s]);
  out.push(ellipsoid(ear, [0.008 * s, 0.031 * s, 0.018 * s], earAxes, { k: 0.008, tag: 'ear' }));
  out.push(
    ellipsoid(
      add(ear, [0.009 * s, -0.004 * s, 0.003 * s]),
      [0.006 * s, 0.014 * s, 0.009 * s],
      earAxes,
      {
        k: 0.005,
        op: 'sub',
      },
    ),
  );
  // Eyes, sculpted as on a statue: a shallow socket under the brow holding the convex,
  // closed-looking eyeball with its lids (finer lid edges would not survive a 3 mm grid).
  const E = L.eye;
  out.push(
    ellipsoid(add(E, [0, 0.003 * s, 0.0185 * s]), [0.02 * s, 0.0115 * s, 0.0068 * s], undefined, {
      k: 0.014,
      op: 'sub',
    }),
  );
  out.push(
    ellipsoid(
      add(E, [0, -0.0005 * s, 0.002 * s]),
      [0.0148 * s, 0.0088 * s, 0.0112 * s],
      undefined,
      {
        k: 0.007,
        tag: 'eye',
      },
    ),
  );
  return out;
}

export function neckPrims(sk: Skeleton): Prim[] {
  const s = sk.s;
  const r = sk.spec.neckCirc / (2 * Math.PI);
  const base: Vec3 = [0, sk.spec.cervicaleHeight - 0.06 * s, sk.z0 - 0.022 * s];
  const top: Vec3 = [0, sk.tragionY - 0.005, sk.headCentre[2] - 0.005 * s];
  return [
    limb(
      base,
      top,
      [0, 0, 1],
      [1, 0, 0],
      [
        { t: 0, up: r * 1.1, un: r * 1.0, vp: r * 1.15, vn: r * 1.15 },
        { t: 0.5, up: r * 1.0, un: r * 0.95, vp: r * 0.95, vn: r * 0.95 },
        { t: 1, up: r * 0.9, un: r * 0.9, vp: r * 0.9, vn: r * 0.9 },
      ],
      { k: 0.045, tag: 'neck' },
    ),
  ];
}
