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
import { Vector3, type Material, type Mesh, type Object3D } from 'three';
import { selectionView } from '../domain/selection';
import { zoneVertices } from './cameraFraming';
import { controlsTarget } from './controlsTarget';
import type { RigHandle } from './rigHandle';
import { drawnMarkers } from './markerHits';
import { markerForTap } from './markerTap';
import { asMuscleId } from '../domain/ids';
import type { Vec3 } from '../domain/primitives';
import { findMuscleTapPoint } from './muscleTapTarget';
import { triggerPointScreenPoint } from './probeTriggerPoint';
import { findTapPoint, regionUnder } from './tapTarget';
import { appliedInset } from './viewInsetMath';

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
  /** Id of the region a tap at normalised canvas coordinates (0…1, y down) meets, or null. */
  regionAtScreenPoint(x: number, y: number): string | null;
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
  /**
   * Normalised canvas coordinates (0…1, y down; outside that range when off the canvas) of a ✕
   * marker currently drawn (sided key, e.g. `l:upper-trapezius-1`), or null when it is not drawn.
   */
  markerScreenPoint(key: string): { x: number; y: number } | null;
  /** Sided keys of the drawn ✕ markers, the chosen muscle's first, then the candidates' by rank. */
  drawnTriggerPoints(): string[];
  /** Unit vector from the camera's target to the camera (body frame: +Z anterior, +X body's left). */
  cameraDirection(): { x: number; y: number; z: number };
  /**
   * The chosen selection on screen: the share (0…1) of its main (essential) zone's skin vertices
   * that project inside the canvas, whether every one of its ✕ is inside the canvas, and the
   * larger side of the box around the zone and the ✕ on screen (a share of the canvas's width or
   * height: about 0.1 for a neck pattern at whole-body scale, over 0.5 framed).
   */
  patternOnScreen(): { zoneInside: number; pointsInside: boolean; extent: number } | null;
  /** Renderer counters of the last frame. */
  renderInfo(): { calls: number; triangles: number };
  /** The skin's opacity and whether its depth pre-pass (drawn only when translucent) is on. */
  skin(): { opacity: number; depthPass: boolean } | null;
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
  /** The camera rig's controls (the orbit target). */
  readonly rig: RigHandle;
}

export function SceneProbe({ asset, rig }: SceneProbeProps): null {
  const { camera, scene, gl } = useThree();
  useEffect(() => {
    const pickableObjects = (): Object3D[] =>
      ['skin', 'muscles']
        .map((name) => scene.getObjectByName(name))
        .filter((o): o is Object3D => !!o && o.visible);
    const visibleHeight = (): number => {
      const h = gl.domElement.clientHeight;
      return h - appliedInset(useAtlasStore.getState().sheetInset, h);
    };
    const toCanvas = (q: Vec3): { x: number; y: number } => {
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
          maxY: visibleHeight() / Math.max(1, canvas.clientHeight),
          // Where a tap (of the latest pointer's kind) would choose a candidate's ✕ instead of
          // marking pain (painting goes through).
          avoid: (x, y) =>
            useAtlasStore.getState().tool === 'tap' &&
            !!markerForTap(
              camera,
              { x, y },
              { width: canvas.clientWidth, height: canvas.clientHeight },
            ),
        });
      },
      regionAtScreenPoint(x, y) {
        camera.updateMatrixWorld();
        const i = regionUnder({ asset, camera, pickable: pickableObjects() }, 2 * x - 1, 1 - 2 * y);
        return useAtlasStore.getState().atlas?.regions[i]?.id ?? null;
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
        const target = controlsTarget(rig.controls);
        return target ? camera.position.distanceTo(target) : camera.position.length();
      },
      markerScreenPoint(key) {
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
        const zoneIn = zone
          .map((i) =>
            toCanvas([p[3 * i] as number, p[3 * i + 1] as number, p[3 * i + 2] as number]),
          )
          .filter(inside);
        const points = drawnMarkers().filter((m) => !m.candidate);
        const onScreen = [...zoneIn, ...points.map((m) => toCanvas(m.position))];
        const span = (c: 'x' | 'y'): number =>
          onScreen.length
            ? Math.max(...onScreen.map((q) => q[c])) - Math.min(...onScreen.map((q) => q[c]))
            : 0;
        return {
          zoneInside: zone.length ? zoneIn.length / zone.length : 0,
          pointsInside: points.length > 0 && points.every((m) => inside(toCanvas(m.position))),
          extent: Math.max(span('x'), span('y')),
        };
      },
      renderInfo: () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
      skin: () => {
        const skin = scene.getObjectByName('skin') as Mesh | undefined;
        const depth = scene.getObjectByName('skin-depth');
        const material = skin?.material as Material | undefined;
        return material ? { opacity: material.opacity, depthPass: depth?.visible ?? false } : null;
      },
      camera: () => ({
        position: camera.position.toArray(),
        target: controlsTarget(rig.controls)?.toArray() ?? [],
        aspect: 'aspect' in camera ? (camera.aspect as number) : 1,
      }),
    };
    return () => {
      delete window.__atlasProbe;
    };
  }, [asset, camera, scene, gl, rig]);
  return null;
}
