/** Vertex normals of triangle meshes (metres, any frame), shared by the skin and the hazard anatomy. */

/** Area-weighted vertex normals (unit; +Y where a vertex has no area). */
export function faceNormals(p: Float32Array, ix: Uint32Array): Float32Array {
  const nn = new Float32Array(p.length);
  for (let t = 0; t < ix.length; t += 3) {
    const a = 3 * (ix[t] as number);
    const b = 3 * (ix[t + 1] as number);
    const c = 3 * (ix[t + 2] as number);
    const ux = (p[b] as number) - (p[a] as number);
    const uy = (p[b + 1] as number) - (p[a + 1] as number);
    const uz = (p[b + 2] as number) - (p[a + 2] as number);
    const vx = (p[c] as number) - (p[a] as number);
    const vy = (p[c + 1] as number) - (p[a + 1] as number);
    const vz = (p[c + 2] as number) - (p[a + 2] as number);
    const fx = uy * vz - uz * vy;
    const fy = uz * vx - ux * vz;
    const fz = ux * vy - uy * vx;
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
