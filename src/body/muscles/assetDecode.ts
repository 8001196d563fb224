/**
 * Decoder of the muscle asset (format in `asset.ts`): meshopt-decodes the left side, mirrors it
 * to the right, recomputes normals and expands per-vertex muscle slots and layers.
 */
import { MeshoptDecoder } from 'meshoptimizer/decoder';
import { triggerPointKey } from '../../domain/triggerPointKey.ts';
import type { Vec3 } from '../math.ts';
import { MUSCLE_ASSET_MAGIC, type MuscleAsset, type MuscleAssetHeader } from './asset.ts';
import { vertexNormals } from './normals.ts';
import { MUSCLE_LAYERS } from './types.ts';

/** Resolves when the decoder's WebAssembly module is ready (await before decoding). */
export const muscleDecoderReady: Promise<void> = MeshoptDecoder.ready;

function readHeader(bytes: Uint8Array): { header: MuscleAssetHeader; start: number } {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MUSCLE_ASSET_MAGIC)
    throw new Error('not a muscle asset (bad magic)');
  const hLen = dv.getUint32(4, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(8, 8 + hLen)),
  ) as MuscleAssetHeader;
  if (header.format !== 'referral-atlas-muscles' || header.version !== 1) {
    throw new Error('unsupported muscle asset version');
  }
  return { header, start: (8 + hLen + 3) & ~3 };
}

/** Left-side positions, uvs and indices as stored. */
function decodeLeft(bytes: Uint8Array, h: MuscleAssetHeader, start: number) {
  const n = h.vertexCount;
  const [vo, vl] = h.sections.vertices;
  const [io, il] = h.sections.indices;
  const raw = new Uint8Array(n * 8);
  MeshoptDecoder.decodeVertexBuffer(raw, n, 8, bytes.subarray(start + vo, start + vo + vl));
  const idx = new Uint32Array(h.indexCount);
  MeshoptDecoder.decodeIndexBuffer(
    new Uint8Array(idx.buffer),
    h.indexCount,
    4,
    bytes.subarray(start + io, start + io + il),
  );
  const dv = new DataView(raw.buffer);
  const pos = new Float32Array(n * 3);
  const uv = new Float32Array(n * 2);
  for (let v = 0; v < n; v++) {
    for (let c = 0; c < 3; c++) {
      const lo = h.boundsMin[c] as number;
      const ext = (h.boundsMax[c] as number) - lo || 1;
      pos[3 * v + c] = lo + (dv.getUint16(8 * v + 2 * c, true) / 65535) * ext;
    }
    uv[2 * v] = (raw[8 * v + 6] as number) / 255;
    uv[2 * v + 1] = (raw[8 * v + 7] as number) / 255;
  }
  return { pos, uv, idx };
}

/** Decode (await `muscleDecoderReady` first). Returns both sides in one geometry's arrays. */
export function decodeMuscleAsset(buffer: ArrayBuffer | Uint8Array): MuscleAsset {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const { header: h, start } = readHeader(bytes);
  const left = decodeLeft(bytes, h, start);
  const n = h.vertexCount;
  const positions = new Float32Array(n * 6);
  positions.set(left.pos);
  for (let i = 0; i < n * 3; i += 3) {
    positions[n * 3 + i] = -(left.pos[i] as number);
    positions[n * 3 + i + 1] = left.pos[i + 1] as number;
    positions[n * 3 + i + 2] = left.pos[i + 2] as number;
  }
  const uvs = new Float32Array(n * 4);
  uvs.set(left.uv);
  uvs.set(left.uv, n * 2);
  const indices = new Uint32Array(h.indexCount * 2);
  indices.set(left.idx);
  for (let i = 0; i < h.indexCount; i += 3) {
    indices[h.indexCount + i] = (left.idx[i] as number) + n;
    indices[h.indexCount + i + 1] = (left.idx[i + 2] as number) + n;
    indices[h.indexCount + i + 2] = (left.idx[i + 1] as number) + n;
  }
  const muscleSlot = new Float32Array(n * 2);
  const layer = new Float32Array(n * 2);
  const slotRanges = new Uint32Array(h.muscles.reduce((s, m) => Math.max(s, 4 * m.index + 4), 4));
  for (const m of h.muscles) {
    const [v0, vn, i0, ic] = m.range;
    slotRanges.set([i0, ic, h.indexCount + i0, ic], 4 * m.index);
    const li = MUSCLE_LAYERS.indexOf(m.layer);
    muscleSlot.fill(m.index * 2, v0, v0 + vn);
    muscleSlot.fill(m.index * 2 + 1, n + v0, n + v0 + vn);
    layer.fill(li, v0, v0 + vn);
    layer.fill(li, n + v0, n + v0 + vn);
  }
  const triggerPoints: Record<string, Vec3> = {};
  for (const [id, p] of Object.entries(h.triggerPoints)) {
    triggerPoints[triggerPointKey('left', id)] = p;
    triggerPoints[triggerPointKey('right', id)] = [-p[0], p[1], p[2]];
  }
  return {
    shape: h.shape,
    muscles: h.muscles.map(({ id, index, layer: l, veil }) => ({ id, index, layer: l, veil })),
    positions,
    normals: vertexNormals(positions, indices),
    uvs,
    muscleSlot,
    layer,
    indices,
    slotRanges,
    triggerPoints,
  };
}
