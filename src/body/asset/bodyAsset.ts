/**
 * Compact binary format of a generated body (skin mesh, per-vertex region ids, landmarks).
 *
 * Layout (little-endian): 4-byte magic "RAB1", u32 header length, UTF-8 JSON header, padding to a
 * multiple of 4, then the sections named in the header (offsets relative to the section start):
 * - `vertices`: meshopt vertex codec over 8-byte vertices: x, y, z quantised to u16 over the
 *   header's bounding box, plus the u16 region index;
 * - `normals`: meshopt vertex codec over 4-byte octahedral normals (OCTAHEDRAL filter, 8 bits);
 * - `indices`: meshopt index codec over the triangle list (u32).
 * Positions in metres in the body frame (origin on the floor midway between the heels, +Y up,
 * +X to the body's left, +Z anterior). Works in browsers and in Node (WebAssembly). Encoding lives
 * in `bodyAssetEncode.ts` so the app never loads the encoder.
 */
import { MeshoptDecoder } from 'meshoptimizer/decoder';
import type { BodyShape, Vec3 } from '../../domain/primitives.ts';
import { staleRegionsError } from './regionHash.ts';

export interface BodyAsset {
  shape: BodyShape;
  /** Stature, m. */
  stature: number;
  /** xyz per vertex, m. */
  positions: Float32Array;
  /** Unit normal per vertex. */
  normals: Float32Array;
  /** Triangle list, counter-clockwise seen from outside. */
  indices: Uint32Array;
  /** Index into data/regions.json `regions` per vertex. */
  regionIndex: Uint16Array;
  /** Landmark positions by id (`l-`/`r-` prefix for paired ones), m. */
  landmarks: Record<string, Vec3>;
  /** Sphere around every vertex, computed where the body is decoded (usually its worker). */
  bounds: BoundingSphere;
  /**
   * `regionListHash` of the region list that `regionIndex` indexes into; absent for meshes without
   * regions (bones).
   */
  regionsHash?: string;
}

/** What the encoder stores: a body without its bounding sphere, which decoding recomputes. */
export type BodyAssetInput = Omit<BodyAsset, 'bounds'>;

/** A sphere in the body frame: centre and radius, m. */
export interface BoundingSphere {
  center: Vec3;
  radius: number;
}

/** JSON header of the format (shared with the encoder in `bodyAssetEncode.ts`). */
export interface Header {
  format: 'referral-atlas-body';
  version: 1;
  shape: BodyShape;
  stature: number;
  vertexCount: number;
  indexCount: number;
  boundsMin: Vec3;
  boundsMax: Vec3;
  sections: Record<'vertices' | 'normals' | 'indices', [number, number]>;
  landmarks: Record<string, Vec3>;
  /** See {@link BodyAsset.regionsHash}. */
  regionsHash?: string;
}

export const MAGIC = 0x31424152; // "RAB1"

/**
 * Decode a body asset produced by `encodeBodyAsset` (browser and Node; decoder only). With
 * `expectedRegionsHash`, an asset built for another region list (a stale cached file) is an
 * error, never a body with wrongly coloured regions.
 */
export async function decodeBodyAsset(
  bytes: ArrayBuffer,
  expectedRegionsHash?: string,
): Promise<BodyAsset> {
  await MeshoptDecoder.ready;
  const dv = new DataView(bytes);
  if (dv.getUint32(0, true) !== MAGIC)
    throw new Error('decodeBodyAsset: not a body asset (bad magic)');
  const hlen = dv.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 8, hlen))) as Header;
  if (header.format !== 'referral-atlas-body' || header.version !== 1) {
    throw new Error(`decodeBodyAsset: unsupported format ${header.format} v${header.version}`);
  }
  const stale =
    expectedRegionsHash === undefined
      ? undefined
      : staleRegionsError(header.shape, header.regionsHash, expectedRegionsHash);
  if (stale) throw new Error(stale);
  const start = (8 + hlen + 3) & ~3;
  const sec = (name: keyof Header['sections']) => {
    const [off, len] = header.sections[name];
    return new Uint8Array(bytes, start + off, len);
  };
  const n = header.vertexCount;
  const q = new Uint16Array(n * 4);
  MeshoptDecoder.decodeVertexBuffer(new Uint8Array(q.buffer), n, 8, sec('vertices'));
  const { positions, regionIndex } = dequantise(q, n, header.boundsMin, header.boundsMax);
  const oct = new Int8Array(n * 4);
  MeshoptDecoder.decodeVertexBuffer(new Uint8Array(oct.buffer), n, 4, sec('normals'), 'OCTAHEDRAL');
  const normals = unitNormals(oct, n);
  const indices = new Uint32Array(header.indexCount);
  MeshoptDecoder.decodeIndexBuffer(
    new Uint8Array(indices.buffer),
    header.indexCount,
    4,
    sec('indices'),
  );
  return {
    shape: header.shape,
    stature: header.stature,
    positions,
    normals,
    indices,
    regionIndex,
    landmarks: header.landmarks,
    bounds: boundingSphere(positions, header.boundsMin, header.boundsMax),
    ...(header.regionsHash === undefined ? {} : { regionsHash: header.regionsHash }),
  };
}

/**
 * Positions in metres from u16 over the bounding box, and the region index (4th u16). Straight-
 * line code per vertex: it runs once per body before the first frame, mostly before V8 has
 * optimised it, so every operation saved counts.
 */
function dequantise(
  q: Uint16Array,
  n: number,
  lo: Vec3,
  hi: Vec3,
): { positions: Float32Array; regionIndex: Uint16Array } {
  const positions = new Float32Array(n * 3);
  const regionIndex = new Uint16Array(n);
  const [ox, oy, oz] = lo;
  const sx = (hi[0] - ox) / 65535;
  const sy = (hi[1] - oy) / 65535;
  const sz = (hi[2] - oz) / 65535;
  for (let v = 0, i = 0, j = 0; v < n; v++, i += 3, j += 4) {
    positions[i] = ox + (q[j] as number) * sx;
    positions[i + 1] = oy + (q[j + 1] as number) * sy;
    positions[i + 2] = oz + (q[j + 2] as number) * sz;
    regionIndex[v] = q[j + 3] as number;
  }
  return { positions, regionIndex };
}

/**
 * The sphere three.js's `computeBoundingSphere` makes (centre of the box [lo, hi], radius to the
 * farthest vertex), computed here so that the main thread does not scan the body's vertices
 * before its first frame. Every vertex lies within it whatever box is given.
 */
export function boundingSphere(positions: Float32Array, lo: Vec3, hi: Vec3): BoundingSphere {
  const cx = (lo[0] + hi[0]) / 2;
  const cy = (lo[1] + hi[1]) / 2;
  const cz = (lo[2] + hi[2]) / 2;
  let far = 0;
  for (let i = 0; i < positions.length; i += 3) {
    const dx = (positions[i] as number) - cx;
    const dy = (positions[i + 1] as number) - cy;
    const dz = (positions[i + 2] as number) - cz;
    far = Math.max(far, dx * dx + dy * dy + dz * dz);
  }
  return { center: [cx, cy, cz], radius: Math.sqrt(far) };
}

/** Axis-aligned box of xyz positions: per axis the least and greatest coordinate, m. */
export function positionBox(positions: Float32Array): {
  min: [number, number, number];
  max: [number, number, number];
} {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i++) {
    const c = i % 3;
    const p = positions[i] as number;
    if (p < min[c]!) min[c] = p;
    if (p > max[c]!) max[c] = p;
  }
  return { min, max };
}

/** {@link boundingSphere} over the positions' own bounding box (for bodies made, not decoded). */
export function sphereAround(positions: Float32Array): BoundingSphere {
  const { min, max } = positionBox(positions);
  return boundingSphere(positions, min, max);
}

/** Unit normals from the octahedral filter's int8 x, y, z (w unused); scale cancels out. */
function unitNormals(oct: Int8Array, n: number): Float32Array {
  const normals = new Float32Array(n * 3);
  for (let v = 0, i = 0, j = 0; v < n; v++, i += 3, j += 4) {
    const x = oct[j] as number;
    const y = oct[j + 1] as number;
    const z = oct[j + 2] as number;
    const k = 1 / (Math.sqrt(x * x + y * y + z * z) || 1);
    normals[i] = x * k;
    normals[i + 1] = y * k;
    normals[i + 2] = z * k;
  }
  return normals;
}
