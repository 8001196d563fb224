import { describe, expect, it } from 'vitest';
import { BoxGeometry, BufferAttribute, BufferGeometry } from 'three';
import { ensureBvh } from '../../../src/scene/bvh';
import { MUSCLE_BVH } from '../../../src/scene/muscles/muscleGeometry';
import {
  createSlotDraw,
  INITIAL_INDEX_CAPACITY,
  largestSlotsLength,
  packSlotIndices,
} from '../../../src/scene/muscles/slotDraw';

/** Three slots: slot 0 has two triangles, slot 1 none, slot 2 one (indices 0…8 in slot order). */
const source = Uint32Array.from([0, 1, 2, 2, 1, 3, 4, 5, 6]);
const ranges = Uint32Array.from([0, 6, 6, 0, 6, 3]);

function merged(): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute(
    'position',
    new BufferAttribute(
      new Float32Array(7 * 3).map((_, i) => i),
      3,
    ),
  );
  g.setAttribute('muscleSlot', new BufferAttribute(Float32Array.from([0, 0, 0, 0, 2, 2, 2]), 1));
  // The picking copy, reordered as a BVH build would: the draws must not read it.
  g.setIndex(new BufferAttribute(Uint32Array.from([4, 5, 6, 2, 1, 3, 0, 1, 2]), 1));
  g.computeBoundingSphere();
  return g;
}

describe('packSlotIndices', () => {
  it('packs the runs of the wanted slots to the front, in slot order', () => {
    const target = new Uint32Array(source.length).fill(99);
    const n = packSlotIndices(target, source, ranges, Uint8Array.from([2, 1, 2]), 2);
    expect(n).toBe(9);
    expect([...target]).toEqual([...source]);
    const one = new Uint32Array(source.length).fill(99);
    expect(packSlotIndices(one, source, ranges, Uint8Array.from([0, 0, 1]), 1)).toBe(3);
    expect([...one.subarray(0, 3)]).toEqual([4, 5, 6]);
    expect(one[3], 'nothing written past the packed part').toBe(99);
  });

  it('packs nothing when no slot is wanted, and ignores flags beyond the ranges', () => {
    const target = new Uint32Array(source.length);
    expect(packSlotIndices(target, source, ranges, Uint8Array.from([0, 0, 0, 1, 1]), 1)).toBe(0);
  });
});

describe('createSlotDraw', () => {
  it('shares the vertex attributes and starts with nothing to draw', () => {
    const g = merged();
    const d = createSlotDraw(g, source, ranges, 1);
    expect(d.geometry.getAttribute('position')).toBe(g.getAttribute('position'));
    expect(d.geometry.getAttribute('muscleSlot')).toBe(g.getAttribute('muscleSlot'));
    expect(d.geometry.index).not.toBe(g.index);
    expect(d.geometry.drawRange.count).toBe(0);
    expect(d.geometry.boundingSphere?.equals(g.boundingSphere!)).toBe(true);
  });

  it('draws only its slots, uploads only the packed part, and repacks only on a change', () => {
    const d = createSlotDraw(merged(), source, ranges, 2);
    const index = d.geometry.index!;
    expect(d.show(Uint8Array.from([1, 0, 2]))).toBe(true);
    expect(d.geometry.drawRange).toEqual({ start: 0, count: 3 });
    expect([...index.array.slice(0, 3)]).toEqual([4, 5, 6]);
    expect(index.updateRanges).toEqual([{ start: 0, count: 3 }]);
    const version = index.version;
    // Same slots flagged for this draw (another draw's flag changed): nothing to upload.
    expect(d.show(Uint8Array.from([0, 0, 2]))).toBe(false);
    expect(index.version).toBe(version);
    expect(d.show(Uint8Array.from([2, 0, 2]))).toBe(true);
    expect(d.geometry.drawRange.count).toBe(9);
    expect([...index.array]).toEqual([...source]);
    expect(index.version).toBeGreaterThan(version);
    expect(d.show(new Uint8Array(3))).toBe(true);
    expect(d.geometry.drawRange.count).toBe(0);
  });
});

/** Slot s has s + 1 triangles of its own, in slot order. */
function bigSource(slots: number): { source: Uint32Array; ranges: Uint32Array } {
  const ranges = new Uint32Array(2 * slots);
  const runs: number[] = [];
  for (let s = 0; s < slots; s++) {
    ranges[2 * s] = runs.length;
    ranges[2 * s + 1] = 3 * (s + 1);
    for (let i = 0; i < 3 * (s + 1); i++) runs.push(s);
  }
  return { source: Uint32Array.from(runs), ranges };
}

describe('createSlotDraw capacity', () => {
  it('starts small, grows to what is shown, and never beyond the whole index', () => {
    const { source, ranges } = bigSource(160); // 38,640 indices
    const d = createSlotDraw(merged(), source, ranges, 1);
    expect(d.geometry.index!.count).toBe(INITIAL_INDEX_CAPACITY);
    const few = new Uint8Array(160);
    few[3] = 1;
    d.show(few);
    expect(d.geometry.index!.count).toBe(INITIAL_INDEX_CAPACITY);
    const all = new Uint8Array(160).fill(1);
    d.show(all);
    const index = d.geometry.index!;
    expect(index.count).toBe(source.length);
    expect(d.geometry.drawRange.count).toBe(source.length);
    expect([...index.array]).toEqual([...source]);
    // Fewer again: the same buffer, packed from its front.
    d.show(few);
    expect(d.geometry.index).toBe(index);
    expect([...index.array.slice(0, 12)]).toEqual(new Array(12).fill(3));
    expect(d.geometry.drawRange.count).toBe(12);
  });
});

describe('a draw sized for its largest slots', () => {
  it('sums the n largest slots', () => {
    expect(largestSlotsLength(ranges, 1)).toBe(6);
    expect(largestSlotsLength(ranges, 2)).toBe(9);
    expect(largestSlotsLength(ranges, 5), 'more than there are: all of them').toBe(9);
    expect(largestSlotsLength(ranges, 0)).toBe(0);
  });

  it('never grows while it shows at most that many slots', () => {
    const slots = 160;
    const { source: big, ranges: bigRanges } = bigSource(slots);
    const capacity = largestSlotsLength(bigRanges, 8);
    expect(capacity).toBeGreaterThan(INITIAL_INDEX_CAPACITY / 4);
    const d = createSlotDraw(merged(), big, bigRanges, 1, capacity);
    const index = d.geometry.index!;
    expect(index.count).toBe(capacity);
    // The eight largest slots, then eight others: the buffer made at the start serves both.
    for (const first of [slots - 8, 40]) {
      const flags = new Uint8Array(slots);
      flags.fill(1, first, first + 8);
      d.show(flags);
      expect(d.geometry.index).toBe(index);
      expect(d.geometry.drawRange.count).toBe(
        largestSlotsLength(bigRanges.slice(2 * first, 2 * first + 16), 8),
      );
    }
  });
});

describe('the merged muscle BVH', () => {
  it('leaves the merged index in slot order, which the slot draws read', () => {
    const g = new BoxGeometry(1, 1, 1, 4, 4, 4);
    const before = Array.from(g.index!.array);
    ensureBvh(g, MUSCLE_BVH);
    expect(Array.from(g.index!.array)).toEqual(before);
    // A default (in-place) build would have reordered it: the option is what keeps the order.
    const h = new BoxGeometry(1, 1, 1, 4, 4, 4);
    ensureBvh(h);
    expect(Array.from(h.index!.array)).not.toEqual(before);
  });
});
