/**
 * The body's shared geometry invariant suite (`tests/unit/body/invariants.ts`) over every muscle
 * mesh of both body shapes: each muscle's left and right meshes together, which must also be an
 * exact left/right mirror image.
 */
import { beforeAll } from 'vitest';
import type { AssembledMuscles } from '../../../src/body/muscles/assemble';
import { mirrorMesh } from '../../../src/body/muscles/generate';
import type { MuscleMesh } from '../../../src/body/muscles/types';
import type { BodyShape } from '../../../src/domain/primitives';
import { datasetMuscles } from '../../../scripts/build-muscles';
import { cachedMuscles } from '../../../scripts/lib/cachedMeshes';
import { describeMeshInvariants, type MeshLike } from '../body/invariants';
import { realAtlas } from '../helpers';

const muscles = datasetMuscles(realAtlas());
const cache = new Map<BodyShape, AssembledMuscles>();
beforeAll(async () => {
  for (const shape of ['male', 'female'] as const)
    cache.set(shape, await cachedMuscles(shape, muscles));
}, 120_000);
function assembled(shape: BodyShape): AssembledMuscles {
  const a = cache.get(shape);
  if (!a) throw new Error(`${shape} muscles not assembled`);
  return a;
}

/** Left and right meshes of one muscle as one mesh. */
function bothSides(left: MuscleMesh): MeshLike {
  const right = mirrorMesh(left);
  const n = left.positions.length / 3;
  const positions = new Float32Array(2 * left.positions.length);
  positions.set(left.positions);
  positions.set(right.positions, left.positions.length);
  const normals = new Float32Array(2 * left.normals.length);
  normals.set(left.normals);
  normals.set(right.normals, left.normals.length);
  const indices = new Uint32Array(2 * left.indices.length);
  indices.set(left.indices);
  indices.set(
    right.indices.map((i) => i + n),
    left.indices.length,
  );
  return { positions, normals, indices };
}

const meshes = new Map<string, MeshLike>();
for (const shape of ['male', 'female'] as const) {
  for (const m of muscles) {
    const key = `${shape} ${m.id}`;
    describeMeshInvariants(
      `${shape} muscle ${m.id}`,
      () => {
        let mesh = meshes.get(key);
        if (!mesh) {
          const left = assembled(shape).muscles.find((x) => x.id === m.id)?.mesh;
          if (!left) throw new Error(`${key}: no mesh generated`);
          mesh = bothSides(left);
          meshes.set(key, mesh);
        }
        return mesh;
      },
      { mirrorTolerance: 1e-6 },
    );
  }
}
