/**
 * Registers the handout's body pictures with `state/snapshot`: the scene drawn from the front
 * and back presets at print resolution on a white background, the pain drawing hatched so it
 * reads apart from the zones in black and white. It renders into the app's own canvas at the
 * requested size and reads it back in the same task (`toDataURL` right after `render`, so it
 * works without `preserveDrawingBuffer`), then restores size and picture before the browser
 * composites — nothing flickers on screen.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, PerspectiveCamera, Vector2, type Mesh, type Scene } from 'three';
import { registerSnapshotter, type BodySnapshot } from '../state/snapshot';
import { useAtlasStore } from '../state/store';
import type { SkinUniforms } from './skinMaterial';
import { cameraPose, type Vec3 } from './viewPresets';

export interface SnapshotRendererProps {
  /** Standing height in metres. */
  readonly stature: number;
  readonly landmarks: Readonly<Record<string, Vec3>>;
}

const PRINT_BACKGROUND = new Color('#ffffff');
const FOV = 30;

/** The skin's overlay uniforms, when the skin is in the scene. */
function skinUniforms(scene: Scene): SkinUniforms | undefined {
  const skin = scene.getObjectByName('skin') as Mesh | undefined;
  const mat = skin?.material as { userData?: { uniforms?: SkinUniforms } } | undefined;
  return mat?.userData?.uniforms;
}

export function SnapshotRenderer({ stature, landmarks }: SnapshotRendererProps): null {
  const { gl, scene, camera } = useThree();
  useEffect(() => {
    return registerSnapshotter(({ width, height, views }) => {
      if (!useAtlasStore.getState().sceneReady) throw new Error('scene not ready');
      const size = gl.getSize(new Vector2());
      const ratio = gl.getPixelRatio();
      const background = scene.background;
      const uniforms = skinUniforms(scene);
      const cam = new PerspectiveCamera(FOV, width / height, 0.02, 50);
      const out: BodySnapshot[] = [];
      try {
        gl.setPixelRatio(1);
        gl.setSize(width, height, false);
        scene.background = PRINT_BACKGROUND;
        if (uniforms) uniforms.uHatchDrawing.value = 1;
        for (const view of views) {
          const pose = cameraPose(view, { stature, landmarks, fov: FOV, aspect: width / height });
          cam.position.set(...pose.position);
          cam.lookAt(...pose.target);
          cam.updateMatrixWorld();
          gl.render(scene, cam);
          out.push({ view, width, height, dataUrl: gl.domElement.toDataURL('image/png') });
        }
      } finally {
        if (uniforms) uniforms.uHatchDrawing.value = 0;
        scene.background = background;
        gl.setPixelRatio(ratio);
        gl.setSize(size.x, size.y, false);
        gl.render(scene, camera);
      }
      return out;
    });
  }, [gl, scene, camera, stature, landmarks]);
  return null;
}
