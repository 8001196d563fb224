/**
 * What lies beneath a trigger point, measured on the model body: the needle line (entry on the
 * skin, direction), skin → trigger point depth, the first hazard structure the line meets, and
 * every structure within reach of the point with its distance from the point and from the entry.
 * Pure TypeScript over plain typed arrays (shared by the query CLI and the app's panel).
 * Positions in metres; reported distances in millimetres, rounded to 1 mm.
 */
import type { Vec3 } from '../math.ts';
import { HAZARD_STRUCTURES, DATA_KIND, type HazardKind } from './catalogue.ts';
import { needleDirection, type NeedleBasis } from './approach.ts';
import { closestOnTriangle, pointTriangleDist2, rayTriangle } from './geometry.ts';

export interface TriMesh {
  readonly positions: Float32Array;
  readonly indices: Uint32Array;
}

export interface HazardGeometry extends TriMesh {
  /** Structure index (HAZARD_STRUCTURES) per vertex. */
  readonly structure: Uint16Array;
}

export interface HazardDistance {
  readonly id: string;
  readonly name: string;
  readonly kind: HazardKind;
  /** The dataset hazard kind it stands for (lung, organ, artery, nerve). */
  readonly dataKind: string;
  /** Shortest distance from the trigger point to the structure's surface, mm. */
  readonly fromPointMm: number;
  /** Shortest distance from the needle's entry on the skin to the structure, mm. */
  readonly fromSkinMm: number;
}

export interface DepthReport {
  /** Needle entry point on the skin and unit direction into the body (metres, body frame). */
  readonly entry: Vec3;
  readonly direction: Vec3;
  readonly basis: NeedleBasis;
  readonly tangential: boolean;
  readonly skinToPointMm: number;
  /** First structure met along the needle line from the skin (within `alongLimit`), depth from skin. */
  readonly alongNeedle?: {
    readonly id: string;
    readonly name: string;
    readonly kind: HazardKind;
    readonly depthMm: number;
  };
  /** The structure nearest the trigger point in any direction (however far). */
  readonly nearest: HazardDistance;
  /** Every structure, nearest first. */
  readonly all: readonly HazardDistance[];
  /** Structures within `withinMm` of the trigger point, nearest first. */
  readonly nearby: readonly HazardDistance[];
}

export interface DepthOptions {
  /** Report structures within this distance of the trigger point, mm (default 40). */
  readonly withinMm?: number;
  /** Furthest depth along the needle to look for a structure, mm (default 120). */
  readonly alongMm?: number;
}

const mm = (m: number): number => Math.round(m * 1000);

function nearestSkin(skin: TriMesh, p: Vec3): Vec3 {
  const v = skin.positions;
  const ix = skin.indices;
  const q: [number, number, number] = [0, 0, 0];
  let best: Vec3 = [p[0], p[1], p[2]];
  let bestD = Infinity;
  for (let t = 0; t < ix.length; t += 3) {
    const a = 3 * (ix[t] as number);
    const b = 3 * (ix[t + 1] as number);
    const c = 3 * (ix[t + 2] as number);
    const d = closestOnTriangle(p[0], p[1], p[2], v, a, b, c, q);
    if (d < bestD) {
      bestD = d;
      best = [q[0], q[1], q[2]];
    }
  }
  return best;
}

/** Nearest hit of the ray (o, d) with the mesh, Infinity if none; `onHit` gets the triangle. */
function castRay(m: TriMesh, o: Vec3, d: Vec3, max: number): { t: number; tri: number } {
  const v = m.positions;
  const ix = m.indices;
  let best = max;
  let tri = -1;
  for (let t = 0; t < ix.length; t += 3) {
    const h = rayTriangle(
      o[0],
      o[1],
      o[2],
      d[0],
      d[1],
      d[2],
      v,
      3 * (ix[t] as number),
      3 * (ix[t + 1] as number),
      3 * (ix[t + 2] as number),
    );
    if (h < best) {
      best = h;
      tri = t;
    }
  }
  return { t: tri < 0 ? Infinity : best, tri };
}

/** Per structure: least distance from each of the points. */
function structureDistances(h: HazardGeometry, pts: readonly Vec3[]): Float64Array[] {
  const out = pts.map(() => new Float64Array(HAZARD_STRUCTURES.length).fill(Infinity));
  const v = h.positions;
  const ix = h.indices;
  for (let t = 0; t < ix.length; t += 3) {
    const s = h.structure[ix[t] as number] as number;
    const a = 3 * (ix[t] as number),
      b = 3 * (ix[t + 1] as number),
      c = 3 * (ix[t + 2] as number);
    pts.forEach((p, k) => {
      const row = out[k] as Float64Array;
      const d = pointTriangleDist2(p[0], p[1], p[2], v, a, b, c);
      if (d < (row[s] as number)) row[s] = d;
    });
  }
  return out.map((row) => row.map(Math.sqrt));
}

/** Measures what lies beneath the trigger point at `point` (metres, body frame). */
export function measureDepth(
  skin: TriMesh,
  hazards: HazardGeometry,
  point: Vec3,
  approach: string,
  o: DepthOptions = {},
): DepthReport {
  const near = nearestSkin(skin, point);
  const inward: Vec3 = [point[0] - near[0], point[1] - near[1], point[2] - near[2]];
  const needle = needleDirection(approach, inward, point[0]);
  const d = needle.dir;
  // Entry: where the line, followed back from the point, leaves the skin.
  const back = castRay(skin, point, [-d[0], -d[1], -d[2]], 0.3);
  const tBack = Number.isFinite(back.t) ? back.t : Math.hypot(...inward);
  const entry: Vec3 = [point[0] - d[0] * tBack, point[1] - d[1] * tBack, point[2] - d[2] * tBack];
  const hit = castRay(hazards, entry, d, (o.alongMm ?? 120) / 1000);
  const [fromPoint, fromSkin] = structureDistances(hazards, [point, entry]) as [
    Float64Array,
    Float64Array,
  ];
  const within = (o.withinMm ?? 40) / 1000;
  const all: HazardDistance[] = HAZARD_STRUCTURES.map((h, i) => {
    const dp = fromPoint[i] as number;
    return {
      id: h.id,
      name: h.name,
      kind: h.kind,
      dataKind: DATA_KIND[h.kind],
      fromPointMm: mm(dp),
      fromSkinMm: mm(fromSkin[i] as number),
    };
  });
  all.sort((a, b) => a.fromPointMm - b.fromPointMm || a.id.localeCompare(b.id));
  const nearby = all.filter((h) => h.fromPointMm <= within * 1000);
  const hs =
    hit.tri >= 0
      ? HAZARD_STRUCTURES[hazards.structure[hazards.indices[hit.tri] as number] as number]
      : undefined;
  return {
    entry,
    direction: d,
    basis: needle.basis,
    tangential: needle.tangential,
    skinToPointMm: mm(tBack),
    ...(hs ? { alongNeedle: { id: hs.id, name: hs.name, kind: hs.kind, depthMm: mm(hit.t) } } : {}),
    nearest: all[0] as HazardDistance,
    all,
    nearby,
  };
}
