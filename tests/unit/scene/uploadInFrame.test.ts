import { describe, expect, it, vi } from 'vitest';
import {
  BoxGeometry,
  type BufferGeometry,
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

/** The renderer's frame statistics, as three.js keeps them (`info.render`). */
type Stats = { render: { calls: number; triangles: number } };

/**
 * Draws each stand-in as three.js does: counts its draw in the statistics (the whole index, in
 * triangles), then calls its onAfterRender.
 */
function afterRender(scene: Scene, info: Stats): void {
  for (const m of standIns(scene)) {
    info.render.calls += 1;
    info.render.triangles += (m.geometry.index?.count ?? 0) / 3;
    m.onAfterRender(
      { info } as unknown as WebGLRenderer,
      scene,
      new PerspectiveCamera() as Camera,
      m.geometry,
      m.material as MeshBasicMaterial,
      new Group(),
    );
  }
}

/** Calls the one stand-in's onAfterRender as three.js does after drawing `geometry`. */
function afterRenderWith(scene: Scene, info: Stats, geometry: BufferGeometry): void {
  const [m] = standIns(scene);
  m!.onAfterRender(
    { info } as unknown as WebGLRenderer,
    scene,
    new PerspectiveCamera() as Camera,
    geometry,
    m!.material as MeshBasicMaterial,
    new Group(),
  );
}

describe('uploadInFrame', () => {
  const geometry = new BoxGeometry();
  const materials = [new MeshBasicMaterial(), new MeshBasicMaterial()];
  const parts = materials.map((material) => ({ geometry, material }));

  it('adds one never-culled stand-in per part, scaled to nothing, and asks for a frame', () => {
    const scene = new Scene();
    const invalidate = vi.fn();
    uploadInFrame({ scene, parts, invalidate });
    const added = standIns(scene);
    expect(added.map((m) => m.material)).toEqual(materials);
    for (const m of added) {
      expect(m.geometry).toBe(geometry);
      expect(m.scale.toArray()).toEqual([0, 0, 0]);
      expect(m.frustumCulled).toBe(false);
    }
    expect(invalidate).toHaveBeenCalledOnce();
  });

  it('removes them after the frame that drew them, not during it, and asks for no other', async () => {
    const scene = new Scene();
    const invalidate = vi.fn();
    uploadInFrame({ scene, parts, invalidate });
    // The real scene drew 3 calls and 1,000 triangles in the same frame.
    const info: Stats = { render: { calls: 3, triangles: 1000 } };
    afterRender(scene, info);
    expect(standIns(scene), 'still there while the scene is traversed').toHaveLength(2);
    await Promise.resolve();
    expect(standIns(scene)).toHaveLength(0);
    // Nothing on screen changed: no frame follows, and the frame's statistics are the real scene's.
    expect(invalidate).toHaveBeenCalledOnce();
    expect(info.render).toEqual({ calls: 3, triangles: 1000 });
  });

  it('takes out of the statistics only the draw range three.js drew', () => {
    const scene = new Scene();
    const ranged = new BoxGeometry();
    ranged.setDrawRange(6, 12);
    const part = { geometry: ranged, material: materials[0]! };
    uploadInFrame({ scene, parts: [part], invalidate: () => 0 });
    const info: Stats = { render: { calls: 2, triangles: 10 } };
    afterRenderWith(scene, info, ranged);
    expect(info.render).toEqual({ calls: 1, triangles: 6 });
  });

  it('takes out the draw range of the frame, also when it changed after the call', () => {
    const scene = new Scene();
    const packed = new BoxGeometry();
    packed.setDrawRange(0, 0);
    uploadInFrame({
      scene,
      parts: [{ geometry: packed, material: materials[0]! }],
      invalidate: () => 0,
    });
    // A tap repacked the geometry before the frame came: three.js drew 12 indices.
    packed.setDrawRange(0, 12);
    const info: Stats = { render: { calls: 2, triangles: 10 } };
    afterRenderWith(scene, info, packed);
    expect(info.render).toEqual({ calls: 1, triangles: 6 });
  });

  it('removes them when cancelled before any frame, and is safe to cancel twice', () => {
    const scene = new Scene();
    const cancel = uploadInFrame({ scene, parts, invalidate: () => undefined });
    cancel();
    cancel();
    expect(standIns(scene)).toHaveLength(0);
  });

  it('stand-ins are never picked', () => {
    const scene = new Scene();
    uploadInFrame({ scene, parts, invalidate: () => undefined });
    const hits: unknown[] = [];
    for (const m of standIns(scene)) m.raycast({} as never, hits as never);
    expect(hits).toEqual([]);
  });
});
