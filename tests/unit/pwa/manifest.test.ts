/** The web app manifest passes the installability checks, and the service worker precaches what offline needs. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRECACHE_GLOBS, PRECACHE_IGNORES } from '../../../vite.config';

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
  const globs = PRECACHE_GLOBS.join(' ');
  it('covers the app, the dataset bundle and binary geometry wherever the build puts them', () => {
    for (const ext of ['js', 'css', 'html', 'json', 'bin', 'webmanifest', 'png'])
      expect(globs, ext).toContain(ext);
    expect(PRECACHE_GLOBS.every((g) => g.startsWith('**/'))).toBe(true);
  });
  it('leaves out only build bookkeeping', () => {
    expect(PRECACHE_IGNORES).toEqual(['**/*.hash', 'generated/muscles-*.json']);
  });
});
