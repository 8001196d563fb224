/**
 * Second simplification of a finished, mirrored mesh: the skin's finishing step locks the
 * neighbourhood of every triangle folded against the field, and the bones' thin joint gaps leave
 * a few such folds that no lock can repair, so it stops well above budget. This pass simplifies
 * the left half again (midline border locked), mirrors it and recomputes field normals, keeping
 * the mesh closed and an exact mirror image. Metres, body frame.
 */
import { MeshoptEncoder } from 'meshoptimizer/encoder';
import { MeshoptSimplifier } from 'meshoptimizer/simplifier';
import { type SkinMesh, compactReorder, fieldNormals, mirrorHalf } from '../mesh/finish.ts';
import type { SdfProgram } from '../sdf/core.ts';

/** Simplify the left half of `m` to about `targetTris / 2` triangles, mirror, normals. */
export async function reduceMirrored(
  prog: SdfProgram,
  m: SkinMesh,
  targetTris: number,
  maxError: number,
): Promise<SkinMesh> {
  await MeshoptSimplifier.ready;
  await MeshoptEncoder.ready;
  if (m.indices.length / 3 <= targetTris) return m;
  const p = m.positions;
  const keep: number[] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = m.indices[t] as number;
    const b = m.indices[t + 1] as number;
    const c = m.indices[t + 2] as number;
    if ((p[3 * a] as number) > 0 || (p[3 * b] as number) > 0 || (p[3 * c] as number) > 0)
      keep.push(a, b, c);
  }
  const [simp] = MeshoptSimplifier.simplify(
    Uint32Array.from(keep),
    p,
    3,
    Math.floor(targetTris / 2) * 3,
    maxError,
    ['LockBorder', 'ErrorAbsolute'],
  );
  const full = mirrorHalf(compactReorder({ positions: p, indices: simp }));
  const out = compactReorder(full);
  return {
    positions: out.positions,
    normals: fieldNormals(prog, out.positions),
    indices: out.indices,
  };
}
