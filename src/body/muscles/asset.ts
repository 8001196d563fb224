/**
 * Compact binary format of the generated muscles of one body shape.
 *
 * Layout (little-endian): 4-byte magic "RAM1", u32 header length, UTF-8 JSON header, padding to a
 * multiple of 4, then the sections named in the header (offsets relative to the section start):
 * - `vertices`: meshopt vertex codec over 8-byte vertices: x, y, z quantised to u16 over the
 *   header's bounding box, then u (along the fibres) and v (across) as u8;
 * - `indices`: meshopt index codec over the triangle list (u32).
 * Only the LEFT side is stored; {@link decodeMuscleAsset} mirrors it, so the decoded geometry has
 * both sides (muscle slot = dataset index × 2 + side, 0 left, 1 right). Normals are recomputed.
 *
 * This file holds only the format (types and constants): the encoder (`assetEncode.ts`, build
 * time, meshopt encoder) and the decoder (`assetDecode.ts`, in the browser) import it, never
 * each other, so the app can never pull the encoder.
 */
import type { Vec3 } from '../math.ts';
import type { MuscleLayer, MuscleMesh } from './types.ts';

export interface MuscleEntry {
  readonly id: string;
  /** Index of the muscle in the dataset's muscle order. */
  readonly index: number;
  readonly layer: MuscleLayer;
  /** A thin superficial sheet (e.g. platysma) that the renderer may draw as a veil of fibres. */
  readonly veil: boolean;
}

/** What the build writes: left-side meshes and trigger point positions (left side). */
export interface MuscleAssetInput {
  readonly shape: string;
  readonly muscles: readonly (MuscleEntry & { readonly mesh: MuscleMesh })[];
  /** Trigger point id → position inside its muscle (left side), m. */
  readonly triggerPoints: Readonly<Record<string, Vec3>>;
}

/** The decoded, both-sided geometry, ready for one BufferGeometry. */
export interface MuscleAsset {
  readonly shape: string;
  readonly muscles: readonly MuscleEntry[];
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly uvs: Float32Array;
  /** Dataset index × 2 + side (0 left, 1 right) per vertex. */
  readonly muscleSlot: Float32Array;
  /** 0 superficial, 1 intermediate, 2 deep per vertex. */
  readonly layer: Float32Array;
  readonly indices: Uint32Array;
  /**
   * Where each slot's triangles lie in `indices`: slot s (dataset index × 2 + side) has
   * `slotRanges[2s + 1]` indices from `slotRanges[2s]` (0 and 0 for a slot without a muscle).
   * Each muscle's triangles are contiguous per side, so a renderer can draw a subset of slots.
   */
  readonly slotRanges: Uint32Array;
  /** Sided trigger point key (`l:<id>` / `r:<id>`) → position, m. */
  readonly triggerPoints: Readonly<Record<string, Vec3>>;
}

/** JSON header of the format (written by `assetEncode.ts`, read by `assetDecode.ts`). */
export interface MuscleAssetHeader {
  format: 'referral-atlas-muscles';
  version: 1;
  shape: string;
  boundsMin: Vec3;
  boundsMax: Vec3;
  /** Per muscle: entry plus [first vertex, vertex count, first index, index count] (left side). */
  muscles: (MuscleEntry & { range: [number, number, number, number] })[];
  vertexCount: number;
  indexCount: number;
  sections: Record<'vertices' | 'indices', [number, number]>;
  triggerPoints: Record<string, Vec3>;
}

/** First four bytes of the file, "RAM1" little-endian. */
export const MUSCLE_ASSET_MAGIC = 0x314d4152;
