/** The merged muscle geometry of a decoded muscle asset, and the asset's decoding. */
import { BufferAttribute, BufferGeometry } from 'three';
import type { MuscleAsset } from '../../body/muscles/asset';
import { decodeMuscleAsset, muscleDecoderReady } from '../../body/muscles/assetDecode';

/**
 * Builds the merged geometry (position, normal, uv, muscleSlot, layer, index); no BVH (see bvh.ts).
 * Its index is `asset.indices`, which the slot draws (slotDraw.ts) read in slot order: build its
 * BVH with {@link MUSCLE_BVH} (indirect), which leaves the index in that order.
 */
export function muscleGeometry(asset: MuscleAsset): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(asset.positions, 3));
  g.setAttribute('normal', new BufferAttribute(asset.normals, 3));
  g.setAttribute('uv', new BufferAttribute(asset.uvs, 2));
  g.setAttribute('muscleSlot', new BufferAttribute(asset.muscleSlot, 1));
  g.setAttribute('layer', new BufferAttribute(asset.layer, 1));
  g.setIndex(new BufferAttribute(asset.indices, 1));
  g.computeBoundingSphere();
  return g;
}

/** BVH options of the merged muscle geometry: its index must keep its slot order. */
export const MUSCLE_BVH = { indirect: true } as const;

/** Decodes `muscles-<shape>.bin` once the meshopt decoder is ready. */
export async function decodeMuscles(bytes: ArrayBuffer): Promise<MuscleAsset> {
  await muscleDecoderReady;
  return decodeMuscleAsset(bytes);
}

/** Number of per-muscle slots (left and right of each muscle) in the state texture. */
export function slotCount(asset: MuscleAsset): number {
  return asset.muscles.reduce((n, m) => Math.max(n, 2 * m.index + 2), 2);
}

/** The muscle slot (2 × index + side) of a geometry's face, or -1 without a face. */
export function slotOfFace(
  geometry: BufferGeometry,
  face: { a: number } | null | undefined,
): number {
  return face ? Math.round(geometry.getAttribute('muscleSlot').getX(face.a)) : -1;
}
