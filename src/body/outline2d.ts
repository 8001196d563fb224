/**
 * Flattens a generated body into its front and back outline: for each region, the convex hull of
 * its vertices that face the viewer, projected orthographically. Body frame in, millimetres out
 * (x to the viewer's right: the body's left in the front view, its right in the back view; y down
 * from the top of the head).
 */
import type { BodyOutline, OutlineView } from './asset/outline.ts';
import type { Vec3 } from '../domain/primitives.ts';
import type { BodyAsset } from './asset/bodyAsset.ts';

/** A vertex counts for a view when its normal points towards the viewer (sides count in both views). */
const FACING = 0;
/** Margin around the body in each view, mm. */
const MARGIN = 20;

type P = readonly [number, number];

/** Convex hull (monotone chain), counter-clockwise, without collinear points. */
export function convexHull(points: readonly P[]): P[] {
  const pts = [...new Map(points.map((p) => [`${p[0]},${p[1]}`, p])).values()].sort(
    (a, b) => a[0] - b[0] || a[1] - b[1],
  );
  if (pts.length < 3) return pts;
  const cross = (o: P, a: P, b: P): number =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: readonly P[]): P[] => {
    const h: P[] = [];
    for (const p of list) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, p) <= 0) h.pop();
      h.push(p);
    }
    h.pop();
    return h;
  };
  return [...half(pts), ...half([...pts].reverse())];
}

function flatten(asset: BodyAsset, sign: 1 | -1, box: { cx: number; top: number }): OutlineView {
  const n = asset.positions.length / 3;
  const byRegion = new Map<number, { pts: P[]; depth: number }>();
  for (let v = 0; v < n; v++) {
    if ((asset.normals[3 * v + 2] as number) * sign < FACING) continue;
    const r = asset.regionIndex[v] as number;
    const x = Math.round((sign * (asset.positions[3 * v] as number) + box.cx) * 1000);
    const y = Math.round((box.top - (asset.positions[3 * v + 1] as number)) * 1000);
    const entry = byRegion.get(r) ?? { pts: [], depth: 0 };
    entry.pts.push([x, y]);
    entry.depth += sign * (asset.positions[3 * v + 2] as number);
    byRegion.set(r, entry);
  }
  const regions = [...byRegion.entries()]
    .filter(([, e]) => e.pts.length >= 3)
    .map(([r, e]) => ({ r, depth: e.depth / e.pts.length, hull: convexHull(e.pts) }))
    .filter((e) => e.hull.length >= 3)
    .sort((a, b) => a.depth - b.depth || a.r - b.r)
    .map((e) => [e.r, e.hull.flat()] as const);
  return { regions };
}

/** Index of the vertex nearest to a point (body frame, m). */
function nearestVertex(positions: Float32Array, p: Vec3): number {
  let best = 0;
  let bestD = Infinity;
  for (let v = 0; v < positions.length / 3; v++) {
    const dx = (positions[3 * v] as number) - p[0];
    const dy = (positions[3 * v + 1] as number) - p[1];
    const dz = (positions[3 * v + 2] as number) - p[2];
    const d = dx * dx + dy * dy + dz * dz;
    if (d < bestD) [best, bestD] = [v, d];
  }
  return best;
}

/**
 * Landmarks projected into the front view (x, y in mm), with how much the skin there faces the
 * front: the z of the nearest vertex's normal (+1 facing the front view, −1 the back view).
 */
function flatLandmarks(
  asset: BodyAsset,
  box: { cx: number; top: number },
): Record<string, [number, number, number]> {
  const mm = (m: number): number => Math.round(m * 1000);
  const out: Record<string, [number, number, number]> = {};
  for (const [id, p] of Object.entries(asset.landmarks)) {
    const facing = asset.normals[3 * nearestVertex(asset.positions, p) + 2] as number;
    out[id] = [mm(p[0] + box.cx), mm(box.top - p[1]), Math.round(facing * 100) / 100];
  }
  return out;
}

/** The outline of a body asset (which must carry its `regionsHash`). */
export function bodyOutline(asset: BodyAsset): BodyOutline {
  let maxX = 0;
  let maxY = 0;
  for (let v = 0; v < asset.positions.length; v += 3) {
    maxX = Math.max(maxX, Math.abs(asset.positions[v] as number));
    maxY = Math.max(maxY, asset.positions[v + 1] as number);
  }
  const box = { cx: maxX + MARGIN / 1000, top: maxY + MARGIN / 1000 };
  return {
    format: 'referral-atlas-outline',
    shape: asset.shape,
    regionsHash: asset.regionsHash ?? '',
    width: Math.round(box.cx * 2000),
    height: Math.round((box.top + MARGIN / 1000) * 1000),
    front: flatten(asset, 1, box),
    back: flatten(asset, -1, box),
    landmarks: flatLandmarks(asset, box),
  };
}
