/**
 * Every muscle of the dataset, both sides, as ONE merged mesh (one draw call). Layer peeling,
 * selection, candidate tint and hover only rewrite a small per-muscle data texture (read from the
 * store with `useAtlasStore.subscribe`, no React re-render); nothing is rebuilt. Tapping a visible
 * muscle selects it and its side. Geometry and material are created once per loaded asset and disposed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, Mesh, type Intersection, type Raycaster } from 'three';
import { acceleratedRaycast, MeshBVH } from 'three-mesh-bvh';
import type { MuscleAsset } from '../body/muscles/asset';
import { decodeMuscleAsset, muscleDecoderReady } from '../body/muscles/assetDecode';
import { asMuscleId, type MuscleId } from '../domain/ids';
import type { BodyShape, Vec3 } from '../domain/primitives';
import type { SidedTriggerPointKey } from '../domain/triggerPointKey';
import { whenIdle } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { useLayerAsset, useLayersNeeded } from './useLayerAsset';
import { createGhostMaterial } from './ghostMaterial';
import { chooseMarkerAt } from './markerHits';
import {
  createMuscleMaterial,
  createMuscleStateTexture,
  muscleStates,
  writeMuscleStates,
} from './muscleMaterial';

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

/** Builds the merged geometry (position, normal, uv, muscleSlot, layer, index); the BVH comes on the first pick. */
export function muscleGeometry(asset: MuscleAsset): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(asset.positions, 3));
  g.setAttribute('normal', new BufferAttribute(asset.normals, 3));
  g.setAttribute('uv', new BufferAttribute(asset.uvs, 2));
  g.setAttribute('muscleSlot', new BufferAttribute(asset.muscleSlot, 1));
  g.setAttribute('layer', new BufferAttribute(asset.layer, 1));
  g.setIndex(new BufferAttribute(asset.indices, 1));
  g.computeBoundingSphere();
  return g;
}

async function decodeMuscles(bytes: ArrayBuffer): Promise<MuscleAsset> {
  await muscleDecoderReady;
  return decodeMuscleAsset(bytes);
}

export function MuscleMeshes(props: MuscleMeshesProps): React.JSX.Element | null {
  const needed = useLayersNeeded(props.eager ?? false);
  const asset = useLayerAsset('muscles', props.shape, needed, decodeMuscles);
  return asset ? <MergedMuscles {...props} asset={asset} /> : null;
}

function MergedMuscles({
  asset,
  isolate = false,
  color = '#a4352d',
  striation = 14,
  candidateCount = 8,
  onTriggerPoints,
}: MuscleMeshesProps & { readonly asset: MuscleAsset }): React.JSX.Element {
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const slots = useMemo(
    () => asset.muscles.reduce((n, m) => Math.max(n, 2 * m.index + 2), 2),
    [asset],
  );
  const geometry = useMemo(() => muscleGeometry(asset), [asset]);
  const texture = useMemo(() => createMuscleStateTexture(slots), [slots]);
  const material = useMemo(
    () => createMuscleMaterial({ stateTexture: texture, color, striation }),
    [texture, color, striation],
  );
  const ghostMaterial = useMemo(() => createGhostMaterial(texture), [texture]);
  /** Per slot: 1 drawn by the main pass, 2 ghosted (a hidden candidate), 0 not drawn. */
  const visible = useRef<Uint8Array>(new Uint8Array(slots));
  const hovered = useRef(-1);
  const [anyVisible, setAnyVisible] = useState(false);
  const [anyGhost, setAnyGhost] = useState(false);
  const refresh = useRef<() => void>(() => undefined);

  useEffect(() => () => geometry.dispose(), [geometry]);
  // Compile the muscle shader now (with the scene's lights), not in the frame of the first selection,
  // and build the picking BVH when the page is idle, not on the first tap.
  useEffect(() => {
    gl.compile(new Mesh(geometry, material), camera, scene);
    gl.compile(new Mesh(geometry, ghostMaterial), camera, scene);
    return whenIdle(() => {
      const g = geometry as { boundsTree?: unknown };
      g.boundsTree ??= new MeshBVH(geometry);
    }, 10_000);
  }, [gl, geometry, material, ghostMaterial, camera, scene]);
  useEffect(
    () => () => (texture.dispose(), material.dispose(), ghostMaterial.dispose()),
    [texture, material, ghostMaterial],
  );
  useEffect(() => {
    onTriggerPoints?.(asset.triggerPoints);
  }, [asset, onTriggerPoints]);
  // Signal for tests and screenshots: the muscles of this shape are loaded and drawable.
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.musclesReady = 'true';
    return () => void delete root.dataset.musclesReady;
  }, [asset]);

  useEffect(() => {
    let shown = true;
    const update = (): void => {
      const store = useAtlasStore.getState();
      const focus = store.muscle === undefined ? 0 : 1;
      material.userData.uniforms.focus.value = focus;
      ghostMaterial.userData.uniforms.focus.value = focus;
      // On the bare skin with no muscle chosen and no candidate every muscle is hidden: while that
      // holds, the texture is left alone (rewritten as soon as something is to be drawn).
      const anyShown =
        store.layer !== 'skin' || store.muscle !== undefined || store.ranking.candidates.length > 0;
      if (!anyShown && !shown) return;
      shown = anyShown;
      const state = muscleStates(store, asset, {
        isolate,
        candidateCount,
        hovered: hovered.current,
      });
      let any = false;
      let ghost = false;
      writeMuscleStates(texture, (slot) => {
        const st = state(slot);
        const ghosted = !st.visible && st.candidate > 0;
        visible.current[slot] = st.visible ? 1 : ghosted ? 2 : 0;
        any ||= st.visible;
        ghost ||= ghosted;
        return st;
      });
      setAnyVisible(any);
      setAnyGhost(ghost);
      invalidate();
    };
    refresh.current = update;
    update();
    return useAtlasStore.subscribe((s, prev) => {
      if (
        s.layer !== prev.layer ||
        s.muscle !== prev.muscle ||
        s.ranking !== prev.ranking ||
        s.side !== prev.side ||
        s.hoverCandidate !== prev.hoverCandidate ||
        s.atlas !== prev.atlas
      )
        update();
    });
  }, [asset, texture, material, ghostMaterial, isolate, candidateCount, invalidate]);

  const mesh = useMemo(() => {
    const m = new Mesh(geometry, material);
    m.name = 'muscles';
    // Only drawn (or ghosted) muscles can be hit: the BVH holds all of them.
    m.raycast = (raycaster: Raycaster, hits: Intersection[]) => {
      // Nothing to hit while every muscle is hidden (the bare skin): skip the BVH entirely.
      if (!visible.current.some((v) => v > 0)) return;
      // Typed through drei's nested copy of three-mesh-bvh, hence the cast.
      const g = geometry as { boundsTree?: unknown };
      g.boundsTree ??= new MeshBVH(geometry);
      const all: Intersection[] = [];
      acceleratedRaycast.call(m, raycaster, all);
      const slot = geometry.getAttribute('muscleSlot');
      for (const h of all)
        if (h.face && visible.current[Math.round(slot.getX(h.face.a))]) hits.push(h);
    };
    return m;
  }, [geometry, material]);
  const ghost = useMemo(() => {
    const g = new Mesh(geometry, ghostMaterial);
    g.name = 'muscle-ghosts';
    g.renderOrder = 5; // over the skin (2), under the trigger point markers (10)
    g.raycast = () => undefined; // picked through the main mesh
    return g;
  }, [geometry, ghostMaterial]);

  return (
    <>
      <primitive object={ghost} visible={anyGhost} />
      <MusclePrimitive
        mesh={mesh}
        visible={anyVisible}
        asset={asset}
        geometry={geometry}
        hovered={hovered}
        refresh={refresh}
      />
    </>
  );
}

interface MusclePrimitiveProps {
  readonly mesh: Mesh;
  readonly visible: boolean;
  readonly asset: MuscleAsset;
  readonly geometry: BufferGeometry;
  /** Slot under the pointer (-1 none), shared with the state writer. */
  readonly hovered: { current: number };
  readonly refresh: { current: () => void };
}

/** The merged muscle mesh and its pointer handling: hover names the muscle, a tap chooses it. */
function MusclePrimitive({
  mesh,
  visible,
  asset,
  geometry,
  hovered,
  refresh,
}: MusclePrimitiveProps): React.JSX.Element {
  const size = useThree((s) => s.size);
  const slotOf = (e: ThreeEvent<MouseEvent | PointerEvent>): number =>
    e.face ? Math.round(geometry.getAttribute('muscleSlot').getX(e.face.a)) : -1;
  return (
    <primitive
      object={mesh}
      visible={visible}
      onPointerMove={(e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation();
        const s = slotOf(e);
        if (s === hovered.current) return;
        hovered.current = s;
        const m = asset.muscles.find((x) => x.index === s >> 1);
        useAtlasStore
          .getState()
          .setHoverMuscle(
            m ? { muscle: asMuscleId(m.id), side: s & 1 ? 'right' : 'left' } : undefined,
          );
        refresh.current();
      }}
      onPointerOut={() => {
        hovered.current = -1;
        useAtlasStore.getState().setHoverMuscle(undefined);
        refresh.current();
      }}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        if (e.delta > 6) return;
        e.stopPropagation();
        const pick = (c: { muscle: MuscleId; key: SidedTriggerPointKey }): void =>
          useAtlasStore.getState().selectMuscle(c.muscle, c.key);
        if (chooseMarkerAt(e, size, pick)) return;
        const slot = slotOf(e);
        const m = asset.muscles.find((x) => x.index === slot >> 1);
        if (!m) return;
        const store = useAtlasStore.getState();
        store.selectMuscle(asMuscleId(m.id));
        store.setSide(slot & 1 ? 'right' : 'left');
      }}
    />
  );
}
