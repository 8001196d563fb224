/**
 * The scene's lights as data, for the R3F scene (`Lights.tsx`) and the first paint drawn before
 * React (`paintBody.ts`), so both light the body alike. Soft studio lighting: a warm key from the
 * front-left, a cool fill, a rim from behind, a faint bounce from below (soles). Positions in
 * metres, world frame (+Y up, +Z towards the front of the body); intensities in three.js units.
 */
import type { Vec3 } from '../domain/primitives';
import type { SceneTheme } from './sceneTheme';

export interface HemisphereSpec {
  readonly sky: string;
  readonly ground: string;
  readonly intensity: number;
}

export interface DirectionalSpec {
  readonly position: Vec3;
  readonly intensity: number;
  readonly color: string;
}

export interface LightRig {
  readonly hemisphere: HemisphereSpec;
  readonly directional: readonly DirectionalSpec[];
}

/** The lights for a scene theme (its light multiplier and ground colour). */
export function lightRig(theme: SceneTheme): LightRig {
  const k = theme.light;
  return {
    hemisphere: { sky: '#ffffff', ground: theme.ground, intensity: 1.1 * k },
    directional: [
      { position: [1.5, 3, 2.5], intensity: 1.6 * k, color: '#fff4e8' },
      { position: [-2, 1.5, 1.5], intensity: 0.55 * k, color: '#dfe8ff' },
      { position: [0, 2.5, -3], intensity: 0.9 * k, color: '#ffffff' },
      { position: [0.3, -2, 0.6], intensity: 0.45 * k, color: '#fff1e6' },
    ],
  };
}
