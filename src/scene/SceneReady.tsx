/**
 * The explicit "scene ready" signal for tests, the benchmark and screenshots: the
 * `atlas:body-first-frame` mark once the body has been drawn, and `<html data-scene-ready="true">`
 * once, in addition, the dataset is loaded (often after that frame, see boot.ts), the parts loaded
 * after that first frame (page controls, markers and, in automated browsers, the test probe) are
 * mounted and the idle rehearsal (`warmUp.tsx`) has removed its hidden copy of the panel, so a test
 * never acts on a control that is still on its way. The mark itself never waits for any of them.
 * Mounted with each loaded body; the signal goes away as soon as another body shape is asked for
 * (the store's `sceneReady` drops) and comes back when that body is drawn.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { useAtlasStore, type AtlasState } from '../state/store';

/**
 * Counts a frame on an armed counter (≥ 0; −1 = disarmed) and is true on the frame after the
 * first one drawn since arming, when that one is known to be on screen. Rendering is on demand,
 * so it asks for that second frame.
 */
function afterDrawnFrame(counter: { current: number }, invalidate: () => void): boolean {
  if (counter.current < 0) return false;
  counter.current++;
  if (counter.current < 2) invalidate();
  return counter.current === 2;
}

export interface SceneReadyProps {
  readonly asset: BodyAsset;
  /** Whether `data-scene-ready` also waits for the test probe (automated browsers). Default false. */
  readonly probe?: boolean;
}

export function SceneReady({ asset, probe = false }: SceneReadyProps): null {
  const invalidate = useThree((s) => s.invalidate);
  const frames = useRef(0);
  useEffect(() => {
    frames.current = 0;
    invalidate();
  }, [asset, invalidate]);
  // The page attribute follows the store: it drops at once with a body switch, and it is set only
  // once a frame has been drawn after everything it waits for was mounted (a late part can resize
  // the canvas, which clears it until the next render).
  const settleFrames = useRef(-1);
  useEffect(() => {
    const root = document.documentElement;
    const mirror = (ready: boolean): void => {
      settleFrames.current = ready ? 0 : -1;
      if (ready) invalidate();
      else delete root.dataset.sceneReady;
    };
    const ready = (s: AtlasState): boolean =>
      s.sceneReady &&
      s.atlas !== undefined &&
      s.lateLoaded.chrome &&
      s.lateLoaded.rehearsal &&
      s.lateLoaded.scene &&
      (!probe || s.lateLoaded.probe);
    mirror(ready(useAtlasStore.getState()));
    return useAtlasStore.subscribe(ready, mirror);
  }, [probe, invalidate]);
  useFrame(() => {
    if (afterDrawnFrame(settleFrames, invalidate))
      document.documentElement.dataset.sceneReady = 'true';
  });
  useFrame(() => {
    if (!afterDrawnFrame(frames, invalidate)) return;
    const store = useAtlasStore.getState();
    if (!store.sceneReady) {
      if (performance.getEntriesByName('atlas:body-first-frame').length === 0)
        performance.mark('atlas:body-first-frame');
      store.setSceneReady(true);
    }
  });
  return null;
}
