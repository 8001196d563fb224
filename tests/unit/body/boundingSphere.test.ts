/** The body's bounding sphere, computed where it is decoded instead of by three on the main thread. */
import { BufferAttribute, BufferGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import {
  boundingSphere,
  decodeBodyAsset,
  sphereAround,
  type BoundingSphere,
} from '../../../src/body/asset/bodyAsset';
import { bodyAssetEncoderReady, encodeBodyAsset } from '../../../src/body/asset/bodyAssetEncode';

/**
 * A seeded cloud of n points in a 0.6 × 1.7 × 0.4 m box above the floor (mulberry32), from
 * x = -0.6·shift to 0.6·(1 - shift).
 */
function cloud(n: number, seed: number, shift = 0.3): Float32Array {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const p = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    p[3 * i] = (rand() - shift) * 0.6;
    p[3 * i + 1] = rand() * 1.7;
    p[3 * i + 2] = (rand() - 0.5) * 0.4;
  }
  return p;
}

/** three.js's own sphere for the positions. */
function threeSphere(positions: Float32Array): BoundingSphere {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  g.computeBoundingSphere();
  const s = g.boundingSphere;
  if (!s) throw new Error('no sphere');
  return { center: [s.center.x, s.center.y, s.center.z], radius: s.radius };
}

/** Largest distance of a vertex outside the sphere (≤ 0 when all are inside), m. */
function worstOutside(positions: Float32Array, s: BoundingSphere): number {
  let worst = -Infinity;
  for (let i = 0; i < positions.length; i += 3) {
    const d = Math.hypot(
      (positions[i] as number) - s.center[0],
      (positions[i + 1] as number) - s.center[1],
      (positions[i + 2] as number) - s.center[2],
    );
    worst = Math.max(worst, d - s.radius);
  }
  return worst;
}

describe('boundingSphere', () => {
  it('is three.js computeBoundingSphere for the points own box', () => {
    const p = cloud(5000, 7);
    const ours = sphereAround(p);
    const theirs = threeSphere(p);
    for (let c = 0; c < 3; c++) expect(ours.center[c]).toBeCloseTo(theirs.center[c] ?? NaN, 6);
    expect(ours.radius).toBeCloseTo(theirs.radius, 6);
  });

  it('holds every point whatever box it is centred on', () => {
    const p = cloud(2000, 11);
    const s = boundingSphere(p, [-1, 0, -0.5], [1, 2, 0.2]);
    expect(s.center).toEqual([0, 1, -0.15]);
    expect(worstOutside(p, s)).toBeLessThanOrEqual(1e-7);
    expect(worstOutside(p, s)).toBeGreaterThan(-1e-7); // the farthest point is on it
  });

  // The encoder's box is symmetric in x (bodies are), so a centred cloud, as a body is.
  it('comes with a decoded body, holding every decoded vertex, within 1 mm of three.js', async () => {
    const n = 3000;
    const positions = cloud(n, 23, 0.5);
    await bodyAssetEncoderReady;
    const bytes = encodeBodyAsset({
      shape: 'female',
      stature: 1.7,
      positions,
      normals: new Float32Array(n * 3).fill(0).map((_, i) => (i % 3 === 2 ? 1 : 0)),
      indices: new Uint32Array([0, 1, 2]),
      regionIndex: new Uint16Array(n),
      landmarks: {},
    });
    const back = await decodeBodyAsset(bytes.slice().buffer);
    expect(worstOutside(back.positions, back.bounds)).toBeLessThanOrEqual(1e-7);
    expect(Math.abs(back.bounds.radius - threeSphere(back.positions).radius)).toBeLessThan(1e-3);
  });
});
