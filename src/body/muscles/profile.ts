/**
 * Default section and belly profiles per shape type, and the belly function along the fibres.
 * Sizes are metres for a 1.756 m body (scaled by stature). Figures are rounded from typical
 * adult muscle dimensions; per-muscle hints in `specs.ts` override them.
 */
import type { MuscleHint, MuscleLayer, MuscleShape } from './types.ts';

export interface ShapeProfile {
  /** Full belly thickness (m). */
  thickness: number;
  /** Belly width added to the attachment lines (m). */
  width: number;
  /** Tendinous fraction at the origin and insertion ends. */
  tendon: readonly [number, number];
  /** Position of the thickest part within the fleshy span (0…1). */
  peak: number;
  /** Section flatness, 1 = ellipse. */
  flat: number;
  /** Thickness and width of the tendons, as a fraction of the belly. */
  tendonFrac: number;
  /** Whether the ends are cord-like tendons (shaded pale) rather than fleshy attachments. */
  tendinous: boolean;
}

const SHAPES: Record<MuscleShape, ShapeProfile> = {
  fusiform: {
    tendinous: true,
    thickness: 0.026,
    width: 0.03,
    tendon: [0.12, 0.18],
    peak: 0.5,
    flat: 1,
    tendonFrac: 0.18,
  },
  pennate: {
    tendinous: true,
    thickness: 0.024,
    width: 0.034,
    tendon: [0.08, 0.16],
    peak: 0.48,
    flat: 0.9,
    tendonFrac: 0.16,
  },
  fan: {
    tendinous: false,
    thickness: 0.016,
    width: 0.012,
    tendon: [0.02, 0.1],
    peak: 0.62,
    flat: 0.7,
    tendonFrac: 0.25,
  },
  sheet: {
    tendinous: false,
    thickness: 0.008,
    width: 0.01,
    tendon: [0.03, 0.06],
    peak: 0.5,
    flat: 0.45,
    tendonFrac: 0.35,
  },
  strap: {
    tendinous: true,
    thickness: 0.011,
    width: 0.024,
    tendon: [0.05, 0.08],
    peak: 0.5,
    flat: 0.75,
    tendonFrac: 0.35,
  },
  small: {
    tendinous: false,
    thickness: 0.009,
    width: 0.012,
    tendon: [0.08, 0.1],
    peak: 0.5,
    flat: 0.85,
    tendonFrac: 0.3,
  },
};

/** Default depth of the outer surface under the skin (m) per layer, for 'shell' muscles. */
export const LAYER_DEPTH: Record<MuscleLayer, number> = {
  superficial: 0.0035,
  intermediate: 0.014,
  deep: 0.026,
};

export interface ResolvedProfile extends ShapeProfile {
  follow: 'shell' | 'free';
  depth: number;
}

/** Shape defaults merged with a muscle's hint, scaled to the body. */
export function resolveProfile(
  shape: MuscleShape,
  layer: MuscleLayer,
  hint: MuscleHint,
  scale: number,
): ResolvedProfile {
  const base = SHAPES[shape];
  return {
    thickness: (hint.thickness ?? base.thickness) * scale,
    width: (hint.width ?? base.width) * scale,
    tendon: hint.tendon ?? base.tendon,
    peak: hint.peak ?? base.peak,
    flat: hint.flat ?? base.flat,
    tendonFrac: base.tendonFrac,
    tendinous: base.tendinous,
    follow: hint.follow ?? (layer === 'deep' ? 'free' : 'shell'),
    depth: (hint.depth ?? LAYER_DEPTH[layer]) * scale,
  };
}

/**
 * Belly factor 0…1 at u: 0 over the tendons, rising smoothly to 1 at the peak. The peak is moved
 * by a power warp of the belly coordinate.
 */
export function belly(u: number, p: ShapeProfile): number {
  const [ta, tb] = p.tendon;
  const span = 1 - ta - tb;
  if (span <= 0) return 1;
  const x = (u - ta) / span;
  if (x <= 0 || x >= 1) return 0;
  const peak = Math.min(Math.max(p.peak, 0.25), 0.75);
  const k = Math.log(0.5) / Math.log(peak);
  return Math.pow(Math.sin(Math.PI * Math.pow(x, k)), 0.75);
}

/** Smooth blend from tendon to belly size. */
export const sized = (u: number, p: ShapeProfile, full: number): number =>
  full * (p.tendonFrac + (1 - p.tendonFrac) * belly(u, p));
