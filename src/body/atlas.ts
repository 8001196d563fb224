/**
 * Region atlas: assigns every skin vertex an index into data/regions.json `regions`.
 * (First version: nearest landmark-derived anchor; refined rules follow.)
 */
import regionsFile from '../../data/regions.json' with { type: 'json' };
import type { LandmarkMap } from './landmarks.ts';
import type { Skeleton } from './skeleton.ts';

export const REGION_IDS: string[] = regionsFile.regions.map((r) => r.id);

export function assignRegions(
  positions: Float32Array,
  _normals: Float32Array,
  lms: LandmarkMap,
  _sk: Skeleton,
): Uint16Array {
  const ids = Object.keys(lms);
  const idx = new Map(REGION_IDS.map((r, i) => [r, i]));
  const anchors = ids.map((id) => {
    const key = id.replace(/^[lr]-/, '');
    const side = id.startsWith('r-') ? 'r-' : 'l-';
    const guess = idx.get(id) ?? idx.get(side + key) ?? idx.get(key) ?? 0;
    return { p: lms[id] as [number, number, number], r: guess };
  });
  const n = positions.length / 3;
  const out = new Uint16Array(n);
  for (let v = 0; v < n; v++) {
    let best = Infinity;
    let r = 0;
    for (const a of anchors) {
      const d =
        (positions[3 * v]! - a.p[0]) ** 2 +
        (positions[3 * v + 1]! - a.p[1]) ** 2 +
        (positions[3 * v + 2]! - a.p[2]) ** 2;
      if (d < best) {
        best = d;
        r = a.r;
      }
    }
    out[v] = r;
  }
  return out;
}
