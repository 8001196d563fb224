/**
 * Shape hints of the face and scalp muscles and the platysma (left side; see `specs.ts`).
 * Body frame: metres for a 1.756 m body, +X lateral on the left side, +Y up, +Z anterior.
 */
import { B, L } from './specPoints.ts';
import type { MuscleHint, PointSpec } from './types.ts';

/** A point moved to lie in the scalp, 3 mm under the skin (over the skull). */
const scalp = (p: PointSpec): PointSpec =>
  typeof p === 'string' ? { lm: p, depth: 0.003 } : { ...p, depth: 0.003 };

export const FACE_HINTS: Readonly<Record<string, MuscleHint>> = {
  platysma: {
    origin: [L('clavicle-mid', -0.02, -0.03, 0.01), L('acromioclavicular', -0.03, -0.03, 0.02)],
    insertion: [L('mental', 0.005), L('gonion', 0.01, 0, 0.01)],
    thickness: 0.003,
    depth: 0.0016,
    veil: true,
  },
  masseter: {
    origin: [L('zygion', -0.004, -0.005, 0.012), L('zygion', 0, -0.005, -0.012)],
    insertion: [L('gonion', 0, 0.008, 0.012), L('gonion', 0, 0.012, -0.004)],
    thickness: 0.014,
    width: 0.004,
  },
  temporalis: {
    // Fan over the temporal fossa (below the temporal line), under the zygomatic arch to the coronoid.
    origin: [
      L('frontal-eminence', 0.03, -0.02, -0.02),
      L('temple', 0, 0.045, -0.01),
      B('parietal-eminence', 'temple', 0.35, 0.012, 0, -0.035),
      L('tragus', -0.004, 0.05, -0.045),
    ],
    via: [[L('temple', 0.004, -0.006, 0.008), L('tragus', 0.002, 0.008, 0.012)]],
    insertion: [L('coronoid', 0, 0.005, 0)],
    thickness: 0.012,
    flat: 0.6,
  },
  buccinator: {
    origin: [L('coronoid', -0.004, -0.01, 0), L('gonion', 0.004, 0.015, 0.02)],
    insertion: [L('stomion', 0.022, 0, -0.012)],
    thickness: 0.004,
    follow: 'shell',
    depth: 0.01,
  },
  // A broad sheet from the scalp aponeurosis at the hairline down to the skin of the eyebrow.
  // The scalp muscles' attachments lie in the scalp, over the bone, not at the bony landmarks.
  frontalis: {
    origin: [
      scalp(B('frontal-eminence', 'vertex', 0.3, -0.024, 0, 0)),
      scalp(B('frontal-eminence', 'vertex', 0.3, 0.02, 0, -0.01)),
    ],
    insertion: [scalp(L('glabella', 0.006, 0, 0)), scalp(L('ectocanthus', -0.004, 0.022, 0))],
    thickness: 0.003,
    width: 0.012,
    flat: 0.35,
    tendon: [0.03, 0.02],
    depth: 0.0016,
  },
  occipitalis: {
    origin: [
      scalp(L('occipital-lateral', -0.02, 0.005, 0)),
      scalp(L('mastoid', -0.005, 0.02, -0.02)),
    ],
    insertion: [
      scalp(B('parietal-eminence', 'inion', 0.3, -0.01, 0, 0)),
      scalp(B('parietal-eminence', 'inion', 0.6, 0, 0, 0)),
    ],
    thickness: 0.003,
    depth: 0.0016,
  },
  'zygomaticus-major': {
    origin: [L('zygion', -0.005, 0, 0.01)],
    insertion: [L('stomion', 0.025, 0, -0.005)],
    thickness: 0.005,
    width: 0.01,
    depth: 0.002,
  },
  // A band that circles the eye from the medial canthus over the upper lid, round the lateral
  // corner and back under the lower lid (its fibres attach medially, around the orbit).
  'orbicularis-oculi': {
    origin: [B('nasion', 'ectocanthus', 0.18, 0, 0.004, 0)],
    via: [
      [B('nasion', 'ectocanthus', 0.55, 0, 0.016, 0)],
      [L('ectocanthus', 0.008, 0, -0.004)],
      [B('nasion', 'ectocanthus', 0.55, 0, -0.02, 0.002)],
    ],
    insertion: [B('nasion', 'ectocanthus', 0.2, 0, -0.012, 0)],
    thickness: 0.004,
    width: 0.011,
    tendon: [0.04, 0.04],
    flat: 0.5,
    follow: 'shell',
    depth: 0.002,
  },
};
