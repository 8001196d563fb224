/**
 * The key to what is drawn on the body, over the canvas, whenever something is drawn: the pain
 * drawing, the possible sources (ghosted muscles), the main and spillover zones and the ✕ trigger
 * point, in the patient's or the clinician's words. Each swatch has its own pattern (hatched,
 * ghost outline, solid, stippled, ✕) so it reads without colour. Also holds the one control that
 * returns the camera to the whole body.
 */
import type { Mode } from '../domain/urlState';
import { useAtlasStore } from '../state/store';

type Item = 'pain' | 'sources' | 'essential' | 'spillover' | 'point';

const WORDS: Record<Mode, Record<Item, string>> = {
  patient: {
    pain: 'Your pain',
    sources: 'Possible sources',
    essential: 'Main pain zone',
    spillover: 'Can spread here',
    point: 'Trigger point (knot)',
  },
  clinician: {
    pain: 'Pain drawing',
    sources: 'Candidate muscles',
    essential: 'Essential zone',
    spillover: 'Spillover zone',
    point: 'Trigger point',
  },
};

/** Which legend entries apply to what is drawn now. */
export function legendItems(s: {
  readonly drawing: readonly unknown[];
  readonly candidates: number;
  readonly muscle: boolean;
}): Item[] {
  const items: Item[] = [];
  if (s.drawing.length > 0) items.push('pain');
  if (s.candidates > 0) items.push('sources');
  if (s.muscle) items.push('essential', 'spillover');
  if (s.muscle || s.candidates > 0) items.push('point');
  return items;
}

export function CanvasLegend(): React.JSX.Element | null {
  const mode = useAtlasStore((s) => s.mode);
  const drawing = useAtlasStore((s) => s.drawing);
  const candidates = useAtlasStore((s) => s.ranking.candidates.length);
  const muscle = useAtlasStore((s) => s.muscle !== undefined);
  const items = legendItems({ drawing, candidates, muscle });
  const words = WORDS[mode];
  return (
    <div className="canvas-overlay">
      <button
        type="button"
        className="whole-body"
        title="Turn and zoom back out to the whole body"
        onClick={() => useAtlasStore.getState().showWholeBody()}
      >
        Whole body
      </button>
      {items.length > 0 && (
        <ul className="canvas-legend" aria-label="Legend" data-testid="canvas-legend">
          {items.map((i) => (
            <li key={i}>
              <span className={`swatch swatch-${i}`} aria-hidden="true">
                {i === 'point' ? '✕' : ''}
              </span>
              {words[i]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
