/**
 * Shape hints of the shoulder, arm, forearm and hand muscles (left side; see `specs.ts`).
 * Anatomical position: palms forward, so palmar ≈ +Z and radial ≈ +X.
 */
import { B, L } from './specPoints.ts';
import { FDP_TENDONS, FDS_TENDONS, FINGER_EXTENSORS, withTendons } from './specsDigits.ts';
import { HAND_HINTS } from './specsHand.ts';
import type { Vec3 } from '../math.ts';
import type { MuscleHint } from './types.ts';

/** Outward direction over the back of the scapula (posterior, a little lateral). */
const SCAPULA_BACK: Vec3 = [0.3, 0, -1];

const SHOULDER: Record<string, MuscleHint> = {
  'anterior-deltoid': {
    origin: [L('clavicle-mid', 0.035, 0, 0), L('acromioclavicular', 0, 0, 0.006)],
    via: [[L('coracoid', 0.032, -0.035, 0.028), L('greater-tuberosity', 0.014, -0.035, 0.032)]],
    insertion: [L('deltoid-tuberosity', 0, 0, 0.01)],
    thickness: 0.022,
    flat: 0.7,
    tendon: [0.03, 0.12],
  },
  'middle-deltoid': {
    origin: [L('acromion', 0, 0, 0.014), L('acromion', 0, 0, -0.018)],
    via: [
      [L('greater-tuberosity', 0.03, -0.03, 0.014), L('greater-tuberosity', 0.03, -0.03, -0.022)],
    ],
    insertion: [L('deltoid-tuberosity', 0.004)],
    thickness: 0.026,
    flat: 0.75,
    tendon: [0.03, 0.12],
  },
  'posterior-deltoid': {
    origin: [B('scapula-spine-root', 'acromial-angle', 0.35, 0, 0.006, 0), L('acromial-angle')],
    via: [[L('glenohumeral', 0.0, -0.035, -0.045), L('glenohumeral', 0.03, -0.035, -0.036)]],
    insertion: [L('deltoid-tuberosity', 0, 0, -0.008)],
    thickness: 0.02,
    flat: 0.7,
    tendon: [0.03, 0.12],
  },
  infraspinatus: {
    // Lies on the back of the scapula: project backwards, never onto the arm's skin.
    facing: SCAPULA_BACK,
    origin: [
      L('scapula-spine-root', 0.008, -0.008, 0),
      L('scapula-inferior-angle', 0.012, 0.004, 0),
    ],
    insertion: [L('greater-tuberosity', -0.012, 0.0, -0.03)],
    thickness: 0.02,
    depth: 0.008,
    tendon: [0.02, 0.16],
  },
  supraspinatus: {
    origin: [
      L('scapula-superior-angle', 0.006, -0.006, 0),
      L('scapula-spine-root', 0.006, 0.014, 0.004),
    ],
    via: [[B('scapula-superior-angle', 'acromion', 0.55, 0, 0.0, 0.004)]],
    insertion: [L('greater-tuberosity', -0.004, 0.012, 0)],
    thickness: 0.018,
    width: 0.03,
    follow: 'shell',
    depth: 0.016,
  },
  subscapularis: {
    origin: [
      L('scapula-superior-angle', 0.008, -0.005, 0.028),
      L('scapula-inferior-angle', 0.006, 0.008, 0.028),
    ],
    insertion: [L('glenohumeral', -0.018, 0, 0.022)],
    thickness: 0.016,
  },
  'teres-minor': {
    facing: SCAPULA_BACK,
    origin: [B('scapula-inferior-angle', 'glenohumeral', 0.3, 0.012, 0, 0)],
    insertion: [L('greater-tuberosity', -0.006, -0.022, -0.03)],
    thickness: 0.016,
    width: 0.02,
    depth: 0.009,
  },
  'teres-major': {
    facing: SCAPULA_BACK,
    origin: [L('scapula-inferior-angle', 0.006, 0.01, 0)],
    via: [[B('scapula-inferior-angle', 'axilla-back', 0.55, 0, 0, -0.004)]],
    insertion: [L('glenohumeral', -0.008, -0.055, 0.0)],
    thickness: 0.022,
    width: 0.034,
    depth: 0.008,
  },
};

const ARM: Record<string, MuscleHint> = {
  'biceps-brachii': {
    facing: [0.15, 0, 1],
    origin: [L('coracoid', 0, -0.015, 0.005)],
    via: [[B('glenohumeral', 'elbow-centre', 0.52, -0.004, 0, 0.04)]],
    insertion: [L('elbow-centre', 0.004, -0.025, 0.018)],
    thickness: 0.034,
    width: 0.04,
    tendon: [0.18, 0.15],
    // Short head from the coracoid (medial), long head from above the glenoid through the
    // bicipital groove (lateral), side by side into one tendon.
    parts: [
      {
        via: [[B('glenohumeral', 'elbow-centre', 0.52, -0.012, 0, 0.038)]],
        insertion: [L('elbow-centre', 0.001, -0.025, 0.018)],
        width: 0.034,
        thickness: 0.036,
      },
      {
        origin: [L('glenohumeral', 0.014, 0.004, 0.028)],
        via: [[B('glenohumeral', 'elbow-centre', 0.5, 0.008, 0, 0.04)]],
        insertion: [L('elbow-centre', 0.008, -0.024, 0.018)],
        width: 0.034,
        thickness: 0.036,
        tendon: [0.22, 0.15],
      },
    ],
  },
  brachialis: {
    facing: [0.3, 0, 1],
    origin: [B('deltoid-tuberosity', 'humerus-mid', 0.5, -0.01, 0, 0.012)],
    via: [[B('humerus-mid', 'elbow-centre', 0.55, 0, 0, 0.026)]],
    insertion: [L('elbow-centre', 0, -0.03, 0.012)],
    thickness: 0.026,
    width: 0.05,
  },
  'triceps-brachii': {
    facing: [0.1, 0, -1],
    origin: [L('glenohumeral', -0.01, -0.035, -0.025), L('humerus-mid', 0.016, 0.03, -0.02)],
    via: [[B('glenohumeral', 'olecranon', 0.55, 0, 0, -0.042)]],
    insertion: [L('olecranon', 0, 0.02, 0)],
    thickness: 0.034,
    width: 0.04,
    tendon: [0.06, 0.2],
    // Long head (from below the glenoid), lateral head (upper back of the humerus) and the deep
    // medial head, into one tendon on the olecranon.
    parts: [
      {
        origin: [L('glenohumeral', -0.012, -0.035, -0.028)],
        via: [[B('glenohumeral', 'olecranon', 0.5, -0.012, 0, -0.04)]],
        insertion: [L('olecranon', -0.005, 0.025, 0)],
        width: 0.04,
        thickness: 0.036,
        tendon: [0.06, 0.25],
      },
      {
        origin: [L('humerus-mid', 0.018, 0.06, -0.02)],
        via: [[B('glenohumeral', 'olecranon', 0.58, 0.016, 0, -0.036)]],
        insertion: [L('olecranon', 0.005, 0.025, 0)],
        width: 0.038,
        thickness: 0.032,
        tendon: [0.04, 0.3],
      },
      {
        origin: [L('humerus-mid', -0.006, -0.01, -0.018)],
        via: [[B('humerus-mid', 'olecranon', 0.5, 0, 0, -0.028)]],
        insertion: [L('olecranon', 0, 0.03, 0.004)],
        width: 0.026,
        thickness: 0.02,
        tendon: [0.05, 0.2],
        depth: 0.012,
      },
    ],
  },
  coracobrachialis: {
    origin: [L('coracoid', 0, -0.012, 0)],
    insertion: [L('humerus-mid', -0.02, 0.02, 0.01)],
    thickness: 0.015,
    width: 0.016,
  },
};

const FOREARM: Record<string, MuscleHint> = {
  brachioradialis: {
    origin: [B('humerus-mid', 'lateral-epicondyle', 0.6, 0.02, 0, 0)],
    via: [[B('lateral-epicondyle', 'radial-styloid', 0.3, 0.014, 0, 0.016)]],
    insertion: [L('radial-styloid', 0, 0.02, 0)],
    thickness: 0.02,
    width: 0.028,
    tendon: [0.05, 0.4],
  },
  'extensor-carpi-radialis-longus': {
    origin: [L('lateral-epicondyle', 0, 0.022, 0)],
    via: [[B('lateral-epicondyle', 'radial-styloid', 0.33, 0.012, 0, 0)]],
    insertion: [L('mc2-head', 0, 0.045, -0.012)],
    thickness: 0.016,
    width: 0.02,
    tendon: [0.05, 0.5],
  },
  'extensor-carpi-radialis-brevis': {
    origin: [L('lateral-epicondyle', 0, 0.004, -0.004)],
    via: [[B('lateral-epicondyle', 'radial-styloid', 0.42, 0.0, 0, -0.012)]],
    insertion: [L('mc3-head', 0, 0.045, -0.012)],
    thickness: 0.015,
    width: 0.02,
    tendon: [0.05, 0.48],
  },
  'extensor-digitorum': {
    origin: [L('lateral-epicondyle', -0.004, -0.005, -0.01)],
    via: [[B('lateral-epicondyle', 'wrist-centre', 0.45, -0.006, 0, -0.026)]],
    thickness: 0.016,
    width: 0.022,
    tendon: [0.05, 0.3],
    ...withTendons({ insertion: [L('wrist-centre', 0, 0, -0.016)] }, FINGER_EXTENSORS),
  },
  'extensor-carpi-ulnaris': {
    origin: [L('lateral-epicondyle', -0.01, -0.012, -0.012)],
    via: [[B('olecranon', 'ulnar-styloid', 0.45, 0.0, 0, -0.016)]],
    insertion: [L('ulnar-styloid', 0, -0.01, -0.008)],
    thickness: 0.015,
    width: 0.018,
    tendon: [0.05, 0.3],
  },
  anconeus: {
    origin: [L('lateral-epicondyle', 0, 0, -0.01)],
    insertion: [L('olecranon', 0.004, -0.04, -0.004), L('olecranon', 0, -0.012, -0.004)],
    thickness: 0.01,
  },
  supinator: {
    origin: [L('lateral-epicondyle', -0.006, -0.012, 0)],
    insertion: [B('radial-head', 'radius-mid', 0.5, 0, 0, 0.012)],
    thickness: 0.012,
    width: 0.025,
  },
  'extensor-indicis': {
    facing: [0, 0, -1],
    origin: [B('olecranon', 'ulnar-styloid', 0.8, 0.006, 0, -0.01)],
    insertion: [L('mc2-head', 0, 0.0, -0.01)],
    thickness: 0.011,
    width: 0.014,
    tendon: [0.08, 0.5],
    follow: 'shell',
    depth: 0.009,
  },
  'pronator-teres': {
    origin: [L('medial-epicondyle', 0.005, 0.01, 0.008)],
    insertion: [L('radius-mid', 0.01, 0, 0.01)],
    thickness: 0.016,
    width: 0.024,
  },
  'flexor-carpi-radialis': {
    origin: [L('medial-epicondyle', 0.006, 0, 0.01)],
    via: [[B('medial-epicondyle', 'wrist-centre', 0.4, 0.006, 0, 0.026)]],
    insertion: [L('wrist-centre', 0.008, 0.02, 0.012)],
    thickness: 0.016,
    width: 0.02,
    tendon: [0.05, 0.42],
  },
  'palmaris-longus': {
    origin: [L('medial-epicondyle', 0.003, -0.005, 0.012)],
    via: [[B('medial-epicondyle', 'wrist-centre', 0.35, 0, 0, 0.03)]],
    insertion: [L('wrist-centre', 0, 0.0, 0.016)],
    thickness: 0.01,
    width: 0.013,
    tendon: [0.05, 0.55],
  },
  'flexor-carpi-ulnaris': {
    origin: [L('medial-epicondyle', 0, 0, 0), L('olecranon', -0.006, -0.02, 0)],
    insertion: [L('ulnar-styloid', -0.005, 0.01, 0.01)],
    thickness: 0.018,
    width: 0.022,
    tendon: [0.03, 0.25],
  },
  'flexor-digitorum-superficialis': {
    origin: [
      L('medial-epicondyle', 0.01, -0.01, 0.01),
      B('radial-head', 'radius-mid', 0.6, 0, 0, 0.015),
    ],
    via: [[B('elbow-centre', 'wrist-centre', 0.5, -0.01, 0, 0.025)]],
    thickness: 0.02,
    width: 0.028,
    tendon: [0.04, 0.25],
    depth: 0.009,
    ...withTendons({ insertion: [L('wrist-centre', 0, 0.01, 0.01)] }, FDS_TENDONS),
  },
  'flexor-digitorum-profundus': {
    facing: [0, 0, 1],
    origin: [B('olecranon', 'ulnar-styloid', 0.22, 0, 0, 0.01)],
    via: [[B('olecranon', 'ulnar-styloid', 0.55, 0.01, 0, 0.018)]],
    thickness: 0.02,
    width: 0.028,
    follow: 'shell',
    depth: 0.016,
    ...withTendons({ insertion: [L('wrist-centre', 0, 0.015, 0.006)] }, FDP_TENDONS),
  },
  'flexor-pollicis-longus': {
    facing: [0, 0, 1],
    origin: [L('radius-mid', 0.004, 0, 0.012)],
    insertion: [L('wrist-centre', 0.01, 0.015, 0.008)],
    thickness: 0.014,
    width: 0.018,
    tendon: [0.05, 0.35],
    follow: 'shell',
    depth: 0.008,
  },
};

/** Forearm bellies fill the forearm's girth: widen the table's figures together. */
const fuller = (t: Record<string, MuscleHint>): Record<string, MuscleHint> =>
  Object.fromEntries(
    Object.entries(t).map(([id, h]) => [
      id,
      { ...h, width: (h.width ?? 0.02) * 1.35, thickness: (h.thickness ?? 0.012) * 1.15 },
    ]),
  );

export const ARM_HINTS: Readonly<Record<string, MuscleHint>> = {
  ...SHOULDER,
  ...ARM,
  ...fuller(FOREARM),
  ...HAND_HINTS,
};
