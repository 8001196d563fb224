/**
 * Generates the skeleton assets: assets/generated/bones-female.bin and bones-male.bin (one merged
 * bone mesh per body shape, in the body asset format with region ids 0 and no landmarks).
 * Skips the work when src/body (without the muscle generator) and data/landmarks.json are unchanged (hash in
 * assets/generated/bones.hash). Prints size, triangles and time. Usage: tsx scripts/build-bones.ts [--force]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedBuild } from './lib/cachedBuild.ts';
import { cachedBones } from './lib/cachedMeshes.ts';
import { GENERATED_DIR } from './lib/generatedDir.ts';
import { listFiles } from './lib/inputHash.ts';
import { bodyAssetEncoderReady, encodeBodyAsset } from '../src/body/asset/bodyAssetEncode.ts';
import { BODY_SPECS } from '../src/body/spec/shapes.ts';
import type { BodyShape } from '../src/domain/primitives.ts';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const outDir = GENERATED_DIR;
const hashFile = join(outDir, 'bones.hash');
const shapes: BodyShape[] = ['female', 'male'];

/** The bones are placed from the skeleton, the landmarks and the skin: src/body without the muscles. */
function inputs(): string[] {
  return [
    ...listFiles(join(root, 'src', 'body')).filter(
      (f) =>
        !f.includes(join('src', 'body', 'muscles')) && !f.includes(join('src', 'body', 'hazards')),
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
    const mesh = await cachedBones(shape, { refresh: process.argv.includes('--force') });
    const n = mesh.positions.length / 3;
    const bytes = encodeBodyAsset({
      shape,
      stature: spec.stature,
      ...mesh,
      regionIndex: new Uint16Array(n),
      landmarks: {},
    });
    writeFileSync(join(outDir, `bones-${shape}.bin`), bytes);
    const secs = ((performance.now() - t) / 1000).toFixed(1);
    console.log(
      `bones-${shape}.bin: ${(bytes.length / 1024).toFixed(0)} KiB, ${n} vertices, ` +
        `${mesh.indices.length / 3} triangles, ${secs} s`,
    );
  }
}

async function main(): Promise<void> {
  await runCachedBuild({
    label: 'bone assets',
    root,
    inputs: inputs(),
    outputs: shapes.map((s) => join(outDir, `bones-${s}.bin`)),
    hashFile,
    build,
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
