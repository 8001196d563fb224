/** The marked areas, by name, each with an intensity and a remove button. */
import { memo } from 'react';
import type { Atlas } from '../domain/atlas';
import type { RegionId } from '../domain/ids';
import type { PainDrawing } from '../domain/rank';
import { useAtlasStore } from '../state/store';

export function DrawingList(): React.JSX.Element {
  const drawing = useAtlasStore((s) => s.drawing);
  const atlas = useAtlasStore((s) => s.atlas);
  const { removeRegion, setIntensity } = useAtlasStore.getState();
  return (
    <DrawingListView
      drawing={drawing}
      atlas={atlas}
      onRemove={removeRegion}
      onIntensity={setIntensity}
    />
  );
}

export interface DrawingListViewProps {
  readonly drawing: PainDrawing;
  /** Names the areas; before the dataset is there, their ids are shown. */
  readonly atlas: Atlas | undefined;
  readonly onRemove: (region: RegionId) => void;
  /** Intensity 1–10, or undefined for none given. */
  readonly onIntensity: (region: RegionId, intensity: number | undefined) => void;
}

/** The list for a drawing (the store's, or the idle rehearsal's sample in `warmUp.tsx`). */
export function DrawingListView({
  drawing,
  atlas,
  onRemove,
  onIntensity,
}: DrawingListViewProps): React.JSX.Element {
  if (drawing.length === 0) {
    return (
      <section className="panel-section" aria-labelledby="drawing-title">
        <h2 id="drawing-title">Where does it hurt?</h2>
        <p className="hint">
          Tap the body where you feel pain (turn it to reach the back), paint larger areas, or add
          areas from the list below.
        </p>
      </section>
    );
  }
  return (
    <section className="panel-section" aria-labelledby="drawing-title">
      <h2 id="drawing-title">Your marked areas ({drawing.length})</h2>
      <ul className="drawing-list" data-testid="drawing-list">
        {drawing.map((m) => (
          <DrawingItem
            key={m.region}
            mark={m}
            label={atlas?.regionById.get(m.region)?.label}
            onRemove={onRemove}
            onIntensity={onIntensity}
          />
        ))}
      </ul>
    </section>
  );
}

interface DrawingItemProps {
  readonly mark: PainDrawing[number];
  /** The area's name (undefined before the dataset is there: its id is shown). */
  readonly label: string | undefined;
  readonly onRemove: (region: RegionId) => void;
  readonly onIntensity: (region: RegionId, intensity: number | undefined) => void;
}

/**
 * One marked area. Memoised: a mark keeps its object until its intensity changes, so another
 * mark re-renders only the new row, not every row's intensity list.
 */
const DrawingItem = memo(function DrawingItem({
  mark: m,
  label,
  onRemove,
  onIntensity,
}: DrawingItemProps): React.JSX.Element {
  return (
    <li>
      <span className="swatch drawing" aria-hidden="true" />
      <span className="grow">{label ?? m.region}</span>
      <label className="intensity">
        <span className="visually-hidden">Intensity for {label}</span>
        <select
          value={m.intensity ?? ''}
          onChange={(e) =>
            onIntensity(m.region, e.target.value ? Number(e.target.value) : undefined)
          }
        >
          <option value="">–</option>
          {Array.from({ length: 10 }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
      </label>
      <button
        className="icon-button"
        aria-label={`Remove ${label ?? m.region}`}
        onClick={() => onRemove(m.region)}
      >
        ×
      </button>
    </li>
  );
});
