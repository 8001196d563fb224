/**
 * Mesh finishing: simplify the left half (x ≥ 0) with meshoptimizer while locking the midline
 * border, mirror it to the right half so the skin is an exact mirror image, and compute unit
 * normals from the field gradient. Metres, body frame.
 */
import { MeshoptEncoder } from 'meshoptimizer/encoder';
import { MeshoptSimplifier } from 'meshoptimizer/simplifier';
import type { SdfProgram } from '../sdf/core.ts';
import type { RawMesh } from './surfaceNets.ts';
import { faceCross, faceNormals, type FaceCross } from './normals.ts';

export interface SkinMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/** Keep the triangles listed in `tris` and renumber their vertices densely. */
function compact(positions: Float32Array, tris: ArrayLike<number>): RawMesh {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  const pos: number[] = [];
  const idx = new Uint32Array(tris.length);
  for (let i = 0; i < tris.length; i++) {
    const v = tris[i] as number;
    let r = remap[v] as number;
    if (r < 0) {
      r = pos.length / 3;
      remap[v] = r;
      pos.push(
        positions[3 * v] as number,
        positions[3 * v + 1] as number,
        positions[3 * v + 2] as number,
      );
    }
    idx[i] = r;
  }
  return { positions: Float32Array.from(pos), indices: idx };
}

/** Triangles of the left half (any vertex at x > 0); midline vertices have x = 0 exactly. */
function leftHalf(raw: RawMesh): RawMesh {
  const keep: number[] = [];
  const { positions: p, indices: ix } = raw;
  for (let t = 0; t < ix.length; t += 3) {
    const a = ix[t] as number;
    const b = ix[t + 1] as number;
    const c = ix[t + 2] as number;
    if ((p[3 * a] as number) > 0 || (p[3 * b] as number) > 0 || (p[3 * c] as number) > 0)
      keep.push(a, b, c);
  }
  return compact(p, keep);
}

/** Mirror a left half-mesh about x = 0, sharing the midline vertices. */
export function mirrorHalf(half: RawMesh): RawMesh {
  const p = half.positions;
  const n = p.length / 3;
  const mirrorOf = new Int32Array(n);
  const pos = Array.from(p);
  for (let v = 0; v < n; v++) {
    if (p[3 * v] === 0) mirrorOf[v] = v;
    else {
      mirrorOf[v] = pos.length / 3;
      pos.push(-(p[3 * v] as number), p[3 * v + 1] as number, p[3 * v + 2] as number);
    }
  }
  const ix = half.indices;
  const out = new Uint32Array(ix.length * 2);
  out.set(ix);
  for (let t = 0; t < ix.length; t += 3) {
    out[ix.length + t] = mirrorOf[ix[t] as number] as number;
    out[ix.length + t + 1] = mirrorOf[ix[t + 2] as number] as number;
    out[ix.length + t + 2] = mirrorOf[ix[t + 1] as number] as number;
  }
  return { positions: Float32Array.from(pos), indices: out };
}

/** Unit normals from the central-difference gradient of the field. */
export function fieldNormals(prog: SdfProgram, positions: Float32Array): Float32Array {
  const n = positions.length / 3;
  const out = new Float32Array(positions.length);
  const e = 2e-4;
  for (let v = 0; v < n; v++) {
    const x = positions[3 * v] as number;
    const y = positions[3 * v + 1] as number;
    const z = positions[3 * v + 2] as number;
    let gx = prog.eval(x + e, y, z) - prog.eval(x - e, y, z);
    const gy = prog.eval(x, y + e, z) - prog.eval(x, y - e, z);
    const gz = prog.eval(x, y, z + e) - prog.eval(x, y, z - e);
    if (x === 0) gx = 0;
    const l = Math.hypot(gx, gy, gz) || 1;
    out[3 * v] = gx / l;
    out[3 * v + 1] = gy / l;
    out[3 * v + 2] = gz / l;
  }
  return out;
}

/**
 * Simplify the left half to about `targetTris / 2` triangles (max error `maxError` m), mirror,
 * and attach field normals.
 */
export async function finishSkin(
  prog: SdfProgram,
  raw: RawMesh,
  targetTris: number,
  maxError: number,
): Promise<SkinMesh> {
  await MeshoptSimplifier.ready;
  await MeshoptEncoder.ready;
  const half = leftHalf(raw);
  const lock = nonManifoldVertices(half);
  const normals = faceNormals(half.positions, half.indices);
  const target = Math.min(Math.floor(targetTris / 2) * 3, half.indices.length);
  let simp: Uint32Array = new Uint32Array(0);
  // Simplify; where a collapse folded a triangle against the field, lock that neighbourhood and
  // simplify again (tiny features such as nipples, nostrils and fingertips).
  for (let pass = 0; pass < 4; pass++) {
    [simp] = MeshoptSimplifier.simplifyWithAttributes(
      half.indices,
      half.positions,
      3,
      normals,
      3,
      [0.02, 0.02, 0.02],
      lock,
      target,
      maxError,
      ['LockBorder', 'ErrorAbsolute'],
    );
    const flipped = foldedVertices(prog, half.positions, simp);
    if (flipped.length === 0) break;
    growLock(lock, half.indices, flipped, 2);
  }
  const full = compactReorder(mirrorHalf(compact(half.positions, simp)));
  return {
    positions: full.positions,
    normals: fieldNormals(prog, full.positions),
    indices: full.indices,
  };
}

/** Vertices of triangles whose winding disagrees with the field gradient at their centroid. */
function foldedVertices(prog: SdfProgram, p: Float32Array, ix: Uint32Array): number[] {
  const out: number[] = [];
  const e = 2e-4;
  const f: FaceCross = [0, 0, 0];
  for (let t = 0; t < ix.length; t += 3) {
    const i = 3 * (ix[t] as number);
    const j = 3 * (ix[t + 1] as number);
    const k = 3 * (ix[t + 2] as number);
    const [fx, fy, fz] = faceCross(p, i, j, k, f);
    const cx = ((p[i] as number) + (p[j] as number) + (p[k] as number)) / 3;
    const cy = ((p[i + 1] as number) + (p[j + 1] as number) + (p[k + 1] as number)) / 3;
    const cz = ((p[i + 2] as number) + (p[j + 2] as number) + (p[k + 2] as number)) / 3;
    const gx = prog.eval(cx + e, cy, cz) - prog.eval(cx - e, cy, cz);
    const gy = prog.eval(cx, cy + e, cz) - prog.eval(cx, cy - e, cz);
    const gz = prog.eval(cx, cy, cz + e) - prog.eval(cx, cy, cz - e);
    const d = fx * gx + fy * gy + fz * gz;
    if (d < 0) out.push(i / 3, j / 3, k / 3);
  }
  return out;
}

/** Set lock flags on `seeds` and `rings` rings of neighbours in the mesh `ix`. */
function growLock(lock: Uint8Array, ix: Uint32Array, seeds: number[], rings: number): void {
  for (const v of seeds) lock[v] = 1;
  for (let r = 0; r < rings; r++) {
    const next = lock.slice();
    for (let t = 0; t < ix.length; t += 3) {
      const a = ix[t] as number;
      const b = ix[t + 1] as number;
      const c = ix[t + 2] as number;
      if (lock[a] || lock[b] || lock[c]) {
        next[a] = 1;
        next[b] = 1;
        next[c] = 1;
      }
    }
    lock.set(next);
  }
}

/**
 * Vertex-cache and vertex-fetch order (compresses much better with the meshopt codecs); vertices
 * no triangle uses are dropped. Await `MeshoptEncoder.ready` first.
 */
export function compactReorder(m: RawMesh): RawMesh {
  const indices = m.indices.slice();
  const [remap, unique] = MeshoptEncoder.reorderMesh(indices, true, true);
  const pos = new Float32Array(unique * 3);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v] as number;
    if (r === 0xffffffff) continue;
    pos[3 * r] = m.positions[3 * v] as number;
    pos[3 * r + 1] = m.positions[3 * v + 1] as number;
    pos[3 * r + 2] = m.positions[3 * v + 2] as number;
  }
  return { positions: pos, indices };
}

/** Flags (1) for vertices whose incident triangles form more than one fan (pinched sheets). */
function pinchedVertices(m: RawMesh): Uint8Array {
  const n = m.positions.length / 3;
  const ix = m.indices;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < ix.length; i++) {
    const v = (ix[i] as number) + 1;
    start[v] = (start[v] as number) + 1;
  }
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const tri = new Int32Array(ix.length);
  for (let i = 0; i < ix.length; i++) {
    const v = ix[i] as number;
    const slot = fill[v] as number;
    fill[v] = slot + 1;
    tri[slot] = Math.floor(i / 3);
  }
  const out = new Uint8Array(n);
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as number;
    return r;
  };
  for (let v = 0; v < n; v++) {
    parent.clear();
    for (let q = start[v] as number; q < (start[v + 1] as number); q++) {
      const t = 3 * (tri[q] as number);
      const others = [ix[t], ix[t + 1], ix[t + 2]].filter((w) => w !== v) as number[];
      for (const w of others) if (!parent.has(w)) parent.set(w, w);
      const [a, b] = others as [number, number];
      parent.set(find(a), find(b));
    }
    let roots = 0;
    for (const [k, p] of parent) if (k === p) roots++;
    if (roots > 1) out[v] = 1;
  }
  return out;
}

/** Lock flags (1) for pinched vertices and vertices on edges shared by more than two triangles. */
function nonManifoldVertices(m: RawMesh): Uint8Array {
  const count = new Map<number, number>();
  const n = m.positions.length / 3;
  const ix = m.indices;
  for (let t = 0; t < ix.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = ix[t + e] as number;
      const b = ix[t + ((e + 1) % 3)] as number;
      const key = a < b ? a * n + b : b * n + a;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  const lock = pinchedVertices(m);
  for (const [key, c] of count) {
    if (c <= 2) continue;
    lock[Math.floor(key / n)] = 1;
    lock[key % n] = 1;
  }
  // Grow by two rings so collapses cannot pinch the neighbourhood of a non-manifold edge.
  growLock(lock, ix, [], 2);
  return lock;
}
