/**
 * Registers the handout's body pictures with `state/snapshot`: the scene drawn from the front
 * and back at print resolution, closed in on the marked part of the body (snapshotFrame.ts), on
 * white, the pain drawing hatched so it reads apart from the zones in black and white. It renders into the app's own canvas at the
 * requested size and reads it back in the same task (`toDataURL` right after `render`, so it
 * works without `preserveDrawingBuffer`), then restores size and picture before the browser
 * composites — nothing flickers on screen.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, PerspectiveCamera, Points, Vector2, type Mesh, type Scene } from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { registerSnapshotter, type BodySnapshot } from '../state/snapshot';
import { useAtlasStore } from '../state/store';
import type { SkinUniforms } from './skinMaterial';
import { includePoints, markedBounds, snapshotPose, type MarkedBounds } from './snapshotFrame';
import type { Vec3 } from './viewPresets';

export interface SnapshotRendererProps {
  readonly asset: BodyAsset;
}

const PRINT_BACKGROUND = new Color('#ffffff');
const FOV = 30;

/** The skin's overlay uniforms, when the skin is in the scene. */
function skinUniforms(scene: Scene): SkinUniforms | undefined {
  const skin = scene.getObjectByName('skin') as Mesh | undefined;
  const mat = skin?.material as { userData?: { uniforms?: SkinUniforms } } | undefined;
  return mat?.userData?.uniforms;
}

/** Where the skin shows the drawing or a zone, from the region texture (r drawing, g essential, b spillover). */
function boundsOfMarks(
  asset: BodyAsset,
  uniforms: SkinUniforms | undefined,
): MarkedBounds | undefined {
  const data = uniforms?.uRegionTex.value.image.data as Uint8Array | undefined;
  if (!data) return undefined;
  const marked = (i: number): boolean =>
    (data[4 * i] ?? 0) > 0 || (data[4 * i + 1] ?? 0) > 0 || (data[4 * i + 2] ?? 0) > 0;
  return markedBounds(asset.positions, asset.regionIndex, marked);
}

/** Grows the bounds to take in the ✕ markers drawn (their positions are in world metres). */
function withMarkers(scene: Scene, bounds: MarkedBounds | undefined): MarkedBounds | undefined {
  const markers = scene.getObjectByName('trigger-points');
  if (!(markers instanceof Points) || !markers.visible) return bounds;
  const pos = markers.geometry.getAttribute('position');
  const count = Math.min(markers.geometry.drawRange.count, pos?.count ?? 0);
  return pos ? includePoints(bounds, pos.array, count) : bounds;
}

export function SnapshotRenderer({ asset }: SnapshotRendererProps): null {
  const { gl, scene, camera } = useThree();
  useEffect(() => {
    return registerSnapshotter(({ width, height, views }) => {
      if (!useAtlasStore.getState().sceneReady) throw new Error('scene not ready');
      const size = gl.getSize(new Vector2());
      const ratio = gl.getPixelRatio();
      const background = scene.background;
      const uniforms = skinUniforms(scene);
      const cam = new PerspectiveCamera(FOV, width / height, 0.02, 50);
      const bounds = withMarkers(scene, boundsOfMarks(asset, uniforms));
      const landmarks = asset.landmarks as Readonly<Record<string, Vec3>>;
      const input = { stature: asset.stature, landmarks, fov: FOV, aspect: width / height };
      const out: BodySnapshot[] = [];
      try {
        gl.setPixelRatio(1);
        gl.setSize(width, height, false);
        scene.background = PRINT_BACKGROUND;
        if (uniforms) uniforms.uHatchDrawing.value = 1;
        for (const view of views) {
          const pose = snapshotPose(view, bounds, input);
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
  }, [gl, scene, camera, asset]);
  return null;
}
