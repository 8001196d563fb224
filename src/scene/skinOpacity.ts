/**
 * How opaque the skin is drawn (1 = opaque … 0 = invisible), from the store: each muscle layer
 * shows the skin fainter; a chosen muscle shows through slightly translucent skin, so its place is
 * visible under its pattern; the "what lies beneath" view keeps the skin at most 0.4. Read by the
 * skin alone, so a change re-renders the skin and not the whole scene.
 */
import { beneathShown, type AtlasState } from '../state/store';

/** Skin opacity per outermost layer. */
export const SKIN_OPACITY = {
  skin: 1,
  xray: 0.35,
  superficial: 0.22,
  intermediate: 0.15,
  deep: 0.1,
} as const;

/** Skin opacity over a chosen muscle at the skin layer. */
export const CHOSEN_SKIN_OPACITY = 0.78;

/** Skin opacity in the "what lies beneath" view, at most. */
export const BENEATH_SKIN_OPACITY = 0.4;

export type SkinOpacityInput = Pick<
  AtlasState,
  'layer' | 'muscle' | 'beneath' | 'mode' | 'triggerPoint'
>;

export function skinOpacity(s: SkinOpacityInput): number {
  if (beneathShown(s)) return Math.min(BENEATH_SKIN_OPACITY, SKIN_OPACITY[s.layer]);
  if (s.layer === 'skin' && s.muscle) return CHOSEN_SKIN_OPACITY;
  return SKIN_OPACITY[s.layer];
}
