/**
 * Helpers that place landmarks relative to the skin field: move a point along a direction until
 * it lies `depth` metres beneath the skin (`snap`), or only when it is not already that deep
 * (`keepInside`). Metres, body frame.
 */
import { type Vec3, along, norm } from '../math.ts';
import type { SdfProgram } from '../sdf/core.ts';

/** Point on the line through p along dir that lies `depth` beneath the skin (outward = dir). */
export function snap(prog: SdfProgram, p: Vec3, dir: Vec3, depth: number): Vec3 {
  const u = norm(dir);
  const f = (t: number) => prog.eval(p[0] + u[0] * t, p[1] + u[1] * t, p[2] + u[2] * t);
  const step = 0.002;
  let a = 0;
  let b = 0;
  if (f(0) < 0) {
    b = step;
    while (f(b) < 0 && b < 0.4) {
      a = b;
      b += step;
    }
  } else {
    a = -step;
    while (f(a) >= 0 && a > -0.4) {
      b = a;
      a -= step;
    }
  }
  for (let i = 0; i < 40; i++) {
    const m = (a + b) / 2;
    if (f(m) < 0) a = m;
    else b = m;
  }
  return along(p, u, a - depth);
}

/** p itself if it is at least `depth` inside the skin, else snapped along dir. */
export function keepInside(prog: SdfProgram, p: Vec3, dir: Vec3, depth: number): Vec3 {
  return prog.eval(p[0], p[1], p[2]) < -depth ? p : snap(prog, p, dir, depth);
}
