/**
 * Shape hints of the head, neck, back (paraspinal), deep trunk and deep hip muscles (left side;
 * see `specs.ts`). Deep points are placed from the spinous-process landmarks by typical
 * anteroposterior distances (vertebral body centre ≈ 6–7 cm anterior to the spinous tip in the
 * lumbar spine).
 */
import { B, L } from './specPoints.ts';
import { FACE_HINTS } from './specsFace.ts';
import type { MuscleHint } from './types.ts';

const HEAD_NECK: Record<string, MuscleHint> = {
  'sternocleidomastoid-sternal': {
    origin: [L('suprasternale', 0.012, 0, 0)],
    insertion: [L('mastoid'), L('occipital-lateral', 0.01, 0, 0)],
    thickness: 0.014,
    width: 0.016,
    flat: 0.8,
  },
  'sternocleidomastoid-clavicular': {
    origin: [L('sternoclavicular', 0.012, 0.004, -0.003), L('clavicle-mid', -0.03, 0.004, -0.005)],
    insertion: [L('mastoid', 0, -0.005, 0)],
    thickness: 0.01,
    width: 0.01,
    depth: 0.006,
  },
  'levator-scapulae': {
    origin: [L('c1-transverse', 0, 0, -0.01), L('c4', 0.03, 0, 0.035)],
    insertion: [L('scapula-superior-angle')],
    thickness: 0.014,
    width: 0.02,
    depth: 0.012,
  },
  'scalenus-anterior': {
    origin: [L('c1-transverse', 0, -0.04, -0.01)],
    insertion: [L('sternoclavicular', 0.035, -0.012, -0.02)],
    thickness: 0.01,
    width: 0.012,
  },
  'scalenus-medius': {
    origin: [L('c1-transverse', 0.005, -0.03, -0.02)],
    insertion: [L('clavicle-mid', -0.015, -0.012, -0.035)],
    thickness: 0.011,
    width: 0.013,
  },
  'scalenus-posterior': {
    origin: [L('c1-transverse', 0.005, -0.05, -0.03)],
    insertion: [L('clavicle-mid', 0, -0.012, -0.055)],
    thickness: 0.01,
    width: 0.012,
  },
  'longus-colli': {
    origin: [L('suprasternale', 0.012, 0.03, -0.075)],
    insertion: [L('c1-transverse', -0.025, -0.005, -0.025)],
    thickness: 0.008,
    width: 0.012,
  },
  'medial-pterygoid': {
    origin: [L('coronoid', -0.025, 0.01, -0.01)],
    insertion: [L('gonion', -0.008, 0.005, 0)],
  },
  'lateral-pterygoid': {
    origin: [L('coronoid', -0.025, 0.005, -0.005)],
    insertion: [L('condyle', -0.008, 0, 0)],
  },
  digastric: {
    origin: [L('mastoid', -0.01, -0.01, 0)],
    via: [[L('hyoid', 0.02, 0.01, -0.01)]],
    insertion: [L('mental', -0.008, -0.01, -0.01)],
    thickness: 0.008,
    width: 0.008,
  },
  'splenius-capitis': {
    origin: [L('c4', 0.006), L('t1', 0.008, 0.0, 0)],
    insertion: [L('mastoid', -0.005, 0.005, -0.01), L('occipital-lateral', 0.005, 0, 0)],
    thickness: 0.01,
    depth: 0.01,
  },
  'splenius-cervicis': {
    origin: [L('t4', 0.012)],
    via: [[L('c7', 0.04)]],
    insertion: [L('c1-transverse', 0, -0.01, -0.02)],
    depth: 0.014,
  },
  'semispinalis-capitis': {
    origin: [L('t4', 0.02), L('c7', 0.025)],
    insertion: [L('inion', 0.012, -0.01, 0), L('occipital-lateral', 0, -0.01, 0)],
    thickness: 0.015,
    depth: 0.013,
  },
  'semispinalis-cervicis': {
    origin: [L('t4', 0.015), L('t1', 0.02)],
    insertion: [L('c2', 0.01)],
    follow: 'shell',
    depth: 0.022,
  },
  'cervical-multifidi': {
    origin: [L('c7', 0.01)],
    insertion: [L('c2', 0.008)],
    follow: 'shell',
    depth: 0.028,
  },
  suboccipitals: {
    origin: [L('c2', 0.005, 0.005, 0)],
    // Below the occiput, between it and the first two vertebrae (not in the skull base).
    insertion: [L('occipital-lateral', -0.005, -0.02, -0.008), L('inion', 0.015, -0.028, -0.008)],
    follow: 'shell',
    depth: 0.018,
  },
};

const BACK: Record<string, MuscleHint> = {
  'longissimus-thoracis': {
    origin: [L('s2', 0.025), L('psis', 0, 0.01, 0)],
    via: [
      [L('l3', 0.03), L('l3', 0.05)],
      [L('t7', 0.028), L('t7', 0.045)],
    ],
    insertion: [L('t1', 0.03, 0, 0.01), L('t1', 0.045, 0, 0.01)],
    thickness: 0.024,
    depth: 0.016,
  },
  'iliocostalis-lumborum': {
    origin: [L('psis', 0.01, 0.02, 0), L('iliocristale', -0.05, 0, -0.07)],
    via: [[L('l1', 0.06), L('l1', 0.08)]],
    insertion: [L('t7', 0.065, -0.02, 0), L('t7', 0.085, -0.02, 0)],
    thickness: 0.018,
    depth: 0.016,
  },
  'iliocostalis-thoracis': {
    origin: [L('t12', 0.07), L('t12', 0.085)],
    insertion: [L('t4', 0.065), L('t4', 0.08)],
    thickness: 0.012,
    depth: 0.016,
  },
  'iliocostalis-cervicis': {
    origin: [L('t4', 0.06)],
    insertion: [L('c4', 0.03, 0, 0.03)],
    thickness: 0.008,
    width: 0.012,
    depth: 0.018,
  },
  'thoracolumbar-multifidi': {
    origin: [L('s2', 0.01), L('psis', -0.01)],
    via: [[L('l3', 0.008), L('l3', 0.025)]],
    insertion: [L('t4', 0.008), L('t4', 0.02)],
    thickness: 0.018,
    follow: 'shell',
    depth: 0.03,
  },
  'serratus-posterior-superior': {
    origin: [L('c7', 0.01), L('t1', 0.01, -0.02)],
    insertion: [
      L('scapula-superior-angle', -0.005, -0.03, 0.02),
      L('scapula-spine-root', 0, -0.04, 0.02),
    ],
    depth: 0.02,
  },
  'serratus-posterior-inferior': {
    origin: [L('t12', 0.01), L('l1', 0.01, -0.02)],
    insertion: [L('rib10-lateral', -0.04, 0.04, -0.08), L('rib10-lateral', -0.035, 0, -0.085)],
    depth: 0.015,
  },
};

const DEEP_TRUNK: Record<string, MuscleHint> = {
  iliopsoas: {
    origin: [B('t12', 'l1', 0.5, 0.024, 0, 0.07), L('iliocristale', -0.03, -0.01, 0.01)],
    via: [
      [L('l4', 0.045, 0, 0.075), L('iliocristale', -0.04, -0.06, 0.04)],
      [L('hip-centre', -0.015, 0.04, 0.035), L('hip-centre', 0.005, 0.04, 0.04)],
    ],
    insertion: [L('hip-centre', 0.01, -0.07, -0.005)],
    thickness: 0.034,
    flat: 0.8,
  },
  'quadratus-lumborum': {
    // Iliac crest below (broad) to the 12th rib and lumbar transverse processes above.
    origin: [L('iliocristale', -0.05, 0.005, -0.045), B('l4', 'psis', 0.5, 0, 0.02, 0.03)],
    insertion: [L('t12', 0.025, -0.01, 0.035), L('t12', 0.06, -0.025, 0.03)],
    thickness: 0.02,
    flat: 0.7,
  },
  piriformis: {
    origin: [L('s2', 0.025, -0.02, 0.034)],
    insertion: [L('greater-trochanter', -0.012, 0.025, -0.021)],
    thickness: 0.022,
    width: 0.03,
    tendon: [0.05, 0.2],
  },
  'obturator-internus': {
    origin: [L('ischial-tuberosity', -0.01, 0.04, 0.035), L('pubic-tubercle', 0.01, -0.03, -0.04)],
    via: [[L('ischial-tuberosity', 0.015, 0.03, -0.008)]],
    insertion: [L('greater-trochanter', -0.018, 0, -0.026)],
    thickness: 0.014,
  },
  'gluteus-minimus': {
    origin: [
      L('asis', -0.006, -0.015, -0.012),
      L('iliocristale', 0, -0.028, 0),
      B('iliocristale', 'psis', 0.65, 0, -0.045, -0.005),
    ],
    insertion: [L('greater-trochanter', -0.004, 0.015, 0.02)],
    thickness: 0.016,
    tendon: [0.02, 0.12],
    follow: 'shell',
    depth: 0.026,
  },
  'pectoralis-minor': {
    origin: [
      B('sternal-angle', 'axilla-front', 0.5, 0, -0.02, -0.025),
      B('xiphoid', 'axilla-front', 0.55, 0, 0.02, -0.03),
    ],
    insertion: [L('coracoid', 0, -0.005, 0)],
    thickness: 0.012,
    depth: 0.02,
  },
  subclavius: {
    origin: [L('sternoclavicular', 0.02, -0.01, -0.01)],
    insertion: [L('clavicle-mid', 0.02, -0.01, -0.015)],
    follow: 'shell',
    depth: 0.015,
  },
  sternalis: {
    origin: [L('sternoclavicular', 0.01, -0.02, 0)],
    insertion: [L('xiphoid', 0.015, 0.02, 0)],
    width: 0.014,
    thickness: 0.005,
  },
  intercostals: {
    origin: [
      L('sternal-angle', 0.04),
      L('axilla-front', 0, -0.03, -0.01),
      L('axilla-back', 0, -0.03, 0.01),
    ],
    insertion: [
      L('xiphoid', 0.06, -0.02, 0),
      L('rib10-lateral', 0, 0.02, 0),
      L('rib10-lateral', -0.04, 0.02, -0.08),
    ],
    thickness: 0.005,
    veil: true,
    follow: 'shell',
    depth: 0.025,
  },
  pyramidalis: {
    origin: [L('symphysis', 0.006), L('pubic-tubercle')],
    insertion: [L('symphysis', 0.004, 0.06, 0)],
    thickness: 0.006,
  },
};

export const DEEP_HINTS: Readonly<Record<string, MuscleHint>> = {
  ...FACE_HINTS,
  ...HEAD_NECK,
  ...BACK,
  ...DEEP_TRUNK,
};
