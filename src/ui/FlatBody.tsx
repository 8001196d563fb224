/**
 * The body without WebGL: one plain notice, the flat front/back outline with the pain drawing and
 * the chosen pattern, and the pattern's zones listed by region name. Marking happens in the region
 * list of the panel (the keyboard path), so nothing here needs 3D. Trigger points are crossed (✕).
 */
import { useEffect, useMemo } from 'react';
import type { RegionId } from '../domain/ids';
import { selectionView } from '../domain/selection';
import { useAtlasStore } from '../state/store';
import { BodyOutline2D } from './BodyOutline2D';
import { outlineMarks, useOutlineSelection } from './outlineSelection';
import { useBodyOutline } from './useBodyOutline';

/** Why the flat body is shown. */
export type FlatReason = 'no-webgl' | 'crashed';

const NOTICE: Record<FlatReason, string> = {
  'no-webgl':
    'This browser cannot show the 3D body (WebGL is off or missing): mark where it hurts from the list; the flat outline below shows it.',
  crashed:
    'The 3D body stopped working on this device: mark where it hurts from the list; the flat outline below shows it.',
};

function ZoneList(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const muscle = useAtlasStore((s) => s.muscle);
  const tp = useAtlasStore((s) => s.triggerPoint);
  const side = useAtlasStore((s) => s.side);
  const view = useMemo(
    () => (atlas && muscle ? selectionView(atlas, muscle, tp, side) : undefined),
    [atlas, muscle, tp, side],
  );
  if (!atlas || !muscle || !view) return null;
  const names = (ids: ReadonlySet<RegionId>): string =>
    [...ids].map((id) => atlas.regionById.get(id)?.label ?? id).join(', ') || 'none';
  return (
    <div className="zone-list" data-testid="zone-list">
      <p>
        <span className="swatch essential" /> <strong>Main pain zone:</strong>{' '}
        {names(view.essential)}
      </p>
      <p>
        <span className="swatch spillover" /> <strong>Occasional (spillover) zone:</strong>{' '}
        {names(view.spillover)}
      </p>
    </div>
  );
}

export function FlatBody({ reason }: { reason: FlatReason }): React.JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const shape = useAtlasStore((s) => s.body);
  const { outline, error } = useBodyOutline(shape);
  const { triggerPoints, ...sets } = useOutlineSelection();
  // Nothing waits for a 3D frame any more (the dataset's work, in boot.ts).
  useEffect(() => useAtlasStore.getState().setFrameless(), []);
  const marks = useMemo(
    () => (outline ? outlineMarks(outline, triggerPoints) : undefined),
    [outline, triggerPoints],
  );
  return (
    <div className="flat-body" data-testid="flat-body">
      <p className="flat-notice" role="status" data-testid="no-webgl-notice">
        {NOTICE[reason]}
      </p>
      {outline && (
        <BodyOutline2D
          outline={outline}
          {...sets}
          marks={marks}
          label={(i) => atlas?.regions[i]?.label}
        />
      )}
      {error && (
        <p className="canvas-status error" role="alert">
          The body outline could not be loaded: {error}
        </p>
      )}
      <ZoneList />
    </div>
  );
}
