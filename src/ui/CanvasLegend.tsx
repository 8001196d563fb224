/**
 * The key to what is drawn on the body, over the canvas, whenever something is drawn: the pain
 * drawing, the possible sources (ghosted muscles), the main and spillover zones and the ✕ trigger
 * point, in the patient's or the clinician's words. Each swatch has its own pattern (hatched,
 * ghost outline, solid, stippled, ✕) so it reads without colour. Also holds the one control that
 * returns the camera to the whole body. The consult view's bar shows the same entries in large type
 * (ConsultBar.tsx), and the small key over the canvas is left out there.
 */
import type { Mode } from '../domain/urlState';
import { useAtlasStore } from '../state/store';

export type LegendItem = 'pain' | 'sources' | 'essential' | 'spillover' | 'point';

const WORDS: Record<Mode, Record<LegendItem, string>> = {
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
}): LegendItem[] {
  const items: LegendItem[] = [];
  if (s.drawing.length > 0) items.push('pain');
  if (s.candidates > 0) items.push('sources');
  if (s.muscle) items.push('essential', 'spillover');
  if (s.muscle || s.candidates > 0) items.push('point');
  return items;
}

/** The entries for what is drawn now, with their words in the current mode. */
export function useLegend(): { items: LegendItem[]; words: Readonly<Record<LegendItem, string>> } {
  const mode = useAtlasStore((s) => s.mode);
  const drawing = useAtlasStore((s) => s.drawing);
  const candidates = useAtlasStore((s) => s.ranking.candidates.length);
  const muscle = useAtlasStore((s) => s.muscle !== undefined);
  return { items: legendItems({ drawing, candidates, muscle }), words: WORDS[mode] };
}

/** The entries as list items: each its swatch, then its words. */
export function LegendEntries({
  items,
  words,
}: {
  readonly items: readonly LegendItem[];
  readonly words: Readonly<Record<LegendItem, string>>;
}): React.JSX.Element {
  return (
    <>
      {items.map((i) => (
        <li key={i}>
          <span className={`swatch swatch-${i}`} aria-hidden="true">
            {i === 'point' ? '✕' : ''}
          </span>
          {words[i]}
        </li>
      ))}
    </>
  );
}

export interface CanvasLegendProps {
  /** Show the key over the canvas (default true; the consult view's bar shows it instead). */
  readonly withKey?: boolean;
}

export function CanvasLegend({ withKey = true }: CanvasLegendProps): React.JSX.Element | null {
  const { items, words } = useLegend();
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
      {withKey && items.length > 0 && (
        <ul className="canvas-legend" aria-label="Legend" data-testid="canvas-legend">
          <LegendEntries items={items} words={words} />
        </ul>
      )}
    </div>
  );
}
