/** Shape hints of the thigh, leg and foot muscles (left side; see `specs.ts`). */
import { B, L } from './specPoints.ts';
import { FOOT_HINTS } from './specsFoot.ts';
import { FDL_TENDONS, FHL_TENDON, TOE_EXTENSORS, withTendons } from './specsDigits.ts';
import type { Vec3 } from '../math.ts';
import type { MuscleHint } from './types.ts';

const BACK: Vec3 = [0, 0, -1];
const FRONT: Vec3 = [0, 0, 1];

const THIGH: Record<string, MuscleHint> = {
  'rectus-femoris': {
    facing: FRONT,
    origin: [L('asis', -0.015, -0.04, -0.006)],
    via: [[B('asis', 'patella', 0.5, 0, 0, 0.03)]],
    insertion: [L('patella', 0, 0.045, 0)],
    thickness: 0.034,
    width: 0.044,
    tendon: [0.12, 0.16],
  },
  'vastus-lateralis': {
    origin: [
      L('greater-trochanter', 0, -0.01, 0),
      B('greater-trochanter', 'lateral-femoral-epicondyle', 0.5, 0.015, 0, -0.012),
    ],
    via: [[B('greater-trochanter', 'lateral-femoral-epicondyle', 0.55, 0.03, 0, 0.012)]],
    insertion: [L('patella', 0.03, 0.035, -0.01)],
    thickness: 0.034,
    width: 0.05,
    tendon: [0.05, 0.1],
  },
  'vastus-medialis': {
    // From the medial lip of the linea aspera, bulging above the knee (the "teardrop").
    origin: [B('hip-centre', 'femur-mid', 0.7, -0.022, 0, 0)],
    via: [
      [B('femur-mid', 'medial-femoral-epicondyle', 0.35, -0.03, 0, 0.012)],
      [B('femur-mid', 'medial-femoral-epicondyle', 0.72, -0.036, 0, 0.022)],
    ],
    insertion: [L('patella', -0.025, 0.03, 0)],
    thickness: 0.034,
    width: 0.045,
    peak: 0.7,
    tendon: [0.05, 0.06],
  },
  'vastus-intermedius': {
    facing: FRONT,
    origin: [B('greater-trochanter', 'femur-mid', 0.4, 0, 0, 0.02)],
    via: [[L('femur-mid', 0, 0, 0.03)]],
    insertion: [L('patella', 0, 0.07, -0.02)],
    thickness: 0.025,
    width: 0.05,
  },
  sartorius: {
    origin: [L('asis', 0, -0.005, 0)],
    via: [
      [L('femur-mid', -0.03, 0.1, 0.04)],
      [L('femur-mid', -0.055, -0.06, 0)],
      [L('medial-femoral-epicondyle', -0.01, 0, -0.02)],
    ],
    insertion: [L('tibial-tuberosity', -0.035, 0, -0.01)],
    thickness: 0.01,
    width: 0.034,
    flat: 0.7,
  },
  gracilis: {
    origin: [L('pubic-tubercle', -0.01, -0.02, -0.02), L('symphysis', 0.012, -0.05, -0.02)],
    via: [[L('femur-mid', -0.075, 0, -0.005)], [L('medial-femoral-epicondyle', -0.012, 0, -0.025)]],
    insertion: [L('tibial-tuberosity', -0.03, 0, -0.015)],
    thickness: 0.01,
    width: 0.028,
  },
  'adductor-longus': {
    origin: [L('pubic-tubercle', 0, -0.01, 0)],
    insertion: [L('femur-mid', -0.01, -0.02, -0.01), L('femur-mid', -0.008, 0.04, -0.01)],
    thickness: 0.018,
  },
  'adductor-brevis': {
    origin: [L('pubic-tubercle', -0.005, -0.02, -0.01)],
    insertion: [L('femur-mid', -0.01, 0.06, -0.01), L('femur-mid', -0.01, 0.12, -0.01)],
    thickness: 0.016,
    depth: 0.02,
  },
  'adductor-magnus': {
    origin: [L('pubic-tubercle', 0, -0.04, -0.04), L('ischial-tuberosity', 0, 0, 0)],
    insertion: [L('femur-mid', -0.01, 0.1, -0.02), L('medial-femoral-epicondyle', 0, 0.02, -0.01)],
    thickness: 0.03,
    follow: 'shell',
    depth: 0.028,
  },
  pectineus: {
    origin: [L('pubic-tubercle', 0.015, 0, 0), L('pubic-tubercle', 0.035, 0.005, -0.005)],
    insertion: [L('hip-centre', 0.02, -0.07, -0.005)],
    thickness: 0.015,
    width: 0.028,
  },
  'biceps-femoris': {
    facing: BACK,
    origin: [L('ischial-tuberosity', 0.005, 0, 0)],
    via: [[B('ischial-tuberosity', 'fibular-head', 0.5, 0.02, 0, -0.04)]],
    insertion: [L('fibular-head', 0, 0.01, -0.005)],
    thickness: 0.03,
    width: 0.04,
    tendon: [0.08, 0.15],
  },
  semitendinosus: {
    facing: BACK,
    origin: [L('ischial-tuberosity', 0, 0, 0)],
    via: [[B('ischial-tuberosity', 'medial-femoral-epicondyle', 0.5, -0.005, 0, -0.05)]],
    insertion: [L('tibial-tuberosity', -0.03, 0, -0.02)],
    thickness: 0.028,
    width: 0.032,
    tendon: [0.06, 0.35],
  },
  semimembranosus: {
    facing: BACK,
    origin: [L('ischial-tuberosity', 0, -0.005, 0)],
    via: [[B('ischial-tuberosity', 'medial-femoral-epicondyle', 0.6, -0.01, 0, -0.04)]],
    insertion: [L('knee-centre', -0.03, -0.02, -0.02)],
    thickness: 0.028,
    width: 0.04,
    tendon: [0.25, 0.1],
    depth: 0.008,
  },
};

const LEG: Record<string, MuscleHint> = {
  gastrocnemius: {
    facing: BACK,
    // Two heads from the femoral condyles (the medial one larger and lower) into the Achilles tendon.
    origin: [
      L('medial-femoral-epicondyle', 0.008, 0.025, -0.032),
      L('lateral-femoral-epicondyle', -0.01, 0.025, -0.032),
    ],
    insertion: [L('calcaneus', 0, 0, -0.004)],
    thickness: 0.03,
    flat: 0.8,
    peak: 0.32,
    parts: [
      {
        origin: [L('medial-femoral-epicondyle', 0.006, 0.025, -0.032)],
        via: [[B('knee-centre', 'ankle-centre', 0.34, -0.024, 0, -0.052)]],
        insertion: [L('calcaneus', -0.006, 0.004, -0.004)],
        width: 0.058,
        thickness: 0.032,
        peak: 0.4,
        tendon: [0.03, 0.5],
      },
      {
        origin: [L('lateral-femoral-epicondyle', -0.008, 0.025, -0.032)],
        via: [[B('knee-centre', 'ankle-centre', 0.29, 0.026, 0, -0.048)]],
        insertion: [L('calcaneus', 0.006, 0.004, -0.004)],
        width: 0.05,
        thickness: 0.028,
        peak: 0.35,
        tendon: [0.03, 0.56],
      },
    ],
  },
  soleus: {
    facing: BACK,
    origin: [
      L('fibular-head', 0, -0.01, -0.02),
      B('tibia-mid', 'knee-centre', 0.3, -0.02, 0, -0.02),
    ],
    via: [
      [
        B('knee-centre', 'ankle-centre', 0.55, -0.035, 0, -0.035),
        B('knee-centre', 'ankle-centre', 0.55, 0.035, 0, -0.035),
      ],
    ],
    insertion: [L('calcaneus', 0, 0.01, 0)],
    thickness: 0.025,
    width: 0.02,
    tendon: [0.05, 0.3],
    depth: 0.011,
  },
  plantaris: {
    facing: BACK,
    origin: [L('lateral-femoral-epicondyle', -0.01, 0.02, -0.04)],
    insertion: [L('calcaneus', -0.01, 0.01, 0)],
    thickness: 0.01,
    width: 0.012,
    tendon: [0.05, 0.8],
    depth: 0.014,
  },
  'tibialis-anterior': {
    facing: FRONT,
    origin: [B('tibial-tuberosity', 'fibular-head', 0.5, 0, -0.02, 0.015)],
    via: [[B('tibial-tuberosity', 'ankle-centre', 0.45, 0.012, 0, 0.035)]],
    insertion: [L('navicular', -0.01, -0.015, -0.01)],
    thickness: 0.024,
    width: 0.026,
    tendon: [0.04, 0.4],
  },
  'fibularis-longus': {
    origin: [L('fibular-head', 0.005, 0, 0)],
    via: [[B('fibular-head', 'lateral-malleolus', 0.5, 0.012, 0, -0.005)]],
    insertion: [L('lateral-malleolus', 0, 0.02, -0.015)],
    thickness: 0.02,
    width: 0.022,
    tendon: [0.05, 0.45],
  },
  'fibularis-brevis': {
    origin: [B('fibular-head', 'lateral-malleolus', 0.5, 0.01, 0, -0.016)],
    via: [[L('lateral-malleolus', 0, 0.005, -0.02)]],
    insertion: [L('mt5-base', 0, 0.01, 0)],
    thickness: 0.016,
    width: 0.02,
    tendon: [0.05, 0.5],
  },
  'fibularis-tertius': {
    facing: [0.6, 0, 1],
    origin: [B('tibia-mid', 'lateral-malleolus', 0.5, 0.015, 0, 0.015)],
    via: [[L('ankle-centre', 0.022, 0.012, 0.03)]],
    insertion: [L('mt5-base', -0.004, 0.012, 0)],
    thickness: 0.01,
    width: 0.012,
    tendon: [0.05, 0.45],
  },
  'extensor-digitorum-longus': {
    origin: [L('fibular-head', 0, -0.02, 0.03)],
    via: [[B('fibular-head', 'ankle-centre', 0.55, 0.005, 0, 0.035)]],
    thickness: 0.018,
    width: 0.02,
    tendon: [0.05, 0.3],
    ...withTendons({ insertion: [L('ankle-centre', 0.01, 0.01, 0.035)] }, TOE_EXTENSORS),
  },
  'extensor-hallucis-longus': {
    origin: [B('fibular-head', 'lateral-malleolus', 0.5, -0.002, 0, 0.034)],
    via: [[L('ankle-centre', -0.008, 0.015, 0.04)]],
    insertion: [L('hallux-tip', 0, 0.005, -0.03)],
    thickness: 0.012,
    width: 0.015,
    tendon: [0.05, 0.6],
    depth: 0.007,
  },
  'tibialis-posterior': {
    origin: [B('knee-centre', 'ankle-centre', 0.25, 0.01, 0, -0.01)],
    via: [[B('knee-centre', 'ankle-centre', 0.6, -0.005, 0, -0.015)]],
    insertion: [L('medial-malleolus', 0, -0.01, -0.015)],
    thickness: 0.02,
    width: 0.025,
    tendon: [0.05, 0.3],
  },
  'flexor-digitorum-longus': {
    // Fleshy origin along the back of the tibia's middle third, from below the soleal line.
    origin: [
      B('knee-centre', 'ankle-centre', 0.33, -0.02, 0, -0.015),
      B('knee-centre', 'ankle-centre', 0.58, -0.018, 0, -0.012),
    ],
    follow: 'shell',
    depth: 0.015,
    thickness: 0.018,
    tendon: [0.05, 0.3],
    ...withTendons({ insertion: [L('medial-malleolus', 0, -0.015, -0.02)] }, FDL_TENDONS),
  },
  'flexor-hallucis-longus': {
    origin: [B('fibular-head', 'lateral-malleolus', 0.45, -0.01, 0, -0.025)],
    follow: 'shell',
    depth: 0.015,
    thickness: 0.02,
    tendon: [0.05, 0.3],
    ...withTendons({ insertion: [L('medial-malleolus', 0.01, -0.02, -0.025)] }, FHL_TENDON),
  },
  popliteus: {
    // On the back of the tibia below the plateau, behind the bone (not through it).
    origin: [L('lateral-femoral-epicondyle', -0.01, -0.01, -0.028)],
    insertion: [
      B('knee-centre', 'tibia-mid', 0.35, -0.035, 0, -0.03),
      B('knee-centre', 'tibia-mid', 0.15, -0.03, 0, -0.038),
    ],
    thickness: 0.012,
  },
};

export const LEG_HINTS: Readonly<Record<string, MuscleHint>> = { ...THIGH, ...LEG, ...FOOT_HINTS };
