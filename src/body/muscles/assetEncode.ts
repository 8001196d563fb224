/** Encoder of the muscle asset format of `asset.ts` (build time only: the app loads the decoder). */
import { MeshoptEncoder } from 'meshoptimizer/encoder';
import { type Vec3, vec3 } from '../math.ts';
import { MUSCLE_ASSET_MAGIC, type MuscleAssetHeader, type MuscleAssetInput } from './asset.ts';
import type { MuscleMesh } from './types.ts';

export const muscleEncoderReady: Promise<void> = MeshoptEncoder.ready;

function bounds(ms: MuscleAssetInput['muscles']): { min: Vec3; max: Vec3 } {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const { mesh } of ms) {
    const p = mesh.positions;
    for (let i = 0; i < p.length; i++) {
      const c = i % 3;
      min[c] = Math.min(min[c] as number, p[i] as number);
      max[c] = Math.max(max[c] as number, p[i] as number);
    }
  }
  return { min, max };
}

/** Vertex-cache order of one mesh: returns its remapped quantised vertices and local indices. */
function packMesh(mesh: MuscleMesh, min: Vec3, ext: Vec3): { verts: Uint8Array; idx: Uint32Array } {
  const n = mesh.positions.length / 3;
  const idx = Uint32Array.from(mesh.indices);
  // Reorders triangles for the vertex cache and `idx` in place; remap: old vertex → new vertex.
  const [remap, unique] = MeshoptEncoder.reorderMesh(idx, true, true);
  const oldOf = new Int32Array(unique);
  for (let o = 0; o < n; o++) {
    const v = remap[o] as number;
    if (v < unique) oldOf[v] = o;
  }
  const out = new Uint8Array(unique * 8);
  const dv = new DataView(out.buffer);
  for (let v = 0; v < unique; v++) {
    const o = oldOf[v] as number;
    for (let c = 0; c < 3; c++) {
      const t = ((mesh.positions[3 * o + c] as number) - (min[c] as number)) / (ext[c] as number);
      dv.setUint16(8 * v + 2 * c, Math.round(Math.min(Math.max(t, 0), 1) * 65535), true);
    }
    out[8 * v + 6] = Math.round((mesh.uvs[2 * o] as number) * 255);
    out[8 * v + 7] = Math.round((mesh.uvs[2 * o + 1] as number) * 255);
  }
  return { verts: out, idx };
}

/** Encode (await {@link muscleEncoderReady} first). */
export function encodeMuscleAsset(input: MuscleAssetInput): Uint8Array {
  const { min, max } = bounds(input.muscles);
  const ext = vec3((c) => max[c] - min[c] || 1);
  const vParts: Uint8Array[] = [];
  const iParts: number[] = [];
  const entries: MuscleAssetHeader['muscles'] = [];
  let nv = 0;
  for (const m of input.muscles) {
    const { verts, idx } = packMesh(m.mesh, min, ext);
    const count = verts.length / 8;
    entries.push({
      id: m.id,
      index: m.index,
      layer: m.layer,
      veil: m.veil,
      range: [nv, count, iParts.length, idx.length],
    });
    for (const i of idx) iParts.push(i + nv);
    vParts.push(verts);
    nv += count;
  }
  const vraw = new Uint8Array(nv * 8);
  let off = 0;
  for (const p of vParts) {
    vraw.set(p, off);
    off += p.length;
  }
  const vEnc = MeshoptEncoder.encodeVertexBuffer(vraw, nv, 8);
  const iEnc = MeshoptEncoder.encodeIndexBuffer(
    new Uint8Array(Uint32Array.from(iParts).buffer),
    iParts.length,
    4,
  );
  const pad = (x: number) => (x + 3) & ~3;
  const header: MuscleAssetHeader = {
    format: 'referral-atlas-muscles',
    version: 1,
    shape: input.shape,
    boundsMin: min,
    boundsMax: max,
    muscles: entries,
    vertexCount: nv,
    indexCount: iParts.length,
    sections: { vertices: [0, vEnc.length], indices: [pad(vEnc.length), iEnc.length] },
    triggerPoints: Object.fromEntries(
      Object.entries(input.triggerPoints).map(([k, p]) => [
        k,
        vec3((c) => Math.round(p[c] * 1e5) / 1e5),
      ]),
    ),
  };
  const hBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = pad(8 + hBytes.length);
  const out = new Uint8Array(start + pad(vEnc.length) + iEnc.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MUSCLE_ASSET_MAGIC, true);
  dv.setUint32(4, hBytes.length, true);
  out.set(hBytes, 8);
  out.set(vEnc, start);
  out.set(iEnc, start + pad(vEnc.length));
  return out;
}
