/**
 * Shape hints (left side; see `specs.ts`) of the muscles added with the ranking issue: the
 * superficial pelvic floor, the short hip rotators below piriformis, omohyoid, levator labii
 * superioris and two small muscles of the sole; and three forearm and hand muscles whose referred
 * pain was mapped with hypertonic saline (abductor pollicis longus and brevis, pronator quadratus).
 */
import { B, L } from './specPoints.ts';
import type { Vec3 } from '../math.ts';
import type { MuscleHint } from './types.ts';

const DOWN: Vec3 = [0, -1, 0];

/** Superficial perineal muscles: thin bands lifted a little inside the perineal skin. */
const PELVIC_FLOOR: Record<string, MuscleHint> = {
  bulbospongiosus: {
    origin: [L('perineum-centre', 0.006, 0.018, 0.006)],
    insertion: [L('symphysis', 0.01, -0.045, -0.012)],
    thickness: 0.008,
    width: 0.01,
    facing: DOWN,
  },
  ischiocavernosus: {
    origin: [L('ischial-tuberosity', -0.014, 0.004, 0.014)],
    insertion: [L('symphysis', 0.016, -0.04, -0.014)],
    thickness: 0.007,
    width: 0.008,
    facing: DOWN,
  },
  'transverse-perineal': {
    origin: [L('ischial-tuberosity', -0.012, 0.002, 0.012)],
    insertion: [L('perineum-centre', 0.006, 0.02, 0.002)],
    thickness: 0.009,
    width: 0.01,
    facing: DOWN,
  },
  // A short ring segment on each side of the anal canal, between the perineal body and the
  // anococcygeal ligament.
  'external-anal-sphincter': {
    origin: [L('coccyx', 0.004, -0.035, 0.022)],
    via: [[B('perineum-centre', 'coccyx', 0.5, 0.014, 0.0, 0)]],
    insertion: [L('perineum-centre', 0.004, 0.02, -0.012)],
    thickness: 0.01,
    facing: DOWN,
  },
};

/** Short lateral rotators below piriformis, above and below the obturator internus tendon. */
const HIP_ROTATORS: Record<string, MuscleHint> = {
  'superior-gemellus': {
    origin: [L('ischial-tuberosity', 0.012, 0.046, -0.01)],
    insertion: [L('greater-trochanter', -0.018, 0.012, -0.026)],
    thickness: 0.009,
    width: 0.008,
  },
  'inferior-gemellus': {
    origin: [L('ischial-tuberosity', 0.018, 0.016, -0.01)],
    insertion: [L('greater-trochanter', -0.018, -0.012, -0.026)],
    thickness: 0.009,
    width: 0.008,
  },
  'quadratus-femoris': {
    origin: [L('ischial-tuberosity', 0.012, -0.004, -0.004)],
    insertion: [L('greater-trochanter', -0.014, -0.035, -0.022)],
    thickness: 0.014,
    width: 0.022,
    flat: 0.6,
  },
  // From the outer face of the obturator membrane, below the pubic ramus, under the neck of the
  // femur and round behind it to the trochanteric fossa.
  'obturator-externus': {
    origin: [L('pubic-tubercle', 0.015, -0.042, -0.026)],
    via: [[L('hip-centre', -0.005, -0.05, -0.02)]],
    insertion: [L('greater-trochanter', -0.022, -0.01, -0.024)],
    thickness: 0.012,
    width: 0.014,
  },
};

const NECK_FACE: Record<string, MuscleHint> = {
  // Two bellies joined by a tendon over the great veins: scapula → behind the clavicle → hyoid.
  omohyoid: {
    origin: [L('scapula-superior-angle', 0.035, 0.004, 0.012)],
    via: [[L('clavicle-mid', -0.02, 0.025, -0.02)], [L('hyoid', 0.03, -0.03, -0.01)]],
    insertion: [L('hyoid', 0.012, -0.004, 0)],
    thickness: 0.005,
    width: 0.01,
  },
  'levator-labii-superioris': {
    origin: [B('zygion', 'nasion', 0.45, 0, -0.022, 0.004)],
    insertion: [L('stomion', 0.014, 0.01, -0.004)],
    thickness: 0.004,
    width: 0.01,
    depth: 0.002,
  },
};

const SOLE: Record<string, MuscleHint> = {
  'foot-lumbricals': {
    origin: [B('navicular', 'mt5-base', 0.45, 0, -0.01, 0.02)],
    insertion: [L('mt1-head', 0.015, 0, 0.012), L('mt5-head', -0.015, 0, 0.012)],
    follow: 'shell',
    depth: 0.016,
    thickness: 0.008,
    facing: DOWN,
  },
  'flexor-digiti-minimi-brevis-foot': {
    origin: [L('mt5-base', -0.006, -0.006, 0.004)],
    insertion: [L('mt5-head', -0.006, -0.004, 0.004)],
    thickness: 0.008,
    width: 0.008,
    facing: [0.5, -1, 0],
  },
};

/** Forearm and hand (arm in the model's pose: palm forward, thumb side +X, back of the hand −Z). */
const FOREARM_HAND: Record<string, MuscleHint> = {
  // From the backs of ulna, membrane and radius at mid-forearm, out from under the finger
  // extensor to the thumb side, its tendon over the radial styloid to the base of the thumb.
  'abductor-pollicis-longus': {
    origin: [B('elbow-centre', 'wrist-centre', 0.4, 0.002, 0, -0.02)],
    via: [[B('elbow-centre', 'wrist-centre', 0.7, 0.018, 0, -0.014)]],
    insertion: [B('radial-styloid', 'mc1-head', 0.22, 0.006, 0, 0.004)],
    thickness: 0.011,
    width: 0.013,
    tendon: [0.04, 0.36],
    follow: 'shell',
    depth: 0.007,
    facing: [0.5, 0, -1],
  },
  // The most superficial thenar muscle, on the thumb-side half of the ball of the thumb.
  'abductor-pollicis-brevis': {
    origin: [B('wrist-centre', 'mc1-head', 0.1, -0.004, 0, 0.012)],
    insertion: [B('mc1-head', 'thumb-tip', 0.25, 0.002, 0, 0.002)],
    thickness: 0.007,
    width: 0.012,
    follow: 'shell',
    depth: 0.003,
    facing: [0.4, 0, 1],
  },
  // A flat square across the front of the lowest quarter of ulna and radius, fibres transverse.
  'pronator-quadratus': {
    origin: [
      B('ulnar-styloid', 'olecranon', 0.2, 0.004, 0, 0.012),
      B('ulnar-styloid', 'olecranon', 0.04, 0.004, 0, 0.012),
    ],
    insertion: [
      B('radial-styloid', 'radial-head', 0.2, -0.006, 0, 0.012),
      B('radial-styloid', 'radial-head', 0.04, -0.006, 0, 0.012),
    ],
    thickness: 0.007,
    flat: 0.6,
    tendon: [0.05, 0.05],
    follow: 'free',
    facing: [0, 0, 1],
  },
};

export const ADDED_HINTS: Readonly<Record<string, MuscleHint>> = {
  ...PELVIC_FLOOR,
  ...HIP_ROTATORS,
  ...NECK_FACE,
  ...SOLE,
  ...FOREARM_HAND,
};
