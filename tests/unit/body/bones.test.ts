/**
 * The procedural skeleton of both body shapes: shared mesh invariants (closed, outward, exact
 * mirror image), every bone vertex inside the skin (the muscle envelope the muscles are built in,
 * as `bodyInputFor` builds it), a plausible size, and determinism. The meshes come from the mesh
 * cache (scripts/lib/cachedMeshes.ts), so the determinism test compares a fresh generation with one
 * that another process (the asset build or another test file) may have made.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type BoneMesh, generateBones } from '../../../src/body/bones/index.ts';
import { cachedBones } from '../../../scripts/lib/cachedMeshes.ts';
import { bodyInputFor } from '../../../src/body/muscles/assemble.ts';
import { BODY_SPECS } from '../../../src/body/spec/shapes.ts';
import type { BodyShape } from '../../../src/domain/primitives.ts';
import { describeMeshInvariants } from './invariants.ts';

const shapes: BodyShape[] = ['female', 'male'];
const meshes = new Map<BodyShape, BoneMesh>();

beforeAll(async () => {
  for (const shape of shapes) meshes.set(shape, await cachedBones(shape));
}, 120_000);

for (const shape of shapes) {
  const mesh = (): BoneMesh => meshes.get(shape) as BoneMesh;
  describeMeshInvariants(`${shape} bones`, mesh, { mirrorTolerance: 1e-6 });

  describe(`${shape} bones`, () => {
    it('lies inside the skin everywhere', () => {
      const { skin } = bodyInputFor(BODY_SPECS[shape]);
      const p = mesh().positions;
      let worst = -Infinity;
      for (let v = 0; v < p.length; v += 3) {
        worst = Math.max(worst, skin(p[v] as number, p[v + 1] as number, p[v + 2] as number));
      }
      expect(worst).toBeLessThan(0);
    });

    it('spans the body from skull to feet within its triangle budget', () => {
      const p = mesh().positions;
      let lo = Infinity;
      let hi = -Infinity;
      for (let v = 1; v < p.length; v += 3) {
        lo = Math.min(lo, p[v] as number);
        hi = Math.max(hi, p[v] as number);
      }
      const H = BODY_SPECS[shape].stature;
      expect(lo).toBeLessThan(0.03);
      expect(hi).toBeGreaterThan(H - 0.02);
      expect(mesh().indices.length / 3).toBeGreaterThan(30_000);
      expect(mesh().indices.length / 3).toBeLessThan(60_000);
    });
  });
}

describe('bones are deterministic', () => {
  it('regenerates the male skeleton identically', async () => {
    const again = await generateBones(BODY_SPECS.male);
    const first = meshes.get('male') as BoneMesh;
    expect(again.indices).toEqual(first.indices);
    expect(again.positions).toEqual(first.positions);
  }, 60_000);
});
