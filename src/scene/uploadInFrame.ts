/**
 * Uploads geometries' vertex and index buffers to the GPU in a frame of their own. three.js
 * uploads a geometry the first time it draws it: for the merged muscles that was ~5 ms of
 * `bufferData` inside the frame of the first tap that shows candidates as ghosts. Here a stand-in
 * mesh per part shares its geometry and material, scaled to nothing (every triangle has zero
 * area, so no pixel is drawn), is added to the scene for one rendered frame (so each program's
 * vertex bindings are made too), and removed right after that frame. Nothing on screen changes, so
 * no frame follows: each stand-in takes its draw back out of the renderer's statistics
 * (`info.render`, read by the test probe and the benchmark) as soon as it has been drawn.
 */
import { Mesh, type BufferGeometry, type Material, type Scene, type WebGLInfo } from 'three';

/** A geometry and a material it will be drawn with (its program compiled already, ideally). */
export interface UploadPart {
  readonly geometry: BufferGeometry;
  readonly material: Material;
}

export interface UploadInFrameInput {
  readonly scene: Scene;
  readonly parts: readonly UploadPart[];
  /** Asks for a frame (R3F `invalidate`; rendering is on demand). */
  readonly invalidate: () => void;
}

/** Triangles three.js counts for one draw of the whole geometry (its draw range, no groups). */
function drawnTriangles(geometry: BufferGeometry): number {
  const count = geometry.index?.count ?? geometry.getAttribute('position')?.count ?? 0;
  const { start, count: rangeCount } = geometry.drawRange;
  return Math.max(0, Math.min(count - start, rangeCount)) / 3;
}

/** Takes one draw of `triangles` triangles back out of the frame's statistics. */
function forgetDraw(info: WebGLInfo, triangles: number): void {
  info.render.calls = Math.max(0, info.render.calls - 1);
  info.render.triangles = Math.max(0, info.render.triangles - triangles);
}

/** Starts the upload; returns a function that removes the stand-ins if the frame has not come. */
export function uploadInFrame({ scene, parts, invalidate }: UploadInFrameInput): () => void {
  const standIns = parts.map(({ geometry, material }) => {
    const m = new Mesh(geometry, material);
    m.name = 'upload-stand-in';
    m.scale.setScalar(0);
    // Never culled: it must be drawn (with its bounding sphere scaled to nothing it would be).
    m.frustumCulled = false;
    m.raycast = () => undefined;
    return m;
  });
  let done = false;
  const remove = (): void => {
    if (done) return;
    done = true;
    for (const m of standIns) scene.remove(m);
  };
  // Removed after the render that drew them, never during it (the scene is being traversed).
  for (const m of standIns)
    m.onAfterRender = (renderer, _scene, _camera, geometry) => {
      forgetDraw(renderer.info, drawnTriangles(geometry));
      queueMicrotask(remove);
    };
  scene.add(...standIns);
  invalidate();
  return remove;
}
