/**
 * The camera before the controls' chunk has loaded (see CameraRig, loaded lazily so the first
 * frame does not wait for camera-controls): applies each view preset request directly, and asks
 * for a frame only when the camera moved.
 */
import { useLayoutEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { PerspectiveCamera } from 'three';
import { useAtlasStore } from '../state/store';
import { cameraMoved, captureCamera } from './cameraMoved';
import { cameraPose, VIEW_CAMERA, type Vec3 } from './viewPresets';

export interface PresetCameraProps {
  readonly stature: number;
  readonly landmarks: Readonly<Record<string, Vec3>>;
}

export function PresetCamera({ stature, landmarks }: PresetCameraProps): null {
  const camera = useThree((s) => s.camera);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const request = useAtlasStore((s) => s.viewRequest);
  useLayoutEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    const { view, camera: free } = useAtlasStore.getState();
    const { width, height } = get().size;
    // A free view from a link wins over the preset until a preset is chosen.
    const pose =
      free ??
      cameraPose(view, {
        stature,
        landmarks,
        fov: camera.fov,
        aspect: width / Math.max(1, height),
      });
    const before = captureCamera(camera);
    camera.near = VIEW_CAMERA.near;
    camera.far = VIEW_CAMERA.far;
    camera.position.set(...pose.position);
    camera.lookAt(...pose.target);
    camera.updateProjectionMatrix();
    document.documentElement.dataset.view = view;
    // Remounted as the fallback of the controls' chunk, it applies the same pose again: no frame.
    if (cameraMoved(camera, before)) invalidate();
  }, [camera, get, invalidate, request, stature, landmarks]);
  return null;
}
