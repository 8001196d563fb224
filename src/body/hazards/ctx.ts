/**
 * What the hazard builders place structures from: the skeleton, the landmarks, the muscle
 * envelope of the skin (skin without the breasts) and the bone field, with helpers that keep a
 * point inside the skin and outside the bones. Metres, body frame (origin on the floor between
 * the heels, +Y up, +X the body's left, +Z anterior); builders author the left side.
 */
import { buildBoneField, skinEnvelope } from '../bones/index.ts';
import { cachedField } from '../sdf/core.ts';
import { landmarksFor } from '../landmarks/landmarks.ts';
import { snap } from '../landmarks/tools.ts';
import { type Vec3, add, scale } from '../math.ts';
import type { BodyShapeSpec } from '../spec/shapes.ts';
import { type Skeleton, buildSkeleton } from '../landmarks/skeleton.ts';
import { buildSkin } from '../skin/index.ts';

export type Field = (x: number, y: number, z: number) => number;

export interface HazardCtx {
  readonly sk: Skeleton;
  /** Generic scale: stature / 1.756 m. */
  readonly s: number;
  /** Landmark (left side for paired ids, `l-` prefix optional). Throws if unknown. */
  readonly lm: (id: string) => Vec3;
  /** Signed distance to the muscle envelope of the skin (negative inside), m. */
  readonly env: Field;
  /** Signed distance to the bones (negative inside), m. */
  readonly bone: Field;
  /** Point on the line through p along dir, `depth` m beneath the envelope (outward = dir). */
  readonly under: (p: Vec3, dir: Vec3, depth: number) => Vec3;
  /** z of the centre of the vertebral bodies at height y (as the bone builder places them). */
  readonly spineZ: (y: number) => number;
  /** z of the trunk's axis at height y (midway between the front and back of the envelope). */
  readonly trunkZ: (y: number) => number;
}

/** A function of height memoised on a 1 mm grid (linear between grid values). */
function memoY(f: (y: number) => number): (y: number) => number {
  const cache = new Map<number, number>();
  const get = (i: number): number => {
    let v = cache.get(i);
    if (v === undefined) {
      v = f(i / 1000);
      cache.set(i, v);
    }
    return v;
  };
  return (y) => {
    const i = Math.floor(y * 1000);
    const t = y * 1000 - i;
    return get(i) * (1 - t) + get(i + 1) * t;
  };
}

export function hazardCtx(spec: BodyShapeSpec): HazardCtx {
  const sk = buildSkeleton(spec);
  const skin = buildSkin(sk);
  const envProg = skinEnvelope(skin);
  const lms = landmarksFor(sk, skin);
  const env = cachedField(envProg, 0.03, 0.04);
  const boneProg = buildBoneField(spec);
  const bone: Field = (x, y, z) => boneProg.eval(x, y, z);
  const under = (p: Vec3, dir: Vec3, depth: number): Vec3 => snap(envProg, p, dir, depth);
  return {
    sk,
    s: sk.s,
    lm: (id) => {
      const p = lms[`l-${id}`] ?? lms[id];
      if (!p) throw new Error(`hazards: unknown landmark ${id}`);
      return p;
    },
    env: (x, y, z) => env(x, y, z),
    bone,
    under,
    spineZ: memoY((y) => under([0, y, sk.z0], [0, 0, -1], 0)[2] + 0.074 * sk.s),
    trunkZ: memoY((y) => {
      const f = under([0, y, sk.z0], [0, 0, 1], 0)[2];
      const b = under([0, y, sk.z0], [0, 0, -1], 0)[2];
      return (f + b) / 2;
    }),
  };
}

/** Central-difference gradient of a field (not normalised), step h m. */
export function gradient(f: Field, p: Vec3, h = 0.001): Vec3 {
  const [x, y, z] = p;
  return [
    (f(x + h, y, z) - f(x - h, y, z)) / (2 * h),
    (f(x, y + h, z) - f(x, y - h, z)) / (2 * h),
    (f(x, y, z + h) - f(x, y, z - h)) / (2 * h),
  ];
}

/**
 * Moves p until it is at least `skinDepth` inside the envelope and at least `boneGap` outside
 * the bones (a few alternating gradient steps; the skin wins where both cannot hold).
 */
export function settle(c: HazardCtx, p: Vec3, skinDepth: number, boneGap: number): Vec3 {
  let q = p;
  for (let it = 0; it < 8; it++) {
    const b = c.bone(q[0], q[1], q[2]);
    if (b < boneGap) q = add(q, scale(unit(gradient(c.bone, q)), boneGap - b + 0.0003));
    const e = c.env(q[0], q[1], q[2]);
    if (e > -skinDepth) q = add(q, scale(unit(gradient(c.env, q)), -(e + skinDepth + 0.0003)));
    if (c.bone(q[0], q[1], q[2]) >= boneGap - 1e-4 && c.env(q[0], q[1], q[2]) <= -skinDepth + 1e-4)
      break;
  }
  return q;
}

function unit(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
}
