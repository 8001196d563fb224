/**
 * The muscle generator: (dataset muscles, shape hints, body) → one closed mesh per muscle for the
 * left side; `mirrorMesh` gives the right side. Deterministic: no randomness, the same body
 * gives the same geometry.
 */
import type { Vec3 } from '../math.ts';
import { buildMuscle } from './build.ts';
import { lineLength } from './curves.ts';
import { resolveLine } from './points.ts';
import { resolveProfile } from './profile.ts';
import { MUSCLE_HINTS } from './specs.ts';
import type { BodyInput, MuscleHint, MuscleMesh, MuscleSource, PointSpec } from './types.ts';

/** Minimum depth of any muscle vertex under the skin (m). */
export const SKIN_GAP = 0.0012;

/** Orders 2+ points into a chain: start at an end (farthest from the centroid), then nearest next. */
export function chainOrder(pts: readonly Vec3[]): Vec3[] {
  if (pts.length < 3) return [...pts];
  const c = pts.reduce<Vec3>((a, p) => [a[0] + p[0], a[1] + p[1], a[2] + p[2]], [0, 0, 0]);
  const cen: Vec3 = [c[0] / pts.length, c[1] / pts.length, c[2] / pts.length];
  const d2 = (a: Vec3, b: Vec3) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
  const left = [...pts];
  left.sort((a, b) => d2(b, cen) - d2(a, cen));
  const out: Vec3[] = [left.shift() as Vec3];
  while (left.length > 0) {
    const last = out[out.length - 1] as Vec3;
    let best = 0;
    left.forEach((p, i) => {
      if (d2(p, last) < d2(left[best] as Vec3, last)) best = i;
    });
    out.push(left.splice(best, 1)[0] as Vec3);
  }
  return out;
}

function line(
  body: BodyInput,
  given: readonly PointSpec[] | undefined,
  ids: readonly string[],
): Vec3[] {
  if (given) return resolveLine(body, given);
  return chainOrder(resolveLine(body, ids));
}

/** Generates one muscle (left side). Throws if a landmark it needs is missing. */
export function generateMuscle(
  body: BodyInput,
  m: MuscleSource,
  hint: MuscleHint = MUSCLE_HINTS[m.id] ?? {},
): MuscleMesh {
  const { parts, ...whole } = hint;
  if (!parts || parts.length === 0) return generateBelly(body, m, whole);
  return mergeMeshes(
    m.id,
    parts.map((part) => generateBelly(body, m, { ...whole, ...part })),
  );
}

/** Several closed meshes as one (parts in order: the first starts at the origin, the last ends at the insertion). */
export function mergeMeshes(id: string, parts: readonly MuscleMesh[]): MuscleMesh {
  const cat = (key: 'positions' | 'normals' | 'uvs' | 'mid' | 'midHalf'): Float32Array => {
    const out = new Float32Array(parts.reduce((n, p) => n + p[key].length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p[key], o);
      o += p[key].length;
    }
    return out;
  };
  const indices = new Uint32Array(parts.reduce((n, p) => n + p.indices.length, 0));
  let io = 0;
  let vo = 0;
  for (const p of parts) {
    for (let i = 0; i < p.indices.length; i++) indices[io + i] = (p.indices[i] as number) + vo;
    io += p.indices.length;
    vo += p.positions.length / 3;
  }
  return {
    id,
    positions: cat('positions'),
    normals: cat('normals'),
    uvs: cat('uvs'),
    indices,
    axis: parts.flatMap((p) => p.axis),
    axisHalf: parts.flatMap((p) => p.axisHalf),
    mid: cat('mid'),
    midHalf: cat('midHalf'),
  };
}

function generateBelly(body: BodyInput, m: MuscleSource, hint: MuscleHint): MuscleMesh {
  const origin = line(body, hint.origin, m.origin.landmarks);
  const insertion = line(body, hint.insertion, m.insertion.landmarks);
  const via = (hint.via ?? []).map((l) => resolveLine(body, l));
  const profile = resolveProfile(m.shape, m.layer, hint, body.scale);
  // A muscle with a long origin line needs little extra width at the belly.
  if (lineLength(origin) > 0.06 && hint.width === undefined) profile.width *= 0.4;
  return buildMuscle({
    id: m.id,
    origin,
    insertion,
    via,
    profile,
    sdf: body.skin,
    facing: hint.facing,
    rings: hint.rings,
    around: hint.around,
    skinGap: SKIN_GAP,
  });
}

/** The right-side mirror image of a left-side mesh (x negated, winding flipped). */
export function mirrorMesh(m: MuscleMesh): MuscleMesh {
  const flipX = (a: Float32Array): Float32Array => {
    const b = Float32Array.from(a);
    for (let i = 0; i < b.length; i += 3) b[i] = -(b[i] as number);
    return b;
  };
  const indices = Uint32Array.from(m.indices);
  for (let i = 0; i < indices.length; i += 3) {
    const t = indices[i + 1] as number;
    indices[i + 1] = indices[i + 2] as number;
    indices[i + 2] = t;
  }
  return {
    ...m,
    positions: flipX(m.positions),
    normals: flipX(m.normals),
    indices,
    axis: m.axis.map((p) => [-p[0], p[1], p[2]] as Vec3),
    mid: flipX(m.mid),
  };
}
