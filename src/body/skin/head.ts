/**
 * Head and neck skin: cranium, face (brow, orbits, nose, cheekbones, lips, jaw, chin) and ears,
 * proportioned from ANSUR II head length, breadth, height, bizygomatic and bitragion breadths
 * (Gordon et al. 2014, approximate means). Metres, body frame; paired parts on the left (+X).
 */
import { type Vec3, add, norm } from '../math.ts';
import type { Skeleton } from '../skeleton.ts';
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

export function faceLayout(sk: Skeleton): FaceLayout {
  const sp = sk.spec;
  const H = sk.H;
  const s = sk.s;
  const hc = sk.headCentre;
  const crR: Vec3 = [sp.headBreadth / 2 - 0.006, H - hc[1], sp.headLength / 2 - 0.008];
  const faceZ = hc[2] + crR[2] - 0.004;
  const mentonY = sk.mentonY;
  return {
    cranium: hc,
    craniumR: crR,
    faceZ,
    nasion: [0, sk.eyeY + 0.008 * s, faceZ - 0.012 * s],
    pronasale: [0, sk.eyeY - 0.042 * s, faceZ + 0.018 * s],
    stomion: [0, mentonY + 0.045 * s, faceZ - 0.004 * s],
    menton: [0, mentonY, faceZ - 0.02 * s],
    tragion: [sp.bitragionBreadth / 2 - 0.004, sk.tragionY, hc[2] + 0.008 * s],
    gonion: [0.052 * s, mentonY + 0.035 * s, hc[2] + 0.005 * s],
    eye: [0.032 * s, sk.eyeY, faceZ - 0.02 * s],
  };
}

export function headPrims(sk: Skeleton): Prim[] {
  const s = sk.s;
  const L = faceLayout(sk);
  const out: Prim[] = [];
  out.push(ellipsoid(L.cranium, L.craniumR, undefined, { tag: 'cranium' }));
  // Face mass and jaw.
  const fc: Vec3 = [0, L.menton[1] + 0.055 * s, L.cranium[2] + 0.035 * s];
  out.push(ellipsoid(fc, [0.058 * s, 0.06 * s, 0.065 * s], undefined, { k: 0.03, tag: 'face' }));
  out.push(
    roundCone(L.gonion, add(L.menton, [0.012, 0.012, -0.005]), 0.014 * s, 0.012 * s, {
      k: 0.02,
      tag: 'jaw',
    }),
  );
  out.push(sphere(add(L.menton, [0, 0.014 * s, -0.002]), 0.017 * s, { k: 0.015, tag: 'chin' }));
  // Cheekbones.
  const zy: Vec3 = [0.05 * s, sk.eyeY - 0.018 * s, L.faceZ - 0.04 * s];
  out.push(ellipsoid(zy, [0.02 * s, 0.014 * s, 0.025 * s], undefined, { k: 0.02, tag: 'cheek' }));
  // Brow ridge.
  const br: Vec3 = [0.02 * s, sk.eyeY + 0.02 * s, L.faceZ - 0.012 * s];
  out.push(ellipsoid(br, [0.035 * s, 0.01 * s, 0.012 * s], undefined, { k: 0.015, tag: 'brow' }));
  // Nose.
  out.push(roundCone(L.nasion, L.pronasale, 0.007 * s, 0.011 * s, { k: 0.01, tag: 'nose' }));
  out.push(sphere(add(L.pronasale, [0.012 * s, -0.004 * s, -0.01 * s]), 0.008 * s, { k: 0.008 }));
  // Lips.
  out.push(
    ellipsoid(
      add(L.stomion, [0, 0.006 * s, 0.004 * s]),
      [0.024 * s, 0.006 * s, 0.008 * s],
      undefined,
      {
        k: 0.008,
        tag: 'lips',
      },
    ),
  );
  out.push(
    ellipsoid(
      add(L.stomion, [0, -0.007 * s, 0.003 * s]),
      [0.022 * s, 0.007 * s, 0.008 * s],
      undefined,
      {
        k: 0.008,
      },
    ),
  );
  // Ears.
  const ear = add(L.tragion, [0.006 * s, 0.008 * s, -0.012 * s]);
  out.push(
    ellipsoid(
      ear,
      [0.009 * s, 0.03 * s, 0.017 * s],
      [norm([1, 0, -0.25]), [0, 1, 0], norm([0.25, 0, 1])],
      {
        k: 0.006,
        tag: 'ear',
      },
    ),
  );
  // Orbits: carve, then eyeballs.
  out.push(sphere(add(L.eye, [0, 0, 0.01 * s]), 0.016 * s, { k: 0.012, op: 'sub' }));
  out.push(sphere(add(L.eye, [0, -0.001, -0.002 * s]), 0.0125 * s, { k: 0.004, tag: 'eye' }));
  return out;
}

export function neckPrims(sk: Skeleton): Prim[] {
  const s = sk.s;
  const r = sk.spec.neckCirc / (2 * Math.PI);
  const base: Vec3 = [0, sk.spec.cervicaleHeight - 0.02 * s, sk.z0 - 0.02 * s];
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
      { k: 0.03, tag: 'neck' },
    ),
  ];
}
