/**
 * The explicit "scene ready" signal for tests, the benchmark and screenshots: `<html
 * data-scene-ready="true">` and the `atlas:body-first-frame` mark once the body has been drawn.
 * Mounted with each loaded body; the signal goes away as soon as another body shape is asked for
 * (the store's `sceneReady` drops) and comes back when that body is drawn.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { BodyAsset } from '../body/asset/bodyAsset';
import { useAtlasStore } from '../state/store';

export function SceneReady({ asset }: { readonly asset: BodyAsset }): null {
  const invalidate = useThree((s) => s.invalidate);
  const frames = useRef(0);
  useEffect(() => {
    frames.current = 0;
    invalidate();
  }, [asset, invalidate]);
  // The page attribute mirrors the store, so it drops with a body switch, not only on the next frame.
  useEffect(() => {
    const root = document.documentElement;
    const mirror = (ready: boolean): void => {
      if (ready) root.dataset.sceneReady = 'true';
      else delete root.dataset.sceneReady;
    };
    mirror(useAtlasStore.getState().sceneReady);
    return useAtlasStore.subscribe((s, prev) => {
      if (s.sceneReady !== prev.sceneReady) mirror(s.sceneReady);
    });
  }, []);
  useFrame(() => {
    frames.current++;
    // Render on demand: ask for one more frame, in which we know the first one was drawn.
    if (frames.current < 2) invalidate();
    if (frames.current !== 2) return;
    const store = useAtlasStore.getState();
    if (!store.sceneReady) {
      if (performance.getEntriesByName('atlas:body-first-frame').length === 0)
        performance.mark('atlas:body-first-frame');
      store.setSceneReady(true);
    }
  });
  return null;
}
