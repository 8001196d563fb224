/**
 * Signals "scene ready" once the body has been drawn (for tests and the benchmark), and
 * exposes a small read-only probe on `window.__atlasProbe` so browser tests can find where
 * a region appears on screen and then click there like a user would.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { useAtlasStore } from '../state/store';
import type { Object3D } from 'three';
import { asMuscleId } from '../domain/ids';
import { findMuscleTapPoint } from './muscleTapTarget';
import { findTapPoint } from './tapTarget';

export interface AtlasProbe {
  /**
   * Normalised canvas coordinates (0…1, y down) of a point where a tap marks the region, with
   * `marginPx` (default 3) of the region all around it, or null when there is none in this view.
   */
  regionScreenPoint(regionIndex: number, marginPx?: number): { x: number; y: number } | null;
  /**
   * Normalised canvas coordinates where a tap selects the muscle on that side (it is the first
   * thing hit there, with `marginPx`, default 3, of it around), or null when it is not visible.
   */
  muscleScreenPoint(
    muscleId: string,
    side: 'left' | 'right',
    marginPx?: number,
  ): { x: number; y: number } | null;
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
    const pickableObjects = (): Object3D[] =>
      ['skin', 'muscles']
        .map((name) => scene.getObjectByName(name))
        .filter((o): o is Object3D => !!o && o.visible);
    window.__atlasProbe = {
      regionScreenPoint(regionIndex, marginPx = 3) {
        // The camera may have moved since the last frame (a preset applies before it is drawn).
        camera.updateMatrixWorld();
        const canvas = gl.domElement;
        return findTapPoint({
          asset,
          camera,
          pickable: pickableObjects(),
          regionIndex,
          width: canvas.clientWidth,
          height: canvas.clientHeight,
          marginPx,
        });
      },
      muscleScreenPoint(muscleId, side, marginPx = 3) {
        camera.updateMatrixWorld();
        const index = useAtlasStore.getState().atlas?.muscleById.get(asMuscleId(muscleId))?.index;
        if (index === undefined) return null;
        const canvas = gl.domElement;
        return findMuscleTapPoint({
          camera,
          // Peeled, a tap that meets a muscle goes to it even where the skin is in front.
          pickable: pickableObjects().filter(
            (o) => o.name === 'muscles' || useAtlasStore.getState().layer === 'skin',
          ),
          slot: 2 * index + (side === 'left' ? 0 : 1),
          width: canvas.clientWidth,
          height: canvas.clientHeight,
          marginPx,
        });
      },
      renderInfo: () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
    };
    return () => {
      delete window.__atlasProbe;
    };
  }, [asset, camera, scene, gl]);
  return null;
}
