/**
 * Signals "scene ready" once the body has been drawn (for tests and the benchmark), and
 * exposes a small read-only probe on `window.__atlasProbe` so browser tests can find where
 * a region appears on screen and then click there like a user would.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { useAtlasStore } from '../state/store';
import { Vector3, type Object3D } from 'three';
import { selectionView } from '../domain/selection';
import { zoneVertices } from './cameraFraming';
import { candidateMarkerAt, drawnMarkers } from './markerHits';
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
  /**
   * Normalised canvas coordinates (0…1, y down; outside that range when off the canvas) of a ✕
   * marker currently drawn (sided key, e.g. `l:upper-trapezius-1`), or null when it is not drawn.
   */
  triggerPointScreenPoint(key: string): { x: number; y: number } | null;
  /** Sided keys of the drawn ✕ markers, the chosen muscle's first, then the candidates' by rank. */
  drawnTriggerPoints(): string[];
  /** Unit vector from the camera's target to the camera (body frame: +Z anterior, +X body's left). */
  cameraDirection(): { x: number; y: number; z: number };
  /**
   * The chosen selection on screen: the share (0…1) of its main (essential) zone's skin vertices
   * that project inside the canvas, and whether every one of its ✕ is inside the canvas.
   */
  patternOnScreen(): { zoneInside: number; pointsInside: boolean } | null;
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
    const toCanvas = (q: readonly [number, number, number]): { x: number; y: number } => {
      camera.updateMatrixWorld();
      const v = new Vector3(...q).project(camera);
      return { x: (v.x + 1) / 2, y: (1 - v.y) / 2 };
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
          // A tap on a candidate's ✕ chooses it instead of marking pain (painting goes through).
          avoid: (x, y) =>
            useAtlasStore.getState().tool === 'tap' &&
            !!candidateMarkerAt(camera, { x, y }, canvas.clientWidth, canvas.clientHeight),
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
      triggerPointScreenPoint(key) {
        const m = drawnMarkers().find((d) => d.key === key);
        return m ? toCanvas(m.position) : null;
      },
      drawnTriggerPoints: () => drawnMarkers().map((m) => m.key),
      cameraDirection() {
        const d = new Vector3(0, 0, 1).applyQuaternion(camera.quaternion);
        return { x: d.x, y: d.y, z: d.z };
      },
      patternOnScreen() {
        const s = useAtlasStore.getState();
        if (!s.atlas || !s.muscle) return null;
        const view = selectionView(s.atlas, s.muscle, s.triggerPoint, s.side);
        const regions = new Set([...view.essential].map((r) => s.atlas?.regionById.get(r)?.index));
        const zone = zoneVertices(asset, regions as Set<number>);
        const inside = (p: { x: number; y: number }): boolean =>
          p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1;
        const p = asset.positions;
        const zoneIn = zone.filter((i) =>
          inside(toCanvas([p[3 * i] as number, p[3 * i + 1] as number, p[3 * i + 2] as number])),
        ).length;
        const points = drawnMarkers().filter((m) => !m.candidate);
        return {
          zoneInside: zone.length ? zoneIn / zone.length : 0,
          pointsInside: points.length > 0 && points.every((m) => inside(toCanvas(m.position))),
        };
      },
      renderInfo: () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
    };
    return () => {
      delete window.__atlasProbe;
    };
  }, [asset, camera, scene, gl]);
  return null;
}
