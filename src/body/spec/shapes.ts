/**
 * Body shape specifications: the anthropometric inputs of the generators, in metres.
 *
 * Sources
 * - Gordon CC et al. 2014, *2012 Anthropometric Survey of U.S. Army Personnel (ANSUR II)*,
 *   NATICK/TR-15/007 — means as listed in `shared/reference/anthropometry.md` (heights, breadths,
 *   circumferences marked [ref]).
 * - Fields marked [approx] are rounded ANSUR II means for measures the project's reference table
 *   does not list (head, hand, foot, limb segment lengths, depths). They shape the body only and are
 *   not checked by tests against published ratios.
 */
import type { BodyShape } from '../../domain/primitives.ts';

export interface BodyShapeSpec {
  shape: BodyShape;
  /** Stature, m [ref]. */
  stature: number;
  /** Heights above the floor, m [ref]. */
  cervicaleHeight: number;
  acromialHeight: number;
  suprasternaleHeight: number;
  axillaHeight: number;
  rib10Height: number;
  iliocristaleHeight: number;
  waistHeight: number;
  trochanterionHeight: number;
  crotchHeight: number;
  wristHeight: number;
  lateralFemoralEpicondyleHeight: number;
  lateralMalleolusHeight: number;
  /** Breadths, m [ref]. */
  biacromialBreadth: number;
  bideltoidBreadth: number;
  hipBreadth: number;
  bicristalBreadth: number;
  /** Circumferences, m [ref]. */
  chestCirc: number;
  waistCirc: number;
  buttockCirc: number;
  neckCirc: number;
  thighCirc: number;
  calfCirc: number;
  /** Head, m [approx]. */
  headLength: number;
  headBreadth: number;
  /** Vertex to menton. */
  headHeight: number;
  bizygomaticBreadth: number;
  bitragionBreadth: number;
  tragionTopOfHead: number;
  /** Limb segments and extremities, m [approx]. */
  acromionRadialeLength: number;
  radialeStylionLength: number;
  handLength: number;
  handBreadth: number;
  footLength: number;
  footBreadth: number;
  /** Trunk depths and breadths, m [approx]. */
  chestDepth: number;
  chestBreadth: number;
  waistDepth: number;
  waistBreadth: number;
  buttockDepth: number;
  /** Limb circumferences, m [approx]. */
  bicepsCirc: number;
  forearmCirc: number;
  wristCirc: number;
  kneeCirc: number;
  ankleCirc: number;
  /** Posture, degrees: arm abduction from the trunk and elbow carrying angle. */
  armAbductionDeg: number;
  carryingAngleDeg: number;
  /** Female breast projection beyond the chest wall, m (0 for male). */
  breastProjection: number;
}

/** ANSUR II male means (4,082 men). */
export const MALE_SPEC: BodyShapeSpec = {
  shape: 'male',
  stature: 1.756,
  cervicaleHeight: 1.517,
  acromialHeight: 1.441,
  suprasternaleHeight: 1.439,
  axillaHeight: 1.329,
  rib10Height: 1.121,
  iliocristaleHeight: 1.062,
  waistHeight: 1.057,
  trochanterionHeight: 0.901,
  crotchHeight: 0.846,
  wristHeight: 0.848,
  lateralFemoralEpicondyleHeight: 0.492,
  lateralMalleolusHeight: 0.073,
  biacromialBreadth: 0.416,
  bideltoidBreadth: 0.51,
  hipBreadth: 0.346,
  bicristalBreadth: 0.275,
  chestCirc: 1.059,
  waistCirc: 0.941,
  buttockCirc: 1.02,
  neckCirc: 0.398,
  thighCirc: 0.625,
  calfCirc: 0.392,
  headLength: 0.199,
  headBreadth: 0.155,
  headHeight: 0.232,
  bizygomaticBreadth: 0.141,
  bitragionBreadth: 0.146,
  tragionTopOfHead: 0.131,
  acromionRadialeLength: 0.337,
  radialeStylionLength: 0.269,
  handLength: 0.193,
  handBreadth: 0.089,
  footLength: 0.27,
  footBreadth: 0.101,
  chestDepth: 0.254,
  chestBreadth: 0.332,
  waistDepth: 0.242,
  waistBreadth: 0.318,
  buttockDepth: 0.254,
  bicepsCirc: 0.33,
  forearmCirc: 0.29,
  wristCirc: 0.175,
  kneeCirc: 0.39,
  ankleCirc: 0.226,
  armAbductionDeg: 15,
  carryingAngleDeg: 10,
  breastProjection: 0,
};

/** ANSUR II female means (1,986 women). */
export const FEMALE_SPEC: BodyShapeSpec = {
  shape: 'female',
  stature: 1.629,
  cervicaleHeight: 1.396,
  acromialHeight: 1.335,
  suprasternaleHeight: 1.33,
  axillaHeight: 1.239,
  rib10Height: 1.056,
  iliocristaleHeight: 0.996,
  waistHeight: 0.98,
  trochanterionHeight: 0.845,
  crotchHeight: 0.782,
  wristHeight: 0.794,
  lateralFemoralEpicondyleHeight: 0.466,
  lateralMalleolusHeight: 0.063,
  biacromialBreadth: 0.365,
  bideltoidBreadth: 0.45,
  hipBreadth: 0.354,
  bicristalBreadth: 0.273,
  chestCirc: 0.947,
  waistCirc: 0.861,
  buttockCirc: 1.021,
  neckCirc: 0.33,
  thighCirc: 0.616,
  calfCirc: 0.373,
  headLength: 0.188,
  headBreadth: 0.147,
  headHeight: 0.218,
  bizygomaticBreadth: 0.132,
  bitragionBreadth: 0.137,
  tragionTopOfHead: 0.126,
  acromionRadialeLength: 0.313,
  radialeStylionLength: 0.242,
  handLength: 0.18,
  handBreadth: 0.079,
  footLength: 0.246,
  footBreadth: 0.092,
  chestDepth: 0.246,
  chestBreadth: 0.279,
  waistDepth: 0.221,
  waistBreadth: 0.293,
  buttockDepth: 0.25,
  bicepsCirc: 0.28,
  forearmCirc: 0.245,
  wristCirc: 0.152,
  kneeCirc: 0.375,
  ankleCirc: 0.212,
  armAbductionDeg: 15,
  carryingAngleDeg: 13,
  breastProjection: 0.045,
};

export const BODY_SPECS: Record<BodyShape, BodyShapeSpec> = {
  female: FEMALE_SPEC,
  male: MALE_SPEC,
};
