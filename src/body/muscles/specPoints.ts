/** Short constructors of landmark-relative points for the hint tables. */
import type { PointSpec } from './types.ts';

/** Landmark plus offset (m, for a 1.756 m body; +X lateral on the left side). */
export const L = (lm: string, dx = 0, dy = 0, dz = 0): PointSpec => ({ lm, off: [dx, dy, dz] });

/** Blend of two landmarks (t from a to b) plus offset. */
export const B = (a: string, b: string, t: number, dx = 0, dy = 0, dz = 0): PointSpec => ({
  lm: [
    [a, 1 - t],
    [b, t],
  ],
  off: [dx, dy, dz],
});
