/** Layer peeling, selection and candidate tint of the muscle state texture. */
import { describe, expect, it } from 'vitest';
import type { MuscleAsset } from '../../../src/body/muscles/asset';
import { asMuscleId } from '../../../src/domain/ids';
import type { Ranking } from '../../../src/domain/rank';
import {
  createMuscleStateTexture,
  muscleStates,
  writeMuscleStates,
} from '../../../src/scene/muscleMaterial';
import { realAtlas } from '../helpers';

const asset = {
  muscles: [
    { id: 'upper-trapezius', index: 0, layer: 'superficial' },
    { id: 'levator-scapulae', index: 1, layer: 'intermediate' },
    { id: 'scalenus-medius', index: 2, layer: 'deep' },
  ],
} as unknown as MuscleAsset;
const none: Ranking = { candidates: [], explainingSet: [], unexplained: [] };
const opts = { isolate: false, candidateCount: 6, hovered: -1 };
const base = { atlas: undefined, muscle: undefined, ranking: none, side: 'left' as const };
const visibleSlots = (st: (slot: number) => { visible: boolean }) =>
  [0, 1, 2, 3, 4, 5].filter((s) => st(s).visible);

describe('muscle states', () => {
  it('peels layers: the chosen layer and deeper ones are shown, shallower hidden', () => {
    expect(visibleSlots(muscleStates({ ...base, layer: 'skin' }, asset, opts))).toEqual([]);
    expect(visibleSlots(muscleStates({ ...base, layer: 'xray' }, asset, opts))).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    expect(visibleSlots(muscleStates({ ...base, layer: 'superficial' }, asset, opts))).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    expect(visibleSlots(muscleStates({ ...base, layer: 'intermediate' }, asset, opts))).toEqual([
      2, 3, 4, 5,
    ]);
    expect(visibleSlots(muscleStates({ ...base, layer: 'deep' }, asset, opts))).toEqual([4, 5]);
  });

  it('keeps a selected muscle visible when its layer is peeled, highlighted on the chosen side', () => {
    const s = {
      ...base,
      layer: 'deep' as const,
      muscle: asMuscleId('upper-trapezius'),
      side: 'right' as const,
    };
    const st = muscleStates(s, asset, opts);
    expect(visibleSlots(st)).toEqual([0, 1, 4, 5]);
    expect(st(1).selected).toBe(true);
    expect(st(0).selected).toBe(false);
  });

  it('shows only the selected muscle, on the selected side, at the skin layer', () => {
    const s = { ...base, layer: 'skin' as const, muscle: asMuscleId('levator-scapulae') };
    expect(visibleSlots(muscleStates({ ...s, side: 'left' }, asset, opts))).toEqual([2]);
    expect(visibleSlots(muscleStates({ ...s, side: 'right' }, asset, opts))).toEqual([3]);
  });

  it('isolates the selected muscle', () => {
    const s = { ...base, layer: 'superficial' as const, muscle: asMuscleId('levator-scapulae') };
    expect(visibleSlots(muscleStates(s, asset, { ...opts, isolate: true }))).toEqual([2, 3]);
  });

  it('tints candidates by rank on their side', () => {
    const atlas = realAtlas();
    const idx = (id: string) => atlas.muscleById.get(asMuscleId(id))?.index ?? -1;
    const real = {
      muscles: ['upper-trapezius', 'levator-scapulae'].map((id) => ({
        id,
        index: idx(id),
        layer: 'superficial',
      })),
    } as unknown as MuscleAsset;
    const c = (muscle: string, side: 'left' | 'right') =>
      ({ muscle: asMuscleId(muscle), side }) as unknown as Ranking['candidates'][number];
    const ranking = {
      ...none,
      candidates: [c('upper-trapezius', 'left'), c('levator-scapulae', 'right')],
    };
    const st = muscleStates({ ...base, atlas, layer: 'superficial', ranking }, real, opts);
    const best = st(idx('upper-trapezius') * 2).candidate;
    const second = st(idx('levator-scapulae') * 2 + 1).candidate;
    expect(best).toBe(1);
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThan(best);
    expect(st(idx('upper-trapezius') * 2 + 1).candidate).toBe(0);
  });

  it('at the skin layer, candidates stay out of the main pass but carry their strength (ghosted), top three strong', () => {
    const atlas = realAtlas();
    const ids = ['upper-trapezius', 'levator-scapulae', 'scalenus-medius', 'splenius-capitis'];
    const idx = (id: string) => atlas.muscleById.get(asMuscleId(id))?.index ?? -1;
    const real = {
      muscles: ids.map((id) => ({ id, index: idx(id), layer: 'superficial' })),
    } as unknown as MuscleAsset;
    const ranking = {
      ...none,
      candidates: ids.map((m) => ({ muscle: asMuscleId(m), side: 'left' })),
    } as unknown as Ranking;
    const hoverCandidate = { muscle: asMuscleId('levator-scapulae'), side: 'left' as const };
    const st = muscleStates({ ...base, atlas, layer: 'skin', ranking, hoverCandidate }, real, opts);
    const strengths = ids.map((id) => st(idx(id) * 2).candidate);
    expect(ids.map((id) => st(idx(id) * 2).visible)).toEqual([false, false, false, false]);
    expect(strengths.slice(0, 3).every((v) => v >= 0.7)).toBe(true);
    expect(strengths[3]).toBeGreaterThan(0);
    expect(strengths[3]).toBeLessThan(0.5);
    expect(st(idx('levator-scapulae') * 2).hovered).toBe(true);
    expect(st(idx('upper-trapezius') * 2).hovered).toBe(false);
  });

  it('writes texels and reports changes only when something changed', () => {
    const tex = createMuscleStateTexture(6);
    const st = muscleStates({ ...base, layer: 'intermediate' }, asset, opts);
    expect(writeMuscleStates(tex, st)).toBe(true);
    expect(writeMuscleStates(tex, st)).toBe(false);
    expect(Array.from((tex.image.data as Uint8Array).slice(0, 8))).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect((tex.image.data as Uint8Array)[16]).toBe(255);
  });
});
