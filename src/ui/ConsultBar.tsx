/**
 * The consult view's bar, for a tablet or screen turned towards the patient: the chosen muscle's
 * name and the pattern legend in large type, and one large button back to the full app. Every
 * other control is out of the way while it is shown.
 */
import { useAtlasStore } from '../state/store';

export interface ConsultBarProps {
  readonly onExit: () => void;
}

export function ConsultBar({ onExit }: ConsultBarProps): React.JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const muscleId = useAtlasStore((s) => s.muscle);
  const side = useAtlasStore((s) => s.side);
  const marked = useAtlasStore((s) => s.drawing.length);
  const muscle = muscleId ? atlas?.muscleById.get(muscleId) : undefined;
  return (
    <div className="consult-bar" data-testid="consult-bar">
      <div className="consult-title">
        <h2>{muscle ? muscle.name : 'Where it hurts'}</h2>
        {muscle && <span className="consult-side">{side} side</span>}
      </div>
      <p className="consult-legend">
        {muscle && (
          <>
            <span>
              <span className="swatch essential" /> main pain zone
            </span>
            <span>
              <span className="swatch spillover" /> occasional zone
            </span>
            <span>
              <span aria-hidden="true">✕</span> trigger point
            </span>
          </>
        )}
        {marked > 0 && (
          <span>
            <span className="swatch drawing" /> your pain
          </span>
        )}
      </p>
      <button className="consult-exit" onClick={onExit}>
        <span aria-hidden="true">←</span> Back
      </button>
    </div>
  );
}
