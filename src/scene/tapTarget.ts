/**
 * Finds a screen point that a tap would resolve to a given region: a visible vertex near the
 * region's centre whose surroundings (± a few pixels) all hit the skin in that same region first,
 * among every pickable object. Used by the test probe, so tests click where a user could.
 */
import { Raycaster, Vector2, Vector3, type Camera, type Object3D } from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { regionAtFace } from './picking';

export interface TapTargetInput {
  readonly asset: BodyAsset;
  readonly camera: Camera;
  /** Objects a click can hit, e.g. the skin and the muscles. */
  readonly pickable: readonly Object3D[];
  readonly regionIndex: number;
  /** Canvas size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Margin in CSS pixels that must stay inside the region (default 3). */
  readonly marginPx?: number;
  /** Lowest normalised y (0…1, down) a point may have: the canvas above the phone's sheet (default 1). */
  readonly maxY?: number;
  /** Most vertices tried (default 150). */
  readonly tries?: number;
  /** Points (normalised device coordinates) where a tap does something else, e.g. on a ✕. */
  readonly avoid?: (x: number, y: number) => boolean;
}

const ray = new Raycaster();
const ndc = new Vector3();
const at = new Vector2();
const tmp = new Vector3();

/** Vertices of the region, nearest to the region's centroid first. */
function regionVertices(asset: BodyAsset, regionIndex: number): number[] {
  const p = asset.positions;
  const verts: number[] = [];
  const c = new Vector3();
  for (let v = 0; v < asset.regionIndex.length; v++) {
    if (asset.regionIndex[v] !== regionIndex) continue;
    verts.push(v);
    c.add(tmp.set(p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0));
  }
  c.divideScalar(Math.max(1, verts.length));
  const d = (v: number): number =>
    c.distanceToSquared(tmp.set(p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0));
  const dist = new Map(verts.map((v) => [v, d(v)]));
  return verts.sort((a, b) => (dist.get(a) ?? 0) - (dist.get(b) ?? 0));
}

/**
 * Region index of the skin a tap at normalised device coordinates (x, y in −1…1, y up) meets
 * first among the pickable objects, or −1 when it meets something else or nothing.
 */
export function regionUnder(
  input: Pick<TapTargetInput, 'asset' | 'camera' | 'pickable'>,
  x: number,
  y: number,
): number {
  ray.setFromCamera(at.set(x, y), input.camera);
  const hit = ray.intersectObjects([...input.pickable], false)[0];
  return hit?.face && hit.object.name === 'skin'
    ? regionAtFace(input.asset, hit.face, hit.point)
    : -1;
}

const hitsRegion = (input: TapTargetInput, x: number, y: number): boolean =>
  regionUnder(input, x, y) === input.regionIndex;

/** Normalised canvas coordinates (0…1, y down) of a safe tap point, or null when none is visible. */
export function findTapPoint(input: TapTargetInput): { x: number; y: number } | null {
  const p = input.asset.positions;
  const mx = (2 * (input.marginPx ?? 3)) / Math.max(1, input.width);
  const my = (2 * (input.marginPx ?? 3)) / Math.max(1, input.height);
  const offsets: [number, number][] = [
    [0, 0],
    [mx, 0],
    [-mx, 0],
    [0, my],
    [0, -my],
  ];
  for (const v of regionVertices(input.asset, input.regionIndex).slice(0, input.tries ?? 150)) {
    ndc.set(p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0).project(input.camera);
    if (Math.abs(ndc.x) > 0.96 || Math.abs(ndc.y) > 0.96) continue;
    if ((1 - ndc.y) / 2 > (input.maxY ?? 1) - my) continue;
    if (input.avoid?.(ndc.x, ndc.y)) continue;
    if (offsets.every(([dx, dy]) => hitsRegion(input, ndc.x + dx, ndc.y + dy))) {
      return { x: (ndc.x + 1) / 2, y: (1 - ndc.y) / 2 };
    }
  }
  return null;
}
