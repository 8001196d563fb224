/**
 * The one 3D canvas: body, markers, lights and camera. Renders on demand only
 * (`frameloop="demand"`): nothing is drawn while nothing changes.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { LeanCanvas as Canvas } from './LeanCanvas';
import { useAtlasStore } from '../state/store';
import { BodySkin } from './BodySkin';
import { PresetCamera } from './PresetCamera';
import { Lights } from './Lights';
import { SceneProbe } from './SceneProbe';
import { SnapshotRenderer } from './SnapshotRenderer';
import { TriggerPointMarkers } from './TriggerPointMarkers';
import { useBodyAsset } from './useBodyAsset';
import type { Vec3 } from './viewPresets';

/** The muscles load once the skin has been drawn (their own chunk: decoder and BVH), never delaying it. */
const MuscleMeshes = lazy(() =>
  import('./MuscleMeshes').then((m) => ({ default: m.MuscleMeshes })),
);
/** The camera controls (camera-controls) in their own chunk; presets apply directly until then. */
const CameraRig = lazy(() => import('./CameraRig').then((m) => ({ default: m.CameraRig })));
const Bones = lazy(() => import('./Bones').then((m) => ({ default: m.Bones })));
const HazardAnatomy = lazy(() =>
  import('./HazardAnatomy').then((m) => ({ default: m.HazardAnatomy })),
);

/** Skin opacity per outermost layer. */
const SKIN_OPACITY = {
  skin: 1,
  xray: 0.35,
  superficial: 0.22,
  intermediate: 0.15,
  deep: 0.1,
} as const;

export interface AtlasCanvasProps {
  /** DOM drawn over the canvas (legend, camera controls), positioned against the canvas box. */
  readonly children?: React.ReactNode;
}

export function AtlasCanvas({ children }: AtlasCanvasProps = {}): React.JSX.Element {
  const shape = useAtlasStore((s) => s.body);
  const layer = useAtlasStore((s) => s.layer);
  const muscleSelected = useAtlasStore((s) => !!s.muscle);
  const sceneReady = useAtlasStore((s) => s.sceneReady);
  const isolate = useAtlasStore((s) => s.isolate);
  const beneath = useAtlasStore((s) => s.beneath && s.mode === 'clinician' && !!s.triggerPoint);
  // Once the body is on screen and the page is idle, fetch and prepare the muscles, so the
  // first selection or peel shows them at once.
  const [prefetch, setPrefetch] = useState(false);
  useEffect(() => {
    if (!sceneReady) return;
    const id = window.requestIdleCallback(() => setPrefetch(true), { timeout: 4000 });
    return () => window.cancelIdleCallback(id);
  }, [sceneReady]);
  const { body, error } = useBodyAsset(shape);
  const [tpPositions, setTpPositions] = useState<Readonly<Record<string, Vec3>>>();
  // A selected muscle shows through slightly translucent skin, so its place is visible under its pattern.
  const skinOpacity = beneath
    ? Math.min(0.4, SKIN_OPACITY[layer])
    : layer === 'skin' && muscleSelected
      ? 0.78
      : SKIN_OPACITY[layer];
  return (
    <div className="canvas-wrap" data-testid="canvas-wrap">
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 30, position: [0, 1, 4] }}
        gl={{ antialias: true, preserveDrawingBuffer: true }}
        aria-label="3D body. Drag to rotate, scroll or pinch to zoom, tap to mark where it hurts."
        role="img"
      >
        <color attach="background" args={['#f3f1ee']} />
        <Lights />
        {body && (
          <>
            {sceneReady && (
              <Suspense fallback={null}>
                <MuscleMeshes
                  shape={shape}
                  isolate={isolate}
                  eager={prefetch}
                  onTriggerPoints={setTpPositions}
                />
                <Bones shape={shape} eager={prefetch} />
                <HazardAnatomy shape={shape} skin={body.asset} positions={tpPositions} />
              </Suspense>
            )}
            <BodySkin asset={body.asset} geometry={body.geometry} opacity={skinOpacity} />
            <TriggerPointMarkers landmarks={body.asset.landmarks} positions={tpPositions} />
            <Suspense
              fallback={
                <PresetCamera stature={body.asset.stature} landmarks={body.asset.landmarks} />
              }
            >
              <CameraRig
                stature={body.asset.stature}
                landmarks={body.asset.landmarks}
                body={body.asset}
                triggerPoints={tpPositions}
              />
            </Suspense>
            <SceneProbe asset={body.asset} />
            <SnapshotRenderer asset={body.asset} />
          </>
        )}
      </Canvas>
      {children}
      {!body && !error && <p className="canvas-status">Loading the body…</p>}
      {error && (
        <p className="canvas-status error" role="alert">
          The 3D body could not be loaded: {error}
        </p>
      )}
    </div>
  );
}
