/**
 * Major arteries of the left side (mirrored for the right by the generator) and the aorta, as
 * control points for {@link routePath}. Metres, body frame; s = stature / 1.756 m.
 *
 * Courses and levels (Standring S, ed. Gray's Anatomy, 41st ed., 2016; Moore KL, Dalley AF,
 * Agur AMR. Clinically Oriented Anatomy, 7th ed., 2014):
 * - Aorta: ascends behind the sternum from the heart, arches at the level of the manubrium back
 *   to the left of T4, descends on the left front of the vertebral bodies, passes the diaphragm
 *   at T12 and divides in front of L4.
 * - Common carotid: from behind the sternoclavicular joint up the neck deep to the
 *   sternocleidomastoid, beside the trachea and larynx, dividing at the upper border of the
 *   thyroid cartilage (C4); the internal carotid continues to the skull base in front of the
 *   C1 transverse process.
 * - Vertebral: from the first part of the subclavian up through the transverse foramina of C6–C1
 *   (modelled just in front of the transverse processes, which the bone model draws solid), then
 *   back and medially over the posterior arch of the atlas in the floor of the suboccipital
 *   triangle and up through the foramen magnum.
 * - Subclavian → axillary → brachial: arches over the first rib about 2 cm above the medial
 *   clavicle behind scalenus anterior, passes behind the middle of the clavicle, under pectoralis
 *   minor below the coracoid, down the medial side of the arm to the cubital fossa medial to the
 *   biceps tendon, dividing about 1 cm below the elbow crease.
 * - Radial artery: under brachioradialis on the thumb side of the forearm to the front of the
 *   radial styloid; ulnar artery: deep to pronator teres, then with the ulnar nerve under flexor
 *   carpi ulnaris to the wrist beside the pisiform.
 * - Iliac → femoral: common iliac to the sacroiliac joint, external iliac along the pelvic brim to
 *   the mid-inguinal point (midway between ASIS and symphysis), femoral down the femoral
 *   triangle and the adductor canal to the adductor hiatus ≈ 10 cm above the knee.
 * - Popliteal: from the hiatus down the popliteal fossa on the back of the femur and the knee
 *   capsule, deepest of the fossa's contents, to the lower border of popliteus.
 */
import { type Vec3, lerp } from '../math.ts';
import type { HazardCtx } from './ctx.ts';
import { X, Y, Z, armFrame, at, cervicalY, legFrame } from './frames.ts';
import type { Route } from './route.ts';

/** Aorta from the heart to the bifurcation (single, midline/left). */
export function aortaRoute(c: HazardCtx, heartCentre: Vec3): Route {
  const s = c.s;
  const sp = c.sk.spine;
  const angle = c.lm('sternal-angle');
  const supra = c.sk.spec.suprasternaleHeight;
  const archY = lerp(angle, [0, supra, 0], 0.35)[1];
  const sternumZ = c.under([0, archY, c.sk.z0], Z, 0)[2];
  const d = (y: number, x: number, dz: number): Vec3 => [x * s, y, c.spineZ(y) + dz * s];
  return {
    id: 'aorta',
    radius: [0.014 * s, 0.009 * s],
    cover: 0.01,
    points: [
      at(heartCentre, [X, -0.012 * s], [Y, 0.03 * s], [Z, 0.012 * s]),
      [-0.006 * s, angle[1] - 0.012 * s, sternumZ - 0.04 * s],
      [0.004 * s, archY, (sternumZ + c.spineZ(archY)) / 2],
      d(angle[1] - 0.004 * s, 0.018, 0.032),
      d(sp['t6'] as number, 0.02, 0.03),
      d(sp['t10'] as number, 0.014, 0.03),
      d(sp['l1'] as number, 0.008, 0.032),
      d(sp['l3'] as number, 0.005, 0.032),
      d((sp['l4'] as number) - 0.006 * s, 0.004, 0.03),
    ],
  };
}

/** Arteries of the left neck and arm. */
export function upperArteries(c: HazardCtx): Route[] {
  const s = c.s;
  const A = armFrame(c);
  const sc = c.lm('sternoclavicular');
  const cm = c.lm('clavicle-mid');
  const cor = c.lm('coracoid');
  const c1t = c.lm('c1-transverse');
  const hy = c.lm('hyoid');
  const neckZ = (hy[2] + c.spineZ(hy[1])) / 2;
  const neck = (y: number, depth: number): Vec3 =>
    c.under([0, y, neckZ], [0.62, 0, 0.78], depth * s);
  const bif = at(A.fore(0.12), [A.palmar, 0.02 * s]);
  const wrist = c.sk.wrist;
  const rs = c.lm('radial-styloid');
  const us = c.lm('ulnar-styloid');
  const cv = (i: number): number => cervicalY(c, i);
  return [
    {
      id: 'carotid',
      radius: 0.0035 * s,
      cover: 0.008,
      points: [
        at(sc, [X, -0.004 * s], [Z, -0.026 * s]),
        neck(sc[1] + 0.03 * s, 0.024),
        neck(hy[1] - 0.012 * s, 0.022),
        neck(c.lm('gonion')[1], 0.026),
        at(c1t, [X, -0.012 * s], [Y, 0.012 * s], [Z, 0.014 * s]),
      ],
    },
    {
      id: 'vertebral',
      radius: 0.0022 * s,
      points: [
        at(sc, [X, 0.01 * s], [Y, 0.006 * s], [Z, -0.05 * s]),
        [0.018 * s, cv(6), c.spineZ(cv(6)) - 0.006 * s],
        [0.025 * s, cv(4), c.spineZ(cv(4)) - 0.002 * s],
        [0.03 * s, cv(2), c.spineZ(cv(2))],
        [0.034 * s, cv(1), c.spineZ(cv(1)) - 0.004 * s],
        [0.026 * s, cv(1) + 0.002 * s, c.spineZ(cv(1)) - 0.044 * s],
        [0.014 * s, cv(1) + 0.01 * s, c.spineZ(cv(1)) - 0.044 * s],
        [0.006 * s, cv(1) + 0.028 * s, c.spineZ(cv(1)) - 0.01 * s],
      ],
    },
    {
      id: 'subclavian',
      radius: [0.0045 * s, 0.0028 * s],
      points: [
        at(sc, [X, 0.004 * s], [Y, -0.004 * s], [Z, -0.036 * s]),
        [lerp(sc, cm, 0.38)[0], sc[1] + 0.02 * s, cm[2] - 0.03 * s],
        at(cm, [Y, -0.006 * s], [Z, -0.03 * s]),
        at(cor, [X, -0.012 * s], [Y, -0.04 * s], [Z, -0.018 * s]),
        at(A.arm(0.12), [A.medial, 0.03 * s]),
        at(A.arm(0.4), [A.medial, 0.022 * s], [Z, 0.008 * s]),
        at(A.arm(0.75), [A.medial, 0.016 * s], [Z, 0.014 * s]),
        at(c.sk.elbow, [Z, 0.02 * s], [A.medial, 0.006 * s]),
        bif,
      ],
    },
    {
      id: 'radial-artery',
      radius: 0.0016 * s,
      points: [
        bif,
        at(A.fore(0.3), [A.palmar, 0.016 * s], [A.radial, 0.012 * s]),
        at(A.fore(0.65), [A.palmar, 0.014 * s], [A.radial, 0.018 * s]),
        at(lerp(wrist, rs, 0.8), [A.palmar, 0.01 * s]),
        at(rs, [A.palmar, -0.004 * s], [c.sk.hand.d, 0.012 * s]),
        at(lerp(wrist, lerp(c.lm('mc1-head'), c.lm('mc2-head'), 0.5), 0.4), [A.palmar, -0.004 * s]),
      ],
    },
    {
      id: 'ulnar-artery',
      radius: 0.0017 * s,
      points: [
        bif,
        at(A.fore(0.25), [A.palmar, 0.018 * s], [A.radial, -0.006 * s]),
        at(A.fore(0.6), [A.palmar, 0.015 * s], [A.radial, -0.02 * s]),
        at(lerp(wrist, us, 0.7), [A.palmar, 0.012 * s]),
      ],
    },
  ];
}

/** Iliac, femoral and popliteal arteries of the left side. */
export function lowerArteries(c: HazardCtx): Route[] {
  const s = c.s;
  const L = legFrame(c);
  const sp = c.sk.spine;
  const asis = c.lm('asis');
  const pt = c.lm('pubic-tubercle');
  const l4 = (sp['l4'] as number) - 0.006 * s;
  const midIng: Vec3 = [
    (asis[0] + 0.006 * s) / 2 + 0.01 * s,
    lerp(asis, pt, 0.55)[1],
    lerp(asis, pt, 0.5)[2],
  ];
  const hiatus = at(L.thigh(0.74), [X, -0.022 * s], [Z, -0.018 * s]);
  const knee = c.sk.knee;
  return [
    {
      id: 'iliac-femoral',
      radius: [0.0055 * s, 0.0035 * s],
      points: [
        [0.008 * s, l4, c.spineZ(l4) + 0.03 * s],
        [0.035 * s, l4 - 0.04 * s, c.spineZ(l4) + 0.045 * s],
        [0.06 * s, asis[1] - 0.035 * s, asis[2] - 0.045 * s],
        midIng,
        at(L.thigh(0.18), [X, -0.012 * s], [Z, 0.04 * s]),
        at(L.thigh(0.5), [X, -0.028 * s], [Z, 0.018 * s]),
        hiatus,
      ],
    },
    {
      id: 'popliteal',
      radius: 0.0032 * s,
      points: [
        hiatus,
        at(knee, [X, -0.006 * s], [Y, 0.04 * s], [Z, -0.032 * s]),
        at(knee, [X, -0.004 * s], [Y, -0.015 * s], [Z, -0.03 * s]),
        at(L.shank(0.2), [Z, -0.03 * s]),
      ],
    },
  ];
}
