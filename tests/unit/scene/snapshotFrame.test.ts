/** Handout picture framing: close in on the marks, keep context, never beyond the whole body. */
import { describe, expect, it } from 'vitest';
import {
  includePoints,
  markedBounds,
  MIN_HEIGHT_FRACTION,
  snapshotPose,
} from '../../../src/scene/snapshotFrame';
import { cameraPose } from '../../../src/scene/viewPresets';

const input = { stature: 1.7, landmarks: {}, fov: 30, aspect: 0.56 };

describe('markedBounds', () => {
  const positions = new Float32Array([0.1, 1.6, 0, -0.1, 1.5, 0, 0.2, 0.1, 0]);
  const regions = new Uint16Array([3, 4, 9]);
  it('bounds the vertices of marked regions only', () => {
    expect(markedBounds(positions, regions, (r) => r === 3 || r === 4)).toEqual({
      minX: expect.closeTo(-0.1, 6),
      maxX: expect.closeTo(0.1, 6),
      minY: expect.closeTo(1.5, 6),
      maxY: expect.closeTo(1.6, 6),
    });
  });
  it('is undefined when nothing is marked', () => {
    expect(markedBounds(positions, regions, () => false)).toBeUndefined();
  });
});

describe('snapshotPose', () => {
  const full = cameraPose('front', input);
  it('shows the whole body when nothing is marked', () => {
    expect(snapshotPose('front', undefined, input)).toEqual(full);
  });
  it('closes in on a head-only mark, keeping at least half the body and staying under the crown', () => {
    const head = { minX: -0.08, maxX: 0.08, minY: 1.5, maxY: 1.65 };
    const pose = snapshotPose('front', head, input);
    const d = pose.position[2];
    expect(d).toBeGreaterThan(0);
    expect(d).toBeLessThan(full.position[2] * 0.7);
    const t = Math.tan((15 * Math.PI) / 180);
    const shownHeight = 2 * d * t;
    expect(shownHeight).toBeGreaterThanOrEqual(1.7 * MIN_HEIGHT_FRACTION - 1e-9);
    expect(pose.target[1] + shownHeight / 2).toBeLessThanOrEqual(1.7 * 1.02 + 1e-9);
  });
  it('looks from behind for the back view', () => {
    const pose = snapshotPose('back', { minX: -0.1, maxX: 0.1, minY: 1.2, maxY: 1.5 }, input);
    expect(pose.position[2]).toBeLessThan(0);
  });
  it('never frames wider than the whole body', () => {
    expect(snapshotPose('front', { minX: -0.9, maxX: 0.9, minY: 0, maxY: 1.7 }, input)).toEqual(
      full,
    );
  });
});

describe('includePoints', () => {
  it('grows the bounds to take in trigger point markers, only the drawn ones', () => {
    const b = { minX: -0.1, maxX: 0.1, minY: 1.5, maxY: 1.6 };
    const pts = [0.2, 1.4, 0.05, 9, 9, 9];
    expect(includePoints(b, pts, 1)).toEqual({ minX: -0.1, maxX: 0.2, minY: 1.4, maxY: 1.6 });
    expect(includePoints(undefined, pts, 1)).toEqual({
      minX: 0.2,
      maxX: 0.2,
      minY: 1.4,
      maxY: 1.4,
    });
    expect(includePoints(b, pts, 0)).toBe(b);
  });
});
