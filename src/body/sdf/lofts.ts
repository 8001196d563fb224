/**
 * Lofted primitives: a vertical loft of superellipse sections (trunk, neck) and a limb loft of
 * asymmetric elliptical sections along a segment. Section tables are interpolated with monotone
 * cubic Hermite splines and sampled into look-up tables once. Distances are radial (exact on
 * the surface, approximate away from it). Metres.
 */
import { type Vec3, dot, len, sub } from '../math.ts';
import type { Prim } from './core.ts';
import type { PrimOpts } from './prims.ts';

/** √(a² + b² [+ c²]) — Math.hypot is much slower in V8 hot loops. */
function hyp(a: number, b: number, c = 0): number {
  return Math.sqrt(a * a + b * b + c * c);
}

/** Monotone cubic (Fritsch–Carlson) interpolation of ys over xs, sampled at `n` even steps. */
export function monotoneSample(xs: number[], ys: number[], x0: number, x1: number, n: number) {
  const m = xs.length;
  const d: number[] = [];
  for (let i = 0; i < m - 1; i++) {
    d.push(
      ((ys[i + 1] as number) - (ys[i] as number)) / ((xs[i + 1] as number) - (xs[i] as number)),
    );
  }
  const t: number[] = [];
  for (let i = 0; i < m; i++) {
    // Zero slope at both ends, so the rounded caps join the loft without a crease.
    if (i === 0 || i === m - 1) t.push(0);
    else {
      const a = d[i - 1] as number;
      const b = d[i] as number;
      t.push(a * b <= 0 ? 0 : (2 * a * b) / (a + b));
    }
  }
  const out = new Float64Array(n);
  let seg = 0;
  for (let k = 0; k < n; k++) {
    const x = x0 + ((x1 - x0) * k) / (n - 1);
    while (seg < m - 2 && x > (xs[seg + 1] as number)) seg++;
    const xa = xs[seg] as number;
    const xb = xs[seg + 1] ?? xa + 1;
    const h = xb - xa;
    const u = Math.min(Math.max((x - xa) / h, 0), 1);
    const ya = ys[seg] as number;
    const yb = ys[seg + 1] ?? ya;
    const h00 = 2 * u * u * u - 3 * u * u + 1;
    const h10 = u * u * u - 2 * u * u + u;
    const h01 = -2 * u * u * u + 3 * u * u;
    const h11 = u * u * u - u * u;
    out[k] = h00 * ya + h10 * h * (t[seg] as number) + h01 * yb + h11 * h * (t[seg + 1] as number);
  }
  return out;
}

/**
 * Smooth a sampled profile with `passes` moving averages of half-width `w` samples (ends held),
 * removing curvature kinks between rows that show up as bands in the shading.
 */
export function smoothProfile(a: Float64Array, w: number, passes = 3): Float64Array {
  let cur = a;
  const n = a.length;
  for (let p = 0; p < passes; p++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const lo = Math.max(0, i - w);
      const hi = Math.min(n - 1, i + w);
      const r = Math.min(i - lo, hi - i);
      let sum = 0;
      for (let j = i - r; j <= i + r; j++) sum += cur[j] as number;
      next[i] = sum / (2 * r + 1);
    }
    cur = next;
  }
  return cur;
}

/** A horizontal superellipse section: |x/a|^n + |(z−zc)/b|^n = 1, b = bf in front, bb behind. */
export interface SectionRow {
  y: number;
  zc: number;
  a: number;
  bf: number;
  bb: number;
  n: number;
}

/** Radial distance of (x, dz) to a superellipse with half-axes a, b and exponent n. */
export function superellipseRadial(x: number, dz: number, a: number, b: number, n: number): number {
  const r = hyp(x, dz);
  if (r < 1e-9) return -Math.min(a, b);
  const f = Math.pow(Math.abs(x) / a, n) + Math.pow(Math.abs(dz) / b, n);
  return r - r / Math.pow(f, 1 / n);
}

/** Vertical loft of superellipse sections (rows sorted by y), rounded ends. */
export function loftY(rows: SectionRow[], o: PrimOpts = {}): Prim {
  const y0 = (rows[0] as SectionRow).y;
  const y1 = (rows[rows.length - 1] as SectionRow).y;
  const n = Math.max(8, Math.ceil((y1 - y0) / 0.001) + 1);
  const ys = rows.map((r) => r.y);
  const lut = (['zc', 'a', 'bf', 'bb', 'n'] as const).map((key) =>
    smoothProfile(
      monotoneSample(
        ys,
        rows.map((r) => r[key]),
        y0,
        y1,
        n,
      ),
      8,
    ),
  );
  const [zcL, aL, bfL, bbL, nL] = lut as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const step = (y1 - y0) / (n - 1);
  let br = 0;
  let zsum = 0;
  for (const r of rows) {
    br = Math.max(br, r.a, r.bf, r.bb);
    zsum += r.zc;
  }
  const c: Vec3 = [0, (y0 + y1) / 2, zsum / rows.length];
  const prim: Prim = {
    cx: c[0],
    cy: c[1],
    cz: c[2],
    br: hyp(br + 0.05, (y1 - y0) / 2),
    k: o.k ?? 0,
    op: o.op ?? 'add',
    f: (x, y, z) => {
      const yc = y < y0 ? y0 : y > y1 ? y1 : y;
      const fi = (yc - y0) / step;
      const i = Math.min(Math.floor(fi), n - 2);
      const w = fi - i;
      const zc = (zcL[i] as number) * (1 - w) + (zcL[i + 1] as number) * w;
      const a = (aL[i] as number) * (1 - w) + (aL[i + 1] as number) * w;
      const dz = z - zc;
      const bf = (bfL[i] as number) * (1 - w) + (bfL[i + 1] as number) * w;
      const bb = (bbL[i] as number) * (1 - w) + (bbL[i + 1] as number) * w;
      const e = (nL[i] as number) * (1 - w) + (nL[i + 1] as number) * w;
      const d2 = superellipseRadial(x, dz, a, dz > 0 ? bf : bb, e) * 0.9;
      const dy = y - yc;
      if (dy === 0) return d2;
      return d2 > 0 ? hyp(d2, dy) : Math.max(d2, Math.abs(dy));
    },
  };
  if (o.tag) prim.tag = o.tag;
  return prim;
}

/** Sampled, smoothed radius tables (+u, −u, +v, −v) of a limb profile, n samples over t ∈ [0, 1]. */
function limbTables(
  rows: LimbRow[],
  n: number,
): [Float64Array, Float64Array, Float64Array, Float64Array] {
  const ts = rows.map((r) => r.t);
  const w = Math.max(2, Math.round(n * 0.015));
  const sample = (key: 'up' | 'un' | 'vp' | 'vn') =>
    smoothProfile(
      monotoneSample(
        ts,
        rows.map((r) => r[key]),
        0,
        1,
        n,
      ),
      w,
    );
  return [sample('up'), sample('un'), sample('vp'), sample('vn')];
}

/** Limb section at fraction t along the segment: radii towards +u, −u, +v, −v. */
export interface LimbRow {
  t: number;
  up: number;
  un: number;
  vp: number;
  vn: number;
}

/**
 * Limb loft from a to b with section frame (u, v) perpendicular to the segment; sections are
 * ellipse quarters (or superellipse quarters of exponent `o.n`) with the radii of the row;
 * rounded caps beyond the ends.
 */
export function limb(
  a: Vec3,
  b: Vec3,
  u: Vec3,
  v: Vec3,
  rows: LimbRow[],
  o: PrimOpts & { n?: number } = {},
): Prim {
  const e = o.n ?? 2;
  const ab = sub(b, a);
  const L = len(ab);
  const w: Vec3 = [ab[0] / L, ab[1] / L, ab[2] / L];
  // Re-orthogonalise u, v against w.
  const uu = sub(u, [w[0] * dot(u, w), w[1] * dot(u, w), w[2] * dot(u, w)]);
  const ul = len(uu);
  const U: Vec3 = [uu[0] / ul, uu[1] / ul, uu[2] / ul];
  const V: Vec3 = [w[1] * U[2] - w[2] * U[1], w[2] * U[0] - w[0] * U[2], w[0] * U[1] - w[1] * U[0]];
  const sgn = dot(V, v) >= 0 ? 1 : -1;
  const n = Math.max(64, Math.ceil(L / 0.0008));
  const [upL, unL, vpL, vnL] = limbTables(rows, n);
  let rmax = 0;
  for (const r of rows) rmax = Math.max(rmax, r.up, r.un, r.vp, r.vn);
  const [ax, ay, az] = a;
  const prim: Prim = {
    cx: (a[0] + b[0]) / 2,
    cy: (a[1] + b[1]) / 2,
    cz: (a[2] + b[2]) / 2,
    br: L / 2 + rmax,
    k: o.k ?? 0,
    op: o.op ?? 'add',
    f: (x, y, z) => {
      const px = x - ax;
      const py = y - ay;
      const pz = z - az;
      const s = px * w[0] + py * w[1] + pz * w[2];
      const t = s <= 0 ? 0 : s >= L ? 1 : s / L;
      const qw = s - t * L;
      const qx = px - w[0] * s;
      const qy = py - w[1] * s;
      const qz = pz - w[2] * s;
      const qu = qx * U[0] + qy * U[1] + qz * U[2];
      const qv = sgn * (qx * V[0] + qy * V[1] + qz * V[2]);
      const fi = t * (n - 1);
      const i = Math.min(Math.floor(fi), n - 2);
      const f = fi - i;
      const ru =
        qu > 0
          ? (upL[i] as number) * (1 - f) + (upL[i + 1] as number) * f
          : (unL[i] as number) * (1 - f) + (unL[i + 1] as number) * f;
      const rv =
        qv > 0
          ? (vpL[i] as number) * (1 - f) + (vpL[i + 1] as number) * f
          : (vnL[i] as number) * (1 - f) + (vnL[i + 1] as number) * f;
      const r2 = hyp(qu, qv);
      let R: number;
      if (r2 < 1e-9) R = Math.min(ru, rv);
      else if (e === 2) R = r2 / hyp(qu / ru, qv / rv);
      else
        R = r2 / Math.pow(Math.pow(Math.abs(qu) / ru, e) + Math.pow(Math.abs(qv) / rv, e), 1 / e);
      return hyp(r2, qw) - R;
    },
  };
  if (o.tag) prim.tag = o.tag;
  return prim;
}
