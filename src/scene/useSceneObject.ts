/**
 * Puts a three.js object into the scene while the component is mounted, without R3F's mount.
 * R3F asks for a frame whenever it inserts an object, even a hidden or empty one: the skeleton
 * loaded ahead of a peel, the ✕ markers before there is any ✕. Each such frame draws the same
 * picture again; on a software renderer that is ~0.1 s of CPU at 1280×800, and a page load had
 * several. Here a frame is asked for only when the object draws something as it comes or goes, or
 * when `visible` changes while it is in the scene.
 *
 * For objects without pointer handlers only: R3F's events need R3F's own mount.
 */
import { useLayoutEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { BufferGeometry, Object3D } from 'three';

/**
 * `object`: added to the scene's root (nothing when undefined); `visible`: its visibility, kept
 * up to date here (default: the caller sets `object.visible` and asks for the frames it needs).
 */
export function useSceneObject(object: Object3D | undefined, visible?: boolean): void {
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  // Before the object is added (layout effects run in order): a hidden object added hidden asks
  // for nothing.
  useLayoutEffect(() => {
    if (!object || visible === undefined || object.visible === visible) return;
    object.visible = visible;
    if (object.parent) invalidate();
  }, [object, visible, invalidate]);
  useLayoutEffect(() => {
    if (!object) return;
    scene.add(object);
    if (draws(object)) invalidate();
    return () => {
      scene.remove(object);
      if (draws(object)) invalidate();
    };
  }, [object, scene, invalidate]);
}

/**
 * Whether the object draws anything: visible, and its geometry's draw range not empty (the ✕
 * markers stay visible with none: three.js still readies their program and texture in each frame,
 * so the first tap that shows a ✕ does not).
 */
function draws(object: Object3D): boolean {
  if (!object.visible) return false;
  const geometry = (object as { geometry?: BufferGeometry }).geometry;
  return geometry?.drawRange.count !== 0;
}
