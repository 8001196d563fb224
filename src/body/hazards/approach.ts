/**
 * The needle line of a trigger point: from the skin point nearest the trigger point through it
 * (perpendicular to the skin), tilted where the record's needling approach names a direction
 * ("directed medially", "angled … downward"). Tangential or in-fold approaches keep the
 * perpendicular line as the reference (the panel says so). Unit vectors in the body frame.
 */
import { type Vec3, add, norm, scale, dot, sub } from '../math.ts';

/** How the needle line was chosen, for the panel's wording. */
export type NeedleBasis = 'perpendicular' | 'medial' | 'downward' | 'upward';

export interface NeedleDirection {
  readonly dir: Vec3;
  readonly basis: NeedleBasis;
  /** The record advises a tangential, parallel or in-fold needle (the line is a reference). */
  readonly tangential: boolean;
}

/** Tilt of a named direction from the perpendicular, radians (30°). */
const TILT = Math.PI / 6;

/** The approach's named direction, if any. */
export function approachBasis(approach: string): NeedleBasis {
  const a = approach.toLowerCase();
  if (
    /\b(directed|angled|aimed)\s+(?:\w+\s+){0,2}medially\b|from lateral directed medially/.test(a)
  )
    return 'medial';
  if (/\b(directed|angled)\s+(?:\w+\s+){0,2}(downward|downwards|caudally)\b/.test(a))
    return 'downward';
  if (/\b(directed|angled)\s+(?:\w+\s+){0,2}(upward|upwards|cranially)\b/.test(a)) return 'upward';
  return 'perpendicular';
}

/**
 * Needle direction into the body at a trigger point: `inward` is the unit vector from the nearest
 * skin point to the point; `x` the point's x (its side, for "medially").
 */
export function needleDirection(approach: string, inward: Vec3, x: number): NeedleDirection {
  const basis = approachBasis(approach);
  const tangential = /tangential|parallel|horizontal|within the (grasped )?fold|pincer/i.test(
    approach,
  );
  const want: Vec3 =
    basis === 'medial' ? [-Math.sign(x || 1), 0, 0] : basis === 'downward' ? [0, -1, 0] : [0, 1, 0];
  if (basis === 'perpendicular') return { dir: norm(inward), basis, tangential };
  const side = sub(want, scale(inward, dot(want, inward)));
  const l = Math.hypot(side[0], side[1], side[2]);
  if (l < 1e-6) return { dir: norm(inward), basis, tangential };
  const dir = norm(add(scale(norm(inward), Math.cos(TILT)), scale(side, Math.sin(TILT) / l)));
  return { dir, basis, tangential };
}
