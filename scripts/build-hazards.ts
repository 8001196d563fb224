/**
 * Generates the hazard anatomy assets: assets/generated/hazards-female.bin and hazards-male.bin
 * (lungs and pleura, heart and pericardium, kidneys, major arteries and nerves as one mesh in the
 * body asset format, the structure index of src/body/hazards/catalogue.ts in the region-id slot).
 * Skips the work when the skeleton, skin, bones, hazards and landmarks are unchanged (hash in
 * assets/generated/hazards.hash). Prints size, triangles and time.
 * Usage: tsx scripts/build-hazards.ts [--force]
 */
import { meshSummary, runShapeBuild } from './lib/shapeBuild.ts';
import { encodeBodyAsset } from '../src/body/asset/bodyAssetEncode.ts';
import { generateHazards } from '../src/body/hazards/index.ts';
import { BODY_SPECS } from '../src/body/spec/shapes.ts';

// The hazards are placed from the skeleton, landmarks, skin and bones: src/body without the muscles.
runShapeBuild({
  label: 'hazard assets',
  name: 'hazards',
  script: import.meta.url,
  skip: ['muscles'],
  build(shape) {
    const spec = BODY_SPECS[shape];
    const mesh = generateHazards(spec);
    const bytes = encodeBodyAsset({
      shape,
      stature: spec.stature,
      positions: mesh.positions,
      normals: mesh.normals,
      indices: mesh.indices,
      regionIndex: mesh.structure,
      landmarks: {},
    });
    return Promise.resolve({ bytes, summary: meshSummary(mesh.structure.length, mesh.indices) });
  },
});
