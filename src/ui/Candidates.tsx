/** Ranked candidate muscles with score bars and plain reasons, plus the explaining set. */
import { memo, useMemo } from 'react';
import type { Atlas } from '../domain/atlas';
import { candidateReasons, explainingSetReason, unexplainedReason } from '../domain/explain';
import { COMMON_FROM } from '../domain/guides';
import {
  bestPerMuscleSide,
  MAX_SCORE,
  tieGroups,
  type Candidate,
  type Ranking,
} from '../domain/rank';
import { useAtlasStore } from '../state/store';
import type { Mode } from '../domain/urlState';
import { moveFocusWithArrows } from './listKeys';
import { phraseReason, phraseReasons } from './reasonWords';

const MAX_SHOWN = 10;

/**
 * How common this source is for the areas it explains: the reference's pain guides list it
 * first or second there (or a published prevalence is as high) → "common cause here".
 */
const isCommon = (c: Candidate): boolean =>
  c.coverage > 0 && c.commonness / c.coverage >= COMMON_FROM - 1e-9;

interface CandidateItemProps {
  readonly atlas: Atlas;
  readonly candidate: Candidate;
  readonly markedCount: number;
  readonly mode: Mode;
  /** Score of the first of its near-tie group: tied candidates draw the same bar. */
  readonly barScore: number;
  /** Part of a group of effectively tied candidates. */
  readonly tied: boolean;
}

/**
 * One candidate. Memoised and subscribed to its own selected state only, so choosing a candidate
 * re-renders two items, not the list.
 */
const CandidateItem = memo(function CandidateItem({
  atlas,
  candidate: c,
  markedCount,
  mode,
  barScore,
  tied,
}: CandidateItemProps): React.JSX.Element {
  const pressed = useAtlasStore((s) => s.triggerPoint === c.key);
  // Emphasised while its muscle is hovered on the body (or this entry in the list).
  const emphasised = useAtlasStore((s) => {
    const h = s.hoverMuscle ?? s.hoverCandidate;
    return h?.muscle === c.muscle && h.side === c.side;
  });
  const hover = (): void =>
    useAtlasStore.getState().setHoverCandidate({ muscle: c.muscle, side: c.side });
  // Only this entry's own hover is cleared: pressing another entry moves the focus off this one
  // after the pointer has already made the other the hovered one (clearing it there cost a store
  // update and a re-render of the list inside the press, and a flicker of the emphasis).
  const unhover = (): void => {
    const s = useAtlasStore.getState();
    if (s.hoverCandidate?.muscle === c.muscle && s.hoverCandidate.side === c.side)
      s.setHoverCandidate(undefined);
  };
  const why = useMemo(
    () => phraseReasons(atlas, candidateReasons(c, markedCount), mode),
    [atlas, c, markedCount, mode],
  );
  const muscle = atlas.muscleById.get(c.muscle);
  const tp = atlas.triggerPoints.get(c.triggerPoint);
  const match = Math.round(Math.min(100, (100 * barScore) / MAX_SCORE));
  const common = isCommon(c);
  return (
    <li className={tied ? 'tied' : undefined}>
      <button
        className={emphasised ? 'candidate emphasised' : 'candidate'}
        aria-pressed={pressed}
        data-muscle={c.muscle}
        data-side={c.side}
        data-emphasised={emphasised || undefined}
        onPointerEnter={hover}
        onPointerLeave={unhover}
        onFocus={hover}
        onBlur={unhover}
        onClick={() => useAtlasStore.getState().selectMuscle(c.muscle, c.key)}
      >
        <span className="candidate-head">
          <span className="candidate-name">{muscle?.name ?? c.muscle}</span>
          <span className="side-tag">{c.side}</span>
        </span>
        <span className="candidate-tags">
          <span className={common ? 'freq-tag common' : 'freq-tag'} data-testid="frequency">
            {common ? 'common cause here' : 'less common'}
          </span>
          {tied && (
            <span className="tie-tag" data-testid="tie">
              tied
            </span>
          )}
        </span>
        <span
          className="score"
          aria-label={`match ${match} out of 100${tied ? ', tied with its neighbours' : ''}`}
        >
          <span className="score-bar" style={{ width: `${match}%` }} />
        </span>
        <span className="reason">{why}</span>
        <span className="tp-name">Trigger point: {tp?.name}</span>
      </button>
    </li>
  );
});

export function Candidates(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const ranking = useAtlasStore((s) => s.ranking);
  const drawing = useAtlasStore((s) => s.drawing);
  const mode = useAtlasStore((s) => s.mode);
  if (!atlas || drawing.length === 0) return null;
  return <CandidateList atlas={atlas} ranking={ranking} markedCount={drawing.length} mode={mode} />;
}

export interface CandidateListProps {
  readonly atlas: Atlas;
  readonly ranking: Ranking;
  /** Number of marked areas (at least one). */
  readonly markedCount: number;
  readonly mode: Mode;
}

/** The list for a ranking (the store's, or the idle rehearsal's sample in `warmUp.tsx`). */
export function CandidateList({
  atlas,
  ranking,
  markedCount,
  mode,
}: CandidateListProps): React.JSX.Element {
  const cover = explainingSetReason(ranking, markedCount);
  const unexplained = unexplainedReason(ranking);
  const shown = bestPerMuscleSide(ranking.candidates).slice(0, MAX_SHOWN);
  const groups = tieGroups(shown);
  const groupSize = (g: number): number => groups.filter((x) => x === g).length;
  return (
    <section className="panel-section" aria-labelledby="candidates-title">
      <h2 id="candidates-title">Muscles that may refer pain here</h2>
      {shown.length === 0 && (
        <p className="hint">No trigger point in the atlas refers pain to these areas.</p>
      )}
      <ol
        className="candidates"
        data-testid="candidates"
        onKeyDown={(e) => moveFocusWithArrows(e, 'button[data-muscle]')}
      >
        {shown.map((c, i) => {
          const g = groups[i] ?? i;
          // Keyed by muscle and side (one entry each), not by trigger point: when another mark
          // makes another of the muscle's points the best, its entry is updated, not rebuilt.
          return (
            <CandidateItem
              key={`${c.side} ${c.muscle}`}
              atlas={atlas}
              candidate={c}
              markedCount={markedCount}
              mode={mode}
              barScore={(shown[g] ?? c).score}
              tied={groupSize(g) > 1}
            />
          );
        })}
      </ol>
      {/* Below the list, so the first candidate is in view at once (the phone's lowered sheet). */}
      {cover && (
        <p className="explaining-set" data-testid="explaining-set">
          {phraseReason(atlas, cover, mode)}
        </p>
      )}
      {shown.length > 0 && (
        <p className="hint">
          Best fit first; among equal fits, the causes the reference finds most often here.
        </p>
      )}
      {unexplained && <p className="hint">{phraseReason(atlas, unexplained, mode)}</p>}
    </section>
  );
}
