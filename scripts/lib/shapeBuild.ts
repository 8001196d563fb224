/**
 * The frame the per-shape mesh builds share (skin, bones, hazards): the inputs (src/body without
 * the folders of the other generators, data/landmarks.json, the build script and this file), one
 * `assets/generated/<name>-<shape>.bin` per body shape, a size-and-time line per shape, and the
 * skip-when-unchanged hash of cachedBuild.ts (`assets/generated/<name>.hash`). Exits 1 on failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyShape } from '../../src/domain/primitives.ts';
import { bodyAssetEncoderReady } from '../../src/body/asset/bodyAssetEncode.ts';
import { runCachedBuild } from './cachedBuild.ts';
import { GENERATED_DIR, ROOT } from './generatedDir.ts';
import { listFiles } from './inputHash.ts';

const SHAPES: readonly BodyShape[] = ['female', 'male'];

/** One shape's asset and what the log says about it besides its size and time. */
export interface ShapeOutput {
  readonly bytes: Uint8Array;
  /** E.g. `12345 vertices, 23456 triangles`. */
  readonly summary: string;
}

export interface ShapeBuild {
  /** What is built, for the messages ("bone assets"). */
  readonly label: string;
  /** Output and hash file name: `<name>-<shape>.bin`, `<name>.hash`. */
  readonly name: string;
  /** The build script's `import.meta.url` (the script is an input of its own build). */
  readonly script: string;
  /** Folders of src/body this generator never reads (`muscles`, `bones`, `hazards`). */
  readonly skip: readonly string[];
  /** Inputs besides src/body and data/landmarks.json (project-relative paths). */
  readonly moreInputs?: readonly string[];
  /** Files besides the .bin that `build` writes per shape (names inside assets/generated). */
  readonly moreOutputs?: (shape: BodyShape) => readonly string[];
  /** Makes one shape's asset (and writes any further outputs itself). */
  readonly build: (shape: BodyShape, force: boolean) => Promise<ShapeOutput>;
}

/** src/body without the `skip` folders, data/landmarks.json, `more`, the script and this file. */
function inputs(b: ShapeBuild): string[] {
  const skipped = b.skip.map((d) => join('src', 'body', d));
  return [
    ...listFiles(join(ROOT, 'src', 'body')).filter((f) => !skipped.some((d) => f.includes(d))),
    ...(b.moreInputs ?? []).map((f) => join(ROOT, f)),
    join(ROOT, 'data', 'landmarks.json'),
    fileURLToPath(b.script),
    fileURLToPath(import.meta.url),
  ];
}

async function buildAll(b: ShapeBuild): Promise<void> {
  mkdirSync(GENERATED_DIR, { recursive: true });
  await bodyAssetEncoderReady;
  for (const shape of SHAPES) {
    const t = performance.now();
    const { bytes, summary } = await b.build(shape, process.argv.includes('--force'));
    writeFileSync(join(GENERATED_DIR, `${b.name}-${shape}.bin`), bytes);
    const secs = ((performance.now() - t) / 1000).toFixed(1);
    console.log(
      `${b.name}-${shape}.bin: ${(bytes.length / 1024).toFixed(0)} KiB, ${summary}, ${secs} s`,
    );
  }
}

/** Runs the build unless its outputs are up to date; exits 1 when it fails. */
export function runShapeBuild(b: ShapeBuild): void {
  runCachedBuild({
    label: b.label,
    root: ROOT,
    inputs: inputs(b),
    outputs: SHAPES.flatMap((s) => [
      join(GENERATED_DIR, `${b.name}-${s}.bin`),
      ...(b.moreOutputs?.(s) ?? []).map((f) => join(GENERATED_DIR, f)),
    ]),
    hashFile: join(GENERATED_DIR, `${b.name}.hash`),
    build: () => buildAll(b),
  }).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

/** `N vertices, M triangles` of a mesh. */
export const meshSummary = (vertices: number, indices: Uint32Array): string =>
  `${vertices} vertices, ${indices.length / 3} triangles`;
