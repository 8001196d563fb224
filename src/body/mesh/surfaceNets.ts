/**
 * Sparse surface nets. The bounding box is split into blocks of B³ cells; a block is meshed
 * only when the field at its centre is within reach of the surface, and then only with the
 * primitives that can matter there. Grid planes sit at x = (i + ½)·h so the grid is mirror-
 * symmetric about x = 0 and vertices of the midline cells lie exactly on x = 0. Vertices are
 * pulled onto the zero level set by Newton steps along the field gradient. Metres.
 */
import type { SdfProgram } from '../sdf/core.ts';
import { type Block, type Grid, findBlocks } from './blocks.ts';

export interface NetsOptions {
  /** Cell size, m. */
  h: number;
  /** Half-width of the grid in x, and y/z ranges, m. */
  halfX: number;
  yRange: [number, number];
  zRange: [number, number];
  block?: number;
}

export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

const EDGES: [number, number][] = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
];

/** Mesh the zero level set of `prog` with surface nets. */
export function surfaceNets(prog: SdfProgram, o: NetsOptions): RawMesh {
  const B = o.block ?? 8;
  const h = o.h;
  const nxHalf = Math.ceil(o.halfX / h / B) * B;
  const NX = 2 * nxHalf;
  const NY = Math.ceil((o.yRange[1] - o.yRange[0]) / h / B) * B;
  const NZ = Math.ceil((o.zRange[1] - o.zRange[0]) / h / B) * B;
  const X = (i: number) => (i - nxHalf + 0.5) * h;
  const Y = (j: number) => o.yRange[0] + j * h;
  const Z = (k: number) => o.zRange[0] + k * h;
  const rBlock = (B * h * Math.sqrt(3)) / 2;
  const g: Grid = { B, NX, NY, NZ, X, Y, Z, rBlock, h };
  const blocks = findBlocks(prog, g);
  const { pos, cellVert } = placeVertices(prog, g, blocks, nxHalf);
  const idx = emitQuads(g, blocks, pos, cellVert);
  return { positions: Float32Array.from(pos), indices: Uint32Array.from(idx) };
}

const cellKeyOf = (g: Grid, i: number, j: number, k: number) => i + g.NX * (j + g.NY * k);

/** Mean of the sign-change crossings on the 12 edges of a cell (cell units), or null. */
function crossingMean(
  vals: Float32Array,
  i: number,
  j: number,
  k: number,
  B1: number,
  corner: Float64Array,
) {
  let mask = 0;
  for (let c = 0; c < 8; c++) {
    const v = vals[i + (c & 1) + B1 * (j + ((c >> 1) & 1) + B1 * (k + ((c >> 2) & 1)))] as number;
    corner[c] = v;
    if (v < 0) mask |= 1 << c;
  }
  if (mask === 0 || mask === 255) return null;
  let sx = 0;
  let sy = 0;
  let sz = 0;
  let cnt = 0;
  for (const [a, c] of EDGES) {
    const va = corner[a] as number;
    const vc = corner[c] as number;
    if (va < 0 === vc < 0) continue;
    const t = va / (va - vc);
    sx += (a & 1) + ((c & 1) - (a & 1)) * t;
    sy += ((a >> 1) & 1) + (((c >> 1) & 1) - ((a >> 1) & 1)) * t;
    sz += ((a >> 2) & 1) + (((c >> 2) & 1) - ((a >> 2) & 1)) * t;
    cnt++;
  }
  return [sx / cnt, sy / cnt, sz / cnt] as const;
}

/** One vertex per sign-changing cell, projected onto the surface and kept inside its cell. */
function placeVertices(prog: SdfProgram, g: Grid, blocks: Block[], nxHalf: number) {
  const { B, X, Y, Z, h } = g;
  const B1 = B + 1;
  const cellVert = new Map<number, number>();
  const pos: number[] = [];
  const corner = new Float64Array(8);
  const e = h * 0.02;
  for (const b of blocks) {
    for (let k = 0; k < B; k++) {
      for (let j = 0; j < B; j++) {
        for (let i = 0; i < B; i++) {
          const m = crossingMean(b.vals, i, j, k, B1, corner);
          if (!m) continue;
          const gi = b.bx * B + i;
          const gj = b.by * B + j;
          const gk = b.bz * B + k;
          const mid = gi === nxHalf - 1;
          cellVert.set(cellKeyOf(g, gi, gj, gk), pos.length / 3);
          const p = project(
            prog,
            b.list,
            mid ? 0 : X(gi) + m[0] * h,
            Y(gj) + m[1] * h,
            Z(gk) + m[2] * h,
            h,
          );
          // Stay inside the cell so that no two vertices can coincide.
          const qx = Math.min(Math.max(p[0], X(gi) + e), X(gi) + h - e);
          const qy = Math.min(Math.max(p[1], Y(gj) + e), Y(gj) + h - e);
          const qz = Math.min(Math.max(p[2], Z(gk) + e), Z(gk) + h - e);
          pos.push(mid ? 0 : qx, qy, qz);
        }
      }
    }
  }
  return { pos, cellVert };
}

/** A quad (two triangles, shorter diagonal) around every grid edge owned by a block that changes sign. */
function emitQuads(
  g: Grid,
  blocks: Block[],
  pos: number[],
  cellVert: Map<number, number>,
): number[] {
  const { B } = g;
  const B1 = B + 1;
  const idx: number[] = [];
  const cv = (i: number, j: number, k: number) => cellVert.get(cellKeyOf(g, i, j, k));
  const quad = (q: (number | undefined)[], flip: boolean) => {
    const [a, b, c, d] = q;
    if (a === undefined || b === undefined || c === undefined || d === undefined) return;
    const [q0, q1, q2, q3] = flip ? [a, d, c, b] : [a, b, c, d];
    if (dist2(pos, q0, q2) <= dist2(pos, q1, q3)) idx.push(q0, q1, q2, q0, q2, q3);
    else idx.push(q0, q1, q3, q1, q2, q3);
  };
  for (const b of blocks) {
    const v = b.vals;
    for (let k = 0; k < B; k++) {
      for (let j = 0; j < B; j++) {
        for (let i = 0; i < B; i++) {
          const v0 = v[i + B1 * (j + B1 * k)] as number;
          const gi = b.bx * B + i;
          const gj = b.by * B + j;
          const gk = b.bz * B + k;
          const out = v0 >= 0;
          if (out !== (v[i + 1 + B1 * (j + B1 * k)] as number) >= 0) {
            quad(
              [cv(gi, gj - 1, gk - 1), cv(gi, gj, gk - 1), cv(gi, gj, gk), cv(gi, gj - 1, gk)],
              out,
            );
          }
          if (out !== (v[i + B1 * (j + 1 + B1 * k)] as number) >= 0) {
            quad(
              [cv(gi - 1, gj, gk - 1), cv(gi - 1, gj, gk), cv(gi, gj, gk), cv(gi, gj, gk - 1)],
              out,
            );
          }
          if (out !== (v[i + B1 * (j + B1 * (k + 1))] as number) >= 0) {
            quad(
              [cv(gi - 1, gj - 1, gk), cv(gi, gj - 1, gk), cv(gi, gj, gk), cv(gi - 1, gj, gk)],
              out,
            );
          }
        }
      }
    }
  }
  return idx;
}

function dist2(p: number[], a: number, b: number): number {
  const dx = (p[3 * a] as number) - (p[3 * b] as number);
  const dy = (p[3 * a + 1] as number) - (p[3 * b + 1] as number);
  const dz = (p[3 * a + 2] as number) - (p[3 * b + 2] as number);
  return dx * dx + dy * dy + dz * dz;
}

const scratch: [number, number, number] = [0, 0, 0];

/** Newton steps towards the zero level set along the numerical gradient; step ≤ h/2 each. */
function project(
  prog: SdfProgram,
  list: Int32Array,
  x: number,
  y: number,
  z: number,
  h: number,
): [number, number, number] {
  const e = h * 0.05;
  for (let it = 0; it < 2; it++) {
    const d = prog.eval(x, y, z, list);
    if (Math.abs(d) < 1e-6) break;
    const gx = (prog.eval(x + e, y, z, list) - d) / e;
    const gy = (prog.eval(x, y + e, z, list) - d) / e;
    const gz = (prog.eval(x, y, z + e, list) - d) / e;
    const g2 = gx * gx + gy * gy + gz * gz;
    if (g2 < 1e-8) break;
    let s = d / g2;
    const step = Math.abs(s) * Math.sqrt(g2);
    if (step > h * 0.5) s *= (h * 0.5) / step;
    x -= s * gx;
    y -= s * gy;
    z -= s * gz;
  }
  scratch[0] = x;
  scratch[1] = y;
  scratch[2] = z;
  return scratch;
}
