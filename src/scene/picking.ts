/** Region lookup on the skin: which region a hit face belongs to, which regions a brush covers. */
import type { Face, Vector3 } from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';

/** Region index of the face vertex nearest to the hit point (metres, body frame). */
export function regionAtFace(asset: BodyAsset, face: Face, point: Vector3): number {
  const p = asset.positions;
  let best = -1;
  let bestD = Infinity;
  for (const v of [face.a, face.b, face.c]) {
    const dx = (p[v * 3] ?? 0) - point.x;
    const dy = (p[v * 3 + 1] ?? 0) - point.y;
    const dz = (p[v * 3 + 2] ?? 0) - point.z;
    const d = dx * dx + dy * dy + dz * dz;
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return best >= 0 ? (asset.regionIndex[best] ?? -1) : -1;
}

/** Distinct region indices of all skin vertices within `radius` metres of `centre`. */
export function regionsInSphere(asset: BodyAsset, centre: Vector3, radius: number): number[] {
  const p = asset.positions;
  const r2 = radius * radius;
  const found = new Set<number>();
  for (let v = 0, n = p.length / 3; v < n; v++) {
    const dx = (p[v * 3] ?? 0) - centre.x;
    const dy = (p[v * 3 + 1] ?? 0) - centre.y;
    const dz = (p[v * 3 + 2] ?? 0) - centre.z;
    if (dx * dx + dy * dy + dz * dz <= r2) found.add(asset.regionIndex[v] ?? -1);
  }
  found.delete(-1);
  return [...found];
}
