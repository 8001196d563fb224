/**
 * The flat front and back outline of a body shape (for pages without WebGL and for print): each
 * skin region as one polygon per view, from the generated body (`assets/generated/outline-<shape>.json`).
 */
import type { BodyShape, Vec3 } from '../../domain/primitives.ts';

/** One view of the outline. Units: millimetres, x to the viewer's right, y down from the crown. */
export interface OutlineView {
  /** Polygons back to front (the nearest region is drawn last): region index, then x,y pairs. */
  readonly regions: readonly (readonly [number, readonly number[]])[];
}

export interface BodyOutline {
  readonly format: 'referral-atlas-outline';
  readonly shape: BodyShape;
  /** `regionListHash` of the region list the indices refer to. */
  readonly regionsHash: string;
  /** Size of each view's box, mm (x from 0 to width, y from 0 to height). */
  readonly width: number;
  readonly height: number;
  readonly front: OutlineView;
  readonly back: OutlineView;
  /**
   * Landmarks by id (as in the body asset) in the front view's frame: x and y in mm like the
   * front polygons, then how much the skin there faces the front view (the z of its normal, +1
   * front, −1 back). The back view mirrors x (`width - x`). Absent in outlines generated before
   * it was added.
   */
  readonly landmarks?: Readonly<Record<string, Vec3>>;
}
