/** Resolves landmark-relative {@link PointSpec}s to body-frame points (left side). */
import { type Vec3, add, scale } from '../math.ts';
import { toShell } from './field.ts';
import type { BodyInput, PointSpec } from './types.ts';

export class MissingLandmarkError extends Error {}

function landmark(body: BodyInput, id: string): Vec3 {
  const p = body.landmark(id);
  if (!p) throw new MissingLandmarkError(`landmark "${id}" is not placed on the body`);
  return p;
}

/** Body-frame position of a point spec. Throws {@link MissingLandmarkError} on unknown ids. */
export function resolvePoint(body: BodyInput, spec: PointSpec): Vec3 {
  if (typeof spec === 'string') return landmark(body, spec);
  const pairs: readonly (readonly [string, number])[] =
    typeof spec.lm === 'string' ? [[spec.lm, 1]] : spec.lm;
  let sum: Vec3 = [0, 0, 0];
  let wsum = 0;
  for (const [id, w] of pairs) {
    sum = add(sum, scale(landmark(body, id), w));
    wsum += w;
  }
  let p = scale(sum, 1 / (wsum || 1));
  if (spec.off) p = add(p, scale([spec.off[0], spec.off[1], spec.off[2]], body.scale));
  if (spec.depth !== undefined) p = toShell(body.skin, p, spec.depth * body.scale);
  return p;
}

export const resolveLine = (body: BodyInput, specs: readonly PointSpec[]): Vec3[] =>
  specs.map((s) => resolvePoint(body, s));
