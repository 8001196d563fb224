/** What a selection shows: the referral zones and the trigger points to mark. */
import type { Atlas, SidedTriggerPoint } from './atlas';
import type { BodySide, MuscleId, RegionId } from './ids';
import type { SidedTriggerPointKey } from './triggerPointKey';

export interface SelectionView {
  readonly triggerPoints: readonly SidedTriggerPoint[];
  readonly essential: ReadonlySet<RegionId>;
  /** Spillover regions that are not also essential for another shown trigger point. */
  readonly spillover: ReadonlySet<RegionId>;
}

const EMPTY: SelectionView = { triggerPoints: [], essential: new Set(), spillover: new Set() };

/**
 * With a trigger point key (`l:infraspinatus-1`): that trigger point only. With only a muscle:
 * the composite pattern of all its trigger points on `side`, as the reference drawings show it.
 */
export function selectionView(
  atlas: Atlas,
  muscle: MuscleId | undefined,
  triggerPoint: SidedTriggerPointKey | undefined,
  side: BodySide = 'left',
): SelectionView {
  if (!muscle) return EMPTY;
  const tps = triggerPoint
    ? atlas.sidedTriggerPoints.filter((t) => t.key === triggerPoint)
    : atlas.sidedTriggerPoints.filter((t) => t.muscle === muscle && t.side === side);
  const essential = new Set(tps.flatMap((t) => t.essential));
  const spillover = new Set(tps.flatMap((t) => t.spillover).filter((r) => !essential.has(r)));
  return { triggerPoints: tps, essential, spillover };
}
