/** Smooth vertex normals of a triangle mesh (metres, any frame). */
import { faceCross, type FaceCross } from '../mesh/normals.ts';

const angle = (d: number, l: number): number =>
  l > 0 ? Math.acos(Math.min(1, Math.max(-1, d / l))) : 0;

/**
 * Vertex normals weighted by the corner angle of each face (Thürmer–Wüthrich), so long sliver
 * triangles along tendons and rims do not dominate the shading.
 */
export function vertexNormals(pos: Float32Array, idx: Uint32Array): Float32Array {
  const n = new Float32Array(pos.length);
  const f: FaceCross = [0, 0, 0];
  for (let i = 0; i < idx.length; i += 3) {
    const ia = 3 * (idx[i] as number);
    const ib = 3 * (idx[i + 1] as number);
    const ic = 3 * (idx[i + 2] as number);
    const ax = pos[ia] as number,
      ay = pos[ia + 1] as number,
      az = pos[ia + 2] as number;
    const bx = pos[ib] as number,
      by = pos[ib + 1] as number,
      bz = pos[ib + 2] as number;
    const cx = pos[ic] as number,
      cy = pos[ic + 1] as number,
      cz = pos[ic + 2] as number;
    // Edges a→b, b→c, c→a.
    const ux = bx - ax,
      uy = by - ay,
      uz = bz - az;
    const vx = cx - bx,
      vy = cy - by,
      vz = cz - bz;
    const wx = ax - cx,
      wy = ay - cy,
      wz = az - cz;
    // The face's cross product (b − a) × (c − a), as the skin's normals take it.
    const [fx, fy, fz] = faceCross(pos, ia, ib, ic, f);
    const fl = Math.sqrt(fx * fx + fy * fy + fz * fz);
    if (fl === 0) continue;
    const lu = Math.sqrt(ux * ux + uy * uy + uz * uz);
    const lv = Math.sqrt(vx * vx + vy * vy + vz * vz);
    const lw = Math.sqrt(wx * wx + wy * wy + wz * wz);
    const wa = angle(-(ux * wx + uy * wy + uz * wz), lu * lw) / fl;
    const wb = angle(-(ux * vx + uy * vy + uz * vz), lu * lv) / fl;
    const wc = angle(-(vx * wx + vy * wy + vz * wz), lv * lw) / fl;
    n[ia] = (n[ia] as number) + fx * wa;
    n[ia + 1] = (n[ia + 1] as number) + fy * wa;
    n[ia + 2] = (n[ia + 2] as number) + fz * wa;
    n[ib] = (n[ib] as number) + fx * wb;
    n[ib + 1] = (n[ib + 1] as number) + fy * wb;
    n[ib + 2] = (n[ib + 2] as number) + fz * wb;
    n[ic] = (n[ic] as number) + fx * wc;
    n[ic + 1] = (n[ic + 1] as number) + fy * wc;
    n[ic + 2] = (n[ic + 2] as number) + fz * wc;
  }
  for (let i = 0; i < n.length; i += 3) {
    const x = n[i] as number;
    const y = n[i + 1] as number;
    const z = n[i + 2] as number;
    const l = Math.sqrt(x * x + y * y + z * z) || 1;
    n[i] = (n[i] as number) / l;
    n[i + 1] = (n[i + 1] as number) / l;
    n[i + 2] = (n[i + 2] as number) / l;
  }
  return n;
}
