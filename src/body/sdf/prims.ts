/**
 * Constructors of signed-distance primitives (metres). Exact where Quílez's formulas are exact
 * (sphere, round cone, round box); bounds-preserving approximations elsewhere (ellipsoid, lofts).
 */
import { type Vec3, cross, dot, len, norm, sub } from '../math.ts';
import type { Prim } from './core.ts';

/** √(a² + b² [+ c²]) — Math.hypot is much slower in V8 hot loops. */
function hyp(a: number, b: number, c = 0): number {
  return Math.sqrt(a * a + b * b + c * c);
}

export interface PrimOpts {
  k?: number;
  op?: 'add' | 'sub';
  tag?: string;
}

function mk(c: Vec3, br: number, f: Prim['f'], o: PrimOpts): Prim {
  const p: Prim = { cx: c[0], cy: c[1], cz: c[2], br, k: o.k ?? 0, op: o.op ?? 'add', f };
  if (o.tag) p.tag = o.tag;
  return p;
}

export function sphere(c: Vec3, r: number, o: PrimOpts = {}): Prim {
  const [cx, cy, cz] = c;
  return mk(c, r, (x, y, z) => hyp(x - cx, y - cy, z - cz) - r, o);
}

/**
 * Ellipsoid with semi-axes (ra, rb, rc) along the orthonormal axes (ea, eb, ec); Quílez's
 * k0·(k0−1)/k1 approximation.
 */
export function ellipsoid(
  c: Vec3,
  radii: Vec3,
  axes: [Vec3, Vec3, Vec3] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  o: PrimOpts = {},
): Prim {
  const [cx, cy, cz] = c;
  const [ra, rb, rc] = radii;
  const [ea, eb, ec] = axes;
  return mk(
    c,
    Math.max(ra, rb, rc),
    (x, y, z) => {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const a = px * ea[0] + py * ea[1] + pz * ea[2];
      const b = px * eb[0] + py * eb[1] + pz * eb[2];
      const g = px * ec[0] + py * ec[1] + pz * ec[2];
      const k0 = hyp(a / ra, b / rb, g / rc);
      const k1 = hyp(a / (ra * ra), b / (rb * rb), g / (rc * rc));
      if (k1 < 1e-12) return -Math.min(ra, rb, rc);
      return (k0 * (k0 - 1)) / k1;
    },
    o,
  );
}

/** Round cone (capsule with different end radii) from a (radius ra) to b (radius rb); exact. */
export function roundCone(a: Vec3, b: Vec3, ra: number, rb: number, o: PrimOpts = {}): Prim {
  const ba = sub(b, a);
  const l2 = dot(ba, ba);
  const rr = ra - rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  const [ax, ay, az] = a;
  const c: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
  const br = Math.sqrt(l2) / 2 + Math.max(ra, rb);
  return mk(
    c,
    br,
    (x, y, z) => {
      const px = x - ax;
      const py = y - ay;
      const pz = z - az;
      const yv = px * ba[0] + py * ba[1] + pz * ba[2];
      const zv = yv - l2;
      const qx = px * l2 - ba[0] * yv;
      const qy = py * l2 - ba[1] * yv;
      const qz = pz * l2 - ba[2] * yv;
      const x2 = qx * qx + qy * qy + qz * qz;
      const y2 = yv * yv * l2;
      const z2 = zv * zv * l2;
      const k = Math.sign(rr) * rr * rr * x2;
      if (Math.sign(zv) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb;
      if (Math.sign(yv) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra;
      return (Math.sqrt(x2 * a2 * il2) + yv * rr) * il2 - ra;
    },
    o,
  );
}

/** Box with half extents h (along axes u, v, w), edges rounded by radius r; exact. */
export function roundBox(
  c: Vec3,
  h: Vec3,
  r: number,
  axes: [Vec3, Vec3, Vec3],
  o: PrimOpts = {},
): Prim {
  const [cx, cy, cz] = c;
  const [u, v, w] = axes;
  const hx = h[0] - r;
  const hy = h[1] - r;
  const hz = h[2] - r;
  return mk(
    c,
    len(h),
    (x, y, z) => {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const qa = Math.abs(px * u[0] + py * u[1] + pz * u[2]) - hx;
      const qb = Math.abs(px * v[0] + py * v[1] + pz * v[2]) - hy;
      const qc = Math.abs(px * w[0] + py * w[1] + pz * w[2]) - hz;
      const out = hyp(Math.max(qa, 0), Math.max(qb, 0), Math.max(qc, 0));
      return out + Math.min(Math.max(qa, qb, qc), 0) - r;
    },
    o,
  );
}

/** Axes helper: (u, v, w) with w along `dir` and u towards `hint`. */
export function axesAlong(dir: Vec3, hint: Vec3): [Vec3, Vec3, Vec3] {
  const w = norm(dir);
  const u = norm(sub(hint, [w[0] * dot(hint, w), w[1] * dot(hint, w), w[2] * dot(hint, w)]));
  return [u, cross(w, u), w];
}

/** Tube of radius r around a polyline (hard union of capsules, one primitive). */
export function polyTube(points: Vec3[], r: number, o: PrimOpts = {}): Prim {
  const n = points.length;
  const P = points.flat();
  let cx = 0;
  let cy = 0;
  let cz = 0;
  for (const p of points) {
    cx += p[0] / n;
    cy += p[1] / n;
    cz += p[2] / n;
  }
  let br = 0;
  for (const p of points) br = Math.max(br, hyp(p[0] - cx, p[1] - cy, p[2] - cz));
  return mk(
    [cx, cy, cz],
    br + r,
    (x, y, z) => {
      let best = Infinity;
      for (let i = 0; i + 1 < n; i++) {
        const ax = P[3 * i] as number;
        const ay = P[3 * i + 1] as number;
        const az = P[3 * i + 2] as number;
        const bx = (P[3 * i + 3] as number) - ax;
        const by = (P[3 * i + 4] as number) - ay;
        const bz = (P[3 * i + 5] as number) - az;
        const px = x - ax;
        const py = y - ay;
        const pz = z - az;
        let t = (px * bx + py * by + pz * bz) / (bx * bx + by * by + bz * bz);
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const d = hyp(px - bx * t, py - by * t, pz - bz * t);
        if (d < best) best = d;
      }
      return best - r;
    },
    o,
  );
}
