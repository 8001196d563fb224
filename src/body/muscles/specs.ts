/**
 * Per-muscle shape hints keyed by muscle id: attachment lines re-expressed as landmark blends with
 * offsets, via lines, sizes and depths. Offsets are metres for a 1.756 m body, on the LEFT side
 * (+X lateral, +Y up, +Z anterior). Muscles without an entry use their dataset attachments and
 * the defaults of their shape and layer. Attachments follow standard anatomy texts (origin,
 * insertion and fibre course); positions are our own re-expression in the landmark frame.
 */
import type { MuscleHint } from './types.ts';
import { ADDED_HINTS } from './specsAdded.ts';
import { ARM_HINTS } from './specsArm.ts';
import { B, L } from './specPoints.ts';
import { DEEP_HINTS } from './specsDeep.ts';
import { LEG_HINTS } from './specsLeg.ts';

/** One belly of rectus abdominis between two tendinous intersections (fractions navel → xiphoid). */
function rectusSegment(t0: number, t1: number): MuscleHint {
  const x0 = 0.07 + 0.008 * t0;
  const x1 = 0.07 + 0.008 * t1;
  return {
    origin: [B('omphalion', 'xiphoid', t0, 0.012), B('omphalion', 'xiphoid', t0, x0)],
    via: [],
    insertion: [B('omphalion', 'xiphoid', t1, 0.012), B('omphalion', 'xiphoid', t1, x1)],
    tendon: [0.02, 0.02],
  };
}

const TRUNK_HINTS: Record<string, MuscleHint> = {
  'pectoralis-major': {
    origin: [
      L('clavicle-mid', 0.01, -0.006, 0),
      L('sternoclavicular', 0.008, -0.012, 0),
      L('sternal-angle', 0.012, 0, 0),
      L('xiphoid', 0.014, 0.02, 0),
      L('xiphoid', 0.045, -0.012, 0),
    ],
    via: [[B('clavicle-mid', 'coracoid', 0.6, 0.02, -0.03, 0.02), L('axilla-front', 0.0, 0.0, 0)]],
    insertion: [
      L('greater-tuberosity', -0.004, -0.015, 0.02),
      L('greater-tuberosity', 0, -0.06, 0.022),
    ],
    thickness: 0.02,
    flat: 0.55,
    tendon: [0.02, 0.1],
  },
  'rectus-abdominis': {
    origin: [L('symphysis', 0.01, 0, 0), L('pubic-tubercle', 0.008, 0.005, 0)],
    via: [[L('omphalion', 0.012, 0.0, 0), L('omphalion', 0.07, 0.0, 0)]],
    insertion: [L('xiphoid', 0.01, 0.015, 0), L('xiphoid', 0.08, 0.0, 0)],
    thickness: 0.012,
    flat: 0.55,
    width: 0.004,
    tendon: [0.04, 0.03],
    // Four bellies between the tendinous intersections (at the navel and two above it).
    parts: [
      {
        via: [],
        insertion: [
          B('symphysis', 'omphalion', 0.96, 0.012),
          B('symphysis', 'omphalion', 0.96, 0.07),
        ],
        tendon: [0.04, 0.02],
      },
      rectusSegment(0.04, 0.33),
      rectusSegment(0.38, 0.66),
      {
        origin: [B('omphalion', 'xiphoid', 0.71, 0.012), B('omphalion', 'xiphoid', 0.71, 0.078)],
        via: [],
        tendon: [0.02, 0.03],
      },
    ],
  },
  'external-oblique': {
    origin: [
      B('xiphoid', 'axilla-front', 0.6, 0.012, -0.02, -0.02),
      L('rib10-lateral', 0.004, 0.03, 0),
      L('rib10-lateral', -0.01, -0.03, -0.06),
    ],
    insertion: [
      L('xiphoid', 0.085, -0.06, 0),
      L('asis', -0.025, 0.03, 0),
      L('iliocristale', 0, 0.005, -0.02),
    ],
    thickness: 0.009,
    tendon: [0.03, 0.08],
  },
  'internal-oblique': {
    origin: [L('asis', 0, -0.01, 0), L('iliocristale', 0, -0.005, -0.01)],
    insertion: [L('omphalion', 0.07, 0.0, 0), L('rib10-lateral', 0, 0.02, 0.03)],
    thickness: 0.008,
    depth: 0.012,
  },
  'transversus-abdominis': {
    origin: [
      L('rib10-lateral', 0, 0.03, 0),
      L('iliocristale', 0, -0.01, -0.01),
      L('asis', 0, -0.02, 0),
    ],
    insertion: [
      L('xiphoid', 0.07, -0.04, 0),
      L('omphalion', 0.06, 0, 0),
      L('symphysis', 0.06, 0.03, 0),
    ],
    thickness: 0.006,
    follow: 'shell',
    depth: 0.022,
  },
  'serratus-anterior': {
    origin: [L('axilla-front', 0.008, -0.03, -0.035), L('rib10-lateral', -0.004, 0.04, 0.035)],
    via: [[L('axilla-back', 0.0, -0.02, 0.035), L('rib10-lateral', -0.012, 0.08, -0.045)]],
    insertion: [
      L('scapula-superior-angle', 0.01, -0.01, 0.015),
      L('scapula-inferior-angle', 0.005, 0.005, 0.02),
    ],
    thickness: 0.008,
    tendon: [0.03, 0.03],
    // Under pectoralis major and latissimus dorsi.
    depth: 0.008,
  },
  'latissimus-dorsi': {
    origin: [
      L('t7', 0.008),
      L('t12', 0.02),
      L('l3', 0.055, 0, 0.0),
      L('iliocristale', -0.035, 0.02, -0.06),
    ],
    via: [
      [L('scapula-inferior-angle', 0.015, -0.015, -0.004), L('rib10-lateral', -0.006, 0.09, -0.05)],
    ],
    insertion: [L('axilla-back', 0.035, 0.015, 0.03), L('axilla-back', 0.04, 0.0, 0.045)],
    thickness: 0.01,
    flat: 0.5,
    tendon: [0.03, 0.1],
    // Under the lower trapezius and the teres major's border.
    depth: 0.0075,
  },
  'upper-trapezius': {
    origin: [L('inion', 0.008, 0, 0), L('c4', 0.006), L('c7', 0.006)],
    insertion: [
      L('clavicle-mid', 0.03, 0.0, -0.012),
      L('acromioclavicular', 0, 0.004, -0.008),
      L('acromion', -0.006, 0.004, -0.02),
    ],
    thickness: 0.012,
    flat: 0.6,
    tendon: [0.03, 0.05],
  },
  'middle-trapezius': {
    origin: [L('c7', 0.006, -0.01), B('t1', 't4', 0.7, 0.006)],
    insertion: [
      L('acromion', -0.02, 0.0, -0.03),
      B('scapula-spine-root', 'acromial-angle', 0.35, 0, 0.01, 0),
    ],
    thickness: 0.008,
    tendon: [0.06, 0.04],
  },
  'lower-trapezius': {
    origin: [L('t4', 0.006, -0.02), L('t12', 0.006)],
    insertion: [L('scapula-spine-root', 0.006, 0.0, 0), L('scapula-spine-root', 0.03, 0.008, 0)],
    thickness: 0.007,
    tendon: [0.06, 0.06],
  },
  rhomboids: {
    origin: [L('c7', 0.01, -0.02), L('t4', 0.01, -0.02)],
    insertion: [
      L('scapula-spine-root', 0.0, 0.01, 0.004),
      L('scapula-inferior-angle', -0.004, 0.004, 0.004),
    ],
    thickness: 0.008,
    depth: 0.011,
  },
  'gluteus-maximus': {
    origin: [
      B('psis', 'iliocristale', 0.4, 0, 0.03, -0.02),
      L('psis', 0, 0, 0),
      L('s2', 0.02, -0.03, 0),
      L('coccyx', 0.012, 0.005, 0),
    ],
    insertion: [
      L('greater-trochanter', 0.008, 0.0, -0.01),
      L('greater-trochanter', 0.0, -0.11, -0.01),
    ],
    thickness: 0.03,
    flat: 0.65,
    tendon: [0.02, 0.1],
  },
  'gluteus-medius': {
    origin: [
      L('asis', -0.005, -0.01, -0.015),
      L('iliocristale', 0, 0.0, -0.005),
      B('iliocristale', 'psis', 0.55, 0, 0.005, -0.015),
    ],
    insertion: [
      L('greater-trochanter', 0.0, 0.025, 0.015),
      L('greater-trochanter', -0.005, 0.02, -0.02),
    ],
    thickness: 0.022,
    depth: 0.008,
  },
  'tensor-fasciae-latae': {
    origin: [L('asis', 0, -0.01, -0.005), L('asis', 0.012, 0.0, -0.025)],
    insertion: [L('greater-trochanter', 0.01, -0.1, 0.02)],
    thickness: 0.015,
    width: 0.025,
    tendon: [0.05, 0.15],
  },
};

export const MUSCLE_HINTS: Readonly<Record<string, MuscleHint>> = {
  ...TRUNK_HINTS,
  ...ARM_HINTS,
  ...LEG_HINTS,
  ...DEEP_HINTS,
  ...ADDED_HINTS,
};
