/**
 * Framing of the handout pictures: the front or back view closes in on the marked part of the
 * body (the drawing and the chosen pattern) so the zones are large on paper, while keeping at
 * least a set share of the body in view for context. Metres, body frame (+Y up, +X the body's
 * left, +Z anterior); the camera stays on the midline, looking straight at the front or back.
 */
import { cameraPose, type CameraPose, type PoseInput } from './viewPresets';

export interface MarkedBounds {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** Smallest share of the stature a picture shows, so a small zone still sits in its body. */
export const MIN_HEIGHT_FRACTION = 0.5;
/** Margin around the marked part, as a share of its framed height. */
const MARGIN = 0.12;

/**
 * Bounds of the skin vertices whose region is marked (`marked(regionIndex)`), or undefined when
 * nothing is. `positions` holds xyz per vertex, `regionIndex` one region per vertex.
 */
export function markedBounds(
  positions: Float32Array,
  regionIndex: Uint16Array,
  marked: (region: number) => boolean,
): MarkedBounds | undefined {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let v = 0; v < regionIndex.length; v++) {
    if (!marked(regionIndex[v] ?? 0)) continue;
    const x = positions[3 * v] ?? 0;
    const y = positions[3 * v + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return minX <= maxX ? { minX, maxX, minY, maxY } : undefined;
}

/** Camera for a handout picture: the preset for the whole body, or closed in on the marks. */
export function snapshotPose(
  view: 'front' | 'back',
  bounds: MarkedBounds | undefined,
  input: PoseInput,
): CameraPose {
  const full = cameraPose(view, input);
  if (!bounds) return full;
  const h = input.stature;
  const height = Math.min(
    h * 1.04,
    Math.max((bounds.maxY - bounds.minY) * (1 + 2 * MARGIN), h * MIN_HEIGHT_FRACTION),
  );
  const halfWidth = Math.max(Math.abs(bounds.minX), Math.abs(bounds.maxX)) * (1 + MARGIN);
  // Keep the frame on the body: never above the crown nor below the soles.
  const lo = -0.02 * h;
  const hi = 1.02 * h;
  const mid = (bounds.minY + bounds.maxY) / 2;
  const cy = Math.min(hi - height / 2, Math.max(lo + height / 2, mid));
  const t = Math.tan(((input.fov / 2) * Math.PI) / 180);
  const dist = Math.max(height / (2 * t), (2 * halfWidth) / (2 * t * input.aspect));
  const fullDist = Math.abs(full.position[2]);
  const d = Math.min(dist, fullDist);
  if (d >= fullDist) return full;
  return {
    target: [0, cy, 0],
    position: [0, cy, view === 'front' ? d : -d],
  };
}

/** `bounds` grown to take in extra points (xyz triples, e.g. the ✕ trigger point markers). */
export function includePoints(
  bounds: MarkedBounds | undefined,
  points: ArrayLike<number>,
  count: number,
): MarkedBounds | undefined {
  let b = bounds;
  for (let i = 0; i < count; i++) {
    const x = points[3 * i] ?? 0;
    const y = points[3 * i + 1] ?? 0;
    b = b
      ? {
          minX: Math.min(b.minX, x),
          maxX: Math.max(b.maxX, x),
          minY: Math.min(b.minY, y),
          maxY: Math.max(b.maxY, y),
        }
      : { minX: x, maxX: x, minY: y, maxY: y };
  }
  return b;
}
