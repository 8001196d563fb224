/**
 * The one place that builds bounding-volume hierarchies (three-mesh-bvh) for picking: each
 * geometry gets its BVH once, whoever asks first (the idle pre-build or the first pick). Loaded as
 * its own chunk by the skin after its first frame, and with the muscles' chunk.
 */
import { Mesh, type BufferGeometry } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';

let installed = false;

/** three-mesh-bvh's documented set-up: BVH-accelerated raycasting for every mesh (once). */
export function installAcceleratedRaycast(): void {
  if (installed) return;
  installed = true;
  Mesh.prototype.raycast = acceleratedRaycast;
}

/** How a BVH is built. */
export interface BvhOptions {
  /**
   * Leave the geometry's index as it is, with the BVH's own triangle order beside it (default
   * false: three-mesh-bvh reorders the index in place, which saves that array).
   */
  readonly indirect?: boolean;
}

/**
 * The geometry's BVH, built on the first call only, with the options of that call (typed loosely:
 * drei nests its own copy).
 */
export function ensureBvh(geometry: BufferGeometry, options: BvhOptions = {}): void {
  installAcceleratedRaycast();
  const g = geometry as { boundsTree?: unknown };
  g.boundsTree ??= new MeshBVH(geometry, { indirect: options.indirect ?? false });
}

export { acceleratedRaycast };
