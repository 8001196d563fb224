/**
 * Keeps what the camera frames inside the part of the canvas the phone's bottom sheet leaves
 * visible: the projection's frame is the canvas height minus `sheetInset` (CSS px, from the
 * store), and the covered band below simply shows more of the scene. Picking and the probe use
 * the same projection, so taps stay exact. On wider layouts the inset is 0 and nothing changes.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { PerspectiveCamera } from 'three';
import { useAtlasStore } from '../state/store';
import { cameraMoved, captureCamera, newCameraSnapshot } from './cameraMoved';
import { projectAboveInset } from './viewInsetMath';

/** Scratch: the camera before an update. */
const before = newCameraSnapshot();

export function ViewInset(): null {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const inset = useAtlasStore((s) => s.sheetInset);
  useEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    const w = Math.max(1, size.width);
    const h = Math.max(1, size.height);
    captureCamera(camera, before);
    projectAboveInset(camera, w, h, inset);
    // The same projection (e.g. the page's controls arriving without moving the canvas) draws the
    // same picture.
    if (cameraMoved(camera, before)) invalidate();
  }, [camera, size.width, size.height, inset, invalidate]);
  return null;
}
