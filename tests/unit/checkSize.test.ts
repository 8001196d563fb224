/**
 * The CI size check: counts the entry, the app it loads and the body decoder the first frame waits
 * for (as the benchmark does), passes a small build and fails a deliberately oversized fixture.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  entryJsSize,
  FIRST_FRAME_CHUNKS,
  FIRST_VISIT_CHUNKS,
  firstFrameJsSize,
  staticImports,
} from '../../scripts/lib/entrySize';
import { COMPILE_HINT } from '../../scripts/lib/compileHints';

interface FakeBuild {
  readonly entry: Uint8Array;
  readonly preload: Uint8Array;
  /** The body decoder's own code (it also imports the shared decoder below). */
  readonly body: Uint8Array;
  readonly decoder: Uint8Array;
  /** The app chunk the entry imports (`start`), with a vendor chunk it imports. */
  readonly app?: Uint8Array;
  /** The first paint's chunk (`firstPaint`, a first visit), with a three.js chunk it imports. */
  readonly paint?: Uint8Array;
  /** Text put before the late chunk's and the app's vendor chunk's code (e.g. a compile hint). */
  readonly lateHead?: string;
  readonly vendorHead?: string;
}

/** A fake build: index.html, entry, modulepreload, the body decoder's worker chunk and a chunk it imports, and a late chunk. */
function fakeDist(b: FakeBuild): string {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/index-a.js'), b.entry);
  writeFileSync(join(dir, 'assets/dep-b.js'), b.preload);
  const importDecoder = Buffer.from('import{t as e}from"./meshopt_decoder-c_1.js";\n');
  writeFileSync(join(dir, 'assets/decodeWorker-x-Y9.js'), Buffer.concat([importDecoder, b.body]));
  writeFileSync(join(dir, 'assets/meshopt_decoder-c_1.js'), b.decoder);
  const importVendor = Buffer.from('import"./vendor-v.js";\n');
  writeFileSync(join(dir, 'assets/start-s.js'), Buffer.concat([importVendor, b.app ?? zeros(10)]));
  writeFileSync(join(dir, 'assets/vendor-v.js'), `${b.vendorHead ?? ''}${'0'.repeat(10)}`);
  const importThree = Buffer.from('import{a as t}from"./three-t.js";\n');
  writeFileSync(join(dir, 'assets/firstPaint-p.js'), Buffer.concat([importThree, zeros(10)]));
  writeFileSync(join(dir, 'assets/three-t.js'), b.paint ?? zeros(10));
  // After the first frame.
  const late = Buffer.concat([Buffer.from(b.lateHead ?? ''), randomBytes(300 * 1024)]);
  writeFileSync(join(dir, 'assets/chrome-d.js'), late);
  writeFileSync(
    join(dir, 'index.html'),
    '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/dep-b.js">',
  );
  return dir;
}

const zeros = (n: number): Uint8Array => new Uint8Array(n);
const SMALL = { entry: zeros(1000), preload: zeros(10), body: zeros(100), decoder: zeros(100) };

const run = (dist: string) =>
  spawnSync('npx', ['tsx', 'scripts/check-size.ts', '--dist', dist], { encoding: 'utf8' });

describe('JavaScript before the first frame: size check', () => {
  it('sums the entry script and its modulepreloads', () => {
    const size = entryJsSize(fakeDist(SMALL));
    expect(size.files).toEqual(['assets/index-a.js', 'assets/dep-b.js']);
    // 1000 zero bytes gzip to a few dozen bytes each.
    expect(size.gzipBytes).toBeGreaterThan(20);
    expect(size.gzipBytes).toBeLessThan(200);
  });

  it('adds the app and the body decoder chunks and their static imports, not the late chunks', () => {
    const dir = fakeDist({ ...SMALL, decoder: randomBytes(8 * 1024) });
    const size = firstFrameJsSize(dir);
    expect(size.files).toEqual([
      'assets/index-a.js',
      'assets/dep-b.js',
      'assets/start-s.js',
      'assets/vendor-v.js',
      'assets/decodeWorker-x-Y9.js',
      'assets/meshopt_decoder-c_1.js',
    ]);
    expect(size.gzipBytes - size.entry.gzipBytes).toBeGreaterThan(8 * 1024);
    expect(size.gzipBytes).toBeLessThan(10 * 1024);
  });

  it('reads static imports of a minified chunk, never dynamic ones', () => {
    const code = 'import{a as b}from"./x-1.js";import"./y.js";const m=()=>import("./z.js");';
    expect(staticImports(code)).toEqual(['./x-1.js', './y.js']);
  });

  it('on a first visit, adds the first paint and its imports instead of the app', () => {
    const dir = fakeDist({ ...SMALL, app: randomBytes(8 * 1024) });
    const size = firstFrameJsSize(dir, FIRST_VISIT_CHUNKS);
    expect(size.files).toEqual([
      'assets/index-a.js',
      'assets/dep-b.js',
      'assets/firstPaint-p.js',
      'assets/three-t.js',
      'assets/decodeWorker-x-Y9.js',
      'assets/meshopt_decoder-c_1.js',
    ]);
    expect(size.gzipBytes).toBeLessThan(1024);
  });

  it('fails, naming the chunk, when the body decoder chunk is missing', () => {
    expect(() => firstFrameJsSize(fakeDist(SMALL), ['nope'])).toThrow(
      /one chunk 'nope-<hash>\.js'/,
    );
  });

  it('waits for the chunks start-up really loads: the app the entry imports, the body worker', () => {
    expect(FIRST_FRAME_CHUNKS).toEqual(['start', 'decodeWorker']);
    expect(FIRST_VISIT_CHUNKS).toEqual(['firstPaint', 'decodeWorker']);
    const entry = readFileSync('src/main.tsx', 'utf8');
    expect(entry).toMatch(/\bimport\('\.\/start'\)/);
    expect(entry).toMatch(/\bimport\('\.\/firstPaint'\)/);
    expect(readFileSync('src/scene/bodyDecoder.ts', 'utf8')).toMatch(
      /new Worker\(new URL\('[./\w]*\/decodeWorker\.ts'/,
    );
  });

  it('passes a small build and fails an oversized one (random bytes do not compress)', () => {
    const small = run(fakeDist(SMALL));
    expect(small.status, small.stderr).toBe(0);
    expect(small.stdout).toMatch(
      /size check: first visit: JavaScript before the first frame 0\.\d KB gzip/,
    );
    expect(small.stdout).toMatch(
      /size check: link with state: JavaScript before the first frame 0\.\d KB gzip/,
    );
    // The entry alone is within the budget; the app and decoder the first frame waits for tip it over.
    const big = run(
      fakeDist({ ...SMALL, entry: randomBytes(200 * 1024), decoder: randomBytes(60 * 1024) }),
    );
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(
      /size check failed: link with state: JavaScript before the first frame 2[56]\d\.\d KB gzip, budget 250 KB \(entry 20\d\.\d KB/,
    );
    // A first paint too large fails on its own path, the other one passing.
    const paint = run(fakeDist({ ...SMALL, paint: randomBytes(260 * 1024) }));
    expect(paint.status).toBe(1);
    expect(paint.stderr).toMatch(/size check failed: first visit: .* 26\d\.\d KB gzip/);
    expect(paint.stdout).toMatch(/size check: link with state: /);
  });

  it('fails when a script the first frame waits for carries the compile hint, not a late one', () => {
    const late = run(fakeDist({ ...SMALL, lateHead: `${COMPILE_HINT}\n` }));
    expect(late.status, late.stderr).toBe(0);
    expect(late.stdout).toContain('size check: compile hint on assets/chrome-d.js');
    const early = run(fakeDist({ ...SMALL, vendorHead: `${COMPILE_HINT}\n` }));
    expect(early.status).toBe(1);
    expect(early.stderr).toMatch(
      /size check failed: link with state: the first frame waits for assets\/vendor-v\.js, which carry the compile hint/,
    );
  });
});
