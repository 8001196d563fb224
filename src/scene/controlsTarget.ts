/**
 * The orbit target (body frame, m) of the camera rig's controls (rigHandle.ts): camera-controls
 * exposes it through `getTarget`, OrbitControls as `target`.
 */
import { Vector3 } from 'three';

interface TargetControls {
  readonly getTarget?: (out: Vector3) => Vector3;
  readonly target?: Vector3;
}

export function controlsTarget(controls: unknown): Vector3 | null {
  if (!controls || typeof controls !== 'object') return null;
  const c = controls as TargetControls;
  if (typeof c.getTarget === 'function') return c.getTarget(new Vector3());
  return c.target instanceof Vector3 ? c.target.clone() : null;
}
