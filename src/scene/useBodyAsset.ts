/**
 * The generated body for a shape (`assets/generated/body-<shape>.bin`), fetched and decoded by
 * `bodyDecoder.ts` (usually in its worker, started at start-up; when that decode has finished
 * before the first render, taken synchronously so the first frame draws it), as a BufferGeometry; once the
 * dataset is there, checks the body was built for its region list. Its BVH for fast picking is
 * built right after the body's first frame (three-mesh-bvh is its own chunk, fetched then); until
 * then a tap raycasts without it. Geometries are disposed when replaced.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BufferGeometry } from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';
import type { BodyShape } from '../domain/urlState';
import { regionListHash, staleRegionsError } from '../body/asset/regionHash';
import { whenIdle } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { bodyAsset, takeDecodedBody } from './bodyDecoder';
import { bodyGeometry } from './bodyGeometry';

export interface LoadedBody {
  readonly asset: BodyAsset;
  readonly geometry: BufferGeometry;
}

/**
 * Latest start of the BVH after the first frame, ms: short, so it is there before anyone can tap
 * (a tap without it raycasts every triangle, ~100 ms on a slow machine).
 */
const BVH_AFTER_FIRST_FRAME_MS = 100;

/** Fetches three-mesh-bvh and builds the geometry's BVH right after the first frame; returns the cancel. */
function buildBvhSoon(g: BufferGeometry): () => void {
  let live = true;
  const bvh = import('./bvh');
  const cancel = whenIdle(() => {
    void bvh.then(({ ensureBvh }) => {
      if (live) ensureBvh(g);
    });
  }, BVH_AFTER_FIRST_FRAME_MS);
  return () => {
    live = false;
    cancel();
  };
}

export function useBodyAsset(shape: BodyShape): { body?: LoadedBody; error?: string } {
  const [state, setState] = useState<{ shape?: BodyShape; body?: LoadedBody; error?: string }>(
    () => {
      // Decoded before the first render (the worker is started by the entry): drawn at once.
      const asset = takeDecodedBody(shape);
      return asset ? { shape, body: { asset, geometry: bodyGeometry(asset) } } : {};
    },
  );
  /** The body of the first render, if it had one (its geometry is this hook's to dispose). */
  const first = useRef(state.body);
  useEffect(() => {
    let live = true;
    let built: BufferGeometry | undefined;
    const own = first.current;
    first.current = undefined;
    if (own?.asset.shape === shape) return () => own.geometry.dispose();
    bodyAsset(shape)
      .then((asset) => {
        if (!live) return;
        built = bodyGeometry(asset);
        setState({ shape, body: { asset, geometry: built } });
      })
      .catch(
        (e: unknown) =>
          live && setState({ shape, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
      built?.dispose();
    };
  }, [shape]);
  // The BVH waits for the first frame of this body: it costs tens of ms that the frame need not wait for.
  const drawn = useAtlasStore((s) => s.sceneReady);
  const geometry = state.shape === shape ? state.body?.geometry : undefined;
  useEffect(() => (drawn && geometry ? buildBvhSoon(geometry) : undefined), [drawn, geometry]);
  const stale = useStaleRegions(state.shape === shape ? state.body?.asset : undefined);
  if (state.shape !== shape) return {};
  return stale ? { error: stale } : { body: state.body, error: state.error };
}

/**
 * The body may be drawn before the dataset has loaded; once it has, a body built for another list
 * of regions (a stale cached file) becomes an error, never a body with wrongly coloured regions.
 */
function useStaleRegions(asset: BodyAsset | undefined): string | undefined {
  const atlas = useAtlasStore((s) => s.atlas);
  const expected = useMemo(() => atlas && regionListHash(atlas.regions.map((r) => r.id)), [atlas]);
  if (!asset || expected === undefined) return undefined;
  return staleRegionsError(asset.shape, asset.regionsHash, expected);
}
