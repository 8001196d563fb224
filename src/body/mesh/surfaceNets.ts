/**
 * Sparse surface nets. The bounding box is split into blocks of B³ cells; a block is meshed
 * only when the field at its centre is within reach of the surface, and then only with the
 * primitives that can matter there. Grid planes sit at x = (i + ½)·h so the grid is mirror-
 * symmetric about x = 0 and vertices of the midline cells lie exactly on x = 0. Vertices are
 * pulled onto the zero level set by Newton steps along the field gradient. Metres.
 */
import type { SdfProgram } from '../sdf/core.ts';

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

interface Grid {
  B: number;
  NX: number;
  NY: number;
  NZ: number;
  X: (i: number) => number;
  Y: (j: number) => number;
  Z: (k: number) => number;
  rBlock: number;
  h: number;
}

interface Block {
  bx: number;
  by: number;
  bz: number;
  vals: Float32Array;
  list: Int32Array;
}

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
  const blocks = findBlocks(prog, { B, NX, NY, NZ, X, Y, Z, rBlock, h });
  const B1 = B + 1;
  const cellKey = (i: number, j: number, k: number) => i + NX * (j + NY * k);
  const cellVert = new Map<number, number>();
  const pos: number[] = [];
  const corner = new Float64Array(8);
  for (const b of blocks) {
    const { vals } = b;
    for (let k = 0; k < B; k++) {
      for (let j = 0; j < B; j++) {
        for (let i = 0; i < B; i++) {
          let mask = 0;
          for (let c = 0; c < 8; c++) {
            const v = vals[
              i + (c & 1) + B1 * (j + ((c >> 1) & 1) + B1 * (k + ((c >> 2) & 1)))
            ] as number;
            corner[c] = v;
            if (v < 0) mask |= 1 << c;
          }
          if (mask === 0 || mask === 255) continue;
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
          const gi = b.bx * B + i;
          const gj = b.by * B + j;
          const gk = b.bz * B + k;
          let px = X(gi) + (sx / cnt) * h;
          if (gi === nxHalf - 1) px = 0;
          cellVert.set(cellKey(gi, gj, gk), pos.length / 3);
          const p = project(prog, b.list, px, Y(gj) + (sy / cnt) * h, Z(gk) + (sz / cnt) * h, h);
          // Stay inside the cell so that no two vertices can coincide.
          const e = h * 0.02;
          const qx = Math.min(Math.max(p[0], X(gi) + e), X(gi) + h - e);
          const qy = Math.min(Math.max(p[1], Y(gj) + e), Y(gj) + h - e);
          const qz = Math.min(Math.max(p[2], Z(gk) + e), Z(gk) + h - e);
          pos.push(gi === nxHalf - 1 ? 0 : qx, qy, qz);
        }
      }
    }
  }
  const idx: number[] = [];
  const quad = (
    a: number | undefined,
    b: number | undefined,
    c: number | undefined,
    d: number | undefined,
    flip: boolean,
  ) => {
    if (a === undefined || b === undefined || c === undefined || d === undefined) return;
    const q = flip ? [a, d, c, b] : [a, b, c, d];
    const [q0, q1, q2, q3] = q as [number, number, number, number];
    const d02 = dist2(pos, q0, q2);
    const d13 = dist2(pos, q1, q3);
    if (d02 <= d13) idx.push(q0, q1, q2, q0, q2, q3);
    else idx.push(q0, q1, q3, q1, q2, q3);
  };
  for (const b of blocks) {
    const { vals } = b;
    for (let k = 0; k < B; k++) {
      for (let j = 0; j < B; j++) {
        for (let i = 0; i < B; i++) {
          const v0 = vals[i + B1 * (j + B1 * k)] as number;
          const gi = b.bx * B + i;
          const gj = b.by * B + j;
          const gk = b.bz * B + k;
          const vx = vals[i + 1 + B1 * (j + B1 * k)] as number;
          if (v0 < 0 !== vx < 0) {
            quad(
              cellVert.get(cellKey(gi, gj - 1, gk - 1)),
              cellVert.get(cellKey(gi, gj, gk - 1)),
              cellVert.get(cellKey(gi, gj, gk)),
              cellVert.get(cellKey(gi, gj - 1, gk)),
              v0 >= 0,
            );
          }
          const vy = vals[i + B1 * (j + 1 + B1 * k)] as number;
          if (v0 < 0 !== vy < 0) {
            quad(
              cellVert.get(cellKey(gi - 1, gj, gk - 1)),
              cellVert.get(cellKey(gi - 1, gj, gk)),
              cellVert.get(cellKey(gi, gj, gk)),
              cellVert.get(cellKey(gi, gj, gk - 1)),
              v0 >= 0,
            );
          }
          const vz = vals[i + B1 * (j + B1 * (k + 1))] as number;
          if (v0 < 0 !== vz < 0) {
            quad(
              cellVert.get(cellKey(gi - 1, gj - 1, gk)),
              cellVert.get(cellKey(gi, gj - 1, gk)),
              cellVert.get(cellKey(gi, gj, gk)),
              cellVert.get(cellKey(gi - 1, gj, gk)),
              v0 >= 0,
            );
          }
        }
      }
    }
  }
  return { positions: Float32Array.from(pos), indices: Uint32Array.from(idx) };
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

/**
 * Blocks that contain the surface: seeded where the field at a block centre is near zero, then
 * grown across every block face on which the field changes sign (so under-estimated distances
 * cannot leave holes). Values at points shared between blocks are evaluated once and reused, so
 * neighbouring blocks always agree on signs.
 */
function findBlocks(prog: SdfProgram, g: Grid): Block[] {
  const { B, X, Y, Z, rBlock, h } = g;
  const NBX = g.NX / B;
  const NBY = g.NY / B;
  const NBZ = g.NZ / B;
  const B1 = B + 1;
  const PX = g.NX + 1;
  const PY = g.NY + 1;
  const shared = new Map<number, number>();
  const seen = new Uint8Array(NBX * NBY * NBZ);
  const queue: number[] = [];
  for (let bz = 0; bz < NBZ; bz++) {
    for (let by = 0; by < NBY; by++) {
      for (let bx = 0; bx < NBX; bx++) {
        const cx = X(bx * B + B / 2);
        const cy = Y(by * B + B / 2);
        const cz = Z(bz * B + B / 2);
        const list = prog.cull(cx, cy, cz, rBlock * 1.5, 2 * h);
        if (list.length === 0) continue;
        if (Math.abs(prog.eval(cx, cy, cz, list)) > rBlock * 1.5 + 2 * h) continue;
        const id = bx + NBX * (by + NBY * bz);
        seen[id] = 1;
        queue.push(id);
      }
    }
  }
  const out: Block[] = [];
  while (queue.length > 0) {
    const id = queue.pop() as number;
    const bx = id % NBX;
    const by = Math.floor(id / NBX) % NBY;
    const bz = Math.floor(id / (NBX * NBY));
    const list = prog.cull(X(bx * B + B / 2), Y(by * B + B / 2), Z(bz * B + B / 2), rBlock, 2 * h);
    const vals = new Float32Array(B1 * B1 * B1);
    const faceNeg = new Uint8Array(6);
    const facePos = new Uint8Array(6);
    let t = 0;
    for (let k = 0; k <= B; k++) {
      const gk = bz * B + k;
      for (let j = 0; j <= B; j++) {
        const gj = by * B + j;
        for (let i = 0; i <= B; i++) {
          const gi = bx * B + i;
          const onFace = i === 0 || j === 0 || k === 0 || i === B || j === B || k === B;
          let v: number;
          if (onFace) {
            const key = gi + PX * (gj + PY * gk);
            const c = shared.get(key);
            if (c === undefined) {
              v = prog.eval(X(gi), Y(gj), Z(gk), list);
              shared.set(key, v);
            } else v = c;
            const faces = [i === 0, i === B, j === 0, j === B, k === 0, k === B];
            for (let f = 0; f < 6; f++) {
              if (!faces[f]) continue;
              if (v < 0) faceNeg[f] = 1;
              else facePos[f] = 1;
            }
          } else v = prog.eval(X(gi), Y(gj), Z(gk), list);
          vals[t++] = v;
        }
      }
    }
    let pos = false;
    let neg = false;
    for (let q = 0; q < vals.length; q++) {
      if ((vals[q] as number) < 0) neg = true;
      else pos = true;
    }
    if (!(pos && neg)) continue;
    out.push({ bx, by, bz, vals, list });
    const nb: [number, number, number][] = [
      [bx - 1, by, bz],
      [bx + 1, by, bz],
      [bx, by - 1, bz],
      [bx, by + 1, bz],
      [bx, by, bz - 1],
      [bx, by, bz + 1],
    ];
    nb.forEach(([x, y, z], f) => {
      if (!faceNeg[f] || !facePos[f]) return;
      if (x < 0 || y < 0 || z < 0 || x >= NBX || y >= NBY || z >= NBZ) return;
      const nid = x + NBX * (y + NBY * z);
      if (seen[nid]) return;
      seen[nid] = 1;
      queue.push(nid);
    });
  }
  return out;
}
