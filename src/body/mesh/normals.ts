/**
 * Face and vertex normals of triangle meshes (metres, any frame): the face cross product shared by
 * the skin, the muscles and the hazard anatomy, and the skin's and hazards' vertex normals.
 */

/** A face's cross product, written by {@link faceCross} (reused to spare an allocation per face). */
export type FaceCross = [x: number, y: number, z: number];

/**
 * The cross product (b − a) × (c − a) of the triangle whose corners start at the offsets `a`, `b`,
 * `c` of the flat xyz array `p`: the face normal scaled by twice the face's area, pointing out of
 * a counter-clockwise face. Written into `out`, which is returned.
 */
export function faceCross(
  p: Float32Array,
  a: number,
  b: number,
  c: number,
  out: FaceCross,
): FaceCross {
  const ux = (p[b] as number) - (p[a] as number);
  const uy = (p[b + 1] as number) - (p[a + 1] as number);
  const uz = (p[b + 2] as number) - (p[a + 2] as number);
  const vx = (p[c] as number) - (p[a] as number);
  const vy = (p[c + 1] as number) - (p[a + 1] as number);
  const vz = (p[c + 2] as number) - (p[a + 2] as number);
  out[0] = uy * vz - uz * vy;
  out[1] = uz * vx - ux * vz;
  out[2] = ux * vy - uy * vx;
  return out;
}

/** Area-weighted vertex normals (unit; +Y where a vertex has no area). */
export function faceNormals(p: Float32Array, ix: Uint32Array): Float32Array {
  const nn = new Float32Array(p.length);
  const f: FaceCross = [0, 0, 0];
  for (let t = 0; t < ix.length; t += 3) {
    const a = 3 * (ix[t] as number);
    const b = 3 * (ix[t + 1] as number);
    const c = 3 * (ix[t + 2] as number);
    const [fx, fy, fz] = faceCross(p, a, b, c, f);
    for (const v of [a, b, c]) {
      nn[v] = (nn[v] as number) + fx;
      nn[v + 1] = (nn[v + 1] as number) + fy;
      nn[v + 2] = (nn[v + 2] as number) + fz;
    }
  }
  for (let v = 0; v < nn.length; v += 3) {
    const l = Math.hypot(nn[v] as number, nn[v + 1] as number, nn[v + 2] as number);
    if (l > 0) {
      nn[v] = (nn[v] as number) / l;
      nn[v + 1] = (nn[v + 1] as number) / l;
      nn[v + 2] = (nn[v + 2] as number) / l;
    } else nn[v + 1] = 1;
  }
  return nn;
}
