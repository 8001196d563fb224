/**
 * Generates the body assets: public/generated/body-female.bin and body-male.bin.
 * Skips the work when the generator sources and data/regions.json + data/landmarks.json are
 * unchanged (their hash is stored in public/generated/body.hash). Prints time and sizes.
 * Usage: tsx scripts/build-assets.ts [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles, listFiles } from './lib/inputHash.ts';
import { bodyAssetEncoderReady, encodeBodyAsset } from '../src/body/bodyAssetEncode.ts';
import { generateBody } from '../src/body/generate.ts';
import { BODY_SPECS, type BodyShapeName } from '../src/body/shapes.ts';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const outDir = join(root, 'public', 'generated');
const hashFile = join(outDir, 'body.hash');
const shapes: BodyShapeName[] = ['female', 'male'];

function inputHash(): string {
  const files = [
    // The skin generator (src/body without the muscle and bone generators, which have their own builds).
    ...listFiles(join(root, 'src', 'body')).filter(
      (f) =>
        !f.includes(`${join('src', 'body', 'muscles')}`) &&
        !f.includes(`${join('src', 'body', 'bones')}`),
    ),
    join(root, 'data', 'regions.json'),
    join(root, 'data', 'landmarks.json'),
    fileURLToPath(import.meta.url),
  ];
  return hashFiles(root, files);
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const hash = inputHash();
  const outputs = shapes.map((s) => join(outDir, `body-${s}.bin`));
  if (!force && existsSync(hashFile) && outputs.every((o) => existsSync(o))) {
    if (readFileSync(hashFile, 'utf8').trim() === hash) {
      console.log('body assets up to date (inputs unchanged)');
      return;
    }
  }
  mkdirSync(outDir, { recursive: true });
  await bodyAssetEncoderReady;
  const t0 = performance.now();
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
  writeFileSync(hashFile, hash + '\n');
  console.log(`body assets generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
