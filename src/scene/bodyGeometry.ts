/**
 * The skin's BufferGeometry from a decoded body asset. The first paint before the app
 * (`paintBody.ts`) builds it first and hands it over, so the 3D view draws the same buffers
 * (already on the GPU) instead of uploading a second copy of the body.
 */
import { BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';

/** Geometries built by the first paint, not taken yet, by asset. */
const handedOver = new WeakMap<BodyAsset, BufferGeometry>();

function build(asset: BodyAsset): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(asset.positions, 3));
  g.setAttribute('normal', new BufferAttribute(asset.normals, 3));
  g.setAttribute('regionIndex', new BufferAttribute(asset.regionIndex, 1));
  g.setIndex(new BufferAttribute(asset.indices, 1));
  // Computed where the body was decoded: scanning 55k vertices here cost ~15 ms before the first frame.
  const { center, radius } = asset.bounds;
  g.boundingSphere = new Sphere(new Vector3(...center), radius);
  return g;
}

/**
 * Builds the skin geometry (position, normal, regionIndex, index and bounding sphere; no BVH
 * yet), or takes the one the first paint built for this asset. The caller owns it (disposes it).
 */
export function bodyGeometry(asset: BodyAsset): BufferGeometry {
  const ready = handedOver.get(asset);
  if (!ready) return build(asset);
  handedOver.delete(asset);
  return ready;
}

/** For the first paint: builds the geometry and keeps it for {@link bodyGeometry} to hand over. */
export function firstPaintGeometry(asset: BodyAsset): BufferGeometry {
  const g = build(asset);
  handedOver.set(asset, g);
  return g;
}
