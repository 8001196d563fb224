/**
 * Major nerves of the left side (mirrored for the right by the generator), as control points
 * for {@link routePath}. Metres, body frame; s = stature / 1.756 m.
 *
 * Courses (Standring S, ed. Gray's Anatomy, 41st ed., 2016; Moore KL, Dalley AF, Agur AMR.
 * Clinically Oriented Anatomy, 7th ed., 2014):
 * - Brachial plexus: roots C5–T1 emerge between scalenus anterior and medius, trunks cross the
 *   posterior triangle above the clavicle lateral to the subclavian artery, divisions pass behind
 *   the middle of the clavicle, cords surround the axillary artery under pectoralis minor.
 * - Median nerve: with the brachial artery, crossing it from lateral to medial in the arm, medial
 *   to it in the cubital fossa, between the heads of pronator teres, between the superficial and
 *   deep finger flexors to the carpal tunnel.
 * - Ulnar nerve: medial in the arm, behind the medial epicondyle (cubital tunnel), between the
 *   heads of flexor carpi ulnaris and under it to Guyon's canal beside the pisiform.
 * - Radial nerve: behind the humerus in the spiral groove, through the lateral intermuscular
 *   septum, in front of the lateral epicondyle between brachialis and brachioradialis; its deep
 *   branch (posterior interosseous nerve) winds round the radius through supinator to the back
 *   of the forearm.
 * - Sciatic nerve: leaves the pelvis through the greater sciatic foramen below piriformis, runs
 *   midway between the greater trochanter and the ischial tuberosity, down the back of the thigh
 *   on adductor magnus, dividing at the apex of the popliteal fossa (≈ 6–8 cm above the knee)
 *   into the tibial nerve (down the middle of the fossa, superficial to the vessels, behind the
 *   medial malleolus) and the common fibular nerve (along the biceps tendon, round the fibular
 *   neck just under the skin).
 * - Femoral nerve: in the groove between psoas and iliacus, under the inguinal ligament ≈ 1 cm
 *   lateral to the femoral artery, dividing within ≈ 5–8 cm in the femoral triangle.
 * - Greater occipital nerve: from the C2 dorsal ramus below obliquus capitis inferior, up over
 *   the suboccipital triangle, piercing semispinalis capitis and trapezius ≈ 2–3 cm below and
 *   1.5–2 cm lateral to the external occipital protuberance, then in the scalp.
 */
import { type Vec3, lerp } from '../math.ts';
import type { HazardCtx } from './ctx.ts';
import { X, Y, Z, armFrame, at, cervicalY, legFrame } from './frames.ts';
import type { Route } from './route.ts';

const BACK: Vec3 = [0, 0, -1];

export function upperNerves(c: HazardCtx): Route[] {
  const s = c.s;
  const A = armFrame(c);
  const sc = c.lm('sternoclavicular');
  const cm = c.lm('clavicle-mid');
  const cor = c.lm('coracoid');
  const me = c.lm('medial-epicondyle');
  const le = c.lm('lateral-epicondyle');
  const wrist = c.sk.wrist;
  const us = c.lm('ulnar-styloid');
  const axilla = at(A.arm(0.1), [A.medial, 0.03 * s], [Z, -0.008 * s]);
  const c5 = cervicalY(c, 5);
  const c2 = cervicalY(c, 2);
  const inion = c.lm('inion');
  const scalp = (x: number, y: number, d: number): Vec3 =>
    c.under([x * s, y, inion[2] + 0.04 * s], BACK, d);
  const lat: Vec3 = [-A.medial[0], -A.medial[1], -A.medial[2]];
  return [
    {
      id: 'brachial-plexus',
      radius: [0.006 * s, 0.0045 * s],
      points: [
        [0.044 * s, c5, c.spineZ(c5) - 0.002 * s],
        [0.046 * s, cervicalY(c, 7), c.spineZ(cervicalY(c, 7)) + 0.01 * s],
        [lerp(sc, cm, 0.6)[0], sc[1] + 0.024 * s, cm[2] - 0.034 * s],
        at(cm, [X, 0.006 * s], [Y, -0.01 * s], [Z, -0.036 * s]),
        at(cor, [X, -0.006 * s], [Y, -0.042 * s], [Z, -0.026 * s]),
        axilla,
      ],
    },
    {
      id: 'median',
      radius: 0.0022 * s,
      points: [
        at(axilla, [lat, 0.006 * s], [Z, 0.01 * s]),
        at(A.arm(0.4), [A.medial, 0.02 * s], [Z, 0.014 * s]),
        at(c.sk.elbow, [Z, 0.02 * s], [A.medial, 0.014 * s]),
        at(A.fore(0.15), [A.palmar, 0.018 * s]),
        at(A.fore(0.5), [A.palmar, 0.013 * s]),
        at(wrist, [A.palmar, 0.01 * s]),
        at(wrist, [A.palmar, 0.01 * s], [c.sk.hand.d, 0.035 * s]),
      ],
    },
    {
      id: 'ulnar-nerve',
      radius: 0.0021 * s,
      points: [
        at(axilla, [A.medial, 0.006 * s], [Z, -0.004 * s]),
        at(A.arm(0.5), [A.medial, 0.028 * s], [Z, -0.006 * s]),
        at(me, [Z, -0.01 * s], [Y, 0.005 * s]),
        at(A.fore(0.2), [A.radial, -0.025 * s], [A.palmar, 0.004 * s]),
        at(A.fore(0.6), [A.radial, -0.022 * s], [A.palmar, 0.012 * s]),
        at(lerp(wrist, us, 0.6), [A.palmar, 0.014 * s]),
        at(lerp(wrist, us, 0.55), [A.palmar, 0.012 * s], [c.sk.hand.d, 0.04 * s]),
      ],
    },
    {
      id: 'radial-nerve',
      radius: 0.0022 * s,
      points: [
        at(axilla, [Z, -0.014 * s]),
        at(A.arm(0.35), [Z, -0.022 * s]),
        at(A.arm(0.55), [lat, 0.02 * s], [Z, -0.01 * s]),
        at(A.arm(0.82), [lat, 0.016 * s], [Z, 0.012 * s]),
        at(le, [Z, 0.014 * s], [Y, -0.01 * s]),
        at(A.fore(0.2), [A.radial, 0.014 * s], [A.palmar, -0.004 * s]),
        at(A.fore(0.5), [A.palmar, -0.016 * s]),
      ],
    },
    {
      id: 'greater-occipital',
      radius: 0.0014 * s,
      cover: 0.002,
      points: [
        [0.01 * s, c2 - 0.016 * s, c.spineZ(c2) - 0.036 * s],
        scalp(0.006, c2 + 0.02 * s, 0.006 * s),
        scalp(0.02, inion[1] - 0.022 * s, 0.006),
        scalp(0.024, inion[1] + 0.02 * s, 0.0035),
        scalp(0.03, inion[1] + 0.065 * s, 0.0035),
      ],
    },
  ];
}

export function lowerNerves(c: HazardCtx): Route[] {
  const s = c.s;
  const L = legFrame(c);
  const psis = c.lm('psis');
  const it = c.lm('ischial-tuberosity');
  const gt = c.lm('greater-trochanter');
  const asis = c.lm('asis');
  const pt = c.lm('pubic-tubercle');
  const fh = c.lm('fibular-head');
  const mm = c.lm('medial-malleolus');
  const knee = c.sk.knee;
  const hip = c.sk.hip;
  const apex = at(knee, [X, 0.004 * s], [Y, 0.085 * s], [Z, -0.042 * s]);
  const midIng = lerp(asis, pt, 0.5);
  return [
    {
      id: 'sciatic',
      radius: 0.0055 * s,
      points: [
        at(lerp(psis, it, 0.3), [X, -0.012 * s], [Z, 0.05 * s]),
        at(lerp(psis, it, 0.45), [X, 0.012 * s], [Z, 0.02 * s]),
        [lerp(gt, it, 0.6)[0], hip[1] - 0.03 * s, hip[2] - 0.05 * s],
        at(L.thigh(0.3), [Z, -0.045 * s]),
        at(L.thigh(0.6), [Z, -0.045 * s]),
        apex,
      ],
    },
    {
      id: 'tibial',
      radius: 0.0032 * s,
      points: [
        apex,
        at(knee, [Z, -0.04 * s]),
        at(L.shank(0.25), [Z, -0.035 * s]),
        at(L.shank(0.6), [X, -0.008 * s], [Z, -0.03 * s]),
        at(mm, [Y, 0.012 * s], [Z, -0.014 * s]),
      ],
    },
    {
      id: 'common-fibular',
      radius: 0.0022 * s,
      points: [
        apex,
        at(knee, [X, 0.03 * s], [Y, 0.035 * s], [Z, -0.032 * s]),
        at(fh, [Z, -0.01 * s], [Y, 0.008 * s]),
        at(fh, [Y, -0.024 * s], [X, 0.002 * s], [Z, 0.004 * s]),
        at(fh, [Y, -0.05 * s], [X, -0.004 * s], [Z, 0.02 * s]),
      ],
    },
    {
      id: 'femoral-nerve',
      radius: 0.0032 * s,
      points: [
        [0.06 * s, c.lm('iliocristale')[1] - 0.04 * s, asis[2] - 0.06 * s],
        [0.075 * s, asis[1] - 0.035 * s, asis[2] - 0.035 * s],
        at(midIng, [X, 0.014 * s], [Z, -0.012 * s]),
        at(L.thigh(0.12), [X, 0.006 * s], [Z, 0.05 * s]),
      ],
    },
  ];
}
