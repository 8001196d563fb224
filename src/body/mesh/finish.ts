/**
 * Mesh finishing: simplify the left half (x ≥ 0) with meshoptimizer while locking the midline
 * border, mirror it to the right half so the skin is an exact mirror image, and compute unit
 * normals from the field gradient. Metres, body frame.
 */
import { MeshoptEncoder } from 'meshoptimizer/encoder';
import { MeshoptSimplifier } from 'meshoptimizer/simplifier';
import type { SdfProgram } from '../sdf/core.ts';
import type { RawMesh } from './surfaceNets.ts';

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
  const [simp] = MeshoptSimplifier.simplify(
    half.indices,
    half.positions,
    3,
    Math.floor(targetTris / 2) * 3,
    maxError,
    ['LockBorder', 'ErrorAbsolute'],
  );
  const full = reorder(mirrorHalf(compact(half.positions, simp)));
  return {
    positions: full.positions,
    normals: fieldNormals(prog, full.positions),
    indices: full.indices,
  };
}

/** Vertex-cache and vertex-fetch order (compresses much better with the meshopt codecs). */
function reorder(m: RawMesh): RawMesh {
  const indices = m.indices.slice();
  const [remap] = MeshoptEncoder.reorderMesh(indices, true, true);
  const pos = new Float32Array(m.positions.length);
  for (let v = 0; v < remap.length; v++) {
    const r = remap[v] as number;
    if (r === 0xffffffff) continue;
    pos[3 * r] = m.positions[3 * v] as number;
    pos[3 * r + 1] = m.positions[3 * v + 1] as number;
    pos[3 * r + 2] = m.positions[3 * v + 2] as number;
  }
  return { positions: pos, indices };
}
