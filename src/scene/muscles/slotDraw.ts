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
  /** Frees this draw's index buffer (not the shared attributes). */
  dispose(): void;
}

/**
 * A draw of the slots flagged `want` over `merged` (a geometry whose index is `source`, with
 * `ranges` as in {@link packSlotIndices}). Draws nothing until the first {@link SlotDraw.show}.
 * `source` must keep its slot order: a BVH built on it must be indirect (see bvh.ts).
 */
export function createSlotDraw(
  merged: BufferGeometry,
  source: Uint32Array,
  ranges: Uint32Array,
  want: number,
): SlotDraw {
  const geometry = new BufferGeometry();
  for (const [name, attribute] of Object.entries(merged.attributes)) {
    geometry.setAttribute(name, attribute);
  }
  const index = new BufferAttribute(new Uint32Array(source.length), 1).setUsage(DynamicDrawUsage);
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
      const count = packSlotIndices(index.array as Uint32Array, source, ranges, shown, 1);
      index.clearUpdateRanges();
      index.addUpdateRange(0, count);
      index.needsUpdate = true;
      geometry.setDrawRange(0, count);
      return true;
    },
    dispose() {
      // Disposing the geometry frees its index buffer; the shared attributes are freed with the
      // merged geometry (three.js frees a buffer only when its attribute's last geometry goes).
      geometry.dispose();
    },
  };
}
