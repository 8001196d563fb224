/**
 * Midline landmarks (skull, spine, sternum, abdomen, perineum) and the paired landmarks of the
 * head. Spinous-process heights: C7 at ANSUR II cervicale height, L4 at iliocristale height,
 * thoracic and lumbar intervals in between (see skeleton.ts). Metres, body frame; paired
 * landmarks returned for the left side (+X).
 */
import { type Vec3, add, norm } from '../math.ts';
import type { Skeleton } from './skeleton.ts';
import type { SdfProgram } from '../sdf/core.ts';
import { faceLayout } from '../skin/head.ts';
import { keepInside, snap } from './tools.ts';

const FWD: Vec3 = [0, 0, 1];
const BACK: Vec3 = [0, 0, -1];
const UP: Vec3 = [0, 1, 0];
const DOWN: Vec3 = [0, -1, 0];
const LAT: Vec3 = [1, 0, 0];

export function midlineLandmarks(sk: Skeleton, g: SdfProgram): Record<string, Vec3> {
  const sp = sk.spec;
  const s = sk.s;
  const L = faceLayout(sk);
  const hc = sk.headCentre;
  const trunkC = (y: number): Vec3 => [0, y, sk.z0 - 0.01];
  const back = (y: number, depth = 0.006) => snap(g, trunkC(y), BACK, depth);
  const out: Record<string, Vec3> = {
    vertex: snap(g, hc, UP, 0.002),
    glabella: snap(g, [0, sk.eyeY + 0.022 * s, hc[2]], FWD, 0.005),
    nasion: snap(g, [0, sk.eyeY + 0.006 * s, hc[2]], FWD, 0.005),
    pronasale: snap(g, [0, L.pronasale[1], hc[2]], FWD, 0.002),
    stomion: snap(g, [0, L.stomion[1], hc[2]], FWD, 0.006),
    menton: snap(g, [0, sk.mentonY + 0.03 * s, L.menton[2]], DOWN, 0.004),
    inion: snap(g, [0, sk.tragionY + 0.012 * s, hc[2]], BACK, 0.006),
    opisthocranion: snap(g, [0, sk.tragionY + 0.045 * s, hc[2]], BACK, 0.006),
    c2: snap(g, [0, sk.tragionY - 0.055 * s, hc[2] - 0.02], BACK, 0.012),
    c4: snap(g, [0, (sk.tragionY - 0.055 * s + sp.cervicaleHeight) / 2, hc[2] - 0.03], BACK, 0.015),
  };
  for (const v of ['c7', 't1', 't4', 't7', 't8', 't10', 't12', 'l1', 'l3', 'l4', 'l5', 's2']) {
    out[v] = back(sk.spine[v] as number, v === 'c7' ? 0.005 : 0.008);
  }
  const supra = sp.suprasternaleHeight;
  out['coccyx'] = snap(g, [0, sp.trochanterionHeight + 0.005, sk.hip[2] - 0.05], BACK, 0.02);
  out['suprasternale'] = snap(g, trunkC(supra), FWD, 0.006);
  out['sternal-angle'] = snap(g, trunkC(supra - 0.05 * s), FWD, 0.006);
  out['xiphoid'] = snap(g, trunkC(supra - (sk.female ? 0.16 : 0.175) * s), FWD, 0.012);
  out['omphalion'] = snap(g, trunkC(sp.waistHeight), FWD, 0.01);
  out['symphysis'] = snap(g, trunkC(sk.hip[1] - 0.005), FWD, 0.02);
  out['hyoid'] = snap(g, [0, sk.mentonY - 0.022 * s, hc[2]], FWD, 0.015);
  out['perineum-centre'] = snap(g, [0, sp.crotchHeight + 0.05, sk.hip[2] - 0.025], DOWN, 0.006);
  return out;
}

export function headLandmarks(sk: Skeleton, g: SdfProgram): Record<string, Vec3> {
  const s = sk.s;
  const hc = sk.headCentre;
  const L = faceLayout(sk);
  const lat = (y: number, z: number, depth: number, dir: Vec3 = LAT) =>
    snap(g, [0.005, y, z], dir, depth);
  const tz = L.tragion[2];
  const ty = sk.tragionY;
  const tragus = lat(ty, tz, 0.004);
  return {
    'frontal-eminence': snap(g, [0.028 * s, sk.eyeY + 0.055 * s, hc[2]], FWD, 0.005),
    temple: lat(sk.eyeY + 0.012 * s, L.faceZ - 0.055 * s, 0.006),
    ectocanthus: snap(g, [0.046 * s, sk.eyeY, hc[2]], FWD, 0.008),
    zygion: lat(sk.eyeY - 0.02 * s, L.faceZ - 0.06 * s, 0.006),
    tragus,
    mastoid: snap(g, [0.02, ty - 0.03 * s, tz - 0.02 * s], norm([1, 0, -0.3]), 0.006),
    condyle: lat(ty - 0.004 * s, tz + 0.014 * s, 0.012),
    coronoid: lat(ty - 0.018 * s, tz + 0.035 * s, 0.014),
    gonion: keepInside(g, L.gonion, norm([1, -0.3, 0]), 0.006),
    mental: snap(g, [0.02 * s, sk.mentonY + 0.014 * s, hc[2]], FWD, 0.006),
    'parietal-eminence': snap(g, [0, ty + 0.085 * s, tz - 0.025 * s], norm([1, 0.35, 0]), 0.006),
    'occipital-lateral': snap(g, [0.035 * s, ty + 0.002, hc[2]], BACK, 0.008),
    'c1-transverse': add(lat(ty - 0.022 * s, tz - 0.012 * s, 0.025), [0, 0, 0]),
  };
}
