/**
 * Keeps the muscles' per-slot state texture in step with the store (layer, selection, side,
 * candidates, hovered candidate): rewritten in place on each relevant change, no React re-render
 * of the meshes; reports whether any muscle is drawn or ghosted, so empty passes are skipped.
 */
import { useEffect, useRef, useState } from 'react';
import type { DataTexture } from 'three';
import { shallow } from 'zustand/vanilla/shallow';
import type { MuscleAsset } from '../../body/muscles/asset';
import { useAtlasStore, type AtlasState } from '../../state/store';
import { muscleStates, writeMuscleStates, type MuscleUniforms } from '../muscleMaterial';
import { GHOST_SLOTS, MAIN_SLOTS, type SlotVisibility } from './muscleMeshes';
import type { SlotDraw } from './slotDraw';

export interface MuscleStateInput {
  readonly asset: MuscleAsset;
  readonly texture: DataTexture;
  /** The uniforms of the main and the ghost material (their `focus` follows the selection). */
  readonly uniforms: readonly MuscleUniforms[];
  readonly isolate: boolean;
  readonly candidateCount: number;
  /** Slot under the pointer (-1 none). */
  readonly hovered: { readonly current: number };
  readonly visible: SlotVisibility;
  /** The meshes' slot draws, repacked after each change of `visible`. */
  readonly draws: readonly SlotDraw[];
  readonly invalidate: () => void;
}

/** What the muscle state depends on in the store. */
const inputs = (s: AtlasState) => [s.layer, s.muscle, s.ranking, s.side, s.hoverCandidate, s.atlas];

/** Whether anything of the muscles is to be drawn at all. */
export const anyShown = (s: AtlasState): boolean =>
  s.layer !== 'skin' || s.muscle !== undefined || s.ranking.candidates.length > 0;

/** Returns `{ anyVisible, anyGhost, refresh }`; `refresh` rewrites the state now (after a hover). */
export function useMuscleStates(input: MuscleStateInput): {
  anyVisible: boolean;
  anyGhost: boolean;
  refresh: () => void;
} {
  const [anyVisible, setAnyVisible] = useState(false);
  const [anyGhost, setAnyGhost] = useState(false);
  const refresh = useRef<() => void>(() => undefined);
  const { asset, texture, uniforms, isolate, candidateCount, hovered, visible, draws, invalidate } =
    input;
  useEffect(() => {
    let shown = true;
    let drawn = false;
    const update = (): void => {
      const store = useAtlasStore.getState();
      for (const u of uniforms) u.focus.value = store.muscle === undefined ? 0 : 1;
      // On the bare skin with no muscle chosen and no candidate every muscle is hidden: while that
      // holds, the texture is left alone (rewritten as soon as something is to be drawn).
      const show = anyShown(store);
      if (!show && !shown) return;
      shown = show;
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
        visible[slot] = st.visible ? MAIN_SLOTS : ghosted ? GHOST_SLOTS : 0;
        any ||= st.visible;
        ghost ||= ghosted;
        return st;
      });
      for (const d of draws) d.show(visible);
      setAnyVisible(any);
      setAnyGhost(ghost);
      // Hidden before and after (the muscles loaded ahead of use): no pixel changes. A change of
      // visibility re-renders the meshes, which draws the picture again anyway.
      if (any || ghost || drawn) invalidate();
      drawn = any || ghost;
    };
    refresh.current = update;
    update();
    return useAtlasStore.subscribe(inputs, update, { equalityFn: shallow });
  }, [asset, texture, uniforms, isolate, candidateCount, hovered, visible, draws, invalidate]);
  return { anyVisible, anyGhost, refresh: () => refresh.current() };
}
