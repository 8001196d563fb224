/**
 * The skin mesh: draws the body, the region overlay and handles picking (tap to mark,
 * brush to paint, hover to name). Highlighting only rewrites the region texture.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { MeshBasicMaterial, type BufferGeometry, type Mesh } from 'three';
import { asRegionId, type RegionId } from '../domain/ids';
import { selectionView } from '../domain/selection';
import { shallow } from 'zustand/vanilla/shallow';
import { useAtlasStore } from '../state/store';
import type { BodyAsset } from '../body/asset/bodyAsset';
import {
  chooseMarkerOnSkin,
  clearMarkerHover,
  hoverMarker,
  notePointerDown,
} from './markerPointer';
import { createRegionTexture, regionSlots, writeRegionTexture } from './regionTexture';
import { createSkinMaterial } from './skinMaterial';
import { regionAtFace, regionsInSphere } from './picking';
import { skinOpacity } from './skinOpacity';
import { useSkinWarmUp } from './useSkinWarmUp';
import { useStableHandlers } from './useStableHandlers';

export interface BodySkinProps {
  readonly asset: BodyAsset;
  readonly geometry: BufferGeometry;
}

/** The depth pre-pass is not pickable. */
const NO_RAYCAST = (): void => undefined;

/** Pointer travel (px) below which a press counts as a tap, not a rotation. */
const TAP_SLOP_PX = 6;

export function BodySkin({ asset, geometry }: BodySkinProps): React.JSX.Element {
  // Sized from the body, not the dataset (which may load after the first frame); the same for
  // both body shapes, so switching shape keeps the texture and the material.
  const slots = useMemo(() => regionSlots(asset.regionIndex), [asset]);
  const texture = useMemo(() => createRegionTexture(slots), [slots]);
  const material = useMemo(() => createSkinMaterial({ regionTexture: texture }), [texture]);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const size = useThree((s) => s.size);
  const meshRef = useRef<Mesh>(null);
  const painting = useRef(false);
  const stopPainting = useRef<() => void>(() => undefined);
  useEffect(() => () => stopPainting.current(), []);

  /**
   * A stroke ends wherever the pointer is released: over the body, beside it, or outside the page
   * (the canvas captures the pointer, and a window-level listener hears the release).
   */
  const startPainting = (pointerId: number): void => {
    stopPainting.current();
    painting.current = true;
    try {
      canvas.setPointerCapture(pointerId);
    } catch {
      // Not an active pointer (synthetic events): the window listener still ends the stroke.
    }
    const end = (): void => stopPainting.current();
    window.addEventListener('pointerup', end, true);
    window.addEventListener('pointercancel', end, true);
    window.addEventListener('blur', end);
    stopPainting.current = () => {
      painting.current = false;
      window.removeEventListener('pointerup', end, true);
      window.removeEventListener('pointercancel', end, true);
      window.removeEventListener('blur', end);
      if (canvas.hasPointerCapture?.(pointerId)) canvas.releasePointerCapture(pointerId);
      stopPainting.current = () => undefined;
    };
  };

  // Translucent skin draws in two passes: depth only, then colour where the depth matches, so only
  // the front-most skin surface blends over the muscles (no arm seen through the chest).
  const depthMaterial = useMemo(
    () => new MeshBasicMaterial({ colorWrite: false, depthWrite: true }),
    [],
  );
  useEffect(
    () => () => (texture.dispose(), material.dispose(), depthMaterial.dispose()),
    [texture, material, depthMaterial],
  );
  const depthRef = useRef<Mesh>(null);
  // The translucent skin is a twin of the opaque one (same uniforms), compiled after the first frame
  // with its depth pre-pass. The mesh swaps to it: flagging the opaque material for an update
  // instead made three.js derive the program again (parameters, cache key, uniforms) in the frame
  // of the first tap or choice that ghosts muscles through the skin.
  const translucentTwin = useMemo(() => {
    const twin = createSkinMaterial({
      regionTexture: texture,
      uniforms: material.userData.uniforms,
    });
    twin.transparent = true;
    twin.depthWrite = false;
    return twin;
  }, [texture, material]);
  useEffect(() => () => translucentTwin.dispose(), [translucentTwin]);
  useSkinWarmUp(geometry, translucentTwin, depthMaterial);
  // The opacity follows the store without re-rendering React (choosing a muscle changes it).
  useEffect(() => {
    const apply = (opacity: number): void => {
      const translucent = opacity < 1;
      const mesh = meshRef.current;
      if (mesh) mesh.material = translucent ? translucentTwin : material;
      translucentTwin.opacity = opacity;
      if (depthRef.current) depthRef.current.visible = translucent;
      invalidate();
    };
    apply(skinOpacity(useAtlasStore.getState()));
    return useAtlasStore.subscribe(skinOpacity, apply);
  }, [material, translucentTwin, invalidate]);

  // Region overlay follows the store without re-rendering React.
  useEffect(() => {
    const update = (): void => {
      const s = useAtlasStore.getState();
      if (!s.atlas) return;
      const a = s.atlas;
      const idx = (id: RegionId): number => a.regionById.get(id)?.index ?? -1;
      const view = selectionView(a, s.muscle, s.triggerPoint, s.side);
      const changed = writeRegionTexture(texture, {
        drawing: new Map(s.drawing.map((m) => [idx(m.region), m.intensity ?? 5])),
        essential: new Set([...view.essential].map(idx)),
        spillover: new Set([...view.spillover].map(idx)),
        hover: s.hoverRegion ? idx(s.hoverRegion) : undefined,
      });
      // E.g. the dataset arriving with nothing marked, or a hover over an area without a region.
      if (changed) invalidate();
    };
    update();
    return useAtlasStore.subscribe(
      (s) => [s.drawing, s.muscle, s.triggerPoint, s.side, s.hoverRegion, s.atlas],
      update,
      { equalityFn: shallow },
    );
  }, [texture, invalidate]);

  /**
   * With the skin peeled (any layer but 'skin'), a tap or hover that also meets a visible muscle
   * belongs to the muscle: the skin lets the event pass on instead of marking a region.
   */
  const musclesFirst = (e: ThreeEvent<PointerEvent | MouseEvent>): boolean =>
    useAtlasStore.getState().layer !== 'skin' &&
    e.intersections.some((i) => i.object.name === 'muscles');

  /** On the bare skin, a ghosted candidate muscle lies under the pointer. */
  const ghostUnder = (e: ThreeEvent<PointerEvent>): boolean =>
    useAtlasStore.getState().layer === 'skin' &&
    e.intersections.some((i) => i.object.name === 'muscles');

  const regionId = (e: ThreeEvent<PointerEvent | MouseEvent>): RegionId | undefined => {
    const a = useAtlasStore.getState().atlas;
    const i = e.face ? regionAtFace(asset, e.face, e.point) : -1;
    const r = a?.regions[i];
    return r ? asRegionId(r.id) : undefined;
  };
  const brush = (e: ThreeEvent<PointerEvent>, commit: boolean): void => {
    const s = useAtlasStore.getState();
    if (!s.atlas) return;
    const ids = regionsInSphere(asset, e.point, s.brushRadius).map((i) =>
      asRegionId(s.atlas?.regions[i]?.id ?? ''),
    );
    s.paintRegions(ids, commit);
  };

  // Stable across re-renders: a new handler is a changed prop, which R3F redraws for.
  const handlers = useStableHandlers({
    onPointerMove: (e: ThreeEvent<PointerEvent>) => {
      if (!painting.current && musclesFirst(e)) {
        useAtlasStore.getState().setHover(undefined);
        return;
      }
      useAtlasStore.getState().setHover(regionId(e));
      // A mouse over a candidate's ✕ sees what a click will choose.
      const onMarker = !painting.current && hoverMarker(e, size, canvas);
      // On the bare skin a ghosted source muscle under the pointer is named and emphasised too.
      if (painting.current || onMarker || !ghostUnder(e)) e.stopPropagation();
      if (painting.current) brush(e, false);
    },
    onPointerOut: () => {
      useAtlasStore.getState().setHover(undefined);
      clearMarkerHover(canvas);
    },
    onPointerDown: (e: ThreeEvent<PointerEvent>) => {
      notePointerDown(e);
      if (useAtlasStore.getState().tool === 'tap' || e.button !== 0) return;
      e.stopPropagation();
      startPainting(e.pointerId);
      brush(e, true);
    },
    onPointerUp: () => stopPainting.current(),
    onClick: (e: ThreeEvent<MouseEvent>) => {
      if (useAtlasStore.getState().tool !== 'tap' || e.delta > TAP_SLOP_PX) return;
      if (musclesFirst(e)) return;
      e.stopPropagation();
      // A tap on a candidate's ✕ chooses it where that cannot be mistaken for marking pain
      // (a mouse, or a finger zoomed in: see markerTap.ts); anywhere else the skin marks pain.
      if (chooseMarkerOnSkin(e, size)) return;
      const id = regionId(e);
      if (id) useAtlasStore.getState().toggleRegion(id);
    },
  });

  return (
    <>
      <mesh
        ref={depthRef}
        geometry={geometry}
        material={depthMaterial}
        renderOrder={1}
        raycast={NO_RAYCAST}
        visible={false}
        name="skin-depth"
      />
      <mesh
        renderOrder={2}
        ref={meshRef}
        geometry={geometry}
        material={material}
        name="skin"
        {...handlers}
      />
    </>
  );
}
