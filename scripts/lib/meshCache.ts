/**
 * A lossless on-disk cache of generator output (skin, bones, muscles), shared by the asset builds
 * (`npm run gen`) and the unit tests, so that each body shape is meshed once per change of the
 * generator instead of once per build step and per test file.
 *
 * An entry is keyed by a SHA-256 over every file the generators can read (all of `src/body/`,
 * `data/regions.json`, `data/landmarks.json`, the installed meshoptimizer version, this file) and
 * the generator's own arguments. Any change to them misses the cache and regenerates. Entries live
 * in `node_modules/.cache/referral-atlas/meshes/` (gone after `npm ci`), written atomically, one
 * per kind and shape. `REFERRAL_ATLAS_MESH_CACHE=off` turns the cache off (always generate).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './generatedDir.ts';
import { hashFiles, listFiles } from './inputHash.ts';

/** Where the entries are kept. */
export const MESH_CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'referral-atlas', 'meshes');

const TYPED = {
  Float32Array,
  Float64Array,
  Uint32Array,
  Uint16Array,
  Uint8Array,
  Int32Array,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

/** Numbers JSON cannot carry exactly (−0, NaN, ±Infinity), stored as `{ $num: "-0" }` etc. */
type Special = '-0' | 'NaN' | 'Infinity' | '-Infinity';

function special(n: number): Special | undefined {
  if (Object.is(n, -0)) return '-0';
  return Number.isFinite(n) ? undefined : (String(n) as Special);
}

/**
 * Encodes a value of plain objects, arrays, strings, numbers, booleans and typed arrays: a JSON
 * header with each typed array replaced by a reference into the binary part that follows it.
 * Throws on functions and other classes, which could not be read back.
 */
export function encodeCacheValue(value: unknown): Buffer {
  const blobs: Buffer[] = [];
  let offset = 0;
  const json = JSON.stringify(value, function (this: unknown, _k, v: unknown) {
    if (typeof v === 'number') {
      const s = special(v);
      return s === undefined ? v : { $num: s };
    }
    if (typeof v === 'function') throw new Error('meshCache: cannot store a function');
    if (ArrayBuffer.isView(v)) {
      const name = v.constructor.name as TypedName;
      if (!(name in TYPED)) throw new Error(`meshCache: cannot store ${name}`);
      const bytes = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
      const pad = (8 - (offset % 8)) % 8;
      if (pad) blobs.push(Buffer.alloc(pad));
      offset += pad;
      const ref = { $typed: name, offset, length: (v as Typed).length };
      blobs.push(bytes);
      offset += bytes.length;
      return ref;
    }
    return v;
  });
  const head = Buffer.from(json, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const pad = Buffer.alloc((8 - ((4 + head.length) % 8)) % 8);
  return Buffer.concat([len, head, pad, ...blobs]);
}

/** Reads back what {@link encodeCacheValue} wrote; typed arrays are copies (aligned, own buffer). */
export function decodeCacheValue(buf: Buffer): unknown {
  const n = buf.readUInt32LE(0);
  const start = 4 + n + ((8 - ((4 + n) % 8)) % 8);
  return JSON.parse(buf.subarray(4, 4 + n).toString('utf8'), (_k, v: unknown) => {
    if (v && typeof v === 'object' && '$num' in v) {
      const s = (v as { $num: Special }).$num;
      return s === '-0' ? -0 : Number(s);
    }
    if (v && typeof v === 'object' && '$typed' in v) {
      const r = v as { $typed: TypedName; offset: number; length: number };
      const Ctor = TYPED[r.$typed];
      const bytes = r.length * Ctor.BYTES_PER_ELEMENT;
      const copy = new Uint8Array(bytes);
      copy.set(buf.subarray(start + r.offset, start + r.offset + bytes));
      return new Ctor(copy.buffer);
    }
    return v;
  });
}

/**
 * `files` and every file they import by relative path, transitively (e.g. the `src/domain`
 * modules that `src/body` uses), sorted.
 */
export function withRelativeImports(files: readonly string[]): string[] {
  const seen = new Set(files);
  const queue = [...files];
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    if (!/\.(ts|tsx)$/.test(f)) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(f), m[1] as string);
      if (!seen.has(target) && existsSync(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

let sourceHash: string | undefined;
/**
 * Hash of everything the generators read: `src/body/` and what it imports (region data, the
 * domain modules it uses), the landmark data, meshoptimizer.
 */
export function generatorSourceHash(): string {
  if (sourceHash) return sourceHash;
  const meshopt = join(ROOT, 'node_modules', 'meshoptimizer', 'package.json');
  const files = [
    ...withRelativeImports(listFiles(join(ROOT, 'src', 'body'))),
    join(ROOT, 'data', 'regions.json'),
    join(ROOT, 'data', 'landmarks.json'),
    ...(existsSync(meshopt) ? [meshopt] : []),
    fileURLToPath(import.meta.url),
  ];
  sourceHash = hashFiles(ROOT, files);
  return sourceHash;
}

export function cacheEnabled(): boolean {
  return process.env.REFERRAL_ATLAS_MESH_CACHE !== 'off';
}

/**
 * The value stored for `name` (e.g. "bones-male") under the generator sources and `args`, or the
 * result of `generate` (then stored, replacing older entries of that name). `refresh` regenerates
 * even when an entry exists.
 */
export async function cachedGenerate<T>(
  name: string,
  args: unknown,
  generate: () => T | Promise<T>,
  opts: { refresh?: boolean } = {},
): Promise<T> {
  if (!cacheEnabled()) return generate();
  const key = createHash('sha256')
    .update(generatorSourceHash())
    .update(JSON.stringify(args) ?? '')
    .digest('hex')
    .slice(0, 24);
  const file = join(MESH_CACHE_DIR, `${name}.${key}.bin`);
  if (!opts.refresh && existsSync(file)) {
    try {
      return decodeCacheValue(readFileSync(file)) as T;
    } catch {
      // A damaged entry is regenerated and replaced below.
    }
  }
  const value = await generate();
  mkdirSync(MESH_CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, encodeCacheValue(value));
  renameSync(tmp, file);
  for (const old of readdirSync(MESH_CACHE_DIR)) {
    if (old.startsWith(`${name}.`) && old.endsWith('.bin') && join(MESH_CACHE_DIR, old) !== file)
      rmSync(join(MESH_CACHE_DIR, old), { force: true });
  }
  return value;
}
