/**
 * Loads the generated body for a shape (`generated/body-<shape>.bin`) and turns it into a
 * BufferGeometry with a BVH for fast picking. The decoder and three-mesh-bvh are loaded in
 * parallel with the asset (dynamic imports), so they stay out of the initial JavaScript.
 * Geometries are disposed when replaced.
 */
import { useEffect, useState } from 'react';
import { BufferAttribute, BufferGeometry, Mesh } from 'three';
import type { BodyAsset } from '../body/asset/bodyAsset';
import type { BodyShape } from '../domain/urlState';
import { GENERATED } from '../state/boot';

export interface LoadedBody {
  readonly asset: BodyAsset;
  readonly geometry: BufferGeometry;
}

let bvhReady: Promise<void> | undefined;
/** three-mesh-bvh's documented set-up: BVH-accelerated raycasting for every mesh (once). */
function installBvh(): Promise<void> {
  bvhReady ??= import('three-mesh-bvh').then(
    ({ acceleratedRaycast, computeBoundsTree, disposeBoundsTree }) => {
      BufferGeometry.prototype.computeBoundsTree =
        computeBoundsTree as unknown as BufferGeometry['computeBoundsTree'];
      BufferGeometry.prototype.disposeBoundsTree = disposeBoundsTree;
      Mesh.prototype.raycast = acceleratedRaycast;
    },
  );
  return bvhReady;
}

/** Builds the skin geometry: position, normal, regionIndex, index, and its BVH. */
export function bodyGeometry(asset: BodyAsset): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(asset.positions, 3));
  g.setAttribute('normal', new BufferAttribute(asset.normals, 3));
  g.setAttribute('regionIndex', new BufferAttribute(asset.regionIndex, 1));
  g.setIndex(new BufferAttribute(asset.indices, 1));
  g.computeBoundingSphere();
  g.computeBoundsTree?.();
  return g;
}

async function loadBody(shape: BodyShape): Promise<BodyAsset> {
  const [res, { decodeBodyAsset }] = await Promise.all([
    fetch(`${GENERATED}body-${shape}.bin`),
    import('../body/asset/bodyAsset'),
    installBvh(),
  ]);
  if (!res.ok) throw new Error(`body-${shape}.bin: HTTP ${res.status}`);
  return decodeBodyAsset(await res.arrayBuffer());
}

export function useBodyAsset(shape: BodyShape): { body?: LoadedBody; error?: string } {
  const [state, setState] = useState<{ shape?: BodyShape; body?: LoadedBody; error?: string }>({});
  useEffect(() => {
    let live = true;
    let built: BufferGeometry | undefined;
    loadBody(shape)
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
      built?.disposeBoundsTree?.();
      built?.dispose();
    };
  }, [shape]);
  return state.shape === shape ? { body: state.body, error: state.error } : {};
}
