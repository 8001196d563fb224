/** The web app manifest passes the installability checks, and the service worker precaches what offline needs. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isPrecached,
  precacheManifest,
  serviceWorkerSource,
} from '../../../scripts/lib/serviceWorker';

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}
const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as {
  name?: string;
  short_name?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  icons?: Icon[];
  background_color?: string;
  theme_color?: string;
};

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('web app manifest', () => {
  it('has a name, a start URL inside its scope, and opens standalone', () => {
    expect(manifest.name).toBe('Referral Atlas');
    expect(manifest.short_name?.length).toBeGreaterThan(0);
    expect(manifest.short_name?.length).toBeLessThanOrEqual(15);
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    expect(manifest.display).toBe('standalone');
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each(['192x192', '512x512'])('has a %s PNG icon that exists at that size', (sizes) => {
    const icon = manifest.icons?.find((i) => i.sizes === sizes && i.purpose !== 'maskable');
    expect(icon, `icon ${sizes}`).toBeDefined();
    expect(icon?.type).toBe('image/png');
    const [w, h] = pngSize(`public/${icon?.src}`);
    expect(`${w}x${h}`).toBe(sizes);
  });

  it('has a maskable icon, and every icon has its SVG source in assets/icons', () => {
    expect(manifest.icons?.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const i of manifest.icons ?? []) expect(existsSync(`public/${i.src}`), i.src).toBe(true);
    expect(existsSync('assets/icons/icon.svg')).toBe(true);
    expect(existsSync('assets/icons/icon-maskable.svg')).toBe(true);
  });

  it('is linked from index.html', () => {
    expect(readFileSync('index.html', 'utf8')).toContain(
      'rel="manifest" href="manifest.webmanifest"',
    );
  });
});

describe('service worker precache', () => {
  it('covers the app, the dataset bundle, binary geometry, the manifest and icons, wherever the build puts them', () => {
    for (const path of [
      'index.html',
      'assets/start-Bj_bgLU8.js',
      'assets/index-DSe7yUAQ.css',
      'generated/dataset.json',
      'generated/body-female.bin',
      'assets/muscles-male-0a1b2c3d.bin',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'icons/icon.svg',
    ])
      expect(isPrecached(path), path).toBe(true);
  });
  it('leaves out build bookkeeping, the muscles’ JSON sidecars and the worker itself', () => {
    for (const path of [
      'generated/body-female.hash',
      'generated/muscles-female.json',
      'sw.js',
      'notes.txt',
      'README',
    ])
      expect(isPrecached(path), path).toBe(false);
  });

  it('lists each precached file of a build with the md5 of its bytes, and writes it into the worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-sw-'));
    try {
      const files: Record<string, string> = {
        'index.html': '<!doctype html>',
        'assets/app-1.js': 'console.log(1)',
        'generated/body-male.bin': 'bin',
        'generated/body-male.hash': 'h',
        'sw.js': 'old worker',
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const manifest = precacheManifest(dir);
      expect(manifest.map((e) => e.url)).toEqual([
        'assets/app-1.js',
        'generated/body-male.bin',
        'index.html',
      ]);
      // md5('<!doctype html>')
      expect(manifest.find((e) => e.url === 'index.html')?.revision).toBe(
        'f45451f4d07ca1f5bab9ed278e880c5f',
      );
      const source = serviceWorkerSource(manifest);
      expect(source).toContain(`const MANIFEST = ${JSON.stringify(manifest)};`);
      expect(source).toContain("addEventListener('fetch'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
