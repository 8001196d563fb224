/**
 * A small read-only probe on `window.__atlasProbe` so browser tests and the benchmark can find
 * where a region appears on screen and then click there like a user would. Loaded only in
 * automated browsers (`navigator.webdriver`), through a dynamic import: it is not in the bundle
 * every user downloads first.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { useAtlasStore } from '../state/store';
import type { Object3D, Vector3 } from 'three';
import { asMuscleId } from '../domain/ids';
import { findMuscleTapPoint } from './muscleTapTarget';
import { triggerPointScreenPoint } from './probeTriggerPoint';
import { findTapPoint } from './tapTarget';
import { appliedInset } from './ViewInset';

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
  /**
   * Normalised canvas coordinates (0…1, y down) of a trigger point's ✕ marker (`sidedKey` such as
   * `l:upper-trapezius-1`; default: the first shown for the muscle), or null when off screen.
   */
  triggerPointScreenPoint(muscleId: string, sidedKey?: string): { x: number; y: number } | null;
  /** Height in CSS px of the canvas part not covered by the phone's bottom sheet. */
  visibleCanvasHeight(): number;
  /** Distance from the camera to the orbit target, in metres. */
  cameraDistance(): number;
  /** Renderer counters of the last frame. */
  renderInfo(): { calls: number; triangles: number };
  /** Camera position and orbit target (body frame, m) and aspect ratio (width / height). */
  camera(): { position: number[]; target: number[]; aspect: number };
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
  const { camera, scene, gl } = useThree();
  const controls = useThree((s) => s.controls) as { target?: { toArray(): number[] } } | null;
  useEffect(() => {
    const pickableObjects = (): Object3D[] =>
      ['skin', 'muscles']
        .map((name) => scene.getObjectByName(name))
        .filter((o): o is Object3D => !!o && o.visible);
    const visibleHeight = (): number => {
      const h = gl.domElement.clientHeight;
      return h - appliedInset(useAtlasStore.getState().sheetInset, h);
    };
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
          maxY: visibleHeight() / Math.max(1, canvas.clientHeight),
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
      triggerPointScreenPoint(muscleId, sidedKey) {
        camera.updateMatrixWorld();
        const s = useAtlasStore.getState();
        if (!s.atlas) return null;
        return triggerPointScreenPoint({
          atlas: s.atlas,
          state: s,
          camera,
          markers: scene.getObjectByName('trigger-points'),
          landmarks: asset.landmarks,
          muscleId,
          sidedKey,
        });
      },
      visibleCanvasHeight: visibleHeight,
      cameraDistance: () => {
        const target = (controls as { target?: Vector3 } | null)?.target;
        return target ? camera.position.distanceTo(target) : camera.position.length();
      },
      renderInfo: () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
      camera: () => ({
        position: camera.position.toArray(),
        target: controls?.target?.toArray() ?? [],
        aspect: 'aspect' in camera ? (camera.aspect as number) : 1,
      }),
    };
    return () => {
      delete window.__atlasProbe;
    };
  }, [asset, camera, scene, gl, controls]);
  return null;
}
