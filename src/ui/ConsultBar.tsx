/**
 * The consult view's bar, for a tablet or screen turned towards the patient: the chosen muscle's
 * name and the legend of what is drawn in large type (the canvas legend's entries and words, in
 * the patient's or the clinician's words), and one large button back to the full app. Every other
 * control is out of the way while it is shown.
 */
import { useAtlasStore } from '../state/store';
import { LegendEntries, useLegend } from './CanvasLegend';

export interface ConsultBarProps {
  readonly onExit: () => void;
}

export function ConsultBar({ onExit }: ConsultBarProps): React.JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const muscleId = useAtlasStore((s) => s.muscle);
  const side = useAtlasStore((s) => s.side);
  const { items, words } = useLegend();
  const muscle = muscleId ? atlas?.muscleById.get(muscleId) : undefined;
  return (
    <div className="consult-bar" data-testid="consult-bar">
      <div className="consult-title">
        <h2>{muscle ? muscle.name : 'Where it hurts'}</h2>
        {muscle && <span className="consult-side">{side} side</span>}
      </div>
      {items.length > 0 && (
        <ul className="consult-legend" aria-label="Legend" data-testid="consult-legend">
          <LegendEntries items={items} words={words} />
        </ul>
      )}
      <button className="consult-exit" onClick={onExit}>
        <span aria-hidden="true">←</span> Back
      </button>
    </div>
  );
}
