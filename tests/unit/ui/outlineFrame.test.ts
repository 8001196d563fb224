/** Framing the printed outline: on the highlighted areas, one size for both views, mirrored. */
import { describe, expect, it } from 'vitest';
import type { BodyOutline } from '../../../src/body/asset/outline';
import { FRAME_ASPECT, outlineFrame } from '../../../src/ui/outlineFrame';

const square = (x: number, y: number, s = 40): number[] => [x, y, x + s, y, x + s, y + s, x, y + s];
/** A 1000 × 1700 mm outline: region 0 on the front at the viewer's right of the head, region 1 on the back. */
const outline: BodyOutline = {
  format: 'referral-atlas-outline',
  shape: 'female',
  regionsHash: '00000000',
  width: 1000,
  height: 1700,
  front: { regions: [[0, square(600, 100)]] },
  back: { regions: [[1, square(300, 300)]] },
};

describe('outlineFrame', () => {
  it('shows the whole body when nothing is highlighted', () => {
    expect(outlineFrame(outline, new Set())).toBeUndefined();
  });

  it('frames the highlighted regions of both views at the pictures’ proportions', () => {
    const f = outlineFrame(outline, new Set([0, 1]));
    expect(f).toBeDefined();
    if (!f) return;
    expect(f.front.width / f.front.height).toBeCloseTo(FRAME_ASPECT);
    expect(f.back.width).toBe(f.front.width);
    expect(f.back.height).toBe(f.front.height);
    // The back region (x 300–340) mirrored into the front frame is x 660–700.
    const inside = (b: typeof f.front, x: number, y: number) =>
      x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
    expect(inside(f.front, 600, 100) && inside(f.front, 640, 140)).toBe(true);
    expect(inside(f.back, 300, 300) && inside(f.back, 340, 340)).toBe(true);
    expect(f.back.x).toBeCloseTo(1000 - f.front.x - f.front.width);
    // Inside the outline's box.
    expect(f.front.y).toBeGreaterThanOrEqual(0);
    expect(f.front.x + f.front.width).toBeLessThanOrEqual(1000);
  });

  it('includes the trigger point crosses', () => {
    const f = outlineFrame(outline, new Set([0]), { front: [[620, 1200]], back: [] });
    expect(f && f.front.y + f.front.height).toBeGreaterThanOrEqual(1200);
  });

  it('shows the whole body when the areas span it', () => {
    const tall: BodyOutline = {
      ...outline,
      front: { regions: [[0, [500, 0, 520, 0, 520, 1690, 500, 1690]]] },
    };
    expect(outlineFrame(tall, new Set([0]))).toBeUndefined();
  });
});
