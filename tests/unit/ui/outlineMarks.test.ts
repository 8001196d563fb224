/** Trigger point crosses on the flat outline: placed from the landmarks, in the view they face. */
import { describe, expect, it } from 'vitest';
import type { BodyOutline } from '../../../src/body/asset/outline';
import { outlineMarks } from '../../../src/ui/outlineSelection';
import { realAtlas } from '../helpers';

const atlas = realAtlas();
const tp = (key: string) => {
  const found = atlas.sidedTriggerPoints.find((t) => t.key === key);
  if (!found) throw new Error(key);
  return found;
};
/** One trigger point's two landmarks (left side) with their facing set per test. */
function outline(facing: number, landmarks = true): BodyOutline {
  const { from, to } = tp('l:infraspinatus-1').record.location;
  return {
    format: 'referral-atlas-outline',
    shape: 'female',
    regionsHash: '00000000',
    width: 1000,
    height: 1700,
    front: { regions: [] },
    back: { regions: [] },
    ...(landmarks && {
      landmarks: { [`l-${from}`]: [600, 300, facing], [`l-${to}`]: [700, 400, facing] },
    }),
  };
}

describe('outlineMarks', () => {
  const t = tp('l:infraspinatus-1').record.location.t;
  const x = 600 + 100 * t;
  const y = 300 + 100 * t;

  it('crosses a point facing the back on the back view only, mirrored', () => {
    const m = outlineMarks(outline(-0.9), [tp('l:infraspinatus-1')]);
    expect(m.front).toEqual([]);
    expect(m.back).toHaveLength(1);
    expect(m.back[0]?.[0]).toBeCloseTo(1000 - x);
    expect(m.back[0]?.[1]).toBeCloseTo(y);
  });

  it('crosses a point facing the front on the front view only', () => {
    const m = outlineMarks(outline(0.9), [tp('l:infraspinatus-1')]);
    expect(m.front[0]?.[0]).toBeCloseTo(x);
    expect(m.back).toEqual([]);
  });

  it('crosses a point on the side of the body in both views', () => {
    const m = outlineMarks(outline(0.1), [tp('l:infraspinatus-1')]);
    expect([m.front.length, m.back.length]).toEqual([1, 1]);
  });

  it('crosses nothing when the outline has no landmarks or the landmark is missing', () => {
    expect(outlineMarks(outline(0.9, false), [tp('l:infraspinatus-1')])).toEqual({
      front: [],
      back: [],
    });
    expect(outlineMarks(outline(0.9), [tp('r:infraspinatus-1')]).front).toEqual([]);
  });
});
