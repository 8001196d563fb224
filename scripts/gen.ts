/**
 * `npm run gen`: the dataset bundle, then the four mesh builds (skin, bones, muscles, hazards),
 * which are independent of each other, as parallel processes (as many as there are cores, at most
 * four; longest first). Each build skips itself when its inputs are unchanged; `--force` is passed
 * on. Exits non-zero when any build fails.
 * Usage: tsx scripts/gen.ts [--force]
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const passOn = process.argv.slice(2);

/** Runs one build script with tsx in its own process; resolves to its exit code. */
function build(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('scripts', script), ...passOn], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs the scripts with at most `slots` at a time, in order; resolves to the failed ones. */
async function runAll(scripts: readonly string[], slots: number): Promise<string[]> {
  const queue = [...scripts];
  const failed: string[] = [];
  const lane = async (): Promise<void> => {
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      if ((await build(s)) !== 0) failed.push(s);
    }
  };
  await Promise.all(Array.from({ length: slots }, lane));
  return failed;
}

async function main(): Promise<void> {
  const failed = await runAll(['build-dataset.ts'], 1);
  if (failed.length === 0) {
    // Longest first: skin and bones take ~10 s per shape each, muscles and hazards a few seconds.
    const meshes = ['build-assets.ts', 'build-bones.ts', 'build-muscles.ts', 'build-hazards.ts'];
    failed.push(...(await runAll(meshes, Math.max(1, Math.min(4, availableParallelism())))));
  }
  if (failed.length > 0) {
    console.error(`gen: failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

void main();
