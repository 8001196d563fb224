/** Adapts the body generator's landmarks and skin field to the muscle generator's input. */
import type { Vec3 } from '../math.ts';
import type { BodyInput } from './types.ts';

/** Landmarks keyed `l-<id>` / `r-<id>` (paired) or `<id>` (midline); the left side is used. */
export function bodyInput(
  landmarks: Readonly<Record<string, Vec3 | readonly number[]>>,
  skin: (x: number, y: number, z: number) => number,
  stature: number,
): BodyInput {
  return {
    landmark: (id) => {
      const p = landmarks[`l-${id}`] ?? landmarks[id];
      return p ? [p[0] as number, p[1] as number, p[2] as number] : undefined;
    },
    skin,
    scale: stature / 1.756,
  };
}
