/**
 * Reusable geometry invariants for generated meshes (skin, muscles): finite positions, unit
 * normals, closed surface with consistent winding (every directed edge matched by its reverse),
 * outward orientation (positive signed volume) and, optionally, left/right mirror symmetry.
 */
import { describe, expect, it } from 'vitest';

export interface MeshLike {
  positions: Float32Array;
  normals?: Float32Array;
  indices: Uint32Array;
}

export interface InvariantOptions {
  /** Check x-mirror symmetry of the vertex set within this tolerance (m); skip if undefined. */
  mirrorTolerance?: number;
  /** Expect a closed surface (default true); false skips the closed-surface test, visibly. */
  closed?: boolean;
  /**
   * The mesh carries vertex normals (default true): they must be present, unit length and agree
   * with the faces. False skips those checks, visibly.
   */
  normals?: boolean;
}

/** The mesh's normals, failing the test when a mesh that should carry them does not. */
function normalsOf(m: MeshLike): Float32Array {
  if (!m.normals) throw new Error('the mesh has no normals (pass { normals: false } if intended)');
  return m.normals;
}

/** Directed-edge multiset check: returns the number of unmatched directed edges. */
export function unmatchedEdges(indices: Uint32Array, vertexCount: number): number {
  const m = new Map<number, number>();
  const key = (a: number, b: number) => a * vertexCount + b;
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const k = key(indices[t + e] as number, indices[t + ((e + 1) % 3)] as number);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  let bad = 0;
  for (const [k, c] of m) {
    const a = Math.floor(k / vertexCount);
    const b = k % vertexCount;
    if ((m.get(key(b, a)) ?? 0) !== c) bad++;
  }
  return bad;
}

/** Signed volume (m³) of a closed triangle mesh; positive when triangles wind outward. */
export function signedVolume(p: Float32Array, ix: Uint32Array): number {
  let v = 0;
  for (let t = 0; t < ix.length; t += 3) {
    const a = 3 * (ix[t] as number);
    const b = 3 * (ix[t + 1] as number);
    const c = 3 * (ix[t + 2] as number);
    const ax = p[a] as number,
      ay = p[a + 1] as number,
      az = p[a + 2] as number;
    const bx = p[b] as number,
      by = p[b + 1] as number,
      bz = p[b + 2] as number;
    const cx = p[c] as number,
      cy = p[c + 1] as number,
      cz = p[c + 2] as number;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

/** Largest distance from a vertex to the nearest mirrored vertex (x → −x), via a grid hash. */
export function mirrorError(p: Float32Array, cell = 0.002): number {
  const grid = new Map<string, number[]>();
  const n = p.length / 3;
  const k = (x: number, y: number, z: number) =>
    `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
  for (let v = 0; v < n; v++) {
    const key = k(p[3 * v] as number, p[3 * v + 1] as number, p[3 * v + 2] as number);
    const list = grid.get(key) ?? [];
    list.push(v);
    grid.set(key, list);
  }
  let worst = 0;
  for (let v = 0; v < n; v++) {
    const x = -(p[3 * v] as number);
    const y = p[3 * v + 1] as number;
    const z = p[3 * v + 2] as number;
    let best = Infinity;
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    const cz = Math.floor(z / cell);
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (let l = -1; l <= 1; l++) {
          for (const w of grid.get(`${cx + i},${cy + j},${cz + l}`) ?? []) {
            const d = Math.hypot(
              (p[3 * w] as number) - x,
              (p[3 * w + 1] as number) - y,
              (p[3 * w + 2] as number) - z,
            );
            if (d < best) best = d;
          }
        }
      }
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

/** Register the invariant tests for a mesh (getMesh is called once per test, cache it). */
export function describeMeshInvariants(
  name: string,
  getMesh: () => MeshLike,
  options: InvariantOptions = {},
): void {
  describe(`${name}: mesh invariants`, () => {
    it('has finite positions and in-range indices', () => {
      const m = getMesh();
      const n = m.positions.length / 3;
      expect(n).toBeGreaterThan(0);
      expect(m.positions.every((x) => Number.isFinite(x))).toBe(true);
      expect(m.indices.length % 3).toBe(0);
      expect(m.indices.every((i) => i < n)).toBe(true);
    });
    const hasNormals = options.normals !== false;
    it.skipIf(!hasNormals)('has unit normals', () => {
      const nn = normalsOf(getMesh());
      let worst = 0;
      for (let v = 0; v < nn.length; v += 3) {
        const l = Math.hypot(nn[v] as number, nn[v + 1] as number, nn[v + 2] as number);
        worst = Math.max(worst, Math.abs(l - 1));
      }
      expect(worst).toBeLessThan(1e-3);
    });
    it.skipIf(options.closed === false)(
      'is closed with consistent winding (no boundary edges, every edge matched by its reverse)',
      () => {
        const m = getMesh();
        expect(unmatchedEdges(m.indices, m.positions.length / 3)).toBe(0);
      },
    );
    it('winds outward (positive volume)', () => {
      const m = getMesh();
      expect(signedVolume(m.positions, m.indices)).toBeGreaterThan(0);
    });
    it.skipIf(!hasNormals)('has normals agreeing with the faces', () => {
      const m = getMesh();
      const p = m.positions;
      const nn = normalsOf(m);
      let agree = 0;
      const tris = m.indices.length / 3;
      for (let t = 0; t < m.indices.length; t += 3) {
        const a = m.indices[t] as number;
        const b = m.indices[t + 1] as number;
        const c = m.indices[t + 2] as number;
        const ux = (p[3 * b] as number) - (p[3 * a] as number);
        const uy = (p[3 * b + 1] as number) - (p[3 * a + 1] as number);
        const uz = (p[3 * b + 2] as number) - (p[3 * a + 2] as number);
        const vx = (p[3 * c] as number) - (p[3 * a] as number);
        const vy = (p[3 * c + 1] as number) - (p[3 * a + 1] as number);
        const vz = (p[3 * c + 2] as number) - (p[3 * a + 2] as number);
        const fx = uy * vz - uz * vy;
        const fy = uz * vx - ux * vz;
        const fz = ux * vy - uy * vx;
        const d =
          fx * (nn[3 * a] as number) +
          fy * (nn[3 * a + 1] as number) +
          fz * (nn[3 * a + 2] as number);
        if (d > 0) agree++;
      }
      expect(agree / tris).toBeGreaterThan(0.98);
    });
    const tol = options.mirrorTolerance;
    it.skipIf(tol === undefined)(
      `is a left/right mirror image within ${(tol ?? 0) * 1000} mm`,
      () => {
        expect(mirrorError(getMesh().positions)).toBeLessThan(tol ?? 0);
      },
    );
  });
}
