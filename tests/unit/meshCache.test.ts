/** The lossless value codec of the mesh cache (scripts/lib/meshCache.ts). */
import { describe, expect, it } from 'vitest';
import { decodeCacheValue, encodeCacheValue } from '../../scripts/lib/meshCache';

describe('mesh cache codec', () => {
  it('reads back typed arrays bit for bit, nested in objects and arrays', () => {
    const value = {
      shape: 'male',
      positions: new Float32Array([0.1, -0.2, 1e-7, 3.4028234663852886e38]),
      indices: new Uint32Array([0, 1, 2, 4294967295]),
      regionIndex: new Uint16Array([7, 65535, 3]),
      parts: [{ id: 'a', mid: new Float32Array([1 / 3]), axis: [[0.1, 0.2, 0.30000000000000004]] }],
      odd: new Uint8Array([1, 2, 3]),
      after: new Float64Array([Math.PI]),
    };
    const back = decodeCacheValue(encodeCacheValue(value)) as typeof value;
    expect(back).toEqual(value);
    expect(back.positions).toBeInstanceOf(Float32Array);
    expect(back.after[0]).toBe(Math.PI);
    expect(back.parts[0]?.axis[0]?.[2]).toBe(0.30000000000000004);
  });

  it('keeps −0, NaN and infinities, which JSON alone loses', () => {
    const back = decodeCacheValue(encodeCacheValue([-0, NaN, Infinity, -Infinity, 0])) as number[];
    expect(Object.is(back[0], -0)).toBe(true);
    expect(back[1]).toBeNaN();
    expect(back.slice(2)).toEqual([Infinity, -Infinity, 0]);
    expect(Object.is(back[4], 0)).toBe(true);
  });

  it('refuses functions, which could not be read back', () => {
    expect(() => encodeCacheValue({ skin: () => 0 })).toThrow(/function/);
  });
});
