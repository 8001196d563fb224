/** The merged muscle mesh in the scene and its pointer handling: hover names the muscle, a tap chooses it. */
import { useThree, type ThreeEvent } from '@react-three/fiber';
import type { Mesh } from 'three';
import type { MuscleAsset } from '../../body/muscles/asset';
import { asMuscleId, type MuscleId } from '../../domain/ids';
import type { SidedTriggerPointKey } from '../../domain/triggerPointKey';
import { useAtlasStore } from '../../state/store';
import { chooseMarkerAt } from '../markerHits';
import { slotOfFace } from './muscleGeometry';
import { useStableHandlers } from '../useStableHandlers';

export interface MusclePrimitiveProps {
  readonly mesh: Mesh;
  readonly visible: boolean;
  readonly asset: MuscleAsset;
  /** Slot under the pointer (-1 none), shared with the state writer. */
  readonly hovered: { current: number };
  /** Rewrites the muscle state (after the hovered slot changed). */
  readonly refresh: () => void;
}

/** A click that moved more than this (CSS px) was a drag. */
const CLICK_SLOP_PX = 6;

export function MusclePrimitive({
  mesh,
  visible,
  asset,
  hovered,
  refresh,
}: MusclePrimitiveProps): React.JSX.Element {
  const size = useThree((s) => s.size);
  const slotOf = (e: ThreeEvent<MouseEvent | PointerEvent>): number =>
    slotOfFace(mesh.geometry, e.face);
  const muscleOf = (slot: number) => asset.muscles.find((x) => x.index === slot >> 1);
  // Stable across re-renders: a new handler is a changed prop, which R3F redraws for.
  const handlers = useStableHandlers({
    onPointerMove: (e: ThreeEvent<PointerEvent>) => {
      e.stopPropagation();
      const s = slotOf(e);
      if (s === hovered.current) return;
      hovered.current = s;
      const m = muscleOf(s);
      useAtlasStore
        .getState()
        .setHoverMuscle(
          m ? { muscle: asMuscleId(m.id), side: s & 1 ? 'right' : 'left' } : undefined,
        );
      refresh();
    },
    onPointerOut: () => {
      hovered.current = -1;
      useAtlasStore.getState().setHoverMuscle(undefined);
      refresh();
    },
    onClick: (e: ThreeEvent<MouseEvent>) => {
      if (e.delta > CLICK_SLOP_PX) return;
      e.stopPropagation();
      const pick = (c: { muscle: MuscleId; key: SidedTriggerPointKey }): void =>
        useAtlasStore.getState().selectMuscle(c.muscle, c.key);
      if (chooseMarkerAt(e, size, pick)) return;
      const slot = slotOf(e);
      const m = muscleOf(slot);
      if (!m) return;
      const store = useAtlasStore.getState();
      store.selectMuscle(asMuscleId(m.id));
      store.setSide(slot & 1 ? 'right' : 'left');
    },
  });
  return <primitive object={mesh} visible={visible} {...handlers} />;
}
