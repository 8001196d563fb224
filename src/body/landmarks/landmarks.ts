/**
 * Anatomical landmarks of a body shape, for every id in data/landmarks.json: paired ones as
 * `l-<id>` / `r-<id>` (left = +X), midline ones as `<id>`. Metres in the body frame (origin on
 * the floor midway between the heels, +Y up, +X to the body's left, +Z anterior).
 *
 * Heights come from ANSUR II means and ratios (Gordon et al. 2014; shared/reference/
 * anthropometry.md): cervicale (C7), suprasternale, acromion, axilla, 10th rib, iliocristale,
 * omphalion, trochanterion, crotch, lateral femoral epicondyle and lateral malleolus heights.
 * Joint centres follow `buildSkeleton` (skeleton.ts; Harrington 2007 hip centre; ISB conventions, Wu et
 * al. 2002/2005). Surface landmarks are projected onto the generated skin horizontally (heights
 * preserved) and set beneath it by a typical soft-tissue depth.
 */
import { type Vec3, mirrorX } from '../math.ts';
import type { Skeleton } from './skeleton.ts';
import type { SdfProgram } from '../sdf/core.ts';
import { midlineLandmarks, headLandmarks } from './axial.ts';
import { armLandmarks, legLandmarks, trunkPairedLandmarks } from './limbs.ts';

/** Landmark positions by id (`l-`/`r-` prefixed when paired), metres. */
export type LandmarkMap = Record<string, Vec3>;

/** Landmarks from a skeleton and its skin field (used by the generator to avoid rebuilding). */
export function landmarksFor(sk: Skeleton, skin: SdfProgram): LandmarkMap {
  const out: LandmarkMap = { ...midlineLandmarks(sk, skin) };
  const paired: Record<string, Vec3> = {
    ...headLandmarks(sk, skin),
    ...trunkPairedLandmarks(sk, skin),
    ...armLandmarks(sk, skin),
    ...legLandmarks(sk, skin),
  };
  for (const [id, p] of Object.entries(paired)) {
    out[`l-${id}`] = p;
    out[`r-${id}`] = mirrorX(p);
  }
  return out;
}
