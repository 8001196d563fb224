/**
 * The procedural skeleton of a body shape as ONE mesh (one draw call), drawn under the muscles
 * whenever a muscle layer is peeled into view (the store's layer is not 'skin'); hidden with
 * `visible`, never remounted, and put in the scene without asking for a frame while hidden
 * (useSceneObject.ts). It is not pickable: taps go through to the muscles and the skin.
 * The asset (`generated/bones-<shape>.bin`, body asset format) loads with the muscles; geometry
 * and material are created once per asset and disposed on unmount. Positions in metres in the
 * body frame.
 */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Mesh, MeshStandardMaterial } from 'three';
import { decodeBodyAsset } from '../body/asset/bodyAsset';
import type { BodyShape } from '../domain/urlState';
import { useAtlasStore } from '../state/store';
import { useSceneObject } from './useSceneObject';
import { useLayerAsset, useLayersNeeded } from './useLayerAsset';

export interface BonesProps {
  /** Body shape whose skeleton is loaded (`generated/bones-<shape>.bin`). */
  readonly shape: BodyShape;
  /** Bone colour (default '#d8c9a8', ivory). */
  readonly color?: string;
  /** Material roughness, 0–1 (default 0.7). */
  readonly roughness?: number;
  /**
   * Load at once (default false: fetched when a muscle layer is first shown or a muscle first
   * selected, like the muscles, so the first frame of the body never waits for it).
   */
  readonly eager?: boolean;
}

export function Bones({
  shape,
  color = '#d8c9a8',
  roughness = 0.7,
  eager = false,
}: BonesProps): null {
  const asset = useLayerAsset('bones', shape, useLayersNeeded(eager), decodeBodyAsset);
  const visible = useAtlasStore((s) => s.layer !== 'skin');
  const material = useMemo(
    () => new MeshStandardMaterial({ color, roughness, metalness: 0 }),
    [color, roughness],
  );
  const mesh = useMemo(() => {
    if (!asset) return undefined;
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(asset.positions, 3));
    g.setAttribute('normal', new BufferAttribute(asset.normals, 3));
    g.setIndex(new BufferAttribute(asset.indices, 1));
    g.computeBoundingSphere();
    const m = new Mesh(g, material);
    m.name = 'bones';
    m.raycast = () => undefined;
    return m;
  }, [asset, material]);
  useEffect(() => () => material.dispose(), [material]);
  // Loaded ahead of a peel, the skeleton is hidden: it asks for no frame until it is shown.
  useSceneObject(mesh, visible);
  useEffect(() => {
    if (!mesh) return;
    // Signal for tests and screenshots: the skeleton is loaded and drawable.
    const root = document.documentElement;
    root.dataset.bonesReady = 'true';
    return () => {
      delete root.dataset.bonesReady;
      mesh.geometry.dispose();
    };
  }, [mesh]);
  return null;
}
