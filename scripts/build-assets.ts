/**
 * Generates the body assets: public/generated/body-female.bin and body-male.bin.
 * Skips the work when the generator sources and data/regions.json + data/landmarks.json are
 * unchanged (their hash is stored in public/generated/body.hash). Prints time and sizes.
 * Usage: tsx scripts/build-assets.ts [--force]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedBuild } from './lib/cachedBuild.ts';
import { listFiles } from './lib/inputHash.ts';
import { bodyAssetEncoderReady, encodeBodyAsset } from '../src/body/asset/bodyAssetEncode.ts';
import { generateBody } from '../src/body/generate.ts';
import { BODY_SPECS, type BodyShapeName } from '../src/body/spec/shapes.ts';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const outDir = join(root, 'public', 'generated');
const hashFile = join(outDir, 'body.hash');
const shapes: BodyShapeName[] = ['female', 'male'];

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
    const asset = await generateBody(BODY_SPECS[shape]);
    const bytes = encodeBodyAsset(asset);
    writeFileSync(join(outDir, `body-${shape}.bin`), bytes);
    const secs = ((performance.now() - t) / 1000).toFixed(1);
    console.log(
      `body-${shape}.bin: ${(bytes.length / 1024).toFixed(0)} KiB, ` +
        `${asset.positions.length / 3} vertices, ${asset.indices.length / 3} triangles, ${secs} s`,
    );
  }
}

async function main(): Promise<void> {
  await runCachedBuild({
    label: 'body assets',
    root,
    inputs: inputs(),
    outputs: shapes.map((s) => join(outDir, `body-${s}.bin`)),
    hashFile,
    build,
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
