/**
 * Uploads a geometry's vertex and index buffers to the GPU in a frame of their own. three.js
 * uploads a geometry the first time it draws it: for the merged muscles that was ~5 ms of
 * `bufferData` inside the frame of the first tap that shows candidates as ghosts. Here a stand-in
 * mesh shares the geometry, scaled to nothing (every triangle has zero area, so no pixel is
 * drawn), is added to the scene for one rendered frame with each material (so each program's
 * vertex bindings are made too), and removed right after that frame, which is followed by one
 * more.
 */
import { Mesh, type BufferGeometry, type Material, type Scene } from 'three';

export interface UploadInFrameInput {
  readonly scene: Scene;
  readonly geometry: BufferGeometry;
  /** Materials the geometry will be drawn with (their programs compiled already, ideally). */
  readonly materials: readonly Material[];
  /** Asks for a frame (R3F `invalidate`; rendering is on demand). */
  readonly invalidate: () => void;
}

/** Starts the upload; returns a function that removes the stand-ins if the frame has not come. */
export function uploadInFrame({
  scene,
  geometry,
  materials,
  invalidate,
}: UploadInFrameInput): () => void {
  const standIns = materials.map((material) => {
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
  // Removed after the render that drew them, never during it (the scene is being traversed); one
  // more frame then leaves the renderer's statistics (draw calls) as the real scene's.
  const removeAndRedraw = (): void => {
    if (done) return;
    remove();
    invalidate();
  };
  for (const m of standIns) m.onAfterRender = () => queueMicrotask(removeAndRedraw);
  scene.add(...standIns);
  invalidate();
  return remove;
}
