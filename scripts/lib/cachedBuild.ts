/**
 * The skip-when-unchanged wrapper of the asset builds: hashes the inputs, skips the build when
 * every output exists and the stored hash matches (unless `--force` is on the command line),
 * otherwise builds, then stores the hash.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hashFiles } from './inputHash.ts';

export interface CachedBuild {
  /** What is built, for the messages ("body assets"). */
  readonly label: string;
  /** Project root (hash paths are relative to it). */
  readonly root: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** Where the input hash of the last build is kept. */
  readonly hashFile: string;
  /** Writes the outputs; throws on failure (the hash is then not stored). */
  readonly build: () => Promise<void>;
}

/** Runs the build unless its outputs are up to date; returns whether it built. */
export async function runCachedBuild(b: CachedBuild): Promise<boolean> {
  const hash = hashFiles(b.root, b.inputs);
  const fresh =
    !process.argv.includes('--force') &&
    existsSync(b.hashFile) &&
    b.outputs.every((o) => existsSync(o)) &&
    readFileSync(b.hashFile, 'utf8').trim() === hash;
  if (fresh) {
    console.log(`${b.label} up to date (inputs unchanged)`);
    return false;
  }
  mkdirSync(dirname(b.hashFile), { recursive: true });
  const t0 = performance.now();
  await b.build();
  writeFileSync(b.hashFile, hash + '\n');
  console.log(`${b.label} generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}
