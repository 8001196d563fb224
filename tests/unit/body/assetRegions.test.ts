/** A body asset carries the hash of its region list; a stale one is refused, never miscoloured. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBodyAsset, type BodyAssetInput } from '../../../src/body/asset/bodyAsset';
import { bodyAssetEncoderReady, encodeBodyAsset } from '../../../src/body/asset/bodyAssetEncode';
import { regionListHash, staleRegionsError } from '../../../src/body/asset/regionHash';
import { regionSlots } from '../../../src/scene/regionTexture';
import { realAtlas } from '../helpers';

/** One triangle, enough for the header and the codecs. */
function tiny(regionsHash?: string): ArrayBuffer {
  const asset: BodyAssetInput = {
    shape: 'female',
    stature: 1.6,
    positions: new Float32Array([0, 0, 0, 0.1, 0, 0, 0, 0.1, 0]),
    normals: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]),
    indices: new Uint32Array([0, 1, 2]),
    regionIndex: new Uint16Array([0, 1, 2]),
    landmarks: {},
    ...(regionsHash === undefined ? {} : { regionsHash }),
  };
  const bytes = encodeBodyAsset(asset);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('body asset region list', () => {
  const hash = regionListHash(['l-temple', 'r-temple', 'navel']);

  it('hashes ids and their order', () => {
    expect(hash).toMatch(/^[0-9a-f]{8}$/);
    expect(regionListHash(['r-temple', 'l-temple', 'navel'])).not.toBe(hash);
    expect(regionListHash(['l-temple', 'r-temple', 'navel'])).toBe(hash);
  });

  it('decodes when the hash matches and keeps it', async () => {
    await bodyAssetEncoderReady;
    const back = await decodeBodyAsset(tiny(hash), hash);
    expect(back.regionsHash).toBe(hash);
    expect([...back.regionIndex]).toEqual([0, 1, 2]);
  });

  it('refuses an asset built for another region list, with a clear message', async () => {
    await bodyAssetEncoderReady;
    const other = regionListHash(['r-temple', 'l-temple', 'navel']);
    await expect(decodeBodyAsset(tiny(other), hash)).rejects.toThrow(
      /female body was built for another list of regions/,
    );
    await expect(decodeBodyAsset(tiny(), hash)).rejects.toThrow(/another list of regions/);
  });

  it('decodes a mesh without regions (bones) when nothing is expected', async () => {
    await bodyAssetEncoderReady;
    expect((await decodeBodyAsset(tiny())).regionsHash).toBeUndefined();
  });
});

describe('checking the region list after the body is drawn', () => {
  const hash = regionListHash(['l-temple', 'r-temple']);

  it('names the shape, both hashes and the remedy, and passes a matching list', () => {
    expect(staleRegionsError('male', hash, hash)).toBeUndefined();
    const message = staleRegionsError('male', 'deadbeef', hash);
    expect(message).toContain('male body was built for another list of regions');
    expect(message).toContain(`(deadbeef, expected ${hash})`);
    expect(message).toContain('npm run gen');
    expect(staleRegionsError('female', undefined, hash)).toContain('(none, expected');
  });
});

describe('region texture size from the body alone', () => {
  it('is one texel past the largest region index', () => {
    expect(regionSlots(new Uint16Array([3, 0, 7, 2]))).toBe(8);
    expect(regionSlots(new Uint16Array([0]))).toBe(1);
    expect(regionSlots(new Uint16Array(0))).toBe(1);
  });

  it('covers every region the generated bodies have, the same size for both shapes', async () => {
    const atlas = realAtlas();
    const slots: number[] = [];
    for (const shape of ['female', 'male'] as const) {
      const file = readFileSync(join(process.cwd(), 'assets/generated', `body-${shape}.bin`));
      const body = await decodeBodyAsset(
        file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
      );
      const n = regionSlots(body.regionIndex);
      expect(n, shape).toBeLessThanOrEqual(atlas.regions.length);
      expect(Math.max(...body.regionIndex) + 1, shape).toBe(n);
      slots.push(n);
    }
    expect(slots[0], 'switching shape keeps the texture').toBe(slots[1]);
  });
});
