/**
 * Frames the flat outline on what matters for a printed picture: the drawn and highlighted
 * regions and the trigger points, with a margin, at the 3D pictures' proportions, and the same
 * size (mirrored) in the front and back views so both print at one scale.
 */
import type { BodyOutline } from '../body/asset/outline';
import type { OutlineMarks } from './outlineSelection';

/** A rectangle on one outline view, mm. */
export interface OutlineBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Width over height of a framed picture (the 3D pictures are 560 × 1000 px). */
export const FRAME_ASPECT = 0.56;
/** Margin around the framed content, mm. */
const MARGIN = 80;
/** A frame is never shorter than this (mm): about head to hips, so the body stays recognisable. */
const MIN_HEIGHT = 760;

/** Bounds in the front view's frame (the back view mirrored into it) of `regions` and the marks. */
function bounds(outline: BodyOutline, regions: ReadonlySet<number>, marks?: OutlineMarks) {
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const add = (x: number, y: number): void => {
    [b.x0, b.x1, b.y0, b.y1] = [
      Math.min(b.x0, x),
      Math.max(b.x1, x),
      Math.min(b.y0, y),
      Math.max(b.y1, y),
    ];
  };
  for (const name of ['front', 'back'] as const) {
    const mirror = (x: number): number => (name === 'front' ? x : outline.width - x);
    for (const [r, pts] of outline[name].regions) {
      if (!regions.has(r)) continue;
      for (let k = 0; k + 1 < pts.length; k += 2)
        add(mirror(pts[k] as number), pts[k + 1] as number);
    }
    for (const [x, y] of marks?.[name] ?? []) add(mirror(x), y);
  }
  return Number.isFinite(b.x0) ? b : undefined;
}

/** Centres a span of `size` on `mid` inside [0, limit]. */
function place(mid: number, size: number, limit: number): number {
  return Math.min(Math.max(mid - size / 2, 0), Math.max(limit - size, 0));
}

/**
 * The framed box of each view, or undefined (show the whole body) when nothing is highlighted
 * or the frame would hold the whole body anyway.
 */
export function outlineFrame(
  outline: BodyOutline,
  regions: ReadonlySet<number>,
  marks?: OutlineMarks,
): { front: OutlineBox; back: OutlineBox } | undefined {
  const b = bounds(outline, regions, marks);
  if (!b) return undefined;
  let height = Math.max(b.y1 - b.y0 + 2 * MARGIN, MIN_HEIGHT);
  height = Math.max(height, (b.x1 - b.x0 + 2 * MARGIN) / FRAME_ASPECT);
  const width = height * FRAME_ASPECT;
  if (height >= outline.height || width >= outline.width) return undefined;
  const x = place((b.x0 + b.x1) / 2, width, outline.width);
  const y = place((b.y0 + b.y1) / 2, height, outline.height);
  return {
    front: { x, y, width, height },
    back: { x: outline.width - x - width, y, width, height },
  };
}
