/**
 * The explicit "scene ready" signal for tests, the benchmark and screenshots: the
 * `atlas:body-first-frame` mark once the body has been drawn, and `<html data-scene-ready="true">`
 * once, in addition, the dataset is loaded (often after that frame, see boot.ts), the parts loaded
 * after that first frame (page controls, markers and, in automated browsers, the test probe) are
 * mounted and the idle rehearsal (`warmUp.tsx`) has removed its hidden copy of the panel, so a test
 * never acts on a control that is still on its way. The mark itself never waits for any of them.
 * Mounted with each loaded body; the signal goes away as soon as another body shape is asked for
 * (the store's `sceneReady` drops) and comes back when that body is drawn.
 *
 * Neither signal draws a frame of its own: each waits with `requestAnimationFrame`, which runs in
 * the frame after a drawn one (like the bare three.js page of the benchmark). A redrawn picture
 * that changes no pixel costs a whole frame of fill on a software renderer (~0.1–0.2 s of CPU at
 * 1280×800 in SwiftShader).
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { useAtlasStore, type AtlasState } from '../state/store';
import { releaseFirstPaint } from './paintBody';

/**
 * Animation frames in a row in which nothing was drawn or asked for before `data-scene-ready` is
 * set: one for the frame that drew to be on screen, one more so that a resize of the canvas
 * noticed in that frame (a late part changing the layout; the canvas is cleared until its next
 * render) has asked for its frame.
 */
const QUIET_FRAMES = 2;

export interface SceneReadyProps {
  readonly asset: BodyAsset;
  /** Whether `data-scene-ready` also waits for the test probe (automated browsers). Default false. */
  readonly probe?: boolean;
}

export function SceneReady({ asset, probe = false }: SceneReadyProps): null {
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  /** Frames rendered so far (any cause). */
  const drawn = useRef(0);
  /** Whether the next rendered frame is the new body's first (the mark follows it). */
  const firstPending = useRef(false);
  const markFrame = useRef(0);
  useEffect(() => {
    firstPending.current = true;
    invalidate();
    return () => cancelAnimationFrame(markFrame.current);
  }, [asset, invalidate]);
  useFrame(() => {
    drawn.current++;
    if (!firstPending.current) return;
    firstPending.current = false;
    markFrame.current = requestAnimationFrame(() => {
      const store = useAtlasStore.getState();
      if (store.sceneReady) return;
      if (performance.getEntriesByName('atlas:body-first-frame').length === 0)
        performance.mark('atlas:body-first-frame');
      // The 3D view has drawn its own frame: the first paint's material can go (its program stays).
      releaseFirstPaint();
      store.setSceneReady(true);
    });
  });
  // The page attribute follows the store: it drops at once with a body switch, and it is set only
  // once the picture has settled after everything it waits for was mounted.
  useEffect(() => {
    const root = document.documentElement;
    let frame = 0;
    const settle = (seen: number, quiet: number): void => {
      frame = requestAnimationFrame(() => {
        const busy = drawn.current !== seen || get().internal.frames > 0;
        const q = busy ? 0 : quiet + 1;
        if (q >= QUIET_FRAMES) root.dataset.sceneReady = 'true';
        else settle(drawn.current, q);
      });
    };
    const mirror = (ready: boolean): void => {
      cancelAnimationFrame(frame);
      if (ready) settle(drawn.current, 0);
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
    const unsubscribe = useAtlasStore.subscribe(ready, mirror);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [probe, get]);
  return null;
}
