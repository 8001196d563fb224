/**
 * Generates the body assets: assets/generated/body-female.bin and body-male.bin (their headers
 * carry the hash of the region list), and outline-female.json / outline-male.json, the flat
 * front and back outline for pages without WebGL and for print.
 * Skips the work when the generator sources and data/regions.json + data/landmarks.json are
 * unchanged (their hash is stored in assets/generated/body.hash). Prints time and sizes.
 * Usage: tsx scripts/build-assets.ts [--force]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedBuild } from './lib/cachedBuild.ts';
import { cachedBody } from './lib/cachedMeshes.ts';
import { GENERATED_DIR } from './lib/generatedDir.ts';
import { listFiles } from './lib/inputHash.ts';
import { bodyAssetEncoderReady, encodeBodyAsset } from '../src/body/asset/bodyAssetEncode.ts';
import { bodyOutline } from '../src/body/outline2d.ts';
import type { BodyShape } from '../src/domain/primitives.ts';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const outDir = GENERATED_DIR;
const hashFile = join(outDir, 'body.hash');
const shapes: BodyShape[] = ['female', 'male'];

/** The skin generator (src/body without the muscle and bone generators, which have their own builds). */
function inputs(): string[] {
  return [
    ...listFiles(join(root, 'src', 'body')).filter(
      (f) =>
        !f.includes(join('src', 'body', 'muscles')) &&
        !f.includes(join('src', 'body', 'bones')) &&
        !f.includes(join('src', 'body', 'hazards')),
    ),
    join(root, 'data', 'regions.json'),
    join(root, 'data', 'landmarks.json'),
    fileURLToPath(import.meta.url),
  ];
}

async function build(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await bodyAssetEncoderReady;
  for (const shape of shapes) {
    const t = performance.now();
    const asset = await cachedBody(shape, { refresh: process.argv.includes('--force') });
    const bytes = encodeBodyAsset(asset);
    writeFileSync(join(outDir, `body-${shape}.bin`), bytes);
    const outline = JSON.stringify(bodyOutline(asset));
    writeFileSync(join(outDir, `outline-${shape}.json`), outline);
    const secs = ((performance.now() - t) / 1000).toFixed(1);
    console.log(
      `body-${shape}.bin: ${(bytes.length / 1024).toFixed(0)} KiB, ` +
        `${asset.positions.length / 3} vertices, ${asset.indices.length / 3} triangles, ${secs} s; ` +
        `outline-${shape}.json: ${(outline.length / 1024).toFixed(0)} KiB`,
    );
  }
}

async function main(): Promise<void> {
  await runCachedBuild({
    label: 'body assets',
    root,
    inputs: inputs(),
    outputs: shapes.flatMap((s) => [
      join(outDir, `body-${s}.bin`),
      join(outDir, `outline-${s}.json`),
    ]),
    hashFile,
    build,
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
