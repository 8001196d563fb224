/**
 * Loading of the assets that only the muscle layers need (muscles, bones): nothing is fetched
 * until a muscle layer is first shown, a muscle first chosen or the drawing first has candidates
 * (their muscles are ghosted through the skin), or at once when `eager` (the idle prefetch right
 * after the first frame); then the file is fetched once per body shape and decoded.
 */
import { useEffect, useState } from 'react';
import type { BodyShape } from '../domain/urlState';
import { generatedUrl } from '../state/assetUrls';
import { useAtlasStore } from '../state/store';

/** Muscle layers shown, a muscle chosen, or candidates to ghost through the skin. */
const isNeeded = (s: {
  layer: string;
  muscle?: unknown;
  ranking: { candidates: readonly unknown[] };
}): boolean => s.layer !== 'skin' || s.muscle !== undefined || s.ranking.candidates.length > 0;

/** True once the muscle layers are first needed (stays true), or at once when eager. */
export function useLayersNeeded(eager: boolean): boolean {
  const [needed, setNeeded] = useState(() => isNeeded(useAtlasStore.getState()));
  useEffect(() => {
    if (needed) return;
    return useAtlasStore.subscribe(isNeeded, (now) => now && setNeeded(true));
  }, [needed]);
  return needed || eager;
}

/**
 * `assets/generated/<name>-<shape>.bin` (content-hashed URL), decoded, once `needed`; undefined until then, while loading,
 * and when loading failed (logged: the body still works without it).
 */
export function useLayerAsset<T>(
  name: string,
  shape: BodyShape,
  needed: boolean,
  decode: (bytes: ArrayBuffer) => Promise<T>,
): T | undefined {
  const [state, setState] = useState<{ shape: BodyShape; asset: T }>();
  useEffect(() => {
    if (!needed) return;
    let live = true;
    const file = `${name}-${shape}.bin`;
    Promise.resolve()
      .then(() => fetch(generatedUrl(file)))
      .then((r) => {
        if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then(async (bytes) => {
        const asset = await decode(bytes);
        if (live) setState({ shape, asset });
      })
      .catch((e: unknown) => console.warn(`${name} not loaded:`, e));
    return () => {
      live = false;
    };
  }, [name, shape, needed, decode]);
  return state?.shape === shape ? state.asset : undefined;
}
