/** Framing a pattern and its trigger points: facing them, all inside the view, inset-aware. */
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import type { BodyAsset } from '../../../src/body/asset/bodyAsset';
import { fitSphere, framePattern } from '../../../src/scene/cameraFraming';
import { NO_INSET } from '../../../src/state/store';
import type { Vec3 } from '../../../src/scene/viewPresets';

/** A tiny "skin": two patches of vertices, one on the back (normal −Z), one on the left (+X). */
function skin(): BodyAsset {
  const pos: number[] = [];
  const nrm: number[] = [];
  const reg: number[] = [];
  for (let i = 0; i < 5; i++)
    for (let j = 0; j < 5; j++) {
      pos.push(-0.05 + 0.025 * i, 1.3 + 0.025 * j, -0.12);
      nrm.push(0, 0, -1);
      reg.push(1);
      pos.push(0.09, 1.55 + 0.01 * i, 0.01 * j);
      nrm.push(1, 0, 0);
      reg.push(2);
    }
  return {
    positions: Float32Array.from(pos),
    normals: Float32Array.from(nrm),
    regionIndex: Uint16Array.from(reg),
  } as unknown as BodyAsset;
}

const zoneOf = (a: BodyAsset, region: number): number[] =>
  [...a.regionIndex].flatMap((r, i) => (r === region ? [i] : []));

/** Normalised device coordinates of `p` seen from a camera in `pose`. */
function project(pose: { position: Vec3; target: Vec3 }, p: Vec3, aspect: number): Vector3 {
  const cam = new PerspectiveCamera(30, aspect, 0.02, 50);
  cam.position.set(...pose.position);
  cam.lookAt(...pose.target);
  cam.updateMatrixWorld();
  return new Vector3(...p).project(cam);
}

const base = { fov: 30, aspect: 1.5, inset: NO_INSET, fallback: [0, 0, 1] as Vec3 };

describe('camera framing', () => {
  it('faces a zone on the back from behind, with zone and trigger point in view', () => {
    const a = skin();
    const tp: Vec3 = [0.0, 1.45, -0.1];
    const pose = framePattern(a, { ...base, zone: zoneOf(a, 1), points: [tp] });
    expect(pose.position[2] - pose.target[2]).toBeLessThan(0);
    for (const p of [tp, [-0.05, 1.3, -0.12] as Vec3, [0.05, 1.4, -0.12] as Vec3]) {
      const v = project(pose, p, base.aspect);
      expect(Math.abs(v.x)).toBeLessThan(1);
      expect(Math.abs(v.y)).toBeLessThan(1);
    }
  });

  it('frames a far-apart zone and point together, from the side they share', () => {
    const a = skin();
    const tp: Vec3 = [0.08, 1.3, -0.06];
    const pose = framePattern(a, { ...base, zone: zoneOf(a, 2), points: [tp] });
    const dir = new Vector3(...pose.position).sub(new Vector3(...pose.target)).normalize();
    expect(dir.x).toBeGreaterThan(0.3);
    expect(Math.abs(dir.y)).toBeLessThan(0.4);
    for (const p of [tp, [0.09, 1.59, 0.04] as Vec3]) {
      const v = project(pose, p, base.aspect);
      expect(Math.abs(v.x)).toBeLessThan(1);
      expect(Math.abs(v.y)).toBeLessThan(1);
    }
  });

  it('keeps the framed sphere in the part of the canvas an inset leaves free', () => {
    const dir: Vec3 = [0, 0, 1];
    const inset = { top: 0, right: 0, bottom: 0.5, left: 0 };
    const pose = fitSphere([0, 1, 0], 0.1, dir, { fov: 30, aspect: 0.5, inset });
    const c = project(pose, [0, 1, 0], 0.5);
    // The free part is the top half: its centre is at y = +0.5 in device coordinates.
    expect(c.y).toBeCloseTo(0.5, 2);
    for (const p of [[0, 1.1, 0] as Vec3, [0, 0.9, 0] as Vec3]) {
      const v = project(pose, p, 0.5);
      expect(v.y).toBeGreaterThan(0);
      expect(v.y).toBeLessThan(1);
    }
  });
});
