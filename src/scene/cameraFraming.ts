/**
 * Where the camera goes to show a referral pattern and its trigger point(s): the direction the
 * pattern faces (mean outward skin normal of the zone, plus the skin normal nearest each trigger
 * point) and the distance at which their bounding sphere fits the visible part of the canvas.
 * Body frame, metres: +Y up, +X body's left, +Z anterior.
 */
import { Box3, Vector3 } from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';
import type { FrameInset } from '../state/store';
import type { CameraPose, Vec3 } from './viewPresets';

export interface FramingInput {
  /** Skin vertices of the pattern's zone (essential, else spillover). */
  readonly zone: readonly number[];
  /** Trigger point positions, m. */
  readonly points: readonly Vec3[];
  /** Vertical field of view, degrees. */
  readonly fov: number;
  /** Canvas width / height. */
  readonly aspect: number;
  /** Canvas parts covered by other UI (the framed sphere stays in the rest). */
  readonly inset: FrameInset;
  /** Current viewing direction (target → camera), used when the pattern faces every way. */
  readonly fallback: Vec3;
  /** Smallest framed radius, m (default 0.15: about a hand and a half). */
  readonly minRadius?: number;
}

const norm = (v: Vec3): Vec3 => {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
};

/** Skin vertex indices whose region is in `regions` (indices into data/regions.json). */
export function zoneVertices(asset: BodyAsset, regions: ReadonlySet<number>): number[] {
  // A lookup table by region index: one array read per vertex instead of a Set lookup.
  let top = 0;
  for (const r of regions) top = Math.max(top, r);
  const inZone = new Uint8Array(top + 1);
  for (const r of regions) if (r >= 0) inZone[r] = 1;
  const out: number[] = [];
  const ri = asset.regionIndex;
  for (let i = 0; i < ri.length; i++) if (inZone[ri[i] as number] === 1) out.push(i);
  return out;
}

/** Outward skin normal at the skin vertex nearest to `p`. */
export function nearestSkinNormal(asset: BodyAsset, p: Vec3): Vec3 {
  const pos = asset.positions;
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < pos.length; i += 3) {
    const d =
      ((pos[i] as number) - p[0]) ** 2 +
      ((pos[i + 1] as number) - p[1]) ** 2 +
      ((pos[i + 2] as number) - p[2]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  const n = asset.normals;
  return [n[best] as number, n[best + 1] as number, n[best + 2] as number];
}

/** Mean outward normal of the zone, plus the skin normal nearest each point; unnormalised. */
function facing(asset: BodyAsset, f: FramingInput): Vec3 {
  const n = asset.normals;
  let zx = 0;
  let zy = 0;
  let zz = 0;
  for (const i of f.zone) {
    zx += n[3 * i] as number;
    zy += n[3 * i + 1] as number;
    zz += n[3 * i + 2] as number;
  }
  let dir: Vec3 = f.zone.length > 0 ? norm([zx, zy, zz]) : [0, 0, 0];
  for (const q of f.points) {
    const [x, y, z] = nearestSkinNormal(asset, q);
    dir = [dir[0] + x, dir[1] + y, dir[2] + z];
  }
  return dir;
}

/** The pose that frames the zone and the points, facing them. */
export function framePattern(asset: BodyAsset, f: FramingInput): CameraPose {
  const p = asset.positions;
  const dir = facing(asset, f);
  let d = Math.hypot(...dir) > 0.3 ? norm(dir) : norm(f.fallback);
  // Keep the camera within about 20° of the horizon: the body is read upright.
  const h = Math.hypot(d[0], d[2]) || 1;
  const tilt = Math.max(-0.36, Math.min(0.36, d[1]));
  d = norm([
    (d[0] / h) * Math.sqrt(1 - tilt * tilt),
    tilt,
    (d[2] / h) * Math.sqrt(1 - tilt * tilt),
  ]);
  // Bounds of the points and the zone, grown in place (one scratch vector, no per-vertex arrays).
  const box = new Box3();
  const at = new Vector3();
  for (const q of f.points) box.expandByPoint(at.set(q[0], q[1], q[2]));
  for (const i of f.zone) box.expandByPoint(at.fromArray(p, 3 * i));
  const { x: cx, y: cy, z: cz } = box.getCenter(at);
  const centre: Vec3 = [cx, cy, cz];
  let r2 = (f.minRadius ?? 0.15) ** 2;
  for (const q of f.points)
    r2 = Math.max(r2, (q[0] - cx) ** 2 + (q[1] - cy) ** 2 + (q[2] - cz) ** 2);
  for (const i of f.zone) {
    const dx = (p[3 * i] as number) - cx;
    const dy = (p[3 * i + 1] as number) - cy;
    const dz = (p[3 * i + 2] as number) - cz;
    r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
  }
  return fitSphere(centre, Math.sqrt(r2) * 1.3, d, f);
}

/** Camera pose looking along −`dir` at a sphere, fitted into the visible part of the canvas. */
export function fitSphere(
  centre: Vec3,
  radius: number,
  dir: Vec3,
  f: Pick<FramingInput, 'fov' | 'aspect' | 'inset'>,
): CameraPose {
  const tanY = Math.tan((f.fov * Math.PI) / 360);
  const tanX = tanY * f.aspect;
  const visY = Math.max(0.2, 1 - f.inset.top - f.inset.bottom);
  const visX = Math.max(0.2, 1 - f.inset.left - f.inset.right);
  const tanFit = Math.min(tanY * visY, tanX * visX);
  const dist = radius / Math.sin(Math.atan(tanFit));
  // Screen axes of a camera looking along −dir with +Y up.
  const right = norm([dir[2], 0, -dir[0]]);
  const up: Vec3 = [
    dir[1] * right[2] - dir[2] * right[1],
    dir[2] * right[0] - dir[0] * right[2],
    dir[0] * right[1] - dir[1] * right[0],
  ];
  // Centre of the visible part in normalised device coordinates; shift the view so the sphere sits there.
  const cx = f.inset.left - f.inset.right;
  const cy = f.inset.bottom - f.inset.top;
  const sx = -cx * dist * tanX;
  const sy = -cy * dist * tanY;
  const shift = (c: number): number => sx * (right[c] as number) + sy * (up[c] as number);
  const target: Vec3 = [centre[0] + shift(0), centre[1] + shift(1), centre[2] + shift(2)];
  return {
    target,
    position: [target[0] + dir[0] * dist, target[1] + dir[1] * dist, target[2] + dir[2] * dist],
  };
}
