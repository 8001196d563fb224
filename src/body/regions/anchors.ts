/**
 * Building blocks of the region atlas. Every region key has an anchor set: surface points
 * placed from landmarks and joint centres of the left half (or the midline). A skin vertex takes
 * the region of its nearest allowed anchor; "allowed" is decided by the body part the vertex
 * belongs to (see assign.ts). Metres, body frame.
 */
import { type Vec3, add, lerp, norm, scale } from '../math.ts';
import type { LandmarkMap } from '../landmarks/landmarks.ts';
import { snap } from '../landmarks/tools.ts';
import type { SdfProgram } from '../sdf/core.ts';
import type { Skeleton } from '../landmarks/skeleton.ts';

/** Body part of an anchor set; vertices only look at anchors of the parts they may belong to. */
export type Part =
  | 'head'
  | 'axial'
  | 'arm'
  | 'axilla'
  | 'leg'
  | 'thumb'
  | 'index'
  | 'middle'
  | 'ring'
  | 'little'
  | 'hallux'
  | 'toes';

export interface AnchorSet {
  part: Part;
  pts: Vec3[];
}

/** Region key (as in data/regions.json without the l-/r- prefix, or a midline id) → anchors. */
export type AnchorRules = Record<string, (c: AtlasCtx) => AnchorSet>;

export interface AtlasCtx {
  sk: Skeleton;
  skin: SdfProgram;
  /** Landmark of the left side (paired ids) or of the midline. */
  lm: (id: string) => Vec3;
  /** Skin point reached from the inner point p walking along dir. */
  surf: (p: Vec3, dir: Vec3) => Vec3;
  /** Skin points from inner points lerp(a, b, t) for n values of t in [t0, t1], along dir. */
  band: (a: Vec3, b: Vec3, t0: number, t1: number, dir: Vec3, n?: number) => Vec3[];
}

export function makeCtx(sk: Skeleton, skin: SdfProgram, lms: LandmarkMap): AtlasCtx {
  const lm = (id: string): Vec3 => {
    const p = lms[`l-${id}`] ?? lms[id];
    if (!p) throw new Error(`atlas: unknown landmark ${id}`);
    return p;
  };
  const surf = (p: Vec3, dir: Vec3): Vec3 => snap(skin, p, norm(dir), 0);
  const band = (a: Vec3, b: Vec3, t0: number, t1: number, dir: Vec3, n = 4): Vec3[] => {
    const out: Vec3[] = [];
    for (let i = 0; i < n; i++) {
      const t = n === 1 ? (t0 + t1) / 2 : t0 + ((t1 - t0) * i) / (n - 1);
      out.push(surf(lerp(a, b, t), dir));
    }
    return out;
  };
  return { sk, skin, lm, surf, band };
}

/** Anchor set helper. */
export const A = (part: Part, pts: Vec3[]): AnchorSet => ({ part, pts });

/** Direction between two unit vectors (normalised sum of weights). */
export const mix = (a: Vec3, wa: number, b: Vec3, wb: number): Vec3 =>
  norm(add(scale(a, wa), scale(b, wb)));
