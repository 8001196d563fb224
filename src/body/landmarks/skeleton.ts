/**
 * Joint centres, segment frames and vertebral levels of the left half of the body (the right
 * half is its mirror image), derived from a {@link BodyShapeSpec}.
 *
 * Frame: metres; origin on the floor midway between the heels (heel-plantar points at z = 0);
 * +Y up, +X towards the body's left, +Z anterior. Anatomical position.
 *
 * Conventions used
 * - Hip joint centre: Harrington et al. 2007 (J Biomech 40:595) regression from the inter-ASIS
 *   width PW and ASIS–PSIS depth PD: 0.24·PD + 9.9 mm posterior, 0.30·PW + 10.9 mm inferior and
 *   0.33·PW + 7.3 mm lateral of the mid-point between the ASIS.
 * - Shoulder joint centre below and slightly medial of the acromion tip, as in the Rajagopal et al.
 *   2016 OpenSim model (acromion → joint centre ≈ 50 mm inferior).
 * - Knee centre at the femoral epicondyle height, ankle centre just above the lateral malleolus
 *   (ISB, Wu et al. 2002).
 * - Heights of cervicale, acromion, iliocristale, crotch, epicondyle and malleolus are ANSUR II means
 *   (Gordon et al. 2014) via the spec.
 */
import { type Vec3, add, along, cross, deg, norm, rotate, scale } from '../math.ts';
import type { BodyShapeSpec } from '../spec/shapes.ts';

/** An orthonormal frame: `d` distal/forward axis, `n` and `r` the two cross axes. */
export interface SegFrame {
  o: Vec3;
  d: Vec3;
  n: Vec3;
  r: Vec3;
}

export interface FingerChain {
  /** Joint centres from the metacarpal head (or CMC for the thumb) to the tip. */
  joints: Vec3[];
  /** Radii at each joint (m). */
  radii: number[];
}

export interface Skeleton {
  spec: BodyShapeSpec;
  H: number;
  /** Generic scale relative to the ANSUR II male stature. */
  s: number;
  female: boolean;
  /** z of the ankle plumb line; trunk profiles are expressed relative to it. */
  z0: number;
  asis: Vec3;
  psis: Vec3;
  hip: Vec3;
  knee: Vec3;
  ankle: Vec3;
  acromion: Vec3;
  gh: Vec3;
  elbow: Vec3;
  wrist: Vec3;
  humerusDir: Vec3;
  forearmDir: Vec3;
  /** Hand frame at the wrist centre: d distal, n palmar (anterior), r radial (lateral). */
  hand: SegFrame;
  fingers: FingerChain[]; // index, middle, ring, little
  thumb: FingerChain;
  /** Foot frame at the heel-plantar point: d forward, r lateral, n up. */
  foot: SegFrame;
  /** Head: centre of the cranium and the tragion height. */
  headCentre: Vec3;
  tragionY: number;
  eyeY: number;
  mentonY: number;
  /** Spinous-process heights keyed by vertebra (c7, t1…t12, l1…l5, s2). */
  spine: Record<string, number>;
}

function pelvis(spec: BodyShapeSpec, s: number, z0: number) {
  const female = spec.shape === 'female';
  const pw = spec.bicristalBreadth * (female ? 0.9 : 0.88);
  const pd = (female ? 0.15 : 0.155) * s;
  const asisY = spec.iliocristaleHeight - (female ? 0.052 : 0.06) * s;
  const asisZ = z0 + (female ? 0.062 : 0.055) * s;
  const asis: Vec3 = [pw / 2, asisY, asisZ];
  // Harrington 2007 (mm → m).
  const hip: Vec3 = [0.33 * pw + 0.0073, asisY - (0.3 * pw + 0.0109), asisZ - (0.24 * pd + 0.0099)];
  const psis: Vec3 = [0.045 * s, asisY - 0.005 * s, asisZ - pd];
  return { asis, psis, hip };
}

function armChain(spec: BodyShapeSpec, s: number, z0: number) {
  const acromion: Vec3 = [spec.biacromialBreadth / 2, spec.acromialHeight, z0 - 0.02 * s];
  const gh: Vec3 = add(acromion, [-0.012 * s, -0.048 * s, 0.006 * s]);
  const ab = deg(spec.armAbductionDeg);
  const humerusDir: Vec3 = norm([Math.sin(ab), -Math.cos(ab), -0.03]);
  const lh = spec.acromionRadialeLength - 0.048 * s - 0.012 * s;
  const elbow = along(gh, humerusDir, lh);
  const fa = ab + deg(spec.carryingAngleDeg);
  // Elbow slightly flexed (≈6°) as in a relaxed anatomical position.
  const forearmDir = rotate(norm([Math.sin(fa), -Math.cos(fa), 0]), [1, 0, 0], deg(-6));
  const lf = spec.radialeStylionLength + 0.012 * s;
  const wrist = along(elbow, forearmDir, lf);
  return { acromion, gh, humerusDir, elbow, forearmDir, wrist };
}

/** Local hand coordinates (along d, r, n as fractions of hand length / breadth) → body frame. */
function handPoint(h: SegFrame, hl: number, hb: number, dd: number, rr: number, nn: number): Vec3 {
  return add(add(along(h.o, h.d, dd * hl), scale(h.r, rr * hb)), scale(h.n, nn * hb));
}

function fingerChain(
  start: Vec3,
  dir0: Vec3,
  flexAxis: Vec3,
  lengths: number[],
  flex: number[],
  radii: number[],
): FingerChain {
  const joints: Vec3[] = [start];
  let dir = dir0;
  let p = start;
  lengths.forEach((l, i) => {
    dir = rotate(dir, flexAxis, deg(flex[i] ?? 0));
    p = along(p, dir, l);
    joints.push(p);
  });
  return { joints, radii };
}

function handChain(spec: BodyShapeSpec, wrist: Vec3, forearmDir: Vec3) {
  const d = forearmDir;
  const n0: Vec3 = [0, 0, 1];
  const nRaw = add(n0, scale(d, -d[2]));
  const n = norm(nRaw);
  const r = norm(cross(n, d));
  const hand: SegFrame = { o: wrist, d, n, r };
  const hl = spec.handLength;
  const hb = spec.handBreadth;
  // Metacarpal heads (index, middle, ring, little): distance along d, across r, palmar offset.
  const heads: [number, number, number][] = [
    [0.455, 0.25, -0.02],
    [0.47, 0.02, -0.03],
    [0.45, -0.2, -0.03],
    [0.41, -0.4, -0.02],
  ];
  const lens = [
    [0.215, 0.13, 0.105],
    [0.24, 0.15, 0.11],
    [0.225, 0.145, 0.105],
    [0.175, 0.105, 0.095],
  ];
  const spread = [8, 0.5, -6, -12];
  const rad = [
    [0.051, 0.046, 0.042, 0.038],
    [0.053, 0.048, 0.044, 0.039],
    [0.05, 0.045, 0.041, 0.037],
    [0.045, 0.04, 0.037, 0.034],
  ];
  const fingers = heads.map((hd, i) => {
    const start = handPoint(hand, hl, hb, hd[0], hd[1], hd[2]);
    const dir = rotate(d, n, deg(spread[i] ?? 0));
    const flexAxis = norm(cross(dir, n));
    const ls = (lens[i] ?? []).map((x) => x * hl);
    const rs = (rad[i] ?? []).map((x) => x * hl * 0.92 * Math.min(1, hb / hl / 0.461));
    return fingerChain(start, dir, flexAxis, ls, [6, 14, 10], rs);
  });
  const cmc = handPoint(hand, hl, hb, 0.12, 0.28, 0.12);
  const tdir = norm(add(add(scale(d, 0.85), scale(r, 0.36)), scale(n, 0.38)));
  const tAxis = norm(cross(tdir, norm(add(n, scale(r, -0.6)))));
  const thumb = fingerChain(
    cmc,
    tdir,
    tAxis,
    [0.235 * hl, 0.17 * hl, 0.14 * hl],
    [0, 10, 12],
    [0.085, 0.066, 0.058, 0.05].map((x) => x * hl),
  );
  return { hand, fingers, thumb };
}

function spineLevels(spec: BodyShapeSpec, psisY: number): Record<string, number> {
  const c7 = spec.cervicaleHeight;
  const l4 = spec.iliocristaleHeight;
  // 12 thoracic intervals of ≈26 mm and 4 lumbar of ≈36 mm, scaled to fit C7 → L4.
  const k = (c7 - l4) / (12 * 0.026 + 4 * 0.036);
  const out: Record<string, number> = { c7 };
  for (let i = 1; i <= 12; i++) out[`t${i}`] = c7 - i * 0.026 * k;
  const t12 = c7 - 12 * 0.026 * k;
  for (let i = 1; i <= 5; i++) out[`l${i}`] = t12 - i * 0.036 * k;
  out['l5'] = l4 - 0.034 * k;
  out['s2'] = Math.min(psisY, l4 - 0.075 * k);
  return out;
}

/** Build the skeleton (left half) of a body shape. Deterministic. */
export function buildSkeleton(spec: BodyShapeSpec): Skeleton {
  const female = spec.shape === 'female';
  const H = spec.stature;
  const s = H / 1.756;
  const fl = spec.footLength;
  const toeOut = deg(7);
  const heelX = (female ? 0.072 : 0.08) * s;
  const fd: Vec3 = [Math.sin(toeOut), 0, Math.cos(toeOut)];
  const foot: SegFrame = { o: [heelX, 0, 0], d: fd, n: [0, 1, 0], r: [fd[2], 0, -fd[0]] };
  const ankle: Vec3 = add(along(foot.o, fd, 0.1 * fl), [0, spec.lateralMalleolusHeight + 0.004, 0]);
  const z0 = ankle[2];
  const { asis, psis, hip } = pelvis(spec, s, z0);
  const knee: Vec3 = [
    female ? hip[0] - 0.006 : hip[0] + 0.002,
    spec.lateralFemoralEpicondyleHeight - 0.004,
    z0 + 0.004,
  ];
  const arm = armChain(spec, s, z0);
  const hc = handChain(spec, arm.wrist, arm.forearmDir);
  const tragionY = H - spec.tragionTopOfHead;
  const mentonY = H - spec.headHeight;
  const headCentre: Vec3 = [0, tragionY + 0.035 * s, z0 + 0.03 * s];
  return {
    spec,
    H,
    s,
    female,
    z0,
    asis,
    psis,
    hip,
    knee,
    ankle,
    ...arm,
    ...hc,
    foot,
    headCentre,
    tragionY,
    eyeY: H - (female ? 0.113 : 0.118) * s,
    mentonY,
    spine: spineLevels(spec, psis[1]),
  };
}
