/**
 * Scene colours per page colour scheme (`prefers-color-scheme`, kept in the store as `theme`):
 * the clear colour behind the body and the strength of the lights. On the dark page the
 * background is a deep blue-grey; the skin and the red/orange zones keep their colours, and the
 * hemisphere light is a little stronger so the body's silhouette stays clearly lit. The ground
 * colour (light from below, on the sides and undersides turned away from the key light) is the
 * same in both themes, so shaded skin is not darker on the dark page.
 */
import type { Theme } from '../state/store';

export interface SceneTheme {
  /** Canvas clear colour (sRGB hex). */
  readonly background: string;
  /** Multiplier on the light intensities. */
  readonly light: number;
  /** Ground colour of the hemisphere light. */
  readonly ground: string;
}

export const SCENE_THEMES: Readonly<Record<Theme, SceneTheme>> = {
  light: { background: '#f3f1ee', light: 1, ground: '#b9a89c' },
  dark: { background: '#1b1f27', light: 1.08, ground: '#b9a89c' },
};
