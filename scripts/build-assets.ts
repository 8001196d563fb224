/**
 * Generates the body assets: assets/generated/body-female.bin and body-male.bin (their headers
 * carry the hash of the region list), and outline-female.json / outline-male.json, the flat
 * front and back outline for pages without WebGL and for print.
 * Skips the work when the generator sources and data/regions.json + data/landmarks.json are
 * unchanged (their hash is stored in assets/generated/body.hash). Prints time and sizes.
 * Usage: tsx scripts/build-assets.ts [--force]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedBody } from './lib/cachedMeshes.ts';
import { GENERATED_DIR } from './lib/generatedDir.ts';
import { meshSummary, runShapeBuild } from './lib/shapeBuild.ts';
import { encodeBodyAsset } from '../src/body/asset/bodyAssetEncode.ts';
import { bodyOutline } from '../src/body/outline2d.ts';

// The skin generator: src/body without the muscle, bone and hazard generators (their own builds).
runShapeBuild({
  label: 'body assets',
  name: 'body',
  script: import.meta.url,
  skip: ['muscles', 'bones', 'hazards'],
  moreInputs: ['data/regions.json'],
  moreOutputs: (shape) => [`outline-${shape}.json`],
  async build(shape, force) {
    const asset = await cachedBody(shape, { refresh: force });
    const outline = JSON.stringify(bodyOutline(asset));
    writeFileSync(join(GENERATED_DIR, `outline-${shape}.json`), outline);
    const size = `outline-${shape}.json ${(outline.length / 1024).toFixed(0)} KiB`;
    return {
      bytes: encodeBodyAsset(asset),
      summary: `${meshSummary(asset.positions.length / 3, asset.indices)}; ${size}`,
    };
  },
});
