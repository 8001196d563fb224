/**
 * Geometry invariants for closed triangle meshes (used over every muscle mesh until the body's
 * shared suite `tests/unit/body/invariants.ts` exists): finite positions, unit normals, a closed
 * and consistently oriented surface (every edge used once in each direction), positive volume,
 * and a parity point-in-mesh test.
 */
export interface TriMesh {
  readonly positions: Float32Array;
  readonly normals?: Float32Array;
  readonly indices: Uint32Array;
}

/** Problems found, empty when the mesh is sound. */
export function meshProblems(m: TriMesh): string[] {
  const out: string[] = [];
  if (!m.positions.every(Number.isFinite)) out.push('non-finite position');
  if (m.normals) {
    for (let i = 0; i < m.normals.length; i += 3) {
      const l = Math.hypot(
        m.normals[i] as number,
        m.normals[i + 1] as number,
        m.normals[i + 2] as number,
      );
      if (Math.abs(l - 1) > 1e-3) {
        out.push(`normal ${i / 3} has length ${l.toFixed(4)}`);
        break;
      }
    }
  }
  const n = m.positions.length / 3;
  const edges = new Map<number, number>();
  for (let t = 0; t < m.indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = m.indices[t + k] as number;
      const b = m.indices[t + ((k + 1) % 3)] as number;
      if (a >= n || b >= n) out.push(`index out of range in triangle ${t / 3}`);
      edges.set(a * n + b, (edges.get(a * n + b) ?? 0) + 1);
    }
  }
  let open = 0;
  for (const [key, count] of edges) {
    const a = Math.floor(key / n);
    const b = key % n;
    if (count !== 1 || edges.get(b * n + a) !== 1) open++;
  }
  if (open > 0) out.push(`${open} edges not shared by exactly two opposite half-edges`);
  if (signedVolume(m) <= 0) out.push('non-positive volume (inverted or flat)');
  return out;
}

export function signedVolume(m: TriMesh): number {
  const p = m.positions;
  let v = 0;
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => 3 * (m.indices[t + k] as number)) as [
      number,
      number,
      number,
    ];
    v +=
      (p[a] as number) *
        ((p[b + 1] as number) * (p[c + 2] as number) -
          (p[b + 2] as number) * (p[c + 1] as number)) -
      (p[a + 1] as number) *
        ((p[b] as number) * (p[c + 2] as number) - (p[b + 2] as number) * (p[c] as number)) +
      (p[a + 2] as number) *
        ((p[b] as number) * (p[c + 1] as number) - (p[b + 1] as number) * (p[c] as number));
  }
  return v / 6;
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
