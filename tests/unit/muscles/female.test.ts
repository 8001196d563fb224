/**
 * The female body's muscles, built by the same generator as the male ones: every trigger point
 * lies inside its muscle and no superficial muscle shows through the skin. (The mesh invariants of
 * both shapes run in `invariants.test.ts`.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleMuscles, type AssembledMuscles } from '../../../src/body/muscles/assemble';
import { FEMALE_SPEC } from '../../../src/body/shapes';
import { datasetMuscles } from '../../../scripts/build-muscles';
import { realAtlas } from '../helpers';
import { insideMesh } from './meshChecks';

const muscles = datasetMuscles(realAtlas());
let female: AssembledMuscles;

beforeAll(() => {
  female = assembleMuscles(FEMALE_SPEC, muscles);
}, 60_000);

describe('female muscle meshes', () => {
  it('generate for every dataset muscle without failures', () => {
    expect(female.failures).toEqual([]);
    expect(female.muscles.map((m) => m.id).sort()).toEqual(muscles.map((m) => m.id).sort());
  });

  it('every trigger point lies inside its muscle mesh', () => {
    const outside: string[] = [];
    for (const m of muscles) {
      const mesh = female.muscles.find((x) => x.id === m.id)?.mesh;
      for (const tp of m.triggerPoints) {
        const p = female.triggerPoints[tp.id];
        if (!mesh || !p || !insideMesh(mesh, p)) outside.push(tp.id);
      }
    }
    expect(outside).toEqual([]);
  });

  it('no superficial-muscle vertex lies outside the skin by more than 3 mm', () => {
    const out: string[] = [];
    for (const m of female.muscles) {
      if (m.layer !== 'superficial') continue;
      const p = m.mesh.positions;
      let worst = -Infinity;
      for (let i = 0; i < p.length; i += 3) {
        const d = female.body.skin(p[i] as number, p[i + 1] as number, p[i + 2] as number);
        worst = Math.max(worst, d);
      }
      if (worst > 0.003) out.push(`${m.id}: ${(worst * 1000).toFixed(1)} mm`);
    }
    expect(out).toEqual([]);
  });
});
