/**
 * Sweeps rings of points into a closed, consistently outward-oriented triangle mesh with rounded
 * end caps, smooth vertex normals and (u, v) fibre coordinates.
 */
import { type Vec3, add, scale } from '../math.ts';
import { keepInside, type Sdf } from './field.ts';
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

/** Area-weighted vertex normals. */
export function vertexNormals(pos: Float32Array, idx: Uint32Array): Float32Array {
  const n = new Float32Array(pos.length);
  for (let i = 0; i < idx.length; i += 3) {
    const ia = 3 * (idx[i] as number);
    const ib = 3 * (idx[i + 1] as number);
    const ic = 3 * (idx[i + 2] as number);
    const e1 = [0, 1, 2].map((k) => (pos[ib + k] as number) - (pos[ia + k] as number));
    const e2 = [0, 1, 2].map((k) => (pos[ic + k] as number) - (pos[ia + k] as number));
    const [x1, y1, z1] = e1 as [number, number, number];
    const [x2, y2, z2] = e2 as [number, number, number];
    const cx = y1 * z2 - z1 * y2;
    const cy = z1 * x2 - x1 * z2;
    const cz = x1 * y2 - y1 * x2;
    for (const o of [ia, ib, ic]) {
      n[o] = (n[o] as number) + cx;
      n[o + 1] = (n[o + 1] as number) + cy;
      n[o + 2] = (n[o + 2] as number) + cz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i] as number, n[i + 1] as number, n[i + 2] as number) || 1;
    n[i] = (n[i] as number) / l;
    n[i + 1] = (n[i + 1] as number) / l;
    n[i + 2] = (n[i + 2] as number) / l;
  }
  return n;
}

/** Closed mesh from rings (all with the same number of points). */
export function sweepRings(id: string, rings: readonly Ring[], sdf: Sdf, gap: number): MuscleMesh {
  const nU = rings.length;
  const nA = (rings[0] as Ring).pts.length;
  const nV = nU * nA + 2;
  const pos = new Float32Array(nV * 3);
  const uvs = new Float32Array(nV * 2);
  rings.forEach((r, i) => {
    r.pts.forEach((q, j) => {
      const k = i * nA + j;
      pos.set(q, 3 * k);
      uvs[2 * k] = r.fleshy;
      uvs[2 * k + 1] = r.vs[j] as number;
    });
  });
  const first = rings[0] as Ring;
  const last = rings[nU - 1] as Ring;
  const capA = keepInside(sdf, add(first.centre, scale(first.t, -first.half * 0.7)), gap);
  const capB = keepInside(sdf, add(last.centre, scale(last.t, last.half * 0.7)), gap);
  pos.set(capA, 3 * (nV - 2));
  pos.set(capB, 3 * (nV - 1));
  uvs.set([first.fleshy, 0.5], 2 * (nV - 2));
  uvs.set([last.fleshy, 0.5], 2 * (nV - 1));
  const idx: number[] = [];
  for (let i = 0; i + 1 < nU; i++) {
    for (let j = 0; j < nA; j++) {
      const a = i * nA + j;
      const b = i * nA + ((j + 1) % nA);
      const c = (i + 1) * nA + ((j + 1) % nA);
      const d = (i + 1) * nA + j;
      idx.push(a, b, c, a, c, d);
    }
  }
  for (let j = 0; j < nA; j++) {
    const jn = (j + 1) % nA;
    idx.push(nV - 2, jn, j);
    idx.push(nV - 1, (nU - 1) * nA + j, (nU - 1) * nA + jn);
  }
  const indices = Uint32Array.from(idx);
  if (signedVolume(pos, indices) < 0) {
    for (let i = 0; i < indices.length; i += 3) {
      const t = indices[i + 1] as number;
      indices[i + 1] = indices[i + 2] as number;
      indices[i + 2] = t;
    }
  }
  return {
    id,
    positions: pos,
    normals: vertexNormals(pos, indices),
    uvs,
    indices,
    axis: rings.map((r) => r.centre),
    axisHalf: rings.map((r) => r.half),
    mid: Float32Array.from(rings.flatMap((r) => r.mids.flat())),
    midHalf: Float32Array.from(rings.flatMap((r) => r.midHalf)),
  };
}
