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
  // The samples of every block evaluated so far (also those without the surface), by block id.
  const evaluated = new Map<number, Float32Array>();
  const seen = new Uint8Array(NBX * NBY * NBZ);
  const queue = seedBlocks(prog, g, seen);
  const out: Block[] = [];
  while (queue.length > 0) {
    const id = queue.pop() as number;
    const bx = id % NBX;
    const by = Math.floor(id / NBX) % NBY;
    const bz = Math.floor(id / (NBX * NBY));
    const r = evalBlock(prog, g, bx, by, bz, evaluated);
    if (!r) continue;
    out.push(r.block);
    for (let f = 0; f < 6; f++) {
      if (!(r.faceNeg & r.facePos & (1 << f))) continue;
      const axis = f >> 1;
      const step = f & 1 ? 1 : -1;
      const x = bx + (axis === 0 ? step : 0);
      const y = by + (axis === 1 ? step : 0);
      const z = bz + (axis === 2 ? step : 0);
      if (x < 0 || y < 0 || z < 0 || x >= NBX || y >= NBY || z >= NBZ) continue;
      const nid = x + NBX * (y + NBY * z);
      if (seen[nid]) continue;
      seen[nid] = 1;
      queue.push(nid);
    }
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
 * The samples of the up to 26 evaluated blocks around (bx, by, bz), indexed
 * (dx + 1) + 3·(dy + 1) + 9·(dz + 1); null where a block is outside the grid or not evaluated.
 */
function neighbourSamples(
  g: Grid,
  bx: number,
  by: number,
  bz: number,
  evaluated: Map<number, Float32Array>,
): (Float32Array | null)[] {
  const NBX = g.NX / g.B;
  const NBY = g.NY / g.B;
  const NBZ = g.NZ / g.B;
  const out: (Float32Array | null)[] = new Array<Float32Array | null>(27).fill(null);
  for (let dz = -1; dz <= 1; dz++) {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const x = bx + dx;
        const y = by + dy;
        const z = bz + dz;
        if (x < 0 || y < 0 || z < 0 || x >= NBX || y >= NBY || z >= NBZ) continue;
        out[dx + 1 + 3 * (dy + 1) + 9 * (dz + 1)] = evaluated.get(x + NBX * (y + NBY * z)) ?? null;
      }
    }
  }
  return out;
}

/**
 * The sample at local point (i, j, k) on the boundary of a block as an evaluated neighbour holds
 * it (any of them: each took it from the first block that evaluated it), or undefined.
 */
function sharedSample(
  near: (Float32Array | null)[],
  B: number,
  i: number,
  j: number,
  k: number,
): number | undefined {
  const B1 = B + 1;
  // Per axis: the neighbour offsets that hold the point (0 always; −1 or +1 on a face).
  const xs = i === 0 ? -1 : i === B ? 1 : 0;
  const ys = j === 0 ? -1 : j === B ? 1 : 0;
  const zs = k === 0 ? -1 : k === B ? 1 : 0;
  for (let c = 1; c < 8; c++) {
    const dx = c & 1 ? xs : 0;
    const dy = c & 2 ? ys : 0;
    const dz = c & 4 ? zs : 0;
    // Skip offsets that repeat a smaller c (an axis without a face contributes nothing).
    if ((c & 1 && xs === 0) || (c & 2 && ys === 0) || (c & 4 && zs === 0)) continue;
    const vals = near[dx + 1 + 3 * (dy + 1) + 9 * (dz + 1)];
    if (vals) return vals[i - dx * B + B1 * (j - dy * B + B1 * (k - dz * B))] as number;
  }
  return undefined;
}

/**
 * Field samples of one block ((B+1)³ points; points on its faces are shared with the evaluated
 * neighbours in `evaluated`, which it joins), or null if the block has no sign change.
 * faceNeg/facePos: bit f set when a sign was seen on face f (−x, +x, −y, +y, −z, +z).
 */
function evalBlock(
  prog: SdfProgram,
  g: Grid,
  bx: number,
  by: number,
  bz: number,
  evaluated: Map<number, Float32Array>,
) {
  const { B, X, Y, Z, rBlock, h } = g;
  const B1 = B + 1;
  const list = prog.cull(X(bx * B + B / 2), Y(by * B + B / 2), Z(bz * B + B / 2), rBlock, 2 * h);
  const vals = new Float32Array(B1 * B1 * B1);
  const near = neighbourSamples(g, bx, by, bz, evaluated);
  let faceNeg = 0;
  let facePos = 0;
  let neg = 0;
  let t = 0;
  for (let k = 0; k <= B; k++) {
    const z = Z(bz * B + k);
    const kFaces = k === 0 ? 16 : k === B ? 32 : 0;
    for (let j = 0; j <= B; j++) {
      const y = Y(by * B + j);
      const jFaces = kFaces | (j === 0 ? 4 : j === B ? 8 : 0);
      for (let i = 0; i <= B; i++) {
        const faces = jFaces | (i === 0 ? 1 : i === B ? 2 : 0);
        let v: number;
        if (faces !== 0) {
          v = sharedSample(near, B, i, j, k) ?? prog.eval(X(bx * B + i), y, z, list);
          if (v < 0) faceNeg |= faces;
          else facePos |= faces;
        } else v = prog.eval(X(bx * B + i), y, z, list);
        if (v < 0) neg++;
        vals[t++] = v;
      }
    }
  }
  evaluated.set(bx + (g.NX / B) * (by + (g.NY / B) * bz), vals);
  if (neg === 0 || neg === vals.length) return null;
  return { block: { bx, by, bz, vals, list }, faceNeg, facePos };
}
