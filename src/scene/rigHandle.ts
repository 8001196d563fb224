/**
 * Where the camera rig leaves its controls for the scene parts that act on them (double-tap zoom,
 * the test probe), which read them when they use them. Not R3F's `controls` state: every change of
 * R3F's state asks for a frame, and registering the controls after the first frame changed no
 * pixel (on a software renderer ~0.1 s of CPU at 1280×800 for each page load).
 */
import type { CameraControlsImpl } from '@react-three/drei/core/CameraControls.js';

export interface RigHandle {
  /** The rig's controls while it is mounted, else null. */
  controls: CameraControlsImpl | null;
}

/** A handle with no controls yet (one per canvas). */
export const createRigHandle = (): RigHandle => ({ controls: null });
