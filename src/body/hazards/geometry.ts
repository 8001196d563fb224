/**
 * Allocation-free triangle queries for the depth measurements: squared distance from a point to a
 * triangle (Ericson, Real-Time Collision Detection, §5.1.5) and ray–triangle intersection
 * (Möller–Trumbore). Plain numbers in metres.
 */

const scratch: [number, number, number] = [0, 0, 0];

/** Squared distance from p to triangle (a, b, c), each given as an offset into `v`. */
export function pointTriangleDist2(
  px: number,
  py: number,
  pz: number,
  v: Float32Array,
  a: number,
  b: number,
  c: number,
): number {
  return closestOnTriangle(px, py, pz, v, a, b, c, scratch);
}

/** As {@link pointTriangleDist2}, writing the closest point of the triangle into `out`. */
export function closestOnTriangle(
  px: number,
  py: number,
  pz: number,
  v: Float32Array,
  a: number,
  b: number,
  c: number,
  out: [number, number, number],
): number {
  const ax = v[a] as number,
    ay = v[a + 1] as number,
    az = v[a + 2] as number;
  const abx = (v[b] as number) - ax,
    aby = (v[b + 1] as number) - ay,
    abz = (v[b + 2] as number) - az;
  const acx = (v[c] as number) - ax,
    acy = (v[c + 1] as number) - ay,
    acz = (v[c + 2] as number) - az;
  const apx = px - ax,
    apy = py - ay,
    apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let qx: number, qy: number, qz: number;
  if (d1 <= 0 && d2 <= 0) {
    qx = ax;
    qy = ay;
    qz = az;
  } else {
    const bpx = px - (v[b] as number),
      bpy = py - (v[b + 1] as number),
      bpz = pz - (v[b + 2] as number);
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    const cpx = px - (v[c] as number),
      cpy = py - (v[c + 1] as number),
      cpz = pz - (v[c + 2] as number);
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) {
      qx = v[b] as number;
      qy = v[b + 1] as number;
      qz = v[b + 2] as number;
    } else if (d6 >= 0 && d5 <= d6) {
      qx = v[c] as number;
      qy = v[c + 1] as number;
      qz = v[c + 2] as number;
    } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      const t = d1 / (d1 - d3);
      qx = ax + abx * t;
      qy = ay + aby * t;
      qz = az + abz * t;
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      const t = d2 / (d2 - d6);
      qx = ax + acx * t;
      qy = ay + acy * t;
      qz = az + acz * t;
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const t = (d4 - d3) / (d4 - d3 + (d5 - d6));
      const bx = v[b] as number,
        by = v[b + 1] as number,
        bz = v[b + 2] as number;
      qx = bx + ((v[c] as number) - bx) * t;
      qy = by + ((v[c + 1] as number) - by) * t;
      qz = bz + ((v[c + 2] as number) - bz) * t;
    } else {
      const den = 1 / (va + vb + vc);
      const t = vb * den;
      const w = vc * den;
      qx = ax + abx * t + acx * w;
      qy = ay + aby * t + acy * w;
      qz = az + abz * t + acz * w;
    }
  }
  out[0] = qx;
  out[1] = qy;
  out[2] = qz;
  const dx = px - qx,
    dy = py - qy,
    dz = pz - qz;
  return dx * dx + dy * dy + dz * dz;
}

/** Distance along the ray (o, unit d) to triangle (a, b, c), or Infinity when it misses. */
export function rayTriangle(
  ox: number,
  oy: number,
  oz: number,
  dx: number,
  dy: number,
  dz: number,
  v: Float32Array,
  a: number,
  b: number,
  c: number,
): number {
  const ax = v[a] as number,
    ay = v[a + 1] as number,
    az = v[a + 2] as number;
  const e1x = (v[b] as number) - ax,
    e1y = (v[b + 1] as number) - ay,
    e1z = (v[b + 2] as number) - az;
  const e2x = (v[c] as number) - ax,
    e2y = (v[c + 1] as number) - ay,
    e2z = (v[c + 2] as number) - az;
  const px = dy * e2z - dz * e2y,
    py = dz * e2x - dx * e2z,
    pz = dx * e2y - dy * e2x;
  const det = e1x * px + e1y * py + e1z * pz;
  if (Math.abs(det) < 1e-14) return Infinity;
  const inv = 1 / det;
  const tx = ox - ax,
    ty = oy - ay,
    tz = oz - az;
  const u = (tx * px + ty * py + tz * pz) * inv;
  if (u < 0 || u > 1) return Infinity;
  const qx = ty * e1z - tz * e1y,
    qy = tz * e1x - tx * e1z,
    qz = tx * e1y - ty * e1x;
  const w = (dx * qx + dy * qy + dz * qz) * inv;
  if (w < 0 || u + w > 1) return Infinity;
  const t = (e2x * qx + e2y * qy + e2z * qz) * inv;
  return t > 0 ? t : Infinity;
}
