/** The skin's region texture: one texel per region, re-uploaded (and redrawn) only when it changed. */
import { describe, expect, it } from 'vitest';
import {
  createRegionTexture,
  regionSlots,
  writeRegionTexture,
  type RegionLayers,
} from '../../../src/scene/regionTexture';

const none: RegionLayers = {
  drawing: new Map(),
  essential: new Set(),
  spillover: new Set(),
  hover: undefined,
};

describe('writeRegionTexture', () => {
  it('writes drawing, essential, spillover and hover into R, G, B and A of each region', () => {
    const tex = createRegionTexture(regionSlots([0, 3, 2]));
    const layers: RegionLayers = {
      drawing: new Map([
        [1, 10],
        [2, 5],
      ]),
      essential: new Set([2]),
      spillover: new Set([3]),
      hover: 0,
    };
    expect(writeRegionTexture(tex, layers)).toBe(true);
    expect([...(tex.image.data as Uint8Array)]).toEqual([
      0, 0, 0, 255, 255, 0, 0, 0, 128, 255, 0, 0, 0, 0, 255, 0,
    ]);
  });

  it('reports no change, and asks for no upload, when the texels stay the same', () => {
    const tex = createRegionTexture(4);
    const uploads = (): number => tex.version;
    const start = uploads();
    // Nothing marked on a fresh texture (the dataset arriving on a start page).
    expect(writeRegionTexture(tex, none)).toBe(false);
    expect(uploads()).toBe(start);
    const marked = { ...none, drawing: new Map([[2, 7]]) };
    expect(writeRegionTexture(tex, marked)).toBe(true);
    expect(uploads()).toBe(start + 1);
    expect(writeRegionTexture(tex, { ...marked, drawing: new Map([[2, 7]]) })).toBe(false);
    expect(uploads()).toBe(start + 1);
    // Clearing it is a change again.
    expect(writeRegionTexture(tex, none)).toBe(true);
    expect(uploads()).toBe(start + 2);
  });
});
