/** The CI size check: passes on a small build, fails on a deliberately oversized fixture. */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryJsSize } from '../../scripts/lib/entrySize';

/** A fake build: index.html with an entry script and a modulepreload of `kb` KB each. */
function fakeDist(entryBytes: Uint8Array, preloadBytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/index-a.js'), entryBytes);
  writeFileSync(join(dir, 'assets/dep-b.js'), preloadBytes);
  writeFileSync(
    join(dir, 'index.html'),
    '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/dep-b.js">',
  );
  return dir;
}

const run = (dist: string) =>
  spawnSync('npx', ['tsx', 'scripts/check-size.ts', '--dist', dist], { encoding: 'utf8' });

describe('entry JavaScript size check', () => {
  it('sums the entry script and its modulepreloads', () => {
    const dir = fakeDist(new Uint8Array(1000), new Uint8Array(1000));
    const size = entryJsSize(dir);
    expect(size.files).toEqual(['assets/index-a.js', 'assets/dep-b.js']);
    // 1000 zero bytes gzip to a few dozen bytes each.
    expect(size.gzipBytes).toBeGreaterThan(20);
    expect(size.gzipBytes).toBeLessThan(200);
  });

  it('passes a small build and fails an oversized one (random bytes do not compress)', () => {
    const small = run(fakeDist(new Uint8Array(1000), new Uint8Array(10)));
    expect(small.status, small.stderr).toBe(0);
    expect(small.stdout).toMatch(/size check: entry JavaScript 0\.\d KB gzip/);
    const big = run(fakeDist(randomBytes(200 * 1024), randomBytes(60 * 1024)));
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(/size check failed: entry JavaScript 2[56]\d\.\d KB gzip/);
  });
});
