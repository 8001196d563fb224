/**
 * Block bookkeeping of the sparse surface nets: which B³-cell blocks of the grid contain the
 * surface, with their field samples and the primitives that matter in them. Metres.
 */
import type { SdfProgram } from '../sdf/core.ts';

export interface Grid {
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

export interface Block {
  bx: number;
  by: number;
  bz: number;
  vals: Float32Array;
  list: Int32Array;
}

/**
 * Blocks that contain the surface: seeded where the field at a block centre is near zero, then
 * grown across every block face on which the field changes sign (so under-estimated distances
 * cannot leave holes). Values at points shared between blocks are evaluated once and reused, so
 * neighbouring blocks always agree on signs.
 */
export function findBlocks(prog: SdfProgram, g: Grid): Block[] {
  const NBX = g.NX / g.B;
  const NBY = g.NY / g.B;
  const NBZ = g.NZ / g.B;
  const shared = new Map<number, number>();
  const seen = new Uint8Array(NBX * NBY * NBZ);
  const queue = seedBlocks(prog, g, seen);
  const out: Block[] = [];
  while (queue.length > 0) {
    const id = queue.pop() as number;
    const bx = id % NBX;
    const by = Math.floor(id / NBX) % NBY;
    const bz = Math.floor(id / (NBX * NBY));
    const r = evalBlock(prog, g, bx, by, bz, shared);
    if (!r) continue;
    out.push(r.block);
    const nb: [number, number, number][] = [
      [bx - 1, by, bz],
      [bx + 1, by, bz],
      [bx, by - 1, bz],
      [bx, by + 1, bz],
      [bx, by, bz - 1],
      [bx, by, bz + 1],
    ];
    nb.forEach(([x, y, z], f) => {
      if (!r.faceNeg[f] || !r.facePos[f]) return;
      if (x < 0 || y < 0 || z < 0 || x >= NBX || y >= NBY || z >= NBZ) return;
      const nid = x + NBX * (y + NBY * z);
      if (seen[nid]) return;
      seen[nid] = 1;
      queue.push(nid);
    });
  }
  return out;
}

/** Blocks whose centre value is within reach of the surface (marked in `seen`). */
function seedBlocks(prog: SdfProgram, g: Grid, seen: Uint8Array): number[] {
  const { B, X, Y, Z, rBlock, h } = g;
  const NBX = g.NX / B;
  const NBY = g.NY / B;
  const queue: number[] = [];
  for (let bz = 0; bz < g.NZ / B; bz++) {
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
  return queue;
}

/**
 * Field samples of one block ((B+1)³ points; points on its faces are shared through `shared`),
 * or null if the block has no sign change. faceNeg/facePos flag signs seen on each face.
 */
function evalBlock(
  prog: SdfProgram,
  g: Grid,
  bx: number,
  by: number,
  bz: number,
  shared: Map<number, number>,
) {
  const { B, X, Y, Z, rBlock, h } = g;
  const B1 = B + 1;
  const PX = g.NX + 1;
  const PY = g.NY + 1;
  const list = prog.cull(X(bx * B + B / 2), Y(by * B + B / 2), Z(bz * B + B / 2), rBlock, 2 * h);
  const vals = new Float32Array(B1 * B1 * B1);
  const faceNeg = new Uint8Array(6);
  const facePos = new Uint8Array(6);
  let neg = 0;
  let t = 0;
  for (let k = 0; k <= B; k++) {
    const gk = bz * B + k;
    for (let j = 0; j <= B; j++) {
      const gj = by * B + j;
      for (let i = 0; i <= B; i++) {
        const gi = bx * B + i;
        let v: number;
        if (i === 0 || j === 0 || k === 0 || i === B || j === B || k === B) {
          const key = gi + PX * (gj + PY * gk);
          const c = shared.get(key);
          v = c ?? prog.eval(X(gi), Y(gj), Z(gk), list);
          if (c === undefined) shared.set(key, v);
          const faces = [i === 0, i === B, j === 0, j === B, k === 0, k === B];
          for (let f = 0; f < 6; f++) {
            if (faces[f]) (v < 0 ? faceNeg : facePos)[f] = 1;
          }
        } else v = prog.eval(X(gi), Y(gj), Z(gk), list);
        if (v < 0) neg++;
        vals[t++] = v;
      }
    }
  }
  if (neg === 0 || neg === vals.length) return null;
  return { block: { bx, by, bz, vals, list }, faceNeg, facePos };
}
