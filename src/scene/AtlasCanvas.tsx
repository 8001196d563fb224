/**
 * The one 3D canvas: body, markers, lights and camera. Renders on demand only
 * (`frameloop="demand"`): nothing is drawn while nothing changes. Every browser API it needs beyond
 * WebGL is feature-detected; a lost GPU context shows a notice and is redrawn on restore.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { BodyShape } from '../domain/urlState';
import { DPR_RANGE, GL_ATTRIBUTES, whenIdle } from '../state/browser';
import { LeanCanvas as Canvas } from './LeanCanvas';
import { useAtlasStore } from '../state/store';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { BodySkin } from './BodySkin';
import { ContextLossGuard } from './ContextLossGuard';
import { PresetCamera } from './PresetCamera';
import { Lights } from './Lights';
import { SceneReady } from './SceneReady';
import { SCENE_THEMES } from './sceneTheme';
import { useBodyAsset } from './useBodyAsset';
import { useLatch } from './useLatch';
import { VIEW_CAMERA, type Vec3 } from './viewPresets';
import { createRigHandle, type RigHandle } from './rigHandle';
import { ViewInset } from './ViewInset';

/** The muscles load once the skin has been drawn (their own chunk: decoder and BVH), never delaying it. */
const MuscleMeshes = lazy(() =>
  import('./MuscleMeshes').then((m) => ({ default: m.MuscleMeshes })),
);
/** The camera controls (camera-controls) in their own chunk, loaded after the first frame; presets apply directly until then. */
const CameraRig = lazy(() => import('./CameraRig').then((m) => ({ default: m.CameraRig })));
const Bones = lazy(() => import('./Bones').then((m) => ({ default: m.Bones })));
const HazardAnatomy = lazy(() =>
  import('./HazardAnatomy').then((m) => ({ default: m.HazardAnatomy })),
);
/** Markers, double-tap zoom and the snapshot renderer: one chunk, loaded after the first frame. */
const lateScene = () => import('./lateScene');
const DoubleTapZoom = lazy(() => lateScene().then((m) => ({ default: m.DoubleTapZoom })));
const SnapshotRenderer = lazy(() => lateScene().then((m) => ({ default: m.SnapshotRenderer })));
const TriggerPointMarkers = lazy(() =>
  lateScene().then((m) => ({ default: m.TriggerPointMarkers })),
);
/** The test probe, only for automated browsers (its own chunk, never in a user's first download). */
const SceneProbe = lazy(() => import('./SceneProbe').then((m) => ({ default: m.SceneProbe })));
const AUTOMATED = typeof navigator !== 'undefined' && navigator.webdriver === true;

/** Reports the test probe as mounted (committed with it, in its Suspense boundary). */
function ProbeLoaded(): null {
  useEffect(() => useAtlasStore.getState().setLateLoaded('probe'), []);
  return null;
}

/**
 * Ready signal and, in automated browsers, the probe. The probe's chunk is requested only once a
 * body has been drawn (`drawn`), so it is never part of the JavaScript fetched before the first
 * frame, and it has its own Suspense boundary: inside one with the signal, its chunk (and React's
 * 300 ms throttle on revealing a boundary that showed its fallback) held back the first-frame mark
 * by ~300 ms. `data-scene-ready` waits for it.
 */
function Signals({
  asset,
  drawn,
  rig,
}: {
  readonly asset: BodyAsset;
  readonly drawn: boolean;
  readonly rig: RigHandle;
}): React.JSX.Element {
  if (!AUTOMATED) return <SceneReady asset={asset} />;
  return (
    <>
      <SceneReady asset={asset} probe />
      {drawn && (
        <Suspense fallback={null}>
          <SceneProbe asset={asset} rig={rig} />
          <ProbeLoaded />
        </Suspense>
      )}
    </>
  );
}

/** Trigger-point positions of the muscles, kept with the body shape they were computed for. */
function useTriggerPointPositions(shape: BodyShape) {
  const [state, setState] = useState<{ shape: BodyShape; positions: Record<string, Vec3> }>();
  const onPositions = useCallback(
    (positions: Readonly<Record<string, Vec3>>) => setState({ shape, positions }),
    [shape],
  );
  return { positions: state?.shape === shape ? state.positions : undefined, onPositions };
}

/** Reports the late scene parts as mounted (committed with them, in their Suspense boundary). */
function LateSceneLoaded(): null {
  useEffect(() => useAtlasStore.getState().setLateLoaded('scene'), []);
  return null;
}

export interface AtlasCanvasProps {
  /** DOM drawn over the canvas (legend, camera controls), positioned against the canvas box. */
  readonly children?: React.ReactNode;
}

export function AtlasCanvas({ children }: AtlasCanvasProps = {}): React.JSX.Element {
  const shape = useAtlasStore((s) => s.body);
  const sceneReady = useAtlasStore((s) => s.sceneReady);
  const isolate = useAtlasStore((s) => s.isolate);
  const background = SCENE_THEMES[useAtlasStore((s) => s.theme)].background;
  // Once the body is on screen and the page is idle, fetch and prepare the muscles, so the
  // first selection or peel shows them at once.
  const [prefetch, setPrefetch] = useState(false);
  useEffect(() => {
    if (!sceneReady) return;
    return whenIdle(() => setPrefetch(true), 4000);
  }, [sceneReady]);
  const [contextLost, setContextLost] = useState(false);
  const { body, error } = useBodyAsset(shape);
  // A body that cannot be loaded is never drawn: start-up stops waiting for it (boot.ts).
  useEffect(() => {
    if (error) useAtlasStore.getState().setFrameless();
  }, [error]);
  // The camera controls and the late scene parts load once a body has been drawn, and then stay.
  const drawnOnce = useLatch(sceneReady);
  const presetCamera = body && (
    <PresetCamera stature={body.asset.stature} landmarks={body.asset.landmarks} />
  );
  const tp = useTriggerPointPositions(shape);
  const [rig] = useState(createRigHandle);
  return (
    <div className={contextLost ? 'canvas-wrap lost' : 'canvas-wrap'} data-testid="canvas-wrap">
      <Canvas
        frameloop="demand"
        dpr={DPR_RANGE}
        camera={{ fov: VIEW_CAMERA.fov, position: [0, 1, 4] }}
        gl={GL_ATTRIBUTES}
        aria-label="3D body. Drag to rotate, scroll or pinch to zoom, tap to mark where it hurts."
        role="img"
      >
        <color attach="background" args={[background]} />
        <ViewInset />
        <Lights />
        <ContextLossGuard onChange={setContextLost} />
        {body && (
          <>
            {sceneReady && (
              <Suspense fallback={null}>
                <MuscleMeshes
                  shape={shape}
                  isolate={isolate}
                  eager={prefetch}
                  onTriggerPoints={tp.onPositions}
                />
                <Bones shape={shape} eager={prefetch} />
                <HazardAnatomy shape={shape} skin={body.asset} positions={tp.positions} />
              </Suspense>
            )}
            {drawnOnce && (
              <Suspense fallback={null}>
                <TriggerPointMarkers landmarks={body.asset.landmarks} positions={tp.positions} />
                <DoubleTapZoom rig={rig} />
                <SnapshotRenderer asset={body.asset} />
                <LateSceneLoaded />
              </Suspense>
            )}
            <BodySkin asset={body.asset} geometry={body.geometry} />
            {drawnOnce ? (
              <Suspense fallback={presetCamera}>
                <CameraRig
                  stature={body.asset.stature}
                  landmarks={body.asset.landmarks}
                  body={body.asset}
                  triggerPoints={tp.positions}
                  rig={rig}
                />
              </Suspense>
            ) : (
              presetCamera
            )}
            <Signals asset={body.asset} drawn={drawnOnce} rig={rig} />
          </>
        )}
      </Canvas>
      {children}
      {!body && !error && <p className="canvas-status">Loading the body…</p>}
      {contextLost && (
        <p className="canvas-status" role="status" data-testid="context-lost">
          Restoring the 3D view…
        </p>
      )}
      {error && (
        <p className="canvas-status error" role="alert">
          The 3D body could not be loaded: {error}
        </p>
      )}
    </div>
  );
}
