/**
 * Encoder of the body asset format described in `bodyAsset.ts` (build time only: the app loads
 * just the decoder).
 */
import { MeshoptEncoder } from 'meshoptimizer/encoder';
import { MAGIC, positionBox, type BodyAssetInput, type Header } from './bodyAsset';

/** Resolves when the encoder's WebAssembly module is ready (await before encoding). */
export const bodyAssetEncoderReady: Promise<void> = MeshoptEncoder.ready;

/** The quantisation box: the positions' box, symmetric in x so that mirror images stay exact. */
function bounds(p: Float32Array): ReturnType<typeof positionBox> {
  const { min, max } = positionBox(p);
  const mx = Math.max(Math.abs(min[0]), Math.abs(max[0]));
  min[0] = -mx;
  max[0] = mx;
  return { min, max };
}

/** Encode a body asset (call after {@link bodyAssetEncoderReady} resolved). */
export function encodeBodyAsset(asset: BodyAssetInput): Uint8Array {
  const n = asset.positions.length / 3;
  const { min, max } = bounds(asset.positions);
  const q = new Uint16Array(n * 4);
  for (let v = 0; v < n; v++) {
    for (let c = 0; c < 3; c++) {
      const t = ((asset.positions[3 * v + c] as number) - min[c]!) / (max[c]! - min[c]! || 1);
      q[4 * v + c] = Math.round(Math.min(Math.max(t, 0), 1) * 65535);
    }
    q[4 * v + 3] = asset.regionIndex[v] as number;
  }
  const verts = MeshoptEncoder.encodeVertexBuffer(new Uint8Array(q.buffer), n, 8);
  const n4 = new Float32Array(n * 4);
  for (let v = 0; v < n; v++) {
    n4[4 * v] = asset.normals[3 * v] as number;
    n4[4 * v + 1] = asset.normals[3 * v + 1] as number;
    n4[4 * v + 2] = asset.normals[3 * v + 2] as number;
  }
  const oct = MeshoptEncoder.encodeFilterOct(n4, n, 4, 8);
  const norms = MeshoptEncoder.encodeVertexBuffer(oct, n, 4);
  const idx = MeshoptEncoder.encodeIndexBuffer(
    new Uint8Array(asset.indices.buffer, asset.indices.byteOffset, asset.indices.byteLength),
    asset.indices.length,
    4,
  );
  const pad = (x: number) => (x + 3) & ~3;
  const sections: Header['sections'] = {
    vertices: [0, verts.length],
    normals: [pad(verts.length), norms.length],
    indices: [pad(verts.length) + pad(norms.length), idx.length],
  };
  const header: Header = {
    format: 'referral-atlas-body',
    version: 1,
    shape: asset.shape,
    stature: asset.stature,
    vertexCount: n,
    indexCount: asset.indices.length,
    boundsMin: min,
    boundsMax: max,
    sections,
    landmarks: asset.landmarks,
    ...(asset.regionsHash === undefined ? {} : { regionsHash: asset.regionsHash }),
  };
  const hjson = new TextEncoder().encode(JSON.stringify(header));
  const start = pad(8 + hjson.length);
  const total = start + sections.indices[0] + pad(idx.length);
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, hjson.length, true);
  out.set(hjson, 8);
  out.set(verts, start + sections.vertices[0]);
  out.set(norms, start + sections.normals[0]);
  out.set(idx, start + sections.indices[0]);
  return out;
}
