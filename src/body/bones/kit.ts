/**
 * Shared tools of the bone generator: the placement context (skeleton, landmarks, muscle envelope
 * of the skin) and bone-specific SDF primitives (thick triangle plates, capped cylinders). Metres,
 * body frame (origin on the floor between the heels, +Y up, +X to the body's left, +Z anterior);
 * every primitive is authored on the left half (x ≥ 0) or on the midline.
 */
import { type Vec3, cross, dot, norm, sub } from '../math.ts';
import type { LandmarkMap } from '../landmarks/landmarks.ts';
import { snap } from '../landmarks/tools.ts';
import { type Prim, SdfProgram } from '../sdf/core.ts';
import type { PrimOpts } from '../sdf/prims.ts';
import type { Skeleton } from '../landmarks/skeleton.ts';

/** Everything the bone builders place bones from. */
export interface BoneCtx {
  sk: Skeleton;
  /** Generic scale: stature / 1.756 m. */
  s: number;
  /** Landmark (left side for paired ids, `l-` prefix optional). Throws if unknown. */
  lm: (id: string) => Vec3;
  /** Skin field without fat-only parts (the muscle envelope). */
  env: SdfProgram;
  /** Point on the line through p along dir, `depth` m beneath the envelope (outward = dir). */
  under: (p: Vec3, dir: Vec3, depth: number) => Vec3;
  /** As `under`, against the trunk alone (no arms): for the rib cage. */
  underTrunk: (p: Vec3, dir: Vec3, depth: number) => Vec3;
}

/** Skin parts that make up the trunk wall (the ribs follow it; arms and breasts excluded). */
const TRUNK_TAGS = new Set(['trunk', 'pectoral', 'scapula', 'spine', 'navel', 'clavicle']);

export function boneCtx(sk: Skeleton, lms: LandmarkMap, env: SdfProgram): BoneCtx {
  const trunk = new SdfProgram();
  for (const p of env.prims) if (TRUNK_TAGS.has(p.tag ?? '')) trunk.add(p);
  return {
    sk,
    s: sk.s,
    lm: (id) => {
      const p = lms[`l-${id}`] ?? lms[id];
      if (!p) throw new Error(`bones: unknown landmark ${id}`);
      return p;
    },
    env,
    under: (p, dir, depth) => snap(env, p, dir, depth),
    underTrunk: (p, dir, depth) => snap(trunk, p, dir, depth),
  };
}

function mk(c: Vec3, br: number, f: Prim['f'], o: PrimOpts): Prim {
  const p: Prim = { cx: c[0], cy: c[1], cz: c[2], br, k: o.k ?? 0, op: o.op ?? 'add', f };
  if (o.tag) p.tag = o.tag;
  return p;
}

const clamp01 = (t: number) => (t < 0 ? 0 : t > 1 ? 1 : t);

/** Triangle (a, b, c) thickened by r (Quílez udTriangle − r): blades, wings, plates. */
export function triPlate(a: Vec3, b: Vec3, c: Vec3, r: number, o: PrimOpts = {}): Prim {
  const ba = sub(b, a);
  const cb = sub(c, b);
  const ac = sub(a, c);
  const nor = cross(ba, ac);
  const n2 = dot(nor, nor);
  const e1 = cross(ba, nor);
  const e2 = cross(cb, nor);
  const e3 = cross(ac, nor);
  const l1 = 1 / dot(ba, ba);
  const l2 = 1 / dot(cb, cb);
  const l3 = 1 / dot(ac, ac);
  const cen: Vec3 = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3];
  const br = Math.max(...[a, b, c].map((p) => Math.hypot(...sub(p, cen)))) + r;
  const seg = (px: number, py: number, pz: number, e: Vec3, il: number) => {
    const t = clamp01((px * e[0] + py * e[1] + pz * e[2]) * il);
    const dx = e[0] * t - px;
    const dy = e[1] * t - py;
    const dz = e[2] * t - pz;
    return dx * dx + dy * dy + dz * dz;
  };
  return mk(
    cen,
    br,
    (x, y, z) => {
      const pax = x - a[0];
      const pay = y - a[1];
      const paz = z - a[2];
      const pbx = x - b[0];
      const pby = y - b[1];
      const pbz = z - b[2];
      const pcx = x - c[0];
      const pcy = y - c[1];
      const pcz = z - c[2];
      const s1 = Math.sign(e1[0] * pax + e1[1] * pay + e1[2] * paz);
      const s2 = Math.sign(e2[0] * pbx + e2[1] * pby + e2[2] * pbz);
      const s3 = Math.sign(e3[0] * pcx + e3[1] * pcy + e3[2] * pcz);
      let d2: number;
      if (s1 + s2 + s3 < 2) {
        d2 = Math.min(
          seg(pax, pay, paz, ba, l1),
          seg(pbx, pby, pbz, cb, l2),
          seg(pcx, pcy, pcz, ac, l3),
        );
      } else {
        const q = nor[0] * pax + nor[1] * pay + nor[2] * paz;
        d2 = (q * q) / n2;
      }
      return Math.sqrt(d2) - r;
    },
    o,
  );
}

/** Capped cylinder from a to b, radius r, edges rounded by e (≤ r): vertebral bodies, discs. */
export function cylinder(a: Vec3, b: Vec3, r: number, e: number, o: PrimOpts = {}): Prim {
  const ax = norm(sub(b, a));
  const h = Math.hypot(...sub(b, a)) / 2 - e;
  const c: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
  const rr = r - e;
  return mk(
    c,
    Math.hypot(h + e, r),
    (x, y, z) => {
      const px = x - c[0];
      const py = y - c[1];
      const pz = z - c[2];
      const t = px * ax[0] + py * ax[1] + pz * ax[2];
      const qx = px - ax[0] * t;
      const qy = py - ax[1] * t;
      const qz = pz - ax[2] * t;
      const dr = Math.sqrt(qx * qx + qy * qy + qz * qz) - rr;
      const dh = Math.abs(t) - h;
      const out = Math.hypot(Math.max(dr, 0), Math.max(dh, 0));
      return out + Math.min(Math.max(dr, dh), 0) - e;
    },
    o,
  );
}

/**
 * Keeps the bones `margin` m beneath the skin: an always-included subtraction of everything
 * outside the shrunken envelope (`field` is the envelope's signed distance).
 */
export function insideSkin(
  field: (x: number, y: number, z: number) => number,
  margin: number | ((y: number) => number),
): Prim {
  const m = typeof margin === 'number' ? () => margin : margin;
  return mk([0, 1, 0], 100, (x, y, z) => -field(x, y, z) - m(y), {
    op: 'sub',
    k: 0.0015,
    tag: 'skin-clip',
  });
}
