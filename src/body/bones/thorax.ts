/**
 * Thoracic cage: 12 ribs a side, each from its head beside the vertebral body over the transverse
 * process and around the chest wall at a set depth beneath the skin envelope (under the
 * intercostals' shell), the costal cartilages of ribs 1–10 to the sternum and the costal margin,
 * and the sternum (manubrium, body, xiphoid). Left half and midline; metres, body frame.
 */
import { type Vec3, add, lerp, norm, scale, smoothstep } from '../math.ts';
import type { Prim } from '../sdf/core.ts';
import { polyTube, roundBox, axesAlong, roundCone } from '../sdf/prims.ts';
import { type BoneCtx } from './kit.ts';

const FWD: Vec3 = [0, 0, 1];
const BACK: Vec3 = [0, 0, -1];

/** Mid-point between the front and back of the trunk on the midline at height y. */
function trunkCentre(c: BoneCtx, y: number): Vec3 {
  const f = c.underTrunk([0, y, c.sk.z0], FWD, 0)[2];
  const b = c.underTrunk([0, y, c.sk.z0], BACK, 0)[2];
  return [0, y, (f + b) / 2];
}

/** Depth of the rib's centre line beneath the skin envelope at angle θ (0 back, π front), m. */
function ribDepth(th: number, s: number): number {
  const t = smoothstep(0.5, 2.4, th);
  return (0.034 - 0.01 * t) * s;
}

/** Height of the sternal end of rib i (1–7), and of the costal margin for ribs 8–10. */
function sternalY(c: BoneCtx, i: number): number {
  const top = c.sk.spec.suprasternaleHeight - 0.024 * c.s;
  const xi = c.lm('xiphoid')[1] + 0.004 * c.s;
  return top + (xi - top) * Math.pow((Math.min(i, 7) - 1) / 6, 1.1);
}

/** Sternal z (centre of the bone) at height y. */
function sternumZ(c: BoneCtx, y: number): number {
  return c.under([0, y, c.sk.z0], FWD, 0.014 * c.s)[2];
}

/** Points of the bony part of rib i, from its head to the costochondral junction. */
function ribPath(c: BoneCtx, i: number, halfW: number): Vec3[] {
  const s = c.s;
  const yPost = (c.sk.spine[`t${i}`] as number) + 0.006 * s;
  const drop = (0.05 + 0.0075 * Math.min(i, 10)) * s;
  const thEnd =
    i <= 10 ? [2.1, 2.35, 2.45, 2.5, 2.5, 2.45, 2.4, 2.3, 2.2, 2.1][i - 1]! : i === 11 ? 1.9 : 1.55;
  const cap = halfW * ([0.4, 0.6, 0.75, 0.86, 0.93, 0.97][i - 1] ?? 1);
  const bodyZ = trunkCentre(c, yPost)[2];
  const back = c.under([0, yPost, c.sk.z0], BACK, 0)[2];
  const zBody = back + 0.074 * s;
  const pts: Vec3[] = [
    [0.018 * s, yPost + 0.004 * s, zBody - 0.004 * s],
    [0.042 * s, yPost + 0.002 * s, zBody - 0.026 * s],
  ];
  const th0 = 0.55;
  const n = 14;
  const ray: { o: Vec3; dir: Vec3; r: number }[] = [];
  for (let k = 0; k <= n; k++) {
    const th = th0 + ((thEnd - th0) * k) / n;
    const y = yPost - drop * Math.pow(k / n, 1.25);
    const o: Vec3 = [0, y, bodyZ * 0.5 + trunkCentre(c, y)[2] * 0.5];
    const dir: Vec3 = [Math.sin(th), 0, -Math.cos(th)];
    const p = c.underTrunk(o, dir, ribDepth(th, s));
    ray.push({ o, dir, r: Math.min(Math.hypot(p[0], p[2] - o[2]), cap / Math.max(dir[0], 0.05)) });
  }
  // Smooth the radii along the rib so that it curves evenly.
  ray.forEach((q, k) => {
    const a = ray[Math.max(k - 1, 0)] as (typeof ray)[number];
    const b = ray[Math.min(k + 1, n)] as (typeof ray)[number];
    pts.push(add(q.o, scale(q.dir, (a.r + 2 * q.r + b.r) / 4)));
  });
  return pts;
}

/** Costal cartilage from the end of rib i to the sternum (1–7) or the cartilage above (8–10). */
function cartilage(c: BoneCtx, i: number, end: Vec3): Vec3[] {
  const s = c.s;
  const y = i <= 7 ? sternalY(c, i) : sternalY(c, 7) - (i - 7) * 0.022 * s;
  const x = i <= 7 ? 0.014 * s : (0.03 + 0.022 * (i - 7)) * s;
  const z = i <= 7 ? sternumZ(c, y) : c.under([x, y, c.sk.z0], FWD, 0.024 * s)[2];
  const tgt: Vec3 = [x, y, z];
  const mid = lerp(end, tgt, 0.5);
  const m = c.under([0, mid[1], c.sk.z0], norm([mid[0], 0, 0.9]), 0.022 * s);
  return [end, lerp(mid, m, 0.5), tgt];
}

/** Ribs and costal cartilages of the left side. */
export function ribPrims(c: BoneCtx): Prim[] {
  const s = c.s;
  const halfW = c.sk.spec.chestBreadth / 2 - 0.03 * s;
  const out: Prim[] = [];
  for (let i = 1; i <= 12; i++) {
    const pts = ribPath(c, i, halfW);
    const r = (i === 1 ? 0.0065 : i >= 11 ? 0.0045 : 0.0056) * s;
    out.push(polyTube(pts, r, { k: 0.002, tag: `rib${i}` }));
    out.push(roundCone(pts[0] as Vec3, pts[1] as Vec3, r * 1.25, r, { k: 0.003 }));
    if (i <= 10) {
      const end = pts[pts.length - 1] as Vec3;
      out.push(polyTube(cartilage(c, i, end), r * 0.85, { k: 0.006, tag: 'cartilage' }));
    }
  }
  return out;
}

/** Manubrium, sternal body and xiphoid process as plates following the front of the chest. */
export function sternumPrims(c: BoneCtx): Prim[] {
  const s = c.s;
  const top = c.sk.spec.suprasternaleHeight - 0.006 * s;
  const angle = c.lm('sternal-angle')[1];
  const xi = c.lm('xiphoid')[1];
  const P = (y: number): Vec3 => [0, y, sternumZ(c, y)];
  const plate = (a: Vec3, b: Vec3, w: number, t: number): Prim => {
    const mid = lerp(a, b, 0.5);
    const len = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    const [u, v, wv] = axesAlong([b[0] - a[0], b[1] - a[1], b[2] - a[2]], [1, 0, 0]);
    return roundBox(mid, [w, t, len / 2 + t], t * 0.9, [u, v, wv], { k: 0.004 });
  };
  return [
    plate(P(top), P(angle), 0.026 * s, 0.0065 * s),
    plate(P(angle - 0.002), P(xi + 0.012 * s), 0.016 * s, 0.0055 * s),
    roundCone(P(xi + 0.012 * s), add(P(xi - 0.012 * s), [0, 0, -0.004]), 0.007 * s, 0.004 * s, {
      k: 0.004,
    }),
  ];
}
