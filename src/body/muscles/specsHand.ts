/** Shape hints of the hand muscles (left side; see `specs.ts`). */
import { B, L } from './specPoints.ts';
import type { MuscleHint } from './types.ts';

export const HAND_HINTS: Readonly<Record<string, MuscleHint>> = {
  'adductor-pollicis': {
    origin: [B('wrist-centre', 'mc3-head', 0.55, 0, 0, 0.008), L('mc3-head', 0, 0.008, 0.008)],
    insertion: [L('mc1-head', -0.008, 0, 0)],
    thickness: 0.008,
    follow: 'free',
  },
  'opponens-pollicis': {
    origin: [B('wrist-centre', 'mc1-head', 0.2, 0, 0, 0.01)],
    insertion: [L('mc1-head', 0, 0.01, 0.004)],
    thickness: 0.01,
    width: 0.014,
    follow: 'shell',
    depth: 0.006,
  },
  'first-dorsal-interosseous': {
    origin: [
      L('mc1-head', -0.008, 0.03, -0.012),
      B('wrist-centre', 'mc2-head', 0.3, 0.01, 0, -0.008),
    ],
    insertion: [L('mc2-head', 0.005, 0, -0.002)],
    thickness: 0.012,
  },
  'abductor-digiti-minimi-hand': {
    origin: [L('ulnar-styloid', 0, -0.02, 0.006)],
    insertion: [L('mc5-head', -0.008, 0, 0)],
    thickness: 0.01,
  },
  // Slips in the three spaces between the second to fifth metacarpals (dorsal and palmar
  // interossei together), each from the shafts beside it to the base of a finger.
  'hand-interossei': {
    origin: [
      B('wrist-centre', 'mc3-head', 0.32, 0.008, 0, -0.002),
      B('wrist-centre', 'mc5-head', 0.34, 0.006, 0, -0.002),
    ],
    insertion: [
      B('mc2-head', 'mc3-head', 0.5, 0, -0.004, -0.002),
      B('mc3-head', 'mc5-head', 0.74, 0, -0.004, -0.002),
    ],
    thickness: 0.008,
    width: 0.011,
    flat: 0.6,
    peak: 0.45,
    tendon: [0.04, 0.16],
    follow: 'free',
    parts: [
      {
        origin: [B('wrist-centre', 'mc3-head', 0.32, 0.008, 0, -0.002)],
        insertion: [B('mc2-head', 'mc3-head', 0.5, 0, -0.004, -0.002)],
      },
      {
        origin: [B('wrist-centre', 'mc3-head', 0.32, -0.006, 0, -0.002)],
        insertion: [B('mc3-head', 'mc5-head', 0.28, 0, -0.004, -0.002)],
      },
      {
        origin: [B('wrist-centre', 'mc5-head', 0.34, 0.006, 0, -0.002)],
        insertion: [B('mc3-head', 'mc5-head', 0.74, 0, -0.004, -0.002)],
      },
    ],
  },
};
