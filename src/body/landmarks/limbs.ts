/**
 * Paired landmarks of the trunk, arms and legs (left side, +X). Joint centres from the skeleton;
 * bony points offset from them by typical adult dimensions (epicondyles ±~40 mm about the knee
 * centre, humeral epicondyles ±~35 mm, styloids ±~25 mm), ANSUR II heights where published
 * (trochanterion, lateral femoral epicondyle, lateral malleolus, axilla, 10th rib, iliocristale),
 * then kept beneath the skin. Metres, body frame.
 */
import { type Vec3, add, along, cross, lerp, norm, scale } from '../math.ts';
import type { Skeleton } from './skeleton.ts';
import type { SdfProgram } from '../sdf/core.ts';
import { footPoint } from '../skin/extremities.ts';
import { keepInside, snap } from './tools.ts';

const FWD: Vec3 = [0, 0, 1];
const BACK: Vec3 = [0, 0, -1];
const UP: Vec3 = [0, 1, 0];
const DOWN: Vec3 = [0, -1, 0];
const LAT: Vec3 = [1, 0, 0];

export function trunkPairedLandmarks(sk: Skeleton, g: SdfProgram): Record<string, Vec3> {
  const sp = sk.spec;
  const s = sk.s;
  const z0 = sk.z0;
  const supra = sp.suprasternaleHeight;
  const ac = sk.acromion;
  const sc = snap(g, [0.024 * s, supra + 0.004, z0], FWD, 0.008);
  const acj = snap(g, [ac[0] - 0.02 * s, ac[1], ac[2]], UP, 0.006);
  const nippleY = sk.female ? supra - 0.175 * (sk.H / 1.629) : supra - 0.155 * s;
  const spine = sk.spine;
  return {
    sternoclavicular: sc,
    'clavicle-mid': snap(g, [(sc[0] + acj[0]) / 2, supra + 0.012 * s, z0], FWD, 0.006),
    acromioclavicular: acj,
    acromion: keepInside(g, add(ac, [-0.004, -0.004, 0]), UP, 0.006),
    'acromial-angle': keepInside(g, add(ac, [-0.012 * s, -0.008, -0.035 * s]), BACK, 0.006),
    coracoid: snap(g, [ac[0] - 0.045 * s, ac[1] - 0.035 * s, z0], FWD, 0.025),
    'scapula-superior-angle': snap(g, [0.07 * s, spine['t2'] as number, z0], BACK, 0.02),
    'scapula-spine-root': snap(g, [0.075 * s, spine['t3'] as number, z0], BACK, 0.015),
    'scapula-inferior-angle': snap(g, [0.09 * s, spine['t7'] as number, z0], BACK, 0.012),
    nipple: snap(g, [(sk.female ? 0.09 : 0.095) * s, nippleY, z0], FWD, 0.003),
    'axilla-front': snap(g, [sk.gh[0] - 0.06 * s, sp.axillaHeight + 0.01, z0], FWD, 0.01),
    'axilla-back': snap(g, [sk.gh[0] - 0.06 * s, sp.axillaHeight + 0.01, z0 - 0.02], BACK, 0.01),
    'rib10-lateral': snap(g, [0.02, sp.rib10Height, z0], LAT, 0.015),
    iliocristale: keepInside(
      g,
      [sp.bicristalBreadth / 2, sp.iliocristaleHeight, z0 - 0.01],
      LAT,
      0.012,
    ),
    asis: keepInside(g, sk.asis, FWD, 0.012),
    psis: snap(g, [sk.psis[0], sk.psis[1], z0 - 0.05], BACK, 0.012),
    'pubic-tubercle': snap(g, [0.025 * s, sk.hip[1] - 0.01, z0], FWD, 0.02),
    'hip-centre': sk.hip,
    'greater-trochanter': keepInside(
      g,
      [sk.hip[0] + 0.058 * s, sp.trochanterionHeight, sk.hip[2] - 0.005],
      LAT,
      0.018,
    ),
    'ischial-tuberosity': keepInside(
      g,
      [0.055 * s, sk.hip[1] - 0.07 * s, sk.hip[2] - 0.06 * s],
      DOWN,
      0.02,
    ),
  };
}

export function armLandmarks(sk: Skeleton, g: SdfProgram): Record<string, Vec3> {
  const s = sk.s;
  const hd = sk.humerusDir;
  const lat = norm(cross(hd, FWD)); // lateral, perpendicular to the humerus in the coronal plane
  const latA: Vec3 = lat[0] > 0 ? lat : scale(lat, -1);
  const fd = sk.forearmDir;
  const h = sk.hand;
  const lh = Math.hypot(sk.elbow[0] - sk.gh[0], sk.elbow[1] - sk.gh[1], sk.elbow[2] - sk.gh[2]);
  const lf = Math.hypot(
    sk.wrist[0] - sk.elbow[0],
    sk.wrist[1] - sk.elbow[1],
    sk.wrist[2] - sk.elbow[2],
  );
  const kin = (p: Vec3, dir: Vec3, depth = 0.004) => keepInside(g, p, dir, depth);
  const tipOf = (ch: { joints: Vec3[] }) => ch.joints[ch.joints.length - 1] as Vec3;
  const f = sk.fingers;
  const dorsal = scale(h.n, -1);
  return {
    glenohumeral: sk.gh,
    'greater-tuberosity': kin(
      add(sk.gh, add(scale(latA, 0.03 * s), [0, -0.006, 0.008])),
      latA,
      0.01,
    ),
    'deltoid-tuberosity': kin(add(along(sk.gh, hd, 0.45 * lh), scale(latA, 0.012)), latA, 0.01),
    'humerus-mid': along(sk.gh, hd, 0.5 * lh),
    'lateral-epicondyle': kin(add(sk.elbow, scale(latA, 0.03 * s)), latA),
    'medial-epicondyle': kin(add(sk.elbow, scale(latA, -0.038 * s)), scale(latA, -1)),
    olecranon: kin(add(along(sk.elbow, hd, -0.015), [0, 0, -0.022 * s]), BACK),
    'elbow-centre': sk.elbow,
    'radial-head': kin(add(along(sk.elbow, fd, 0.022), scale(h.r, 0.022 * s)), h.r),
    'radius-mid': add(along(sk.elbow, fd, 0.5 * lf), scale(h.r, 0.014 * s)),
    'radial-styloid': kin(add(along(sk.wrist, fd, -0.006), scale(h.r, 0.026 * s)), h.r),
    'ulnar-styloid': kin(
      add(add(along(sk.wrist, fd, -0.014), scale(h.r, -0.022 * s)), scale(h.n, -0.006)),
      scale(h.r, -1),
    ),
    'wrist-centre': sk.wrist,
    'mc1-head': sk.thumb.joints[1] as Vec3,
    'mc2-head': kin((f[0]?.joints[0] ?? sk.wrist) as Vec3, dorsal),
    'mc3-head': kin((f[1]?.joints[0] ?? sk.wrist) as Vec3, dorsal),
    'mc5-head': kin((f[3]?.joints[0] ?? sk.wrist) as Vec3, dorsal),
    'thumb-tip': kin(tipOf(sk.thumb), h.d, 0.003),
    'index-tip': kin(tipOf(f[0] ?? sk.thumb), h.d, 0.003),
    'middle-tip': kin(tipOf(f[1] ?? sk.thumb), h.d, 0.003),
    'little-tip': kin(tipOf(f[3] ?? sk.thumb), h.d, 0.003),
  };
}

export function legLandmarks(sk: Skeleton, g: SdfProgram): Record<string, Vec3> {
  const sp = sk.spec;
  const s = sk.s;
  const fl = sp.footLength;
  const fb = sp.footBreadth;
  const k = sk.knee;
  const P = (u: number, l: number, y: number) => footPoint(sk, u * fl, l * fb, y);
  const kin = (p: Vec3, dir: Vec3, depth = 0.004) => keepInside(g, p, dir, depth);
  const fr = sk.foot.r;
  return {
    'femur-mid': add(lerp(add(sk.hip, [0.035 * s, 0, 0]), k, 0.5), [0, 0, 0.01 * s]),
    'lateral-femoral-epicondyle': kin(
      [k[0] + 0.04 * s, sp.lateralFemoralEpicondyleHeight, k[2]],
      LAT,
    ),
    'medial-femoral-epicondyle': kin(
      [k[0] - 0.042 * s, sp.lateralFemoralEpicondyleHeight + 0.006, k[2]],
      scale(LAT, -1),
    ),
    'knee-centre': k,
    patella: snap(g, add(k, [0, 0.022 * s, 0]), FWD, 0.012),
    'tibial-tuberosity': snap(g, add(k, [0, -0.06 * s, 0]), FWD, 0.005),
    'fibular-head': kin(add(k, [0.036 * s, -0.03 * s, -0.015 * s]), LAT, 0.008),
    'tibia-mid': lerp(k, sk.ankle, 0.5),
    'lateral-malleolus': kin(add(P(0.08, 0.0, sp.lateralMalleolusHeight), scale(fr, 0.03 * s)), fr),
    'medial-malleolus': kin(
      add(P(0.11, 0.0, sp.lateralMalleolusHeight + 0.012 * s), scale(fr, -0.03 * s)),
      scale(fr, -1),
    ),
    'ankle-centre': sk.ankle,
    calcaneus: snap(g, P(0.05, 0, 0.035 * s), scale(sk.foot.d, -1), 0.01),
    'heel-plantar': snap(g, P(0, 0, 0.03), DOWN, 0.004),
    navicular: kin(P(0.42, -0.3, 0.035 * s), scale(fr, -1), 0.006),
    'mt1-head': kin(P(0.72, -0.3, 0.02 * s), DOWN, 0.008),
    'mt5-head': kin(P(0.66, 0.38, 0.016 * s), DOWN, 0.008),
    'mt5-base': kin(P(0.55, 0.42, 0.018 * s), fr, 0.006),
    'hallux-tip': snap(g, P(0.8, -0.26, 0.018 * s), sk.foot.d, 0.004),
    'toe2-tip': snap(g, P(0.78, -0.02, 0.014 * s), sk.foot.d, 0.004),
  };
}
