/**
 * Polite screen-reader announcement of the candidates after each drawing change:
 * "6 muscles may refer pain here; top: upper trapezius". Present (empty) from the start, so
 * screen readers register it before its first message.
 */
import { useMemo } from 'react';
import { candidatesSummary } from '../domain/explain';
import { useAtlasStore } from '../state/store';
import { phraseReason } from './reasonWords';

export function LiveRegion(): React.JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const ranking = useAtlasStore((s) => s.ranking);
  const marked = useAtlasStore((s) => s.drawing.length);
  const mode = useAtlasStore((s) => s.mode);
  const text = useMemo(
    () => (atlas ? phraseReason(atlas, candidatesSummary(ranking, marked), mode) : ''),
    [atlas, ranking, marked, mode],
  );
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {text}
    </p>
  );
}
