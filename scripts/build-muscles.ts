/**
 * Generates the muscle assets: assets/generated/muscles-female.bin and muscles-male.bin (every
 * muscle of the dataset, left side stored, mirrored on load) and assets/generated/muscles-male.json
 * (`{ "muscles": [ids with a mesh] }`, read by the query CLI for `hasMesh`).
 * Skips the work when src/body, data/muscles and data/landmarks.json are unchanged (hash in
 * assets/generated/muscles.hash). Prints time and sizes. Usage: tsx scripts/build-muscles.ts [--force]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedBuild } from './lib/cachedBuild.ts';
import { cachedMuscles } from './lib/cachedMeshes.ts';
import { GENERATED_DIR } from './lib/generatedDir.ts';
import { listFiles } from './lib/inputHash.ts';
import type { DatasetMuscle } from '../src/body/muscles/assemble.ts';
import { encodeMuscleAsset, muscleEncoderReady } from '../src/body/muscles/assetEncode.ts';
import type { BodyShape } from '../src/domain/primitives.ts';
import type { Atlas } from '../src/domain/atlas.ts';
import { loadAtlasOrExit } from './lib/loadAtlas.ts';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const outDir = GENERATED_DIR;
const hashFile = join(outDir, 'muscles.hash');
const shapes: BodyShape[] = ['female', 'male'];

/** The muscle generator reads the skin, the landmarks and the muscles, never the bones. */
function inputs(): string[] {
  return [
    ...listFiles(join(root, 'src', 'body')).filter(
      (f) =>
        !f.includes(join('src', 'body', 'bones')) && !f.includes(join('src', 'body', 'hazards')),
    ),
    ...listFiles(join(root, 'data', 'muscles')),
    join(root, 'data', 'landmarks.json'),
    fileURLToPath(import.meta.url),
  ];
}

/** The dataset's muscles in dataset order, as the generator reads them. */
export function datasetMuscles(atlas: Atlas): DatasetMuscle[] {
  return atlas.muscles.map((m) => ({
    id: m.id,
    index: m.index,
    layer: m.layer,
    shape: m.shape,
    origin: m.origin,
    insertion: m.insertion,
    triggerPoints: m.triggerPointIds.map((id) => {
      const tp = atlas.triggerPoints.get(id);
      if (!tp) throw new Error(`trigger point ${id} missing`);
      return { id, location: tp.location };
    }),
  }));
}

async function build(): Promise<void> {
  const muscles = datasetMuscles(loadAtlasOrExit(join(root, 'data')));
  mkdirSync(outDir, { recursive: true });
  await muscleEncoderReady;
  let failed = false;
  for (const shape of shapes) {
    const t = performance.now();
    const a = await cachedMuscles(shape, muscles, { refresh: process.argv.includes('--force') });
    for (const f of a.failures) console.error(`build-muscles: ${shape}: ${f}`);
    failed ||= a.failures.length > 0;
    const bytes = encodeMuscleAsset(a);
    writeFileSync(join(outDir, `muscles-${shape}.bin`), bytes);
    const verts = a.muscles.reduce((s, m) => s + m.mesh.positions.length / 3, 0);
    const tris = a.muscles.reduce((s, m) => s + m.mesh.indices.length / 3, 0);
    console.log(
      `muscles-${shape}.bin: ${a.muscles.length} muscles × 2 sides, ${2 * verts} vertices, ` +
        `${2 * tris} triangles, ${(bytes.length / 1024).toFixed(0)} KB, ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    if (shape === 'male') {
      const ids = a.muscles.map((m) => m.id);
      writeFileSync(join(outDir, 'muscles-male.json'), JSON.stringify({ muscles: ids }) + '\n');
    }
  }
  if (failed) throw new Error('build-muscles: some muscles could not be generated');
}

async function main(): Promise<void> {
  await runCachedBuild({
    label: 'muscle assets',
    root,
    inputs: inputs(),
    outputs: [
      ...shapes.map((s) => join(outDir, `muscles-${s}.bin`)),
      join(outDir, 'muscles-male.json'),
    ],
    hashFile,
    build,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
