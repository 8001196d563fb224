/**
 * The handout's pictures where there is no 3D body (no WebGL, or the body failed): the flat
 * outline, one view per figure, with the drawing hatched, the main zone solid, the spillover
 * dotted and the trigger points crossed, in paper colours, framed on the marked and highlighted
 * areas like the 3D pictures. SVG, so it prints at any resolution.
 */
import { useMemo, type ReactNode } from 'react';
import type { SnapshotView } from '../state/snapshot';
import { useAtlasStore } from '../state/store';
import { BodyOutline2D } from './BodyOutline2D';
import { outlineFrame } from './outlineFrame';
import { outlineMarks, useOutlineSelection } from './outlineSelection';
import { useBodyOutline } from './useBodyOutline';

export interface HandoutOutline {
  /** Draws one view; undefined until the outline is loaded (or when it is not wanted). */
  readonly render?: ((view: SnapshotView) => ReactNode) | undefined;
  /** True once there is nothing more to wait for (outline loaded, failed, or not wanted). */
  readonly settled: boolean;
}

/** The outline pictures, fetched only when `wanted` (the 3D pictures cannot be rendered). */
export function useHandoutOutline(wanted: boolean): HandoutOutline {
  const atlas = useAtlasStore((s) => s.atlas);
  const shape = useAtlasStore((s) => s.body);
  const { outline, error } = useBodyOutline(wanted ? shape : undefined);
  const { triggerPoints, ...sets } = useOutlineSelection();
  const { marks, frame } = useMemo(() => {
    if (!outline) return {};
    const marks = outlineMarks(outline, triggerPoints);
    const shown = new Set([...sets.drawing, ...sets.essential, ...sets.spillover]);
    return { marks, frame: outlineFrame(outline, shown, marks) };
  }, [outline, triggerPoints, sets.drawing, sets.essential, sets.spillover]);
  if (!wanted) return { settled: true };
  if (!outline) return { settled: error !== undefined };
  const render = (view: SnapshotView): ReactNode => (
    <div className="handout-outline" data-testid={`handout-outline-picture-${view}`}>
      <BodyOutline2D
        outline={outline}
        {...sets}
        marks={marks}
        only={view}
        box={frame?.[view]}
        print
        className="handout-outline-svg"
        label={(i) => atlas?.regions[i]?.label}
      />
    </div>
  );
  return { render, settled: true };
}
