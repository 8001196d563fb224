/**
 * The female body's muscles, built by the same generator as the male ones: every trigger point
 * lies inside its muscle and no superficial muscle shows through the skin. (The mesh invariants of
 * both shapes run in `invariants.test.ts`.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssembledMuscles } from '../../../src/body/muscles/assemble';
import { datasetMuscles } from '../../../scripts/build-muscles';
import { cachedMuscles } from '../../../scripts/lib/cachedMeshes';
import { realAtlas } from '../helpers';
import { skinOverhangs, triggerPointsOutside } from './assembledChecks';

const muscles = datasetMuscles(realAtlas());
let female: AssembledMuscles;

beforeAll(async () => {
  female = await cachedMuscles('female', muscles);
}, 60_000);

describe('female muscle meshes', () => {
  it('generate for every dataset muscle without failures', () => {
    expect(female.failures).toEqual([]);
    expect(female.muscles.map((m) => m.id).sort()).toEqual(muscles.map((m) => m.id).sort());
  });

  it('every trigger point lies inside its muscle mesh', () => {
    expect(triggerPointsOutside(female, muscles)).toEqual([]);
  });

  it('no superficial-muscle vertex lies outside the skin by more than 3 mm', () => {
    expect(skinOverhangs(female, 0.003)).toEqual([]);
  });
});
