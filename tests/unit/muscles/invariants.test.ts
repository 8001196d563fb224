/**
 * The body's shared geometry invariant suite (`tests/unit/body/invariants.ts`) over every muscle
 * mesh of the male body: each muscle's left and right meshes together, which must also be an
 * exact left/right mirror image.
 */
import { assembleMuscles, type AssembledMuscles } from '../../../src/body/muscles/assemble';
import { mirrorMesh } from '../../../src/body/muscles/generate';
import type { MuscleMesh } from '../../../src/body/muscles/types';
import { MALE_SPEC } from '../../../src/body/shapes';
import { datasetMuscles } from '../../../scripts/build-muscles';
import { describeMeshInvariants, type MeshLike } from '../body/invariants';
import { realAtlas } from '../helpers';

const muscles = datasetMuscles(realAtlas());
let cache: AssembledMuscles | undefined;
const male = (): AssembledMuscles => (cache ??= assembleMuscles(MALE_SPEC, muscles));

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
for (const m of muscles) {
  describeMeshInvariants(
    `muscle ${m.id}`,
    () => {
      let mesh = meshes.get(m.id);
      if (!mesh) {
        const left = male().muscles.find((x) => x.id === m.id)?.mesh;
        if (!left) throw new Error(`${m.id}: no mesh generated`);
        mesh = bothSides(left);
        meshes.set(m.id, mesh);
      }
      return mesh;
    },
    { mirrorTolerance: 1e-6 },
  );
}
