/** The flat outline: convex hulls per region, front and back mirrored, nearest region drawn last. */
import { describe, expect, it } from 'vitest';
import type { BodyAsset } from '../../../src/body/asset/bodyAsset';
import { bodyOutline, convexHull } from '../../../src/body/outline2d';

describe('convexHull', () => {
  it('keeps the corners of a square with inner and collinear points', () => {
    const hull = convexHull([
      [0, 0],
      [10, 0],
      [5, 0],
      [10, 10],
      [0, 10],
      [5, 5],
      [0, 10],
    ]);
    expect(hull).toHaveLength(4);
    expect(new Set(hull.map((p) => p.join(',')))).toEqual(
      new Set(['0,0', '10,0', '10,10', '0,10']),
    );
  });
});

describe('bodyOutline', () => {
  /** Two front-facing triangles (regions 0 at the body's left, 1 at its right) and one back-facing (2). */
  const asset: BodyAsset = {
    shape: 'female',
    stature: 1,
    // prettier-ignore
    positions: new Float32Array([
      0.1, 1, 0.1,  0.2, 1, 0.1,  0.15, 0.9, 0.1,
      -0.1, 1, 0.05,  -0.2, 1, 0.05,  -0.15, 0.9, 0.05,
      0.1, 0.5, -0.1,  0.2, 0.5, -0.1,  0.15, 0.4, -0.1,
    ]),
    // prettier-ignore
    normals: new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, -1, 0, 0, -1, 0, 0, -1]),
    indices: new Uint32Array([0, 1, 2, 3, 4, 5, 6, 7, 8]),
    regionIndex: new Uint16Array([0, 0, 0, 1, 1, 1, 2, 2, 2]),
    landmarks: { 'l-chest': [0.15, 0.95, 0.1], 'l-calf': [0.15, 0.45, -0.1] },
    regionsHash: 'abcd1234',
    bounds: { center: [0, 0.7, 0], radius: 1 },
  };
  const o = bodyOutline(asset);
  const xs = (view: typeof o.front, r: number): number[] =>
    (view.regions.find(([i]) => i === r)?.[1] ?? []).filter((_, k) => k % 2 === 0);

  it('puts each region in the view it faces, with the region hash', () => {
    expect(o.regionsHash).toBe('abcd1234');
    expect(o.front.regions.map(([r]) => r).sort()).toEqual([0, 1]);
    expect(o.back.regions.map(([r]) => r)).toEqual([2]);
  });

  it("shows the body's left on the viewer's right in front, on the left from the back", () => {
    const mid = o.width / 2;
    expect(Math.min(...xs(o.front, 0))).toBeGreaterThan(mid);
    expect(Math.max(...xs(o.front, 1))).toBeLessThan(mid);
    expect(Math.max(...xs(o.back, 2))).toBeLessThan(mid);
  });

  it('draws the nearest region last and measures y down from the top in mm', () => {
    expect(o.front.regions.map(([r]) => r)).toEqual([1, 0]);
    const ys = (o.front.regions[1]?.[1] ?? []).filter((_, k) => k % 2 === 1);
    expect(Math.min(...ys)).toBe(20);
    expect(Math.max(...ys)).toBe(120);
  });

  it('projects the landmarks into the front view with the way the skin there faces', () => {
    const chest = o.landmarks?.['l-chest'];
    const calf = o.landmarks?.['l-calf'];
    // The body's left is on the viewer's right in the front view; y down from the top, mm.
    expect(chest?.[0]).toBeGreaterThan(o.width / 2);
    expect(chest?.[1]).toBe(70);
    expect(chest?.[2]).toBe(1);
    expect(calf?.[1]).toBe(570);
    expect(calf?.[2]).toBe(-1);
  });
});
