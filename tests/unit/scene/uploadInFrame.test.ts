import { describe, expect, it, vi } from 'vitest';
import {
  BoxGeometry,
  Group,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
  type Camera,
} from 'three';
import { uploadInFrame } from '../../../src/scene/uploadInFrame';

const standIns = (scene: Scene): Mesh[] =>
  scene.children.filter((o): o is Mesh => o instanceof Mesh && o.name === 'upload-stand-in');

/** Calls each stand-in's onAfterRender as three.js does after drawing it. */
function afterRender(scene: Scene): void {
  for (const m of standIns(scene))
    m.onAfterRender(
      undefined as unknown as WebGLRenderer,
      scene,
      new PerspectiveCamera() as Camera,
      m.geometry,
      m.material as MeshBasicMaterial,
      new Group(),
    );
}

describe('uploadInFrame', () => {
  const geometry = new BoxGeometry();
  const materials = [new MeshBasicMaterial(), new MeshBasicMaterial()];

  it('adds one never-culled stand-in per material, scaled to nothing, and asks for a frame', () => {
    const scene = new Scene();
    const invalidate = vi.fn();
    uploadInFrame({ scene, geometry, materials, invalidate });
    const added = standIns(scene);
    expect(added.map((m) => m.material)).toEqual(materials);
    for (const m of added) {
      expect(m.geometry).toBe(geometry);
      expect(m.scale.toArray()).toEqual([0, 0, 0]);
      expect(m.frustumCulled).toBe(false);
    }
    expect(invalidate).toHaveBeenCalledOnce();
  });

  it('removes them after the frame that drew them, not during it, and asks for one more', async () => {
    const scene = new Scene();
    const invalidate = vi.fn();
    uploadInFrame({ scene, geometry, materials, invalidate });
    afterRender(scene);
    expect(standIns(scene), 'still there while the scene is traversed').toHaveLength(2);
    await Promise.resolve();
    expect(standIns(scene)).toHaveLength(0);
    // The frame after shows the real scene (and its draw-call count) again.
    expect(invalidate).toHaveBeenCalledTimes(2);
  });

  it('removes them when cancelled before any frame, and is safe to cancel twice', () => {
    const scene = new Scene();
    const cancel = uploadInFrame({ scene, geometry, materials, invalidate: () => undefined });
    cancel();
    cancel();
    expect(standIns(scene)).toHaveLength(0);
  });

  it('stand-ins are never picked', () => {
    const scene = new Scene();
    uploadInFrame({ scene, geometry, materials, invalidate: () => undefined });
    const hits: unknown[] = [];
    for (const m of standIns(scene)) m.raycast({} as never, hits as never);
    expect(hits).toEqual([]);
  });
});
