/** Framing the chosen muscle from the store's selection: the rule shared by a choice, a link and Back. */
import { describe, expect, it } from 'vitest';
import type { BodyAsset } from '../../../src/body/asset/bodyAsset';
import { asMuscleId } from '../../../src/domain/ids';
import { selectionView } from '../../../src/domain/selection';
import { frameSelection, nearestSide, rehearseFraming } from '../../../src/scene/selectionFraming';
import { NO_INSET } from '../../../src/state/store';
import type { Vec3 } from '../../../src/scene/viewPresets';
import { realAtlas } from '../helpers';

const atlas = realAtlas();
const muscle = asMuscleId('levator-scapulae');
const selection = {
  atlas,
  muscle,
  triggerPoint: undefined,
  side: 'left',
  frameInset: NO_INSET,
} as const;
const view = selectionView(atlas, muscle, undefined, 'left');
const zoneRegions = [...view.essential].map((id) => atlas.regionById.get(id)?.index ?? -1);

/** A "skin" of one vertex per zone region, on the back of the neck (outward normal −Z). */
function backSkin(): BodyAsset {
  const n = zoneRegions.length;
  return {
    positions: Float32Array.from(zoneRegions.flatMap((_, i) => [0.02 * i, 1.45, -0.08])),
    normals: Float32Array.from(zoneRegions.flatMap(() => [0, 0, -1])),
    regionIndex: Uint16Array.from(zoneRegions),
    indices: new Uint32Array(0),
    landmarks: {},
    stature: 1.7,
    vertexCount: n,
  } as unknown as BodyAsset;
}

const input = (triggerPoints?: Record<string, Vec3>) => ({
  body: backSkin(),
  triggerPoints,
  landmarks: {},
  fov: 30,
  aspect: 1.5,
  fallback: [0, 0, 1] as Vec3,
});

describe('selection framing', () => {
  it('names the side preset nearest to a viewing direction', () => {
    expect(nearestSide([0.1, 0.3, -0.9])).toBe('back');
    expect(nearestSide([0.8, 0, 0.5])).toBe('left');
    expect(nearestSide([-0.8, 0, -0.5])).toBe('right');
    expect(nearestSide([0, 0.9, 0.2])).toBe('front');
  });

  it('frames a back-of-the-neck pattern from behind and says so', () => {
    const framed = frameSelection(selection, input());
    expect(framed?.side).toBe('back');
    const [, , pz] = framed?.pose.position ?? [0, 0, 1];
    expect(pz).toBeLessThan(-0.3);
  });

  it('uses the muscles’ trigger point positions when they are known', () => {
    const keys = view.triggerPoints.map((t) => t.key);
    expect(keys.length).toBeGreaterThan(0);
    // A ✕ placed far below the zone widens the framing towards it.
    const far = Object.fromEntries(keys.map((k) => [k, [0, 0.9, -0.1] as Vec3]));
    const near = frameSelection(selection, input())?.pose.target[1] ?? 0;
    const low = frameSelection(selection, input(far))?.pose.target[1] ?? 0;
    expect(low).toBeLessThan(near - 0.1);
  });

  it('frames nothing without a chosen muscle', () => {
    expect(frameSelection({ ...selection, muscle: undefined }, input())).toBeUndefined();
  });
});

describe('rehearseFraming (idle warm-up of the first choice’s framing)', () => {
  it('frames the atlas’s first muscle as choosing it would, touching nothing', () => {
    const first = atlas.muscles[0]!.id;
    // A "skin" with one vertex per region of the atlas, on a ring facing outwards.
    const n = atlas.regions.length;
    const ring = (i: number): number[] => [Math.cos(i), 1 + i / n, Math.sin(i)];
    const body = {
      positions: Float32Array.from(atlas.regions.flatMap((_, i) => ring(i))),
      normals: Float32Array.from(atlas.regions.flatMap((_, i) => [Math.cos(i), 0, Math.sin(i)])),
      regionIndex: Uint16Array.from(atlas.regions.map((_, i) => i)),
      indices: new Uint32Array(0),
      landmarks: {},
      stature: 1.7,
    } as unknown as BodyAsset;
    const f = { ...input(), body };
    const rehearsed = rehearseFraming({ atlas, frameInset: NO_INSET }, f);
    expect(rehearsed, 'something was framed').toBeDefined();
    expect(rehearsed).toEqual(frameSelection({ ...selection, muscle: first }, f));
  });

  it('does nothing without a dataset', () => {
    expect(rehearseFraming({ atlas: undefined, frameInset: NO_INSET }, input())).toBeUndefined();
  });
});
