/** Point-in-closed-mesh test by ray parity (majority of three skewed rays). */
import type { Vec3 } from '../math.ts';

function crossings(pos: Float32Array, idx: Uint32Array, q: Vec3, d: Vec3): number {
  let count = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const a = 3 * (idx[t] as number);
    const b = 3 * (idx[t + 1] as number);
    const c = 3 * (idx[t + 2] as number);
    const ax = pos[a] as number,
      ay = pos[a + 1] as number,
      az = pos[a + 2] as number;
    const e1x = (pos[b] as number) - ax,
      e1y = (pos[b + 1] as number) - ay,
      e1z = (pos[b + 2] as number) - az;
    const e2x = (pos[c] as number) - ax,
      e2y = (pos[c + 1] as number) - ay,
      e2z = (pos[c + 2] as number) - az;
    const hx = d[1] * e2z - d[2] * e2y,
      hy = d[2] * e2x - d[0] * e2z,
      hz = d[0] * e2y - d[1] * e2x;
    const det = e1x * hx + e1y * hy + e1z * hz;
    if (Math.abs(det) < 1e-15) continue;
    const sx = q[0] - ax,
      sy = q[1] - ay,
      sz = q[2] - az;
    const u = (sx * hx + sy * hy + sz * hz) / det;
    if (u < 0 || u > 1) continue;
    const qx = sy * e1z - sz * e1y,
      qy = sz * e1x - sx * e1z,
      qz = sx * e1y - sy * e1x;
    const v = (d[0] * qx + d[1] * qy + d[2] * qz) / det;
    if (v < 0 || u + v > 1) continue;
    if ((e2x * qx + e2y * qy + e2z * qz) / det > 0) count++;
  }
  return count;
}

const DIRS: Vec3[] = [
  [0.48, 0.72, 0.5],
  [-0.66, 0.25, 0.71],
  [0.3, -0.9, 0.31],
];

export function pointInMesh(pos: Float32Array, idx: Uint32Array, q: Vec3): boolean {
  return DIRS.filter((d) => crossings(pos, idx, q, d) % 2 === 1).length >= 2;
}
