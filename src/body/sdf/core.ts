/**
 * Signed-distance primitives and their smooth composition. Distances in metres, negative inside.
 * Every primitive is authored on the body's left half (+X) or on the midline; the field is
 * evaluated at |x| so the skin is an exact mirror image (see {@link SdfProgram.eval}).
 */
/** √(a² + b² [+ c²]) — Math.hypot is much slower in V8 hot loops. */
function hyp(a: number, b: number, c = 0): number {
  return Math.sqrt(a * a + b * b + c * c);
}

/**
 * Smooth |x| (C1): a parabola within ±MIDLINE_BLEND of the midline. Left-side primitives that
 * reach across the midline would otherwise leave a crease along x = 0.
 */
export const MIDLINE_BLEND = 0.006;
export function sabs(x: number): number {
  const a = Math.abs(x);
  return a >= MIDLINE_BLEND ? a : (a * a) / (2 * MIDLINE_BLEND) + MIDLINE_BLEND / 2;
}

export type SdfFn = (x: number, y: number, z: number) => number;

export interface Prim {
  /** Bounding sphere (centre, radius) of the primitive's negative region. */
  cx: number;
  cy: number;
  cz: number;
  br: number;
  /** Blend radius of the smooth union/subtraction with what came before, m. */
  k: number;
  /** 'add' = smooth union, 'sub' = smooth subtraction. */
  op: 'add' | 'sub';
  f: SdfFn;
  /** Optional tag (body part) for debugging and atlas hints. */
  tag?: string;
}

/** Polynomial smooth minimum (Quílez), blend width k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return a < b ? a : b;
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** Smooth maximum (used for subtraction: smax(a, -b)). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

/** An ordered list of primitives evaluated as a chain of smooth unions and subtractions. */
export class SdfProgram {
  readonly prims: Prim[] = [];

  add(p: Prim): this {
    this.prims.push(p);
    return this;
  }

  /** Indices of primitives that can affect the field within `radius` of (x,y,z) near the surface. */
  cull(x: number, y: number, z: number, radius: number, band: number): Int32Array {
    const ax = sabs(x);
    const out: number[] = [];
    // Walk backwards: an excluded primitive could only matter through the blends of primitives
    // applied after it, so its margin is its own blend plus the largest later included blend.
    let kAfter = 0;
    for (let i = this.prims.length - 1; i >= 0; i--) {
      const p = this.prims[i] as Prim;
      const dc = hyp(ax - p.cx, y - p.cy, z - p.cz) - p.br - radius;
      if (dc < band + p.k + kAfter) {
        out.push(i);
        if (p.k > kAfter) kAfter = p.k;
      }
    }
    out.reverse();
    return Int32Array.from(out);
  }

  /** Field value at a point using only the primitives in `list` (all if omitted). */
  eval(x: number, y: number, z: number, list?: Int32Array): number {
    const ax = sabs(x);
    let d = 1e3;
    const prims = this.prims;
    const n = list ? list.length : prims.length;
    for (let j = 0; j < n; j++) {
      const p = prims[list ? (list[j] as number) : j] as Prim;
      const di = p.f(ax, y, z);
      d = p.op === 'add' ? smin(d, di, p.k) : smax(d, -di, p.k);
    }
    return d;
  }
}

/**
 * The field of `prog` evaluated with cached per-cell lists of the primitives that can matter
 * there (`SdfProgram.cull` on cells of `cell` m, keyed by |x|); exact wherever |value| < `band` m
 * for exact distances. The lofts and the ellipsoid only bound their distance, so near them a
 * list can differ from the whole chain in the last bits unless the band leaves room.
 */
export function cachedField(
  prog: SdfProgram,
  cell: number,
  band: number,
): (x: number, y: number, z: number, list?: Int32Array) => number {
  const lists = new Map<number, Int32Array>();
  const r = (cell * Math.sqrt(3)) / 2;
  return (x, y, z, list) => {
    if (list) return prog.eval(x, y, z, list);
    const i = Math.floor(Math.abs(x) / cell);
    const j = Math.floor(y / cell) + 64;
    const k = Math.floor(z / cell) + 512;
    const key = i + 1024 * (j + 1024 * k);
    let l = lists.get(key);
    if (!l) {
      l = prog.cull((i + 0.5) * cell, (j - 64 + 0.5) * cell, (k - 512 + 0.5) * cell, r, band);
      lists.set(key, l);
    }
    return prog.eval(x, y, z, l);
  };
}

/**
 * A view of `base` for evaluations near its surface: the whole-field evaluation (no list) uses
 * {@link cachedField} instead of walking every primitive. The primitives are `base`'s own, as
 * they are when the view is made (add none to `base` afterwards); evaluations with a list walk
 * them unchanged. The skin's finishing and the whole skeleton field use it.
 */
export class NearSurfaceView extends SdfProgram {
  private readonly field: (x: number, y: number, z: number) => number;

  constructor(base: SdfProgram, cell: number, band: number) {
    super();
    this.prims.push(...base.prims);
    this.field = cachedField(base, cell, band);
  }

  override eval(x: number, y: number, z: number, list?: Int32Array): number {
    return list ? super.eval(x, y, z, list) : this.field(x, y, z);
  }
}
