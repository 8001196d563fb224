import { describe, expect, it } from 'vitest';
import { crossPixels } from '../../../src/scene/markerTexture';

const S = 64;
const px = (data: Uint8Array, x: number, y: number): number[] => {
  const i = 4 * (y * S + x);
  return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1, data[i + 3] ?? -1];
};

describe('crossPixels (the trigger-point ✕)', () => {
  const data = crossPixels(S);

  it('is dark and opaque where the arms cross, and along both diagonals', () => {
    for (const [x, y] of [
      [31, 31],
      [20, 20],
      [43, 20],
      [20, 43],
      [43, 43],
    ] as const) {
      const [r, g, b, a] = px(data, x, y);
      expect(a, `alpha at ${x},${y}`).toBe(255);
      expect(r).toBeLessThan(40);
      expect(g).toBe(r);
      expect(b).toBe(r);
    }
  });

  it('has a light outline beside the dark core', () => {
    // 4.2 px off one arm, far from the other: past the core (half width 3.5 px), inside the
    // outline (half width 7 px).
    const [r, , , a] = px(data, 25, 19);
    expect(r).toBeGreaterThan(200);
    expect(a).toBeGreaterThan(200);
  });

  it('is fully transparent away from the arms: corners, edge middles', () => {
    for (const [x, y] of [
      [0, 0],
      [63, 0],
      [0, 63],
      [63, 63],
      [31, 2],
      [2, 31],
      [61, 31],
      [31, 61],
    ] as const) {
      expect(px(data, x, y)[3], `alpha at ${x},${y}`).toBe(0);
    }
  });

  it('is symmetric under both mirrors (a ✕, not a slash)', () => {
    for (let y = 0; y < S; y++)
      for (let x = 0; x < S; x++) {
        expect(px(data, x, y)).toEqual(px(data, S - 1 - x, y));
        expect(px(data, x, y)).toEqual(px(data, x, S - 1 - y));
      }
  });
});
