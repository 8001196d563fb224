/**
 * Muscles against the skeleton (male body): the superficial muscles lie over the bones, not
 * inside them. Deep muscles pressed onto bone may overlap the simplified bone shapes; that limit
 * is documented in docs/muscles/README.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoneField } from '../../../src/body/bones/index';
import { assembleMuscles, type AssembledMuscles } from '../../../src/body/muscles/assemble';
import type { SdfProgram } from '../../../src/body/sdf/core';
import { MALE_SPEC } from '../../../src/body/spec/shapes';
import { datasetMuscles } from '../../../scripts/build-muscles';
import { realAtlas } from '../helpers';

let muscles: AssembledMuscles;
let bones: SdfProgram;
beforeAll(() => {
  const superficial = datasetMuscles(realAtlas()).filter((m) => m.layer === 'superficial');
  muscles = assembleMuscles(MALE_SPEC, superficial);
  bones = buildBoneField(MALE_SPEC);
}, 120_000);

/** Share of a mesh's vertices more than 2 mm inside bone. */
function insideBone(positions: Float32Array): number {
  let inside = 0;
  const n = positions.length / 3;
  for (let i = 0; i < n; i++) {
    const x = positions[3 * i] as number;
    const y = positions[3 * i + 1] as number;
    const z = positions[3 * i + 2] as number;
    if (bones.eval(x, y, z) < -0.002) inside++;
  }
  return inside / n;
}

describe('muscles and bones', () => {
  it('no superficial muscle has more than a fifth of its surface inside bone', () => {
    const over = muscles.muscles
      .map((m) => ({ id: m.id, share: insideBone(m.mesh.positions) }))
      .filter((m) => m.share > 0.2)
      .map((m) => `${m.id}: ${(100 * m.share).toFixed(0)} %`);
    expect(over).toEqual([]);
  });

  it('the scalp muscles lie over the skull (at most a tenth inside it, where they reach the mastoid)', () => {
    for (const id of ['frontalis', 'occipitalis']) {
      const m = muscles.muscles.find((x) => x.id === id);
      if (!m) throw new Error(`${id} missing`);
      expect(insideBone(m.mesh.positions), id).toBeLessThan(0.1);
    }
  });
});
