/**
 * The procedural skeleton of both body shapes: shared mesh invariants (closed, outward, exact
 * mirror image), every bone vertex inside the skin (the muscle envelope the muscles are built in,
 * as `bodyInputFor` builds it), a plausible size, and determinism (two meshings on a coarser grid
 * in this process). The meshes come from the mesh cache (scripts/lib/cachedMeshes.ts), which keys
 * each entry by the generator's sources, so a cached skeleton is the one the code makes.
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
  // The whole pipeline (field, surface nets, simplification, mirroring) on a coarser grid: the
  // full skeleton takes ~9 s to mesh, and the asset build meshes it once per change already.
  it('meshes the male skeleton identically twice (8 mm cells)', async () => {
    const coarse = { cell: 0.008, targetTris: 12_000, maxError: 0.002 };
    const first = await generateBones(BODY_SPECS.male, coarse);
    const again = await generateBones(BODY_SPECS.male, coarse);
    expect(first.indices.length / 3).toBeGreaterThan(5_000);
    expect(again.indices).toEqual(first.indices);
    expect(again.positions).toEqual(first.positions);
    expect(again.normals).toEqual(first.normals);
  }, 60_000);
});
