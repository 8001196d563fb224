/**
 * Test suite of one generated body shape: mesh invariants, landmarks (completeness, heights
 * against the published ANSUR II ratios, on or inside the skin), region atlas (every region
 * non-empty and connected, sides, anatomical spot checks) and the asset codec round trip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import landmarksFile from '../../../data/landmarks.json' with { type: 'json' };
import regionsFile from '../../../data/regions.json' with { type: 'json' };
import { vertexAdjacency } from '../../../src/body/regions/clean.ts';
import { type BodyAsset, decodeBodyAsset } from '../../../src/body/asset/bodyAsset.ts';
import { bodyAssetEncoderReady, encodeBodyAsset } from '../../../src/body/asset/bodyAssetEncode.ts';
import type { BodyShape } from '../../../src/domain/primitives.ts';
import { cachedBody } from '../../../scripts/lib/cachedMeshes.ts';
import { publishedHeightRatios } from './anthropometry.ts';
import { describeMeshInvariants } from './invariants.ts';

/** Published mean ratios to stature, read from the reference file (ANSUR II). */
const RATIOS = publishedHeightRatios();

/** Landmark → region it must fall in (nearest skin vertex), both sides checked by mirroring. */
const SPOTS: [string, string][] = [
  ['l-temple', 'l-temple'],
  ['l-mastoid', 'l-mastoid'],
  ['pronasale', 'nose'],
  ['stomion', 'mouth'],
  ['vertex', 'vertex'],
  ['c7', 'spine-c7'],
  ['omphalion', 'navel'],
  ['l-nipple', 'l-breast'],
  ['l-acromion', 'l-acromion'],
  ['l-olecranon', 'l-olecranon'],
  ['l-lateral-epicondyle', 'l-lateral-epicondyle'],
  ['l-medial-epicondyle', 'l-medial-epicondyle'],
  ['l-scapula-inferior-angle', 'l-scapula-tip'],
  ['l-psis', 'l-sacroiliac'],
  ['l-greater-trochanter', 'l-trochanter'],
  ['l-ischial-tuberosity+0,0,-0.1', 'l-sit-bone'],
  ['l-patella', 'l-patella'],
  ['l-lateral-malleolus', 'l-lateral-malleolus'],
  ['l-medial-malleolus', 'l-medial-malleolus'],
  ['l-calcaneus', 'l-heel-back'],
  ['l-heel-plantar', 'l-heel-sole'],
  ['l-hallux-tip', 'l-big-toe-top|l-big-toe-sole'],
  ['l-index-tip', 'l-index-back|l-index-palm'],
  ['l-thumb-tip', 'l-thumb-back|l-thumb-palm'],
  ['l-little-tip', 'l-little-back|l-little-palm'],
];

function nearestVertex(p: Float32Array, q: readonly number[]): number {
  let best = Infinity;
  let bi = 0;
  for (let v = 0; v < p.length / 3; v++) {
    const d =
      ((p[3 * v] as number) - (q[0] as number)) ** 2 +
      ((p[3 * v + 1] as number) - (q[1] as number)) ** 2 +
      ((p[3 * v + 2] as number) - (q[2] as number)) ** 2;
    if (d < best) {
      best = d;
      bi = v;
    }
  }
  return bi;
}

/** Generalised winding number of a closed mesh around q (≈1 inside, ≈0 outside). */
function winding(p: Float32Array, ix: Uint32Array, q: readonly number[]): number {
  let w = 0;
  const [qx, qy, qz] = q as [number, number, number];
  for (let t = 0; t < ix.length; t += 3) {
    const a = 3 * (ix[t] as number);
    const b = 3 * (ix[t + 1] as number);
    const c = 3 * (ix[t + 2] as number);
    const ax = (p[a] as number) - qx,
      ay = (p[a + 1] as number) - qy,
      az = (p[a + 2] as number) - qz;
    const bx = (p[b] as number) - qx,
      by = (p[b + 1] as number) - qy,
      bz = (p[b + 2] as number) - qz;
    const cx = (p[c] as number) - qx,
      cy = (p[c + 1] as number) - qy,
      cz = (p[c + 2] as number) - qz;
    // √ of the sum of squares: Math.hypot is several times slower in V8 and this runs ~10⁷ times.
    const la = Math.sqrt(ax * ax + ay * ay + az * az),
      lb = Math.sqrt(bx * bx + by * by + bz * bz),
      lc = Math.sqrt(cx * cx + cy * cy + cz * cz);
    const det = ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
    const div =
      la * lb * lc +
      (ax * bx + ay * by + az * bz) * lc +
      (bx * cx + by * cy + bz * cz) * la +
      (cx * ax + cy * ay + cz * az) * lb;
    w += 2 * Math.atan2(det, div);
  }
  return w / (4 * Math.PI);
}

export function bodySuite(shape: BodyShape): void {
  let asset: BodyAsset;
  beforeAll(async () => {
    asset = await cachedBody(shape);
  }, 300_000);

  describeMeshInvariants(`${shape} skin`, () => asset, { mirrorTolerance: 1e-4 });

  landmarkTests(shape, () => asset);
  atlasTests(shape, () => asset);
  assetTests(shape, () => asset);
}

function landmarkTests(shape: BodyShape, get: () => BodyAsset): void {
  describe(`${shape} landmarks`, () => {
    it('places every landmark of data/landmarks.json (paired ones on both sides, left = +X)', () => {
      const asset = get();
      for (const l of landmarksFile.landmarks) {
        const ids = l.paired ? [`l-${l.id}`, `r-${l.id}`] : [l.id];
        for (const id of ids) expect(asset.landmarks[id], id).toBeDefined();
        if (l.paired) {
          expect(asset.landmarks[`l-${l.id}`]?.[0] ?? 0, l.id).toBeGreaterThan(0);
          expect(asset.landmarks[`r-${l.id}`]?.[0] ?? 0, l.id).toBeLessThan(0);
        }
      }
    });
    it('matches the published ANSUR II height ratios within 2 % of stature', () => {
      const asset = get();
      const S = asset.stature;
      for (const [id, ratio] of Object.entries(RATIOS[shape])) {
        const y = asset.landmarks[id]?.[1] ?? NaN;
        expect(
          Math.abs(y - ratio * S) / S,
          `${id}: ${y.toFixed(3)} vs ${(ratio * S).toFixed(3)}`,
        ).toBeLessThan(0.02);
      }
      let top = 0;
      for (let v = 1; v < asset.positions.length; v += 3)
        top = Math.max(top, asset.positions[v] as number);
      expect(Math.abs(top - S) / S).toBeLessThan(0.005);
    });
    it('has every landmark on or inside the skin', () => {
      const asset = get();
      for (const [id, q] of Object.entries(asset.landmarks)) {
        const w = winding(asset.positions, asset.indices, q);
        if (w > 0.5) continue;
        const v = nearestVertex(asset.positions, q);
        const d = Math.hypot(
          (asset.positions[3 * v] as number) - q[0],
          (asset.positions[3 * v + 1] as number) - q[1],
          (asset.positions[3 * v + 2] as number) - q[2],
        );
        expect(d, `${id} is outside the skin`).toBeLessThan(0.002);
      }
    });
  });
}

function atlasTests(shape: BodyShape, get: () => BodyAsset): void {
  describe(`${shape} region atlas`, () => {
    it('gives every region at least a few vertices, each region connected', () => {
      const asset = get();
      const n = asset.regionIndex.length;
      const g = vertexAdjacency(n, asset.indices);
      const counts = new Map<number, number[]>();
      for (let v = 0; v < n; v++) {
        const r = asset.regionIndex[v] as number;
        const list = counts.get(r) ?? [];
        list.push(v);
        counts.set(r, list);
      }
      regionsFile.regions.forEach((reg, i) => {
        const vs = counts.get(i) ?? [];
        expect(vs.length, `${reg.id} is empty`).toBeGreaterThanOrEqual(3);
        const inR = new Set(vs);
        const seen = new Set([vs[0]]);
        const queue = [vs[0] as number];
        while (queue.length) {
          const u = queue.pop() as number;
          for (let k = g.start[u] as number; k < (g.start[u + 1] as number); k++) {
            const w = g.adj[k] as number;
            if (inR.has(w) && !seen.has(w)) {
              seen.add(w);
              queue.push(w);
            }
          }
        }
        expect(seen.size, `${reg.id} is not connected`).toBe(vs.length);
      });
    });
    it('puts left regions on +X and right regions on −X', () => {
      const asset = get();
      const ids = regionsFile.regions.map((r) => r.id);
      for (let v = 0; v < asset.regionIndex.length; v++) {
        const id = ids[asset.regionIndex[v] as number] ?? '';
        const x = asset.positions[3 * v] as number;
        if (id.startsWith('l-')) expect(x).toBeGreaterThanOrEqual(0);
        if (id.startsWith('r-')) expect(x).toBeLessThanOrEqual(0);
      }
    });
    it('labels anatomical spots correctly', () => {
      const asset = get();
      const ids = regionsFile.regions.map((r) => r.id);
      for (const [lm, want] of SPOTS) {
        for (const side of ['l-', 'r-']) {
          const [name, off] = lm.split('+') as [string, string | undefined];
          const id = name.startsWith('l-') ? side + name.slice(2) : name;
          const q0 = asset.landmarks[id];
          if (!q0) throw new Error(`missing ${id}`);
          const o = (off ?? '0,0,0').split(',').map(Number) as [number, number, number];
          const q: [number, number, number] = [
            q0[0] + (side === 'r-' ? -o[0] : o[0]),
            q0[1] + o[1],
            q0[2] + o[2],
          ];
          const got = ids[asset.regionIndex[nearestVertex(asset.positions, q)] as number] ?? '';
          const ok = want.split('|').map((w) => (w.startsWith('l-') ? side + w.slice(2) : w));
          expect(ok, `${id} → ${got}`).toContain(got);
        }
      }
    });
    it('labels the back of the knee as the popliteal fossa and the sole of the heel as plantar', () => {
      const asset = get();
      const ids = regionsFile.regions.map((r) => r.id);
      const p = asset.positions;
      // Lowest-z (posterior) skin point at knee-centre height on the left leg.
      const k = asset.landmarks['l-knee-centre'] as [number, number, number];
      let best = Infinity;
      let bi = -1;
      for (let v = 0; v < p.length / 3; v++) {
        if (
          Math.abs((p[3 * v + 1] as number) - k[1]) > 0.01 ||
          Math.abs((p[3 * v] as number) - k[0]) > 0.02
        )
          continue;
        if ((p[3 * v + 2] as number) < best) {
          best = p[3 * v + 2] as number;
          bi = v;
        }
      }
      expect(ids[asset.regionIndex[bi] as number]).toBe('l-knee-back');
      const h = asset.landmarks['l-heel-plantar'] as [number, number, number];
      const low = nearestVertex(p, [h[0], -0.01, h[2]]);
      expect(ids[asset.regionIndex[low] as number]).toBe('l-heel-sole');
    });
  });
}

function assetTests(shape: BodyShape, get: () => BodyAsset): void {
  describe(`${shape} asset`, () => {
    it('round-trips through the binary format under 1 MB', async () => {
      const asset = get();
      await bodyAssetEncoderReady;
      const bytes = encodeBodyAsset(asset);
      expect(bytes.length).toBeLessThan(1_000_000);
      const back = await decodeBodyAsset(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      expect(back.shape).toBe(shape);
      // The index codec may rotate a triangle's corners (winding preserved).
      const canon = (ix: Uint32Array) => {
        const out: string[] = [];
        for (let t = 0; t < ix.length; t += 3) {
          const a = ix[t] as number,
            b = ix[t + 1] as number,
            c = ix[t + 2] as number;
          const m = Math.min(a, b, c);
          out.push(m === a ? `${a},${b},${c}` : m === b ? `${b},${c},${a}` : `${c},${a},${b}`);
        }
        return out;
      };
      const ca = canon(asset.indices);
      const cb = canon(back.indices);
      expect(cb.length).toBe(ca.length);
      expect(cb.every((t, i) => t === ca[i])).toBe(true);
      expect(back.regionIndex).toEqual(asset.regionIndex);
      let worst = 0;
      for (let i = 0; i < asset.positions.length; i++) {
        worst = Math.max(
          worst,
          Math.abs((back.positions[i] as number) - (asset.positions[i] as number)),
        );
      }
      expect(worst).toBeLessThan(5e-5);
      let ndot = 1;
      for (let v = 0; v < asset.normals.length; v += 3) {
        const d =
          (back.normals[v] as number) * (asset.normals[v] as number) +
          (back.normals[v + 1] as number) * (asset.normals[v + 1] as number) +
          (back.normals[v + 2] as number) * (asset.normals[v + 2] as number);
        ndot = Math.min(ndot, d);
      }
      expect(ndot).toBeGreaterThan(0.99);
      expect(Object.keys(back.landmarks).length).toBe(Object.keys(asset.landmarks).length);
    });
  });
}
