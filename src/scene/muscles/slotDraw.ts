/**
 * Draws only some muscle slots of the merged muscle geometry. Hidden muscles are also clipped in
 * the vertex shader (see muscleMaterial.ts), but a clipped vertex is still shaded: with every
 * muscle in one index buffer, each frame ran the vertex shader over all ~230 000 triangles of both
 * sides to show the few candidates ghosted through the skin. That costs little on a GPU and much
 * on a software renderer (SwiftShader: ~0.07 s of CPU per frame at 1280 × 800, a third of the
 * frame). A {@link SlotDraw} shares the vertex attributes of the merged geometry and owns an index
 * buffer into which the triangles of the wanted slots are packed, front first, when the set of
 * wanted slots changes (a new ranking, layer or selection; not a hover). Only the packed part is
 * uploaded (`bufferSubData`), and the draw range ends where it ends.
 */
import { BufferAttribute, BufferGeometry, DynamicDrawUsage } from 'three';

/**
 * Packs, from `source`, the index runs of every slot whose flag in `flags` equals `want` into the
 * front of `target`, in slot order; returns how many indices it wrote. `ranges`: per slot s,
 * `[2s]` first index and `[2s + 1]` index count in `source` (MuscleAsset.slotRanges).
 */
export function packSlotIndices(
  target: Uint32Array,
  source: Uint32Array,
  ranges: Uint32Array,
  flags: Uint8Array,
  want: number,
): number {
  let n = 0;
  const slots = Math.min(flags.length, ranges.length >> 1);
  for (let s = 0; s < slots; s++) {
    if (flags[s] !== want) continue;
    const first = ranges[2 * s] as number;
    const count = ranges[2 * s + 1] as number;
    if (count === 0) continue;
    target.set(source.subarray(first, first + count), n);
    n += count;
  }
  return n;
}

export interface SlotDraw {
  /** The geometry to draw: the merged geometry's attributes, its own index, draw range 0…packed. */
  readonly geometry: BufferGeometry;
  /**
   * Draws the slots whose flag in `flags` equals the draw's `want` (see {@link createSlotDraw});
   * repacks and uploads only when that set changed. Returns whether it changed.
   */
  show(flags: Uint8Array): boolean;
  /**
   * Frees this draw's buffers, the shared attributes' included (three.js frees every attribute of
   * a disposed geometry): dispose together with the merged geometry.
   */
  dispose(): void;
}

/** Indices a draw's index buffer holds at first (48 KB): a few muscles; it grows when needed. */
export const INITIAL_INDEX_CAPACITY = 3 * 4096;

const indexOf = (capacity: number): BufferAttribute =>
  new BufferAttribute(new Uint32Array(capacity), 1).setUsage(DynamicDrawUsage);

/**
 * Indices of the `n` largest slots together (ranges as in {@link packSlotIndices}): what a draw of
 * at most `n` slots can ever need. The ghost draw (at most the candidates shown) is made this size,
 * so that the first tap that ghosts candidates uploads into the buffer made at idle instead of
 * allocating and uploading a larger one in its own frame.
 */
export function largestSlotsLength(ranges: Uint32Array, n: number): number {
  const counts: number[] = [];
  for (let s = 1; s < ranges.length; s += 2) counts.push(ranges[s] as number);
  counts.sort((a, b) => b - a);
  return counts.slice(0, Math.max(0, n)).reduce((sum, c) => sum + c, 0);
}

/** Indices of the slots flagged in `shown` (1), from `ranges` as in {@link packSlotIndices}. */
function packedLength(ranges: Uint32Array, shown: Uint8Array): number {
  let n = 0;
  for (let s = 0; s < shown.length; s++) if (shown[s]) n += ranges[2 * s + 1] as number;
  return n;
}

/**
 * A draw of the slots flagged `want` over `merged` (a geometry whose index is `source`, with
 * `ranges` as in {@link packSlotIndices}). Draws nothing until the first {@link SlotDraw.show}.
 * Its index buffer starts small and grows (by half, at least to what is needed, at most to all
 * of `source`) when more is to be drawn: a patient who only ghosts candidates through the skin
 * never holds a copy of the whole index. `source` must keep its slot order: a BVH built on it
 * must be indirect (see bvh.ts). `capacity`: indices its buffer holds at first (default
 * {@link INITIAL_INDEX_CAPACITY}, at most all of `source`).
 */
export function createSlotDraw(
  merged: BufferGeometry,
  source: Uint32Array,
  ranges: Uint32Array,
  want: number,
  capacity: number = INITIAL_INDEX_CAPACITY,
): SlotDraw {
  const geometry = new BufferGeometry();
  for (const [name, attribute] of Object.entries(merged.attributes)) {
    geometry.setAttribute(name, attribute);
  }
  let index = indexOf(Math.min(source.length, Math.max(1, capacity)));
  geometry.setIndex(index);
  geometry.setDrawRange(0, 0);
  if (merged.boundingSphere) geometry.boundingSphere = merged.boundingSphere.clone();
  if (merged.boundingBox) geometry.boundingBox = merged.boundingBox.clone();
  const shown = new Uint8Array(ranges.length >> 1);
  return {
    geometry,
    show(flags) {
      let same = true;
      for (let s = 0; s < shown.length; s++) {
        const on = flags[s] === want ? 1 : 0;
        if (shown[s] !== on) same = false;
        shown[s] = on;
      }
      if (same) return false;
      const needed = packedLength(ranges, shown);
      if (needed > index.count) {
        // A new attribute: three.js keeps GPU buffers per attribute (weakly), so the old one's
        // buffer goes with it.
        index = indexOf(Math.min(source.length, Math.max(needed, Math.ceil(index.count * 1.5))));
        geometry.setIndex(index);
      }
      const count = packSlotIndices(index.array as Uint32Array, source, ranges, shown, 1);
      index.clearUpdateRanges();
      index.addUpdateRange(0, count);
      index.needsUpdate = true;
      geometry.setDrawRange(0, count);
      return true;
    },
    dispose() {
      geometry.dispose();
    },
  };
}
