/** Ranked candidate muscles with score bars and plain reasons, plus the explaining set. */
import { memo, useMemo } from 'react';
import type { Atlas } from '../domain/atlas';
import { explainCandidate, listInWords } from '../domain/explain';
import type { Candidate } from '../domain/rank';
import { useAtlasStore } from '../state/store';

const MAX_SHOWN = 10;

/** Best trigger point per muscle and side, in ranking order. */
function perMuscle(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const k = `${c.side}:${c.muscle}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

interface CandidateItemProps {
  readonly atlas: Atlas;
  readonly candidate: Candidate;
  readonly markedCount: number;
}

/**
 * One candidate. Memoised and subscribed to its own selected state only, so choosing a candidate
 * re-renders two items, not the list.
 */
const CandidateItem = memo(function CandidateItem({
  atlas,
  candidate: c,
  markedCount,
}: CandidateItemProps): React.JSX.Element {
  const pressed = useAtlasStore((s) => s.triggerPoint === c.key);
  // Emphasised while its muscle is hovered on the body (or this entry in the list).
  const emphasised = useAtlasStore((s) => {
    const h = s.hoverMuscle ?? s.hoverCandidate;
    return h?.muscle === c.muscle && h.side === c.side;
  });
  const hover = (on: boolean): void =>
    useAtlasStore.getState().setHoverCandidate(on ? { muscle: c.muscle, side: c.side } : undefined);
  const why = useMemo(() => explainCandidate(atlas, c, markedCount), [atlas, c, markedCount]);
  const muscle = atlas.muscleById.get(c.muscle);
  const tp = atlas.triggerPoints.get(c.triggerPoint);
  return (
    <li>
      <button
        className={emphasised ? 'candidate emphasised' : 'candidate'}
        aria-pressed={pressed}
        data-muscle={c.muscle}
        data-side={c.side}
        data-emphasised={emphasised || undefined}
        onPointerEnter={() => hover(true)}
        onPointerLeave={() => hover(false)}
        onFocus={() => hover(true)}
        onBlur={() => hover(false)}
        onClick={() => useAtlasStore.getState().selectMuscle(c.muscle, c.key)}
      >
        <span className="candidate-head">
          <span className="candidate-name">{muscle?.name ?? c.muscle}</span>
          <span className="side-tag">{c.side}</span>
        </span>
        <span
          className="score"
          aria-label={`match ${Math.round(Math.min(100, c.score))} out of 100`}
        >
          <span className="score-bar" style={{ width: `${Math.min(100, c.score)}%` }} />
        </span>
        <span className="reason">
          {why.summary} {why.details.join(' ')}
        </span>
        <span className="tp-name">Trigger point: {tp?.name}</span>
      </button>
    </li>
  );
});

export function Candidates(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const ranking = useAtlasStore((s) => s.ranking);
  const drawing = useAtlasStore((s) => s.drawing);
  if (!atlas || drawing.length === 0) return null;
  const name = (c: Candidate): string =>
    `${c.side} ${atlas.muscleById.get(c.muscle)?.name.toLowerCase() ?? c.muscle}`;
  const shown = perMuscle(ranking.candidates).slice(0, MAX_SHOWN);
  return (
    <section className="panel-section" aria-labelledby="candidates-title">
      <h2 id="candidates-title">Muscles that may refer pain here</h2>
      {ranking.explainingSet.length > 0 && (
        <p className="explaining-set" data-testid="explaining-set">
          Together, {listInWords(ranking.explainingSet.map(name))} could explain{' '}
          {ranking.unexplained.length === 0
            ? 'all of your marked areas'
            : 'most of your marked areas'}
          .
        </p>
      )}
      {shown.length === 0 && (
        <p className="hint">No trigger point in the atlas refers pain to these areas.</p>
      )}
      <ol className="candidates" data-testid="candidates">
        {shown.map((c) => (
          <CandidateItem key={c.key} atlas={atlas} candidate={c} markedCount={drawing.length} />
        ))}
      </ol>
      {ranking.unexplained.length > 0 && (
        <p className="hint">
          Not explained by any trigger point in the atlas:{' '}
          {listInWords(ranking.unexplained.map((r) => atlas.regionById.get(r)?.label ?? r))}.
        </p>
      )}
    </section>
  );
}
