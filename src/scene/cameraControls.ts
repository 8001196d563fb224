/**
 * camera-controls (as shipped with drei) installed with the three.js classes it needs, and the
 * app's settings for it: distances, smoothing, and which button or finger count does what
 * (painting frees the left button and one finger for the brush).
 */
import { CameraControlsImpl } from '@react-three/drei/core/CameraControls.js';
import {
  Box3,
  MathUtils,
  Matrix4,
  Quaternion,
  Raycaster,
  Sphere,
  Spherical,
  Vector2,
  Vector3,
  Vector4,
} from 'three';

CameraControlsImpl.install({
  THREE: {
    Box3,
    MathUtils: { clamp: MathUtils.clamp },
    Matrix4,
    Quaternion,
    Raycaster,
    Sphere,
    Spherical,
    Vector2,
    Vector3,
    Vector4,
  },
});
const { ACTION } = CameraControlsImpl;

export { CameraControlsImpl };

/** Applies the app's settings; `painting` when the brush or eraser is the tool. */
export function configureControls(controls: CameraControlsImpl, painting: boolean): void {
  controls.minDistance = 0.15;
  controls.maxDistance = 8;
  controls.draggingSmoothTime = 0;
  // A wheel notch zooms about as much as it did with OrbitControls (×1.23 for 400 px).
  controls.dollySpeed = 0.3;
  controls.smoothTime = 0.35;
  controls.mouseButtons.left = painting ? ACTION.NONE : ACTION.ROTATE;
  controls.mouseButtons.middle = ACTION.DOLLY;
  controls.mouseButtons.right = painting ? ACTION.ROTATE : ACTION.TRUCK;
  controls.mouseButtons.wheel = ACTION.DOLLY;
  controls.touches.one = painting ? ACTION.NONE : ACTION.TOUCH_ROTATE;
  controls.touches.two = ACTION.TOUCH_DOLLY_ROTATE;
  controls.touches.three = ACTION.TOUCH_TRUCK;
}
