/**
 * The two meshes over the merged muscle geometry: the main one (drawn muscles, pickable) and the
 * ghost one (hidden candidates seen through the skin, never picked). Only slots flagged in
 * `visible` can be hit; the BVH (bvh.ts) covers all of them and is built once.
 */
import { Mesh, type BufferGeometry, type Intersection, type Material, type Raycaster } from 'three';
import { acceleratedRaycast, ensureBvh } from '../bvh';
import { slotOfFace } from './muscleGeometry';

/** Per slot: 1 drawn by the main pass, 2 ghosted (a hidden candidate), 0 not drawn; rewritten in place. */
export type SlotVisibility = Uint8Array;

/** The main muscle mesh; its raycast reports hits on drawn or ghosted muscles only. */
export function createMuscleMesh(
  geometry: BufferGeometry,
  material: Material,
  visible: SlotVisibility,
): Mesh {
  const m = new Mesh(geometry, material);
  m.name = 'muscles';
  m.raycast = (raycaster: Raycaster, hits: Intersection[]) => {
    // Nothing to hit while every muscle is hidden (the bare skin): skip the BVH entirely.
    if (!visible.some((v) => v > 0)) return;
    ensureBvh(geometry);
    const all: Intersection[] = [];
    acceleratedRaycast.call(m, raycaster, all);
    for (const h of all) if (visible[slotOfFace(geometry, h.face)]) hits.push(h);
  };
  return m;
}

/** The ghost mesh: over the skin (2), under the trigger point markers (10); picked through the main mesh. */
export function createGhostMesh(geometry: BufferGeometry, material: Material): Mesh {
  const g = new Mesh(geometry, material);
  g.name = 'muscle-ghosts';
  g.renderOrder = 5;
  g.raycast = () => undefined;
  return g;
}
