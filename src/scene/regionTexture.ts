/**
 * A one-row RGBA data texture with one texel per region of the body, read by the skin shader:
 * R = pain-drawing intensity (0 = not marked), G = essential zone of the selection,
 * B = spillover zone of the selection, A = hovered region. Updating a selection writes a
 * few hundred bytes; no geometry is touched.
 */
import { DataTexture, NearestFilter, RGBAFormat, UnsignedByteType } from 'three';

export interface RegionLayers {
  /** Region index → intensity 1–10 of the pain drawing. */
  readonly drawing: ReadonlyMap<number, number>;
  readonly essential: ReadonlySet<number>;
  readonly spillover: ReadonlySet<number>;
  readonly hover: number | undefined;
}

/**
 * Texels needed for a body's per-vertex region indices (the largest index + 1). Known from the
 * body alone, so the texture is made once, before the dataset has loaded; a region that no vertex
 * has is never sampled, and writing its texel is a no-op.
 */
export function regionSlots(regionIndex: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < regionIndex.length; i++) max = Math.max(max, regionIndex[i] ?? 0);
  return max + 1;
}

export function createRegionTexture(regionCount: number): DataTexture {
  const data = new Uint8Array(Math.max(1, regionCount) * 4);
  const tex = new DataTexture(data, Math.max(1, regionCount), 1, RGBAFormat, UnsignedByteType);
  tex.magFilter = NearestFilter;
  tex.minFilter = NearestFilter;
  tex.needsUpdate = true;
  return tex;
}

/**
 * Rewrites the texture from the region layers (O(regions)). True when a texel changed: only then
 * is the texture marked for upload, and only then does the picture need drawing again.
 */
export function writeRegionTexture(tex: DataTexture, layers: RegionLayers): boolean {
  const data = tex.image.data as Uint8Array;
  const before = data.slice();
  data.fill(0);
  for (const [i, intensity] of layers.drawing) data[i * 4] = Math.round((intensity / 10) * 255);
  for (const i of layers.essential) data[i * 4 + 1] = 255;
  for (const i of layers.spillover) data[i * 4 + 2] = 255;
  if (layers.hover !== undefined) data[layers.hover * 4 + 3] = 255;
  const changed = data.some((v, i) => v !== before[i]);
  if (changed) tex.needsUpdate = true;
  return changed;
}
