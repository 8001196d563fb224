/**
 * Attachment lines and fibre curves. An attachment line is a polyline through 1+ points,
 * parametrised by arc length v ∈ [0, 1]; a fibre runs from the origin line to the insertion line
 * through the via lines as a uniform Catmull-Rom spline.
 */
import { type Vec3, add, dist, lerp, scale, sub } from '../math.ts';

/** Point at arc-length fraction v of a polyline (the point itself for a single point). */
export function linePoint(pts: readonly Vec3[], v: number): Vec3 {
  const n = pts.length;
  if (n === 1) return pts[0] as Vec3;
  let total = 0;
  for (let i = 1; i < n; i++) total += dist(pts[i - 1] as Vec3, pts[i] as Vec3);
  let target = Math.min(Math.max(v, 0), 1) * total;
  for (let i = 1; i < n; i++) {
    const a = pts[i - 1] as Vec3;
    const b = pts[i] as Vec3;
    const l = dist(a, b);
    if (target <= l || i === n - 1) return lerp(a, b, l > 0 ? Math.min(target / l, 1) : 0);
    target -= l;
  }
  return pts[n - 1] as Vec3;
}

export const lineLength = (pts: readonly Vec3[]): number => {
  let t = 0;
  for (let i = 1; i < pts.length; i++) t += dist(pts[i - 1] as Vec3, pts[i] as Vec3);
  return t;
};

/** Reverses `line` if that pairs its ends better with the ends of `ref` (avoids twisted fibres). */
export function alignLine(line: readonly Vec3[], ref: readonly Vec3[]): Vec3[] {
  if (line.length < 2 || ref.length < 2) return [...line];
  const a0 = ref[0] as Vec3;
  const a1 = ref[ref.length - 1] as Vec3;
  const b0 = line[0] as Vec3;
  const b1 = line[line.length - 1] as Vec3;
  const keep = dist(a0, b0) + dist(a1, b1);
  const swap = dist(a0, b1) + dist(a1, b0);
  return swap < keep ? [...line].reverse() : [...line];
}

/** Uniform Catmull-Rom through `ctrl` at s ∈ [0, 1] (ends extrapolated linearly). */
export function catmullRom(ctrl: readonly Vec3[], s: number): Vec3 {
  const n = ctrl.length;
  if (n === 1) return ctrl[0] as Vec3;
  const segs = n - 1;
  const f = Math.min(Math.max(s, 0), 1) * segs;
  const i = Math.min(Math.floor(f), segs - 1);
  const t = f - i;
  const p1 = ctrl[i] as Vec3;
  const p2 = ctrl[i + 1] as Vec3;
  const p0 = i > 0 ? (ctrl[i - 1] as Vec3) : sub(scale(p1, 2), p2);
  const p3 = i + 2 < n ? (ctrl[i + 2] as Vec3) : sub(scale(p2, 2), p1);
  const t2 = t * t;
  const t3 = t2 * t;
  const c0 = -0.5 * t3 + t2 - 0.5 * t;
  const c1 = 1.5 * t3 - 2.5 * t2 + 1;
  const c2 = -1.5 * t3 + 2 * t2 + 0.5 * t;
  const c3 = 0.5 * t3 - 0.5 * t2;
  return add(add(scale(p0, c0), scale(p1, c1)), add(scale(p2, c2), scale(p3, c3)));
}

/**
 * Arc-length reparametrisation of a curve: returns, for `n` fractions of length evenly spaced in
 * [0, 1], the curve parameter s that reaches them.
 */
export function arcLengthParams(curve: (s: number) => Vec3, n: number, samples = 96): number[] {
  const cum: number[] = [0];
  let prev = curve(0);
  for (let k = 1; k <= samples; k++) {
    const p = curve(k / samples);
    cum.push((cum[k - 1] as number) + dist(prev, p));
    prev = p;
  }
  const total = cum[samples] as number;
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const target = (total * i) / (n - 1);
    while (k < samples - 1 && (cum[k + 1] as number) < target) k++;
    const a = cum[k] as number;
    const b = cum[k + 1] as number;
    const w = b > a ? (target - a) / (b - a) : 0;
    out.push((k + Math.min(Math.max(w, 0), 1)) / samples);
  }
  return out;
}

/** Length of a curve by sampling. */
export function curveLength(curve: (s: number) => Vec3, samples = 48): number {
  let l = 0;
  let prev = curve(0);
  for (let k = 1; k <= samples; k++) {
    const p = curve(k / samples);
    l += dist(prev, p);
    prev = p;
  }
  return l;
}
