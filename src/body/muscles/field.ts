/**
 * Skin-field helpers: gradient, projection onto an offset shell under the skin, and a clamp that
 * keeps points inside the skin. Metres, body frame.
 */
import { type Vec3, norm } from '../math.ts';

export type Sdf = (x: number, y: number, z: number) => number;

const H = 0.001;

/** Unit outward normal of the field at p (central differences). */
export function gradient(sdf: Sdf, p: Vec3): Vec3 {
  const [x, y, z] = p;
  return norm([
    sdf(x + H, y, z) - sdf(x - H, y, z),
    sdf(x, y + H, z) - sdf(x, y - H, z),
    sdf(x, y, z + H) - sdf(x, y, z - H),
  ]);
}

/**
 * Moves p along the field gradient until it lies `depth` metres under the skin (sdf = −depth).
 * Steps are limited so a point never jumps across a thin part of the body.
 */
export function toShell(sdf: Sdf, p: Vec3, depth: number, iterations = 6): Vec3 {
  let q: Vec3 = [p[0], p[1], p[2]];
  for (let i = 0; i < iterations; i++) {
    const d = sdf(q[0], q[1], q[2]) + depth;
    if (Math.abs(d) < 2e-4) break;
    const g = gradient(sdf, q);
    const step = Math.max(-0.03, Math.min(0.03, d));
    q = [q[0] - g[0] * step, q[1] - g[1] * step, q[2] - g[2] * step];
  }
  return q;
}

/** If p lies less than `gap` under the skin, moves it inwards until it does. */
export function keepInside(sdf: Sdf, p: Vec3, gap: number): Vec3 {
  let q = p;
  for (let i = 0; i < 4; i++) {
    const d = sdf(q[0], q[1], q[2]);
    if (d <= -gap) return q;
    const g = gradient(sdf, q);
    const step = d + gap + 2e-4;
    q = [q[0] - g[0] * step, q[1] - g[1] * step, q[2] - g[2] * step];
  }
  return q;
}

/**
 * The point `depth` under the skin on the line through p along `dir` (outward): finds where the
 * line leaves the body nearest to p, then steps back in. Used where the nearest skin is ambiguous
 * (a point deep in a limb between its front and back).
 */
export function toShellAlong(sdf: Sdf, p: Vec3, dir: Vec3, depth: number): Vec3 {
  const u = norm(dir);
  const f = (t: number) => sdf(p[0] + u[0] * t, p[1] + u[1] * t, p[2] + u[2] * t);
  const step = 0.004;
  const reach = 0.12;
  let a = 0;
  let b = 0;
  if (f(0) < 0) {
    b = step;
    while (f(b) < 0 && b < reach) {
      a = b;
      b += step;
    }
  } else {
    a = -step;
    while (f(a) >= 0 && a > -reach) {
      b = a;
      a -= step;
    }
  }
  // The line misses the body near p (p beside a limb): fall back to the nearest skin.
  if (f(a) >= 0 || f(b) < 0) return toShell(sdf, p, depth);
  for (let i = 0; i < 24; i++) {
    const m = (a + b) / 2;
    if (f(m) < 0) a = m;
    else b = m;
  }
  const t = a - depth;
  return [p[0] + u[0] * t, p[1] + u[1] * t, p[2] + u[2] * t];
}
