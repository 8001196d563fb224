/**
 * The skin's near-surface view (per-cell primitive lists, `NearSurfaceView`) gives exactly the
 * whole chain's value where the skin generator's finishing evaluates it: on the skin's vertices
 * and the central-difference points 0.2 mm around them (fold check and normals).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BodyAsset } from '../../../src/body/asset/bodyAsset.ts';
import { buildSkeleton } from '../../../src/body/landmarks/skeleton.ts';
import { NearSurfaceView, type SdfProgram } from '../../../src/body/sdf/core.ts';
import { buildSkin } from '../../../src/body/skin/index.ts';
import { BODY_SPECS } from '../../../src/body/spec/shapes.ts';
import type { BodyShape } from '../../../src/domain/primitives.ts';
import { SKIN_LIST_BAND, SKIN_LIST_CELL } from '../../../src/body/generate.ts';
import { cachedBody } from '../../../scripts/lib/cachedMeshes.ts';

/** Every how many vertices one is checked (about 2,000 per shape). */
const STRIDE = 27;
/** The finishing's central-difference step, m. */
const STEP = 2e-4;

/** Points where the view and the chain differ: [vertex, offset axis, view, chain]. */
function mismatches(
  skin: SdfProgram,
  view: SdfProgram,
  p: Float32Array,
): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  const q = [0, 0, 0];
  for (let v = 0; v < p.length / 3; v += STRIDE) {
    for (let axis = -1; axis < 6; axis++) {
      for (let c = 0; c < 3; c++) q[c] = p[3 * v + c] as number;
      if (axis >= 0) q[axis >> 1] = (q[axis >> 1] as number) + (axis & 1 ? STEP : -STEP);
      const [x, y, z] = q as [number, number, number];
      const a = view.eval(x, y, z);
      const b = skin.eval(x, y, z);
      if (a !== b) out.push([v, axis, a, b]);
    }
  }
  return out;
}

describe.each<BodyShape>(['male', 'female'])('the %s skin near its surface', (shape) => {
  let body: BodyAsset;
  let skin: SdfProgram;
  let view: NearSurfaceView;
  beforeAll(async () => {
    body = await cachedBody(shape);
    skin = buildSkin(buildSkeleton(BODY_SPECS[shape]));
    view = new NearSurfaceView(skin, SKIN_LIST_CELL, SKIN_LIST_BAND);
  }, 60_000);

  it('has the same value through per-cell lists as through every primitive', () => {
    expect(mismatches(skin, view, body.positions)).toEqual([]);
  });

  it('holds the same primitives and passes evaluations with a list through', () => {
    expect(view.prims).toEqual(skin.prims);
    const list = skin.cull(0.1, 1.2, 0, 0.05, 0.01);
    expect(list.length).toBeGreaterThan(0);
    expect(view.eval(0.1, 1.2, 0, list)).toBe(skin.eval(0.1, 1.2, 0, list));
  });
});
