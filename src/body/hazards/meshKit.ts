/**
 * Mesh builders of the hazard anatomy: closed tubes swept along a path (vessels, nerves) and
 * closed star-shaped surfaces around a centre (lungs, heart, kidneys), accumulated into one
 * indexed mesh with a structure id per vertex. Every piece is closed (shared seam and cap
 * vertices) and winds counter-clockwise seen from outside. Metres, body frame (origin on the
 * floor between the heels, +Y up, +X the body's left, +Z anterior).
 */
import { type Vec3, cross, dot, norm, scale, sub } from '../math.ts';
import { faceNormals } from '../mesh/normals.ts';

export interface HazardMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Index in HAZARD_STRUCTURES per vertex. */
  structure: Uint16Array;
}

export class MeshAccumulator {
  private readonly pos: number[] = [];
  private readonly idx: number[] = [];
  private readonly ids: number[] = [];

  private vertex(p: Vec3, id: number): number {
    this.pos.push(p[0], p[1], p[2]);
    this.ids.push(id);
    return this.ids.length - 1;
  }

  /**
   * A closed tube through `path` (≥ 2 points) of radius `radius(i)` at point i, `sides` around,
   * capped by a fan at each end.
   */
  tube(id: number, path: readonly Vec3[], radius: (i: number) => number, sides = 8): void {
    const n = path.length;
    const tangent = (i: number): Vec3 =>
      norm(sub(path[Math.min(i + 1, n - 1)] as Vec3, path[Math.max(i - 1, 0)] as Vec3));
    // Parallel transport of a normal along the path, so that the rings do not twist.
    let t0 = tangent(0);
    let u = norm(cross(t0, Math.abs(t0[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]));
    const first = this.ids.length;
    for (let i = 0; i < n; i++) {
      const t = tangent(i);
      u = norm(sub(u, scale(t, dot(u, t))));
      const v = cross(t, u);
      const p = path[i] as Vec3;
      const r = radius(i);
      for (let k = 0; k < sides; k++) {
        const a = (2 * Math.PI * k) / sides;
        const c = Math.cos(a) * r;
        const s = Math.sin(a) * r;
        this.vertex(
          [p[0] + u[0] * c + v[0] * s, p[1] + u[1] * c + v[1] * s, p[2] + u[2] * c + v[2] * s],
          id,
        );
      }
      t0 = t;
    }
    const ring = (i: number, k: number): number => first + i * sides + (k % sides);
    for (let i = 0; i + 1 < n; i++) {
      for (let k = 0; k < sides; k++) {
        const a = ring(i, k);
        const b = ring(i, k + 1);
        const c = ring(i + 1, k);
        const d = ring(i + 1, k + 1);
        this.idx.push(a, b, d, a, d, c);
      }
    }
    const start = this.vertex(path[0] as Vec3, id);
    const end = this.vertex(path[n - 1] as Vec3, id);
    for (let k = 0; k < sides; k++) {
      this.idx.push(start, ring(0, k + 1), ring(0, k));
      this.idx.push(end, ring(n - 1, k), ring(n - 1, k + 1));
    }
  }

  /**
   * A closed surface around `centre`: on a latitude-longitude grid of directions (`lat` rings
   * between the +Y and −Y poles, `lon` around), the point returned by `surface(dir)`.
   */
  star(id: number, lat: number, lon: number, surface: (dir: Vec3) => Vec3): void {
    const top = this.vertex(surface([0, 1, 0]), id);
    const first = this.ids.length;
    for (let j = 1; j < lat; j++) {
      const th = (Math.PI * j) / lat;
      for (let k = 0; k < lon; k++) {
        const ph = (2 * Math.PI * k) / lon;
        this.vertex(
          surface([Math.sin(th) * Math.sin(ph), Math.cos(th), Math.sin(th) * Math.cos(ph)]),
          id,
        );
      }
    }
    const bottom = this.vertex(surface([0, -1, 0]), id);
    const at = (j: number, k: number): number => first + (j - 1) * lon + (k % lon);
    for (let k = 0; k < lon; k++) {
      this.idx.push(top, at(1, k), at(1, k + 1));
      this.idx.push(bottom, at(lat - 1, k + 1), at(lat - 1, k));
      for (let j = 1; j + 1 < lat; j++) {
        const a = at(j, k);
        const b = at(j, k + 1);
        const c = at(j + 1, k);
        const d = at(j + 1, k + 1);
        this.idx.push(a, c, d, a, d, b);
      }
    }
  }

  /** The accumulated mesh with area-weighted vertex normals. */
  finish(): HazardMesh {
    const positions = Float32Array.from(this.pos);
    const indices = Uint32Array.from(this.idx);
    return {
      positions,
      normals: faceNormals(positions, indices),
      indices,
      structure: Uint16Array.from(this.ids),
    };
  }
}
