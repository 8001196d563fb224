/**
 * Routing of vessel and nerve paths: control points → a smooth path (centripetal-free uniform
 * Catmull-Rom, one sample per ≈ 12 mm), each sample settled inside the skin and clear of the
 * bones by the tube's radius. Metres, body frame.
 */
import { type Vec3, dist, lerp, vec3 } from '../math.ts';
import { type HazardCtx, settle } from './ctx.ts';

export interface Route {
  readonly id: string;
  readonly points: Vec3[];
  /** Tube radius, m (a constant or from the start to the end of the path). */
  readonly radius: number | readonly [number, number];
  /** Least depth of the tube's axis beneath the skin envelope beyond its radius, m (default 3 mm). */
  readonly cover?: number;
}

function catmull(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number): Vec3 {
  const t2 = t * t;
  const t3 = t2 * t;
  return vec3((k) => {
    const a = p0[k];
    const b = p1[k];
    const c = p2[k];
    const d = p3[k];
    return (
      0.5 *
      (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3)
    );
  });
}

/** Smooth samples through the control points, about `spacing` m apart. */
export function smoothPath(pts: readonly Vec3[], spacing = 0.012): Vec3[] {
  const out: Vec3[] = [pts[0] as Vec3];
  for (let i = 0; i + 1 < pts.length; i++) {
    const p1 = pts[i] as Vec3;
    const p2 = pts[i + 1] as Vec3;
    const p0 = pts[i - 1] ?? lerp(p1, p2, -1);
    const p3 = pts[i + 2] ?? lerp(p1, p2, 2);
    const n = Math.max(1, Math.ceil(dist(p1, p2) / spacing));
    for (let k = 1; k <= n; k++) out.push(catmull(p0, p1, p2, p3, k / n));
  }
  return out;
}

/** Radius at sample i of n. */
export function radiusAt(r: Route['radius'], i: number, n: number): number {
  if (typeof r === 'number') return r;
  return r[0] + ((r[1] - r[0]) * i) / Math.max(1, n - 1);
}

/** The routed path: smooth, settled, lightly smoothed again and settled once more. */
export function routePath(c: HazardCtx, r: Route): Vec3[] {
  const raw = smoothPath(r.points);
  const n = raw.length;
  const fix = (p: Vec3, i: number): Vec3 => {
    const rad = radiusAt(r.radius, i, n);
    return settle(c, p, rad + (r.cover ?? 0.003), rad + 0.0008);
  };
  const once = raw.map(fix);
  const smooth = once.map((p, i) =>
    i === 0 || i === n - 1 ? p : lerp(lerp(once[i - 1] as Vec3, once[i + 1] as Vec3, 0.5), p, 0.5),
  );
  return smooth.map(fix);
}
