/**
 * Types of the muscle generator. Body frame: metres, +Y up, +X the body's LEFT, +Z anterior.
 * Every muscle is generated on the left side and mirrored to the right.
 */
import type { Vec3 } from '../math.ts';

export type MuscleLayer = 'superficial' | 'intermediate' | 'deep';
export type MuscleShape = 'fusiform' | 'pennate' | 'fan' | 'sheet' | 'strap' | 'small';

/** Layer order, outermost first; `layerIndex` values are stored per vertex. */
export const MUSCLE_LAYERS: readonly MuscleLayer[] = ['superficial', 'intermediate', 'deep'];

/**
 * A point given relative to landmarks: a landmark id, or a weighted blend of landmarks plus an
 * offset in metres (scaled by stature / 1.756 m), optionally pushed to a depth under the skin.
 */
export type PointSpec =
  | string
  | {
      /** Landmark id, or [id, weight] pairs (weights are normalised). */
      readonly lm: string | readonly (readonly [string, number])[];
      /** Offset (m, for a 1.756 m body) in the body frame, +X = lateral on the left side. */
      readonly off?: Vec3;
      /** If set, the point is moved along the skin normal to lie this far under the skin (m). */
      readonly depth?: number;
    };

/** Per-muscle shape hints (see `specs.ts`). Every field is optional; defaults come from the layer and shape. */
export interface MuscleHint {
  /** Ordered origin line (replaces the dataset's origin landmarks). */
  readonly origin?: readonly PointSpec[];
  /** Ordered insertion line (replaces the dataset's insertion landmarks). */
  readonly insertion?: readonly PointSpec[];
  /** Intermediate lines the fibres pass through, origin to insertion (each 1+ points). */
  readonly via?: readonly (readonly PointSpec[])[];
  /** Belly thickness (m, full, for a 1.756 m body). */
  readonly thickness?: number;
  /** Belly width added to the attachment lines (m). */
  readonly width?: number;
  /** Fraction of the length that is tendon at the origin and at the insertion end. */
  readonly tendon?: readonly [number, number];
  /**
   * How the muscle follows the body: 'shell' keeps its mid-surface at `depth` under the nearest
   * skin; 'free' leaves it where the attachments put it (only kept inside the skin).
   */
  readonly follow?: 'shell' | 'free';
  /** Depth under the skin of the muscle's outer surface (m), for 'shell'. */
  readonly depth?: number;
  /** Position of the thickest part within the fleshy span (0…1, default by shape). */
  readonly peak?: number;
  /** Flatness of the section: 1 = ellipse, lower = flatter plate with rounded edges. */
  readonly flat?: number;
  /** Preferred outward direction (body frame) when the skin normal is ambiguous. */
  readonly facing?: Vec3;
  /** Draw as a veil of separate fibres (thin sheets over other muscles); default false. */
  readonly veil?: boolean;
  /**
   * Separate bellies of one muscle (e.g. the two heads of gastrocnemius, the segments of rectus
   * abdominis between its tendinous intersections): each part is generated with the muscle's
   * hint overridden by the part's fields, and the parts are merged into the muscle's one mesh.
   */
  readonly parts?: readonly MuscleHint[];
  /** Rings along the muscle and points around it (resolution). */
  readonly rings?: number;
  readonly around?: number;
}

/** A generated closed triangle mesh of one muscle on one side. */
export interface MuscleMesh {
  readonly id: string;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  /** Per vertex: (fleshy 0 = tendon … 1 = belly, v across the muscle 0…1 and back). */
  readonly uvs: Float32Array;
  readonly indices: Uint32Array;
  /** Medial axis: centre of the belly at each ring (for trigger point placement). */
  readonly axis: readonly Vec3[];
  /** Half thickness of the muscle at each ring of the axis. */
  readonly axisHalf: readonly number[];
  /** Mid-surface sample points (xyz) inside the muscle and the half thickness at each. */
  readonly mid: Float32Array;
  readonly midHalf: Float32Array;
}

/** What the generator needs from the body: landmarks (left side) and the skin SDF. */
export interface BodyInput {
  /** Landmark position of the LEFT side for paired landmarks, or of the midline; undefined if unknown. */
  readonly landmark: (id: string) => Vec3 | undefined;
  /** Skin signed distance (m, negative inside). */
  readonly skin: (x: number, y: number, z: number) => number;
  /** Stature / 1.756 m. */
  readonly scale: number;
}

/** A muscle record as the generator reads it (a subset of the dataset's MuscleRecord). */
export interface MuscleSource {
  readonly id: string;
  readonly layer: MuscleLayer;
  readonly shape: MuscleShape;
  readonly origin: { readonly landmarks: readonly string[] };
  readonly insertion: { readonly landmarks: readonly string[] };
}
