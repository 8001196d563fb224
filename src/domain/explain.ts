/**
 * Why the ranking says what it says, as data: the reasons behind a candidate (how much of the
 * drawing it covers, which marked regions fall in which zone), the explaining set, the regions
 * nothing explains, and the screen-reader summary. No sentence is built here: the UI phrases each
 * reason in the patient's or the clinician's words (`src/ui/reasonWords.ts`), so wording, and
 * any later language, lives in one place.
 */
import type { BodySide, MuscleId, RegionId } from './ids';
import type { Candidate, Ranking } from './rank';

/** How many of the marked regions a candidate's pattern reaches (essential or spillover). */
export interface CoverageReason {
  readonly kind: 'coverage';
  readonly matched: number;
  readonly marked: number;
}

/** The marked regions that lie in one zone of a candidate's pattern, in drawing order. */
export interface ZoneReason {
  readonly kind: 'zone';
  readonly zone: 'essential' | 'spillover';
  readonly regions: readonly RegionId[];
}

/** A muscle on one side, as the explaining set names it. */
export interface SidedMuscle {
  readonly muscle: MuscleId;
  readonly side: BodySide;
}

/** The few trigger points that together explain the drawing (the greedy cover), in its order. */
export interface ExplainingSetReason {
  readonly kind: 'explainingSet';
  readonly members: readonly SidedMuscle[];
  readonly marked: number;
  /** False when some marked region is explained by no trigger point. */
  readonly allExplained: boolean;
}

/** Marked regions no trigger point of the atlas explains. */
export interface UnexplainedReason {
  readonly kind: 'unexplained';
  readonly regions: readonly RegionId[];
}

/** After a drawing change: the distinct candidate muscles in ranking order. */
export interface CandidatesSummary {
  readonly kind: 'candidates';
  readonly muscles: readonly MuscleId[];
  readonly marked: number;
}

export type Reason =
  CoverageReason | ZoneReason | ExplainingSetReason | UnexplainedReason | CandidatesSummary;

/** Why a candidate was ranked: its coverage first, then each zone that holds a marked region. */
export function candidateReasons(
  c: Candidate,
  marked: number,
): readonly [CoverageReason, ...ZoneReason[]] {
  const zones: ZoneReason[] = [];
  if (c.essentialMatches.length > 0)
    zones.push({ kind: 'zone', zone: 'essential', regions: c.essentialMatches });
  if (c.spilloverMatches.length > 0)
    zones.push({ kind: 'zone', zone: 'spillover', regions: c.spilloverMatches });
  const matched = c.essentialMatches.length + c.spilloverMatches.length;
  return [{ kind: 'coverage', matched, marked }, ...zones];
}

/** The explaining set of a ranking, or undefined when it is empty. */
export function explainingSetReason(
  ranking: Ranking,
  marked: number,
): ExplainingSetReason | undefined {
  if (ranking.explainingSet.length === 0) return undefined;
  return {
    kind: 'explainingSet',
    members: ranking.explainingSet.map((c) => ({ muscle: c.muscle, side: c.side })),
    marked,
    allExplained: ranking.unexplained.length === 0,
  };
}

/** The marked regions nothing explains, or undefined when there are none. */
export function unexplainedReason(ranking: Ranking): UnexplainedReason | undefined {
  return ranking.unexplained.length > 0
    ? { kind: 'unexplained', regions: ranking.unexplained }
    : undefined;
}

/** The distinct candidate muscles in ranking order, for the screen-reader announcement. */
export function candidatesSummary(ranking: Ranking, marked: number): CandidatesSummary {
  return {
    kind: 'candidates',
    muscles: [...new Set(ranking.candidates.map((c) => c.muscle))],
    marked,
  };
}
