/**
 * Generates the skeleton assets: assets/generated/bones-female.bin and bones-male.bin (one merged
 * bone mesh per body shape, in the body asset format with region ids 0 and no landmarks).
 * Skips the work when src/body (without the muscle and hazard generators) and
 * data/landmarks.json are unchanged (hash in assets/generated/bones.hash). Prints size, triangles
 * and time. Usage: tsx scripts/build-bones.ts [--force]
 */
import { cachedBones } from './lib/cachedMeshes.ts';
import { meshSummary, runShapeBuild } from './lib/shapeBuild.ts';
import { encodeBodyAsset } from '../src/body/asset/bodyAssetEncode.ts';
import { BODY_SPECS } from '../src/body/spec/shapes.ts';

// The bones are placed from the skeleton, the landmarks and the skin.
runShapeBuild({
  label: 'bone assets',
  name: 'bones',
  script: import.meta.url,
  skip: ['muscles', 'hazards'],
  async build(shape, force) {
    const mesh = await cachedBones(shape, { refresh: force });
    const n = mesh.positions.length / 3;
    const bytes = encodeBodyAsset({
      shape,
      stature: BODY_SPECS[shape].stature,
      ...mesh,
      regionIndex: new Uint16Array(n),
      landmarks: {},
    });
    return { bytes, summary: meshSummary(n, mesh.indices) };
  },
});
