/**
 * Point-in-mesh test for closed triangle meshes (ray parity), used to check that each trigger
 * point lies inside its muscle. The mesh invariants themselves live in the shared suite,
 * `tests/unit/body/invariants.ts`.
 */
export interface TriMesh {
  readonly positions: Float32Array;
  readonly normals?: Float32Array;
  readonly indices: Uint32Array;
}

/** Möller–Trumbore crossings of the ray q + t·d (t > 0) with the mesh. */
function crossings(m: TriMesh, q: readonly number[], d: readonly number[]): number {
  const p = m.positions;
  let count = 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => 3 * (m.indices[t + k] as number)) as [
      number,
      number,
      number,
    ];
    const e1 = [0, 1, 2].map((k) => (p[b + k] as number) - (p[a + k] as number));
    const e2 = [0, 1, 2].map((k) => (p[c + k] as number) - (p[a + k] as number));
    const h = [
      (d[1] as number) * (e2[2] as number) - (d[2] as number) * (e2[1] as number),
      (d[2] as number) * (e2[0] as number) - (d[0] as number) * (e2[2] as number),
      (d[0] as number) * (e2[1] as number) - (d[1] as number) * (e2[0] as number),
    ];
    const det =
      (e1[0] as number) * (h[0] as number) +
      (e1[1] as number) * (h[1] as number) +
      (e1[2] as number) * (h[2] as number);
    if (Math.abs(det) < 1e-14) continue;
    const s = [0, 1, 2].map((k) => (q[k] as number) - (p[a + k] as number));
    const u =
      ((s[0] as number) * (h[0] as number) +
        (s[1] as number) * (h[1] as number) +
        (s[2] as number) * (h[2] as number)) /
      det;
    if (u < 0 || u > 1) continue;
    const qv = [
      (s[1] as number) * (e1[2] as number) - (s[2] as number) * (e1[1] as number),
      (s[2] as number) * (e1[0] as number) - (s[0] as number) * (e1[2] as number),
      (s[0] as number) * (e1[1] as number) - (s[1] as number) * (e1[0] as number),
    ];
    const v =
      ((d[0] as number) * (qv[0] as number) +
        (d[1] as number) * (qv[1] as number) +
        (d[2] as number) * (qv[2] as number)) /
      det;
    if (v < 0 || u + v > 1) continue;
    const tt =
      ((e2[0] as number) * (qv[0] as number) +
        (e2[1] as number) * (qv[1] as number) +
        (e2[2] as number) * (qv[2] as number)) /
      det;
    if (tt > 0) count++;
  }
  return count;
}

/** Inside by ray parity, majority of three skewed directions (robust to grazing rays). */
export function insideMesh(m: TriMesh, q: readonly number[]): boolean {
  const dirs = [
    [0.577, 0.611, 0.542],
    [-0.71, 0.13, 0.69],
    [0.21, -0.93, 0.3],
  ];
  const votes = dirs.filter((d) => crossings(m, q, d) % 2 === 1).length;
  return votes >= 2;
}
