/**
 * Signals "scene ready" once the body has been drawn (for tests and the benchmark), and
 * exposes a small read-only probe on `window.__atlasProbe` so browser tests can find where
 * a region appears on screen and then click there like a user would.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Raycaster, Vector2, Vector3, type Mesh } from 'three';
import type { BodyAsset } from '../body/bodyAsset';
import { useAtlasStore } from '../state/store';
import { regionAtFace } from './picking';

export interface AtlasProbe {
  /** Normalised canvas coordinates (0…1, y down) of a visible point of the region, or null. */
  regionScreenPoint(regionIndex: number): { x: number; y: number } | null;
  /** Renderer counters of the last frame. */
  renderInfo(): { calls: number; triangles: number };
}

declare global {
  interface Window {
    __atlasProbe?: AtlasProbe;
  }
}

export interface SceneProbeProps {
  readonly asset: BodyAsset;
}

export function SceneProbe({ asset }: SceneProbeProps): null {
  const { camera, scene, gl, invalidate } = useThree();
  const frames = useRef(0);
  useEffect(() => {
    frames.current = 0;
    invalidate();
  }, [asset, invalidate]);
  useFrame(() => {
    frames.current++;
    // Render on demand: ask for one more frame, in which we know the first one was drawn.
    if (frames.current < 2) invalidate();
    if (frames.current !== 2) return;
    // The body was drawn in the previous frame.
    if (!useAtlasStore.getState().sceneReady) {
      performance.mark('atlas:body-first-frame');
      document.documentElement.dataset.sceneReady = 'true';
      useAtlasStore.getState().setSceneReady(true);
    }
  });
  useEffect(() => {
    const ray = new Raycaster();
    const ndc = new Vector3();
    const dir = new Vector3();
    window.__atlasProbe = {
      regionScreenPoint(regionIndex) {
        const skin = scene.getObjectByName('skin') as Mesh | undefined;
        if (!skin) return null;
        const p = asset.positions;
        const verts: number[] = [];
        for (let v = 0; v < asset.regionIndex.length; v++)
          if (asset.regionIndex[v] === regionIndex) verts.push(v);
        const c = new Vector3();
        for (const v of verts) c.add(new Vector3(p[v * 3], p[v * 3 + 1], p[v * 3 + 2]));
        c.divideScalar(Math.max(1, verts.length));
        const dist = (v: number): number =>
          c.distanceToSquared(new Vector3(p[v * 3], p[v * 3 + 1], p[v * 3 + 2]));
        verts.sort((a, b) => dist(a) - dist(b));
        for (const v of verts.slice(0, 80)) {
          ndc.set(p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0).project(camera);
          if (Math.abs(ndc.x) > 0.98 || Math.abs(ndc.y) > 0.98) continue;
          ray.setFromCamera(new Vector2(ndc.x, ndc.y), camera);
          const hit = ray.intersectObject(skin, false)[0];
          if (hit?.face && regionAtFace(asset, hit.face, hit.point) === regionIndex) {
            return { x: (ndc.x + 1) / 2, y: (1 - ndc.y) / 2 };
          }
        }
        dir.set(0, 0, 0);
        return null;
      },
      renderInfo: () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
    };
    return () => {
      delete window.__atlasProbe;
    };
  }, [asset, camera, scene, gl]);
  return null;
}
