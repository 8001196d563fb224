/**
 * The two meshes over the merged muscle geometry: the main one (drawn muscles, pickable) and the
 * ghost one (hidden candidates seen through the skin, never picked). Each draws its own slot
 * subset of the merged geometry (slotDraw.ts). Only slots flagged in `visible` can be hit; picking
 * casts against the whole merged geometry, whose BVH (bvh.ts) covers every slot and is built once
 * (indirect, so that the merged index keeps the slot order the draws read).
 */
import { Mesh, type BufferGeometry, type Intersection, type Material, type Raycaster } from 'three';
import { acceleratedRaycast, ensureBvh } from '../bvh';
import { MUSCLE_BVH, slotOfFace } from './muscleGeometry';

/** Per slot: 1 drawn by the main pass, 2 ghosted (a hidden candidate), 0 not drawn; rewritten in place. */
export type SlotVisibility = Uint8Array;

/** The `visible` flag of the slots the main mesh draws. */
export const MAIN_SLOTS = 1;
/** The `visible` flag of the slots the ghost mesh draws. */
export const GHOST_SLOTS = 2;

/**
 * The main muscle mesh: draws `draw` (its slot subset), picks against `pick` (the whole merged
 * geometry, same vertices) and reports hits on drawn or ghosted muscles only, as hits on itself.
 */
export function createMuscleMesh(
  draw: BufferGeometry,
  pick: BufferGeometry,
  material: Material,
  visible: SlotVisibility,
): Mesh {
  const m = new Mesh(draw, material);
  m.name = 'muscles';
  const picker = new Mesh(pick, material);
  m.raycast = (raycaster: Raycaster, hits: Intersection[]) => {
    // Nothing to hit while every muscle is hidden (the bare skin): skip the BVH entirely.
    if (!visible.some((v) => v > 0)) return;
    ensureBvh(pick, MUSCLE_BVH);
    picker.matrixWorld.copy(m.matrixWorld);
    const all: Intersection[] = [];
    acceleratedRaycast.call(picker, raycaster, all);
    for (const h of all) {
      if (!visible[slotOfFace(pick, h.face)]) continue;
      h.object = m;
      hits.push(h);
    }
  };
  return m;
}

/** The ghost mesh: over the skin (2), under the trigger point markers (10); picked through the main mesh. */
export function createGhostMesh(draw: BufferGeometry, material: Material): Mesh {
  const g = new Mesh(draw, material);
  g.name = 'muscle-ghosts';
  g.renderOrder = 5;
  g.raycast = () => undefined;
  return g;
}
