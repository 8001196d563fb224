/**
 * Fold repair for swept muscle meshes. Where a muscle is thicker than the room under the skin
 * (fingers, the dorsum of the foot, the slender female neck) the clamp that keeps each point
 * inside the skin can push an outer point past its inner neighbour, and a few triangles turn
 * inside out. This pass finds those triangles and relaxes their corners towards the mean of
 * their neighbours (umbrella step), clamping again, until none is left or the budget is spent.
 * Positions in metres, body frame; deterministic.
 */
import type { Vec3 } from '../math.ts';
import { keepInside, type Sdf } from './field.ts';
import { faceCross, type FaceCross } from '../mesh/normals.ts';
import { vertexNormals } from './normals.ts';

/** Vertex → neighbouring vertices, from the triangle list. */
function neighbours(indices: Uint32Array, vertexCount: number): number[][] {
  const out: Set<number>[] = Array.from({ length: vertexCount }, () => new Set<number>());
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e] as number;
      const b = indices[t + ((e + 1) % 3)] as number;
      (out[a] as Set<number>).add(b);
      (out[b] as Set<number>).add(a);
    }
  }
  return out.map((s) => [...s]);
}

/** Corners of triangles whose face normal disagrees with a corner's vertex normal. */
export function foldedVertices(pos: Float32Array, indices: Uint32Array): Set<number> {
  const n = vertexNormals(pos, indices);
  const out = new Set<number>();
  const f: FaceCross = [0, 0, 0];
  for (let t = 0; t < indices.length; t += 3) {
    const a = 3 * (indices[t] as number);
    const b = 3 * (indices[t + 1] as number);
    const c = 3 * (indices[t + 2] as number);
    const [fx, fy, fz] = faceCross(pos, a, b, c, f);
    for (const k of [a, b, c]) {
      const d = fx * (n[k] as number) + fy * (n[k + 1] as number) + fz * (n[k + 2] as number);
      if (d <= 0) {
        out.add(a / 3);
        out.add(b / 3);
        out.add(c / 3);
        break;
      }
    }
  }
  return out;
}

export interface FoldRepair {
  /** Folded corners left after the last pass (0 when the mesh is clean). */
  readonly remaining: number;
  readonly passes: number;
}

/**
 * Relaxes folded corners in place, with the vertices around them so the fold does not just move
 * on by one vertex. `gap` is the least depth under the skin (m).
 */
export function relaxFolds(
  pos: Float32Array,
  indices: Uint32Array,
  sdf: Sdf,
  gap: number,
  maxPasses = 16,
): FoldRepair {
  const nb = neighbours(indices, pos.length / 3);
  const old = new Float32Array(pos.length);
  let folded = foldedVertices(pos, indices);
  const best = Float32Array.from(pos);
  let bestCount = folded.size;
  let passes = 0;
  while (folded.size > 0 && passes < maxPasses) {
    passes++;
    const moving = new Set(folded);
    for (const v of folded) for (const w of nb[v] as number[]) moving.add(w);
    old.set(pos);
    for (const v of moving) {
      const list = nb[v] as number[];
      let x = 0;
      let y = 0;
      let z = 0;
      for (const w of list) {
        x += old[3 * w] as number;
        y += old[3 * w + 1] as number;
        z += old[3 * w + 2] as number;
      }
      const k = 0.7 / list.length;
      const q: Vec3 = [
        0.3 * (old[3 * v] as number) + k * x,
        0.3 * (old[3 * v + 1] as number) + k * y,
        0.3 * (old[3 * v + 2] as number) + k * z,
      ];
      pos.set(keepInside(sdf, q, gap), 3 * v);
    }
    folded = foldedVertices(pos, indices);
    if (folded.size < bestCount) {
      bestCount = folded.size;
      best.set(pos);
    }
  }
  // Thin sheets over a concave shell can oscillate rather than converge: keep the best state.
  pos.set(best);
  return { remaining: bestCount, passes };
}
