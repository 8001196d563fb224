/**
 * Sweeps rings of points into a closed, consistently outward-oriented triangle mesh with rounded
 * end caps, smooth vertex normals and (u, v) fibre coordinates.
 */
import { type Vec3, vec3 } from '../math.ts';
import { keepInside, type Sdf } from './field.ts';
import { relaxFolds } from './folds.ts';
import { vertexNormals } from './normals.ts';
import type { MuscleMesh } from './types.ts';

export interface Ring {
  readonly pts: readonly Vec3[];
  /** Across-coordinate v of each point. */
  readonly vs: readonly number[];
  readonly u: number;
  /** Belly factor 0 (tendon) … 1 (thickest belly), stored as the first texture coordinate. */
  readonly fleshy: number;
  readonly centre: Vec3;
  readonly half: number;
  /** Mid-surface points for θ in [0, π] and the half thickness there (trigger point sites). */
  readonly mids: readonly Vec3[];
  readonly midHalf: readonly number[];
  /** Unit tangent of the fibres at this ring. */
  readonly t: Vec3;
}

function signedVolume(pos: Float32Array, idx: Uint32Array): number {
  let v = 0;
  for (let i = 0; i < idx.length; i += 3) {
    const a = 3 * (idx[i] as number);
    const b = 3 * (idx[i + 1] as number);
    const c = 3 * (idx[i + 2] as number);
    const ax = pos[a] as number,
      ay = pos[a + 1] as number,
      az = pos[a + 2] as number;
    const bx = pos[b] as number,
      by = pos[b + 1] as number,
      bz = pos[b + 2] as number;
    const cx = pos[c] as number,
      cy = pos[c + 1] as number,
      cz = pos[c + 2] as number;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

/**
 * Laplacian smoothing of the ring grid (nU rings × nA points, closed around): irons out the small
 * folds that projecting neighbouring points onto a curved shell can leave. End rings are kept.
 */
function smoothGrid(pos: Float32Array, nU: number, nA: number, iterations: number): void {
  const tmp = new Float32Array(pos.length);
  for (let it = 0; it < iterations; it++) {
    tmp.set(pos);
    for (let i = 1; i + 1 < nU; i++) {
      for (let j = 0; j < nA; j++) {
        const k = i * nA + j;
        const nb = [k - nA, k + nA, i * nA + ((j + 1) % nA), i * nA + ((j + nA - 1) % nA)];
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          for (const n of nb) sum += tmp[3 * n + c] as number;
          pos[3 * k + c] = 0.5 * (tmp[3 * k + c] as number) + 0.125 * sum;
        }
      }
    }
  }
}

/** Closed mesh from rings (all with the same number of points). */
export function sweepRings(id: string, rings: readonly Ring[], sdf: Sdf, gap: number): MuscleMesh {
  const nU = rings.length;
  const nA = (rings[0] as Ring).pts.length;
  const grid = new Float32Array(nU * nA * 3);
  rings.forEach((r, i) => r.pts.forEach((q, j) => grid.set(q, 3 * (i * nA + j))));
  smoothGrid(grid, nU, nA, 4);
  // Rounded ends: DOME rings close each end ring's thickness (upper and lower points meet at the
  // mid-surface) while stepping out along the fibres, then a fan closes it at an apex. No crease.
  const first = rings[0] as Ring;
  const last = rings[nU - 1] as Ring;
  const total = nU + 2 * DOME;
  const nV = total * nA + 2;
  const pos = new Float32Array(nV * 3);
  const uvs = new Float32Array(nV * 2);
  const ringAt = (i: number): Float32Array => grid.subarray(3 * i * nA, 3 * (i + 1) * nA);
  const put = (row: number, pts: Float32Array, r: Ring, phi: number, dir: number): void => {
    const rad = Math.max(r.half, 0.0012);
    const co = Math.cos(phi);
    const width = 0.8 + 0.2 * co;
    for (let j = 0; j < nA; j++) {
      const o = (nA - j) % nA;
      const q: Vec3 = vec3((c) => {
        const p = pts[3 * j + c] as number;
        const mid = (p + (pts[3 * o + c] as number)) / 2;
        const cen = r.centre[c] as number;
        return (
          cen +
          (mid - cen) * width +
          (p - mid) * co +
          dir * (r.t[c] as number) * rad * Math.sin(phi)
        );
      });
      pos.set(phi === 0 ? q : keepInside(sdf, q, gap), 3 * (row * nA + j));
      uvs.set([r.fleshy, r.vs[j] as number], 2 * (row * nA + j));
    }
  };
  for (let k = 0; k < DOME; k++) {
    const phi = ((DOME - k) * Math.PI) / (2 * (DOME + 1));
    put(k, ringAt(0), first, phi, -1);
    put(total - 1 - k, ringAt(nU - 1), last, phi, 1);
  }
  for (let i = 0; i < nU; i++) {
    const row = ringAt(i);
    for (let j = 0; j < nA; j++) {
      // Points were placed inside already; smoothing can only nudge a few out again.
      const q = keepInside(
        sdf,
        [row[3 * j] as number, row[3 * j + 1] as number, row[3 * j + 2] as number],
        gap / 2,
      );
      row.set(q, 3 * j);
    }
    put(DOME + i, row, rings[i] as Ring, 0, 0);
  }
  const apex = (r: Ring, dir: number): Vec3 =>
    keepInside(
      sdf,
      vec3((c) => (r.centre[c] as number) + dir * (r.t[c] as number) * Math.max(r.half, 0.0012)),
      gap,
    );
  pos.set(apex(first, -1), 3 * (nV - 2));
  pos.set(apex(last, 1), 3 * (nV - 1));
  uvs.set([first.fleshy, 0.5, last.fleshy, 0.5], 2 * (nV - 2));
  const indices = Uint32Array.from(sweepIndices(total, nA, nV));
  if (signedVolume(pos, indices) < 0) {
    for (let i = 0; i < indices.length; i += 3) {
      const t = indices[i + 1] as number;
      indices[i + 1] = indices[i + 2] as number;
      indices[i + 2] = t;
    }
  }
  relaxFolds(pos, indices, sdf, gap / 2);
  const normals = vertexNormals(pos, indices);
  return {
    id,
    positions: pos,
    normals,
    uvs,
    indices,
    axis: rings.map((r) => r.centre),
    axisHalf: rings.map((r) => r.half),
    mid: Float32Array.from(rings.flatMap((r) => r.mids.flat())),
    midHalf: Float32Array.from(rings.flatMap((r) => r.midHalf)),
  };
}

/** Rings added at each end to round it off. */
const DOME = 2;

/** Quads between consecutive rings and a fan at each end (apex last, so each fan triangle starts at a ring vertex). */
function sweepIndices(total: number, nA: number, nV: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i + 1 < total; i++) {
    for (let j = 0; j < nA; j++) {
      const a = i * nA + j;
      const b = i * nA + ((j + 1) % nA);
      const c = (i + 1) * nA + ((j + 1) % nA);
      const d = (i + 1) * nA + j;
      idx.push(a, b, c, a, c, d);
    }
  }
  const lastRow = (total - 1) * nA;
  for (let j = 0; j < nA; j++) {
    const jn = (j + 1) % nA;
    idx.push(jn, j, nV - 2);
    idx.push(lastRow + j, lastRow + jn, nV - 1);
  }
  return idx;
}
