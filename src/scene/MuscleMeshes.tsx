/**
 * Every muscle of the dataset, both sides, as ONE merged geometry, drawn by two meshes of one draw
 * call each: the shown muscles and the candidates ghosted through the skin. Layer peeling,
 * selection, candidate tint and hover rewrite a small per-muscle data texture
 * (muscles/useMuscleStates.ts, no React re-render); a change of which muscles are shown also
 * repacks each mesh's index buffer to those muscles (muscles/slotDraw.ts); nothing is rebuilt.
 * Tapping a visible muscle selects it and its side (muscles/MusclePrimitive.tsx). Geometry and materials are created once
 * per loaded asset and disposed; the picking BVH is built once (bvh.ts), when the page is idle.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { Mesh } from 'three';
import type { MuscleAsset } from '../body/muscles/asset';
import type { BodyShape, Vec3 } from '../domain/primitives';
import { whenIdle } from '../state/browser';
import { ensureBvh } from './bvh';
import { createGhostMaterial } from './ghostMaterial';
import { createMuscleMaterial, createMuscleStateTexture } from './muscleMaterial';
import { decodeMuscles, MUSCLE_BVH, muscleGeometry, slotCount } from './muscles/muscleGeometry';
import { createGhostMesh, createMuscleMesh, GHOST_SLOTS, MAIN_SLOTS } from './muscles/muscleMeshes';
import { MusclePrimitive } from './muscles/MusclePrimitive';
import { createSlotDraw, largestSlotsLength, type SlotDraw } from './muscles/slotDraw';
import { useAtlasStore } from '../state/store';
import { anyShown, useMuscleStates } from './muscles/useMuscleStates';
import { uploadInFrame } from './uploadInFrame';
import { useLatch } from './useLatch';
import { useLayerAsset, useLayersNeeded } from './useLayerAsset';
import { warmProgram } from './warmProgram';

export interface MuscleMeshesProps {
  /** Body shape whose muscles are loaded (`generated/muscles-<shape>.bin`). */
  readonly shape: BodyShape;
  /** Show only the selected muscle (default false). */
  readonly isolate?: boolean;
  /** Base colour of muscle tissue (default '#a4352d'). */
  readonly color?: string;
  /** Fibre stripes across a muscle's width (default 14). */
  readonly striation?: number;
  /** Most candidates tinted (and ghosted through the skin), best first (default 8). */
  readonly candidateCount?: number;
  /**
   * Load at once (default false: the asset is fetched when a muscle layer is first shown or a
   * muscle first selected, so the first frame of the body does not wait for it).
   */
  readonly eager?: boolean;
  /** Called once per loaded asset with the trigger point positions (`l:<id>` / `r:<id>` → m). */
  readonly onTriggerPoints?: (positions: Readonly<Record<string, Vec3>>) => void;
}

export { muscleGeometry };

export function MuscleMeshes(props: MuscleMeshesProps): React.JSX.Element | null {
  const needed = useLayersNeeded(props.eager ?? false);
  const asset = useLayerAsset('muscles', props.shape, needed, decodeMuscles);
  return asset ? <MergedMuscles {...props} asset={asset} /> : null;
}

/**
 * The test and screenshot signal `<html data-muscles-ready>`: this shape's muscles are in the
 * scene (`asset` undefined: not yet), so drawable, and their geometry on the GPU unless they were
 * wanted at once.
 */
function useMusclesReadySignal(asset: MuscleAsset | undefined): void {
  useEffect(() => {
    if (!asset) return;
    const root = document.documentElement;
    root.dataset.musclesReady = 'true';
    return () => void delete root.dataset.musclesReady;
  }, [asset]);
}

function MergedMuscles({
  asset,
  isolate = false,
  color = '#a4352d',
  striation = 14,
  candidateCount = 8,
  onTriggerPoints,
}: MuscleMeshesProps & { readonly asset: MuscleAsset }): React.JSX.Element | null {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const slots = useMemo(() => slotCount(asset), [asset]);
  const geometry = useMemo(() => muscleGeometry(asset), [asset]);
  const texture = useMemo(() => createMuscleStateTexture(slots), [slots]);
  const material = useMemo(
    () => createMuscleMaterial({ stateTexture: texture, color, striation }),
    [texture, color, striation],
  );
  const ghostMaterial = useMemo(() => createGhostMaterial(texture), [texture]);
  const uniforms = useMemo(
    () => [material.userData.uniforms, ghostMaterial.userData.uniforms],
    [material, ghostMaterial],
  );
  const visible = useMemo(() => new Uint8Array(slots), [slots]);
  const hovered = useRef(-1);
  // The ghosts are at most the candidates shown: their buffer is made big enough for any of them.
  const draws = useMemo(
    () => [
      createSlotDraw(geometry, asset.indices, asset.slotRanges, MAIN_SLOTS),
      createSlotDraw(
        geometry,
        asset.indices,
        asset.slotRanges,
        GHOST_SLOTS,
        largestSlotsLength(asset.slotRanges, candidateCount),
      ),
    ],
    [geometry, asset, candidateCount],
  );
  const [mainDraw, ghostDraw] = draws as [SlotDraw, SlotDraw];
  const mesh = useMemo(
    () => createMuscleMesh(mainDraw.geometry, geometry, material, visible),
    [mainDraw, geometry, material, visible],
  );
  const ghost = useMemo(
    () => createGhostMesh(ghostDraw.geometry, ghostMaterial),
    [ghostDraw, ghostMaterial],
  );

  useEffect(() => () => (geometry.dispose(), draws.forEach((d) => d.dispose())), [geometry, draws]);
  useEffect(
    () => () => (texture.dispose(), material.dispose(), ghostMaterial.dispose()),
    [texture, material, ghostMaterial],
  );
  // Compile the muscle shaders now (with the scene's lights), not in the frame of the first
  // selection; when the page is idle, upload the geometry (not in the frame of the first tap that
  // ghosts the candidates) and build the picking BVH (not on the first tap).
  const [uploadNow, setUploadNow] = useState(false);
  useEffect(() => {
    const materials = [material, ghostMaterial];
    const compiled = materials.map((m) => warmProgram(gl, new Mesh(geometry, m), camera, scene));
    let live = true;
    const cancelIdle = whenIdle(() => {
      void Promise.allSettled(compiled).then(() => live && setUploadNow(true));
      ensureBvh(geometry, MUSCLE_BVH);
    }, 10_000);
    return () => {
      live = false;
      cancelIdle();
    };
  }, [gl, geometry, material, ghostMaterial, camera, scene]);
  // In the commit that puts the meshes into the scene (below), so that R3F's frame for that mount
  // and the upload's frame are one.
  useLayoutEffect(() => {
    if (!uploadNow) return;
    const parts = [
      { geometry: mainDraw.geometry, material },
      { geometry: ghostDraw.geometry, material: ghostMaterial },
    ];
    return uploadInFrame({ scene, parts, invalidate });
  }, [uploadNow, mainDraw, ghostDraw, material, ghostMaterial, scene, invalidate]);
  useEffect(() => {
    onTriggerPoints?.(asset.triggerPoints);
  }, [asset, onTriggerPoints]);
  // Hidden muscles join the scene with the upload above, not in a frame of their own (R3F asks for
  // one whenever it mounts an object); muscles to be drawn at once.
  const inScene = useLatch(useAtlasStore(anyShown) || uploadNow);
  useMusclesReadySignal(inScene ? asset : undefined);
  const { anyVisible, anyGhost, refresh } = useMuscleStates({
    asset,
    texture,
    uniforms,
    isolate,
    candidateCount,
    hovered,
    visible,
    draws,
    invalidate,
  });

  if (!inScene) return null;
  return (
    <>
      <primitive object={ghost} visible={anyGhost} />
      <MusclePrimitive
        mesh={mesh}
        visible={anyVisible}
        asset={asset}
        hovered={hovered}
        refresh={refresh}
      />
    </>
  );
}
