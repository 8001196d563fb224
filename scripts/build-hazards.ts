/**
 * Generates the hazard anatomy assets: assets/generated/hazards-female.bin and hazards-male.bin
 * (lungs and pleura, heart and pericardium, kidneys, major arteries and nerves as one mesh in the
 * body asset format, the structure index of src/body/hazards/catalogue.ts in the region-id slot).
 * Skips the work when the skeleton, skin, bones, hazards and landmarks are unchanged (hash in
 * assets/generated/hazards.hash). Prints size, triangles and time.
 * Usage: tsx scripts/build-hazards.ts [--force]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedBuild } from './lib/cachedBuild.ts';
import { GENERATED_DIR } from './lib/generatedDir.ts';
import { listFiles } from './lib/inputHash.ts';
import { bodyAssetEncoderReady, encodeBodyAsset } from '../src/body/asset/bodyAssetEncode.ts';
import { generateHazards } from '../src/body/hazards/index.ts';
import { BODY_SPECS } from '../src/body/spec/shapes.ts';
import type { BodyShape } from '../src/domain/primitives.ts';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const outDir = GENERATED_DIR;
const hashFile = join(outDir, 'hazards.hash');
const shapes: BodyShape[] = ['female', 'male'];

/** The hazards are placed from the skeleton, landmarks, skin and bones: src/body without the muscles. */
function inputs(): string[] {
  return [
    ...listFiles(join(root, 'src', 'body')).filter(
      (f) => !f.includes(join('src', 'body', 'muscles')),
    ),
    join(root, 'data', 'landmarks.json'),
    fileURLToPath(import.meta.url),
  ];
}

async function build(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await bodyAssetEncoderReady;
  for (const shape of shapes) {
    const t = performance.now();
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
    writeFileSync(join(outDir, `hazards-${shape}.bin`), bytes);
    const secs = ((performance.now() - t) / 1000).toFixed(1);
    console.log(
      `hazards-${shape}.bin: ${(bytes.length / 1024).toFixed(0)} KiB, ${mesh.structure.length} vertices, ` +
        `${mesh.indices.length / 3} triangles, ${secs} s`,
    );
  }
}

async function main(): Promise<void> {
  await runCachedBuild({
    label: 'hazard assets',
    root,
    inputs: inputs(),
    outputs: shapes.map((s) => join(outDir, `hazards-${s}.bin`)),
    hashFile,
    build,
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
