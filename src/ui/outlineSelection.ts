/**
 * What the flat outline shows of the current selection: the drawing, the chosen pattern's main
 * and spillover zones (as region indices into data/regions.json) and the ✕ of its trigger points
 * placed on each view. Shared by the no-WebGL body and the handout's no-WebGL pictures.
 */
import { useMemo } from 'react';
import type { BodyOutline } from '../body/asset/outline';
import { triggerPointPosition } from '../body/triggerPointPlace';
import type { SidedTriggerPoint } from '../domain/atlas';
import type { RegionId } from '../domain/ids';
import { selectionView } from '../domain/selection';
import { useAtlasStore } from '../state/store';

/** A point on one outline view, mm (x to the viewer's right, y down from the top). */
export type OutlinePoint = readonly [number, number];

/** Trigger point crosses per view. */
export interface OutlineMarks {
  readonly front: readonly OutlinePoint[];
  readonly back: readonly OutlinePoint[];
}

export interface OutlineSelection {
  readonly drawing: ReadonlySet<number>;
  readonly essential: ReadonlySet<number>;
  readonly spillover: ReadonlySet<number>;
  readonly triggerPoints: readonly SidedTriggerPoint[];
}

/**
 * A trigger point whose skin faces sideways (|facing| below this: top of the shoulder, side of
 * the neck, flank) is crossed in both views; others in the view they face.
 */
const SIDEWAYS = 0.35;

/** Where the trigger points fall on the front and back views; none when the outline has no landmarks. */
export function outlineMarks(
  outline: BodyOutline,
  triggerPoints: readonly SidedTriggerPoint[],
): OutlineMarks {
  const front: OutlinePoint[] = [];
  const back: OutlinePoint[] = [];
  if (!outline.landmarks) return { front, back };
  for (const tp of triggerPoints) {
    const p = triggerPointPosition(tp, outline.landmarks);
    if (!p) continue;
    const [x, y, facing] = p;
    if (facing > -SIDEWAYS) front.push([x, y]);
    if (facing < SIDEWAYS) back.push([outline.width - x, y]);
  }
  return { front, back };
}

/** The current drawing and selection as region index sets and trigger points. */
export function useOutlineSelection(): OutlineSelection {
  const atlas = useAtlasStore((s) => s.atlas);
  const drawing = useAtlasStore((s) => s.drawing);
  const muscle = useAtlasStore((s) => s.muscle);
  const tp = useAtlasStore((s) => s.triggerPoint);
  const side = useAtlasStore((s) => s.side);
  return useMemo(() => {
    const idx = (id: RegionId): number => atlas?.regionById.get(id)?.index ?? -1;
    const view = atlas ? selectionView(atlas, muscle, tp, side) : undefined;
    return {
      drawing: new Set(drawing.map((m) => idx(m.region))),
      essential: new Set([...(view?.essential ?? [])].map(idx)),
      spillover: new Set([...(view?.spillover ?? [])].map(idx)),
      triggerPoints: view?.triggerPoints ?? [],
    };
  }, [atlas, drawing, muscle, tp, side]);
}
