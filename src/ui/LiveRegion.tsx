/**
 * Polite screen-reader announcement of the candidates after each drawing change:
 * "6 muscles may refer pain here; top: upper trapezius". Present (empty) from the start, so
 * screen readers register it before its first message: the page renders the empty region
 * ({@link LiveRegionHost}, in the entry chunk) and the wording arrives with the late chrome
 * ({@link LiveRegionText}, written into the host).
 */
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { candidatesSummary } from '../domain/explain';
import { useAtlasStore } from '../state/store';
import { LiveRegionHost } from './LiveRegionHost';
import { phraseReason } from './reasonWords';

function useAnnouncement(): string {
  const atlas = useAtlasStore((s) => s.atlas);
  const ranking = useAtlasStore((s) => s.ranking);
  const marked = useAtlasStore((s) => s.drawing.length);
  const mode = useAtlasStore((s) => s.mode);
  const text = useMemo(
    () => (atlas ? phraseReason(atlas, candidatesSummary(ranking, marked), mode) : ''),
    [atlas, ranking, marked, mode],
  );
  return text;
}

/** The live region with its announcement (one component, for pages that load it at once). */
export function LiveRegion(): React.JSX.Element {
  const [host, setHost] = useState<HTMLElement | null>(null);
  return (
    <>
      <LiveRegionHost hostRef={setHost} />
      <LiveRegionText host={host} />
    </>
  );
}

/** The announcement, written into the live region `host` once it exists. */
export function LiveRegionText({
  host,
}: {
  readonly host: HTMLElement | null;
}): React.ReactPortal | null {
  const text = useAnnouncement();
  return host ? createPortal(text, host) : null;
}
