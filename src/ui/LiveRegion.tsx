/**
 * Polite screen-reader announcement of the candidates after each drawing change:
 * "6 muscles may refer pain here; top: upper trapezius". Present (empty) from the start, so
 * screen readers register it before its first message.
 */
import { useMemo } from 'react';
import { candidatesAnnouncement } from '../domain/explain';
import { useAtlasStore } from '../state/store';

export function LiveRegion(): React.JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const ranking = useAtlasStore((s) => s.ranking);
  const marked = useAtlasStore((s) => s.drawing.length);
  const text = useMemo(() => {
    const names = [...new Set(ranking.candidates.map((c) => c.muscle))].map(
      (id) => atlas?.muscleById.get(id)?.name ?? id,
    );
    return candidatesAnnouncement(names, marked);
  }, [atlas, ranking, marked]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {text}
    </p>
  );
}
