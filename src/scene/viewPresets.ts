/**
 * Camera poses for the view presets, from the body's landmarks (metres, body frame:
 * +Y up, +X body's left, +Z anterior).
 */
import type { Vec3 } from '../domain/primitives';
import type { ViewPreset } from '../domain/urlState';

/** Re-exported for the scene's modules; defined once in `src/domain/primitives.ts`. */
export type { Vec3 };

/** The 3D view's camera: vertical field of view (degrees), near and far planes (metres). */
export const VIEW_CAMERA = { fov: 30, near: 0.02, far: 50 } as const;
export interface CameraPose {
  readonly position: Vec3;
  readonly target: Vec3;
}

export interface PoseInput {
  readonly stature: number;
  readonly landmarks: Readonly<Record<string, Vec3>>;
  /** Vertical field of view in degrees. */
  readonly fov: number;
  /** Viewport width / height. */
  readonly aspect: number;
}

const lm = (input: PoseInput, id: string, fallback: Vec3): Vec3 => input.landmarks[id] ?? fallback;
const mid = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];

/** Distance at which a box of `height` × `width` metres fills the view. */
function fitDistance(input: PoseInput, height: number, width: number): number {
  const t = Math.tan(((input.fov / 2) * Math.PI) / 180);
  return Math.max(height / (2 * t), width / (2 * t * input.aspect)) * 1.08;
}

export function cameraPose(view: ViewPreset, input: PoseInput): CameraPose {
  const h = input.stature;
  const body: Vec3 = [0, h * 0.52, 0];
  const full = fitDistance(input, h * 1.04, h * 0.62);
  switch (view) {
    case 'front':
      return { target: body, position: [0, body[1], full] };
    case 'back':
      return { target: body, position: [0, body[1], -full] };
    case 'left':
      return { target: body, position: [full, body[1], 0] };
    case 'right':
      return { target: body, position: [-full, body[1], 0] };
    case 'head': {
      const head = mid(lm(input, 'vertex', [0, h, 0]), lm(input, 'menton', [0, h * 0.87, 0.05]));
      const d = fitDistance(input, h * 0.2, h * 0.18);
      return { target: head, position: [d * 0.5, head[1] + 0.02, d * 0.87] };
    }
    case 'hands': {
      const w = lm(input, 'r-wrist-centre', [-h * 0.2, h * 0.48, 0]);
      const tip = lm(input, 'r-middle-tip', [w[0], w[1] - h * 0.1, w[2]]);
      const c = mid(w, tip);
      const d = fitDistance(input, h * 0.14, h * 0.12);
      return { target: c, position: [c[0] - d * 0.2, c[1], c[2] + d] };
    }
    case 'soles': {
      const c = mid(
        lm(input, 'l-ankle-centre', [0.1, 0.08, 0]),
        lm(input, 'r-ankle-centre', [-0.1, 0.08, 0]),
      );
      const target: Vec3 = [c[0], c[1] * 0.4, c[2] + 0.04];
      const d = fitDistance(input, h * 0.16, h * 0.3);
      return { target, position: [target[0], target[1] - d * 0.85, target[2] - d * 0.5] };
    }
    case 'feet': {
      const c = mid(
        lm(input, 'l-ankle-centre', [0.1, 0.08, 0]),
        lm(input, 'r-ankle-centre', [-0.1, 0.08, 0]),
      );
      const target: Vec3 = [c[0], c[1] * 0.6, c[2] + 0.05];
      const d = fitDistance(input, h * 0.16, h * 0.3);
      return { target, position: [target[0], target[1] + d * 0.55, target[2] + d * 0.85] };
    }
  }
}
