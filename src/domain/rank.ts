/**
 * Ranking of trigger points against a pain drawing: how well each pattern fits the drawing,
 * then how common the muscle is as the cause there.
 *
 * ## Scoring
 * Each marked region `r` has a weight `w(r) = intensity / 10` (intensity 1–10; a region
 * marked without intensity weighs 0.5, i.e. intensity 5). For a sided trigger point with
 * essential zone `E` and spillover zone `S`, in muscle `m`:
 *
 * - `explained = Σ_{r ∈ D∩E} w(r) + ½ · Σ_{r ∈ D∩S} w(r)` — a region in the essential zone
 *   counts fully, one in the spillover zone counts half;
 * - `coverage = explained / Σ_{r ∈ D} w(r)` (0…1): how much of the drawing it explains;
 * - `focus = (|D∩E| + ½|D∩S|) / (|E| + ½|S|)` (0…1): how much of its own pattern the drawing
 *   contains; a compact pattern that fits beats a huge one that happens to touch the drawing;
 * - `commonness = (Σ_{r ∈ D∩E} w(r)·c(m,r) + ½ · Σ_{r ∈ D∩S} w(r)·c(m,r)) / Σ_{r ∈ D} w(r)`
 *   (0…coverage): how common the muscle is as the cause of the regions it explains, where
 *   `c(m,r)` (0…1, see `guides.ts`) is 1 for the muscle the reference's pain guide lists first
 *   for the area of `r`, ½ second, ⅓ third …, or the published share of patients with an active
 *   trigger point in it for that complaint, whichever is higher; 0 when nothing is published.
 *   It only ever counts regions the pattern explains, so it cannot lift a pattern that misses;
 * - `score = 100 · coverage + focus + PRIOR_WEIGHT · commonness` (0…104).
 *
 * Coverage dominates: the prior and focus together move a score by at most
 * `PRIOR_WEIGHT + 1 = 4` points, so a pattern that explains more of the drawing by more than
 * 4 % of its weight (one region of 25 equal ones) always ranks higher. Among patterns that
 * explain the drawing alike (a single marked region: every essential match has coverage 1)
 * the common cause comes first, and focus orders what the guides do not.
 *
 * Trigger points that explain nothing are left out, and so are records flagged `nonPain` (they
 * describe a non-pain effect, not a referral pattern; the muscle card shows them as a note).
 *
 * ## Order (deterministic)
 * Score descending, then more essential matches, then fewer regions in the whole pattern
 * (the more specific one), then muscle id, trigger point id and side (left first), ascending.
 * Scores within {@link NEAR_TIE} points of the first of a run are reported as tied
 * ({@link tieGroups}): the order inside a tie is only the tie-break above.
 *
 * ## Explaining set
 * Greedy set cover: repeatedly take the candidate that explains the most not-yet-explained
 * weight (a region counts as explained by either zone; essential counts 1, spillover ½,
 * so the greedy pick prefers essential matches), ties broken by the ranking order; stop
 * when everything is explained or nothing more can be.
 */
import type { SidedTriggerPoint } from './atlas';
import type { CommonnessIndex } from './guides';
import type { BodySide, MuscleId, RegionId, TriggerPointId } from './ids';
import type { SidedTriggerPointKey } from './triggerPointKey';

/** Points of score one unit of commonness is worth (see module doc). */
export const PRIOR_WEIGHT = 3;
/** Highest possible score: full coverage, focus and commonness (see module doc). */
export const MAX_SCORE = 100 + 1 + PRIOR_WEIGHT;
/** Scores closer than this to the first of a run are shown as tied. */
export const NEAR_TIE = 0.25;
const NO_PRIOR: CommonnessIndex = new Map();

/** One marked region; `intensity` 1–10 (optional). */
export interface DrawingMark {
  readonly region: RegionId;
  readonly intensity?: number | undefined;
}
export type PainDrawing = readonly DrawingMark[];

export interface Candidate {
  readonly triggerPoint: TriggerPointId;
  readonly key: SidedTriggerPointKey;
  readonly muscle: MuscleId;
  readonly side: BodySide;
  /** 0…104, see module doc. */
  readonly score: number;
  readonly coverage: number;
  readonly focus: number;
  /** How common this muscle is as the cause of the regions it explains, 0…coverage. */
  readonly commonness: number;
  /** Marked regions in the essential zone, in drawing order. */
  readonly essentialMatches: readonly RegionId[];
  /** Marked regions in the spillover zone (and not in the essential zone), in drawing order. */
  readonly spilloverMatches: readonly RegionId[];
  /** Marked regions this trigger point does not explain. */
  readonly unexplained: readonly RegionId[];
  readonly patternSize: number;
}

export interface Ranking {
  readonly candidates: readonly Candidate[];
  /** Smallest (greedy) set of candidates that together explain the drawing. */
  readonly explainingSet: readonly Candidate[];
  /** Marked regions no trigger point refers to. */
  readonly unexplained: readonly RegionId[];
}

/** Default weight of a region marked without intensity. */
export const DEFAULT_INTENSITY = 5;

export const weightOf = (mark: DrawingMark): number =>
  Math.min(10, Math.max(1, mark.intensity ?? DEFAULT_INTENSITY)) / 10;

/** Keeps the first mark of each region (a drawing is a set). */
export function normaliseDrawing(drawing: PainDrawing): DrawingMark[] {
  const seen = new Set<RegionId>();
  return drawing.filter((m) => (seen.has(m.region) ? false : (seen.add(m.region), true)));
}

/** Scores one trigger point; `undefined` when it explains no marked region. */
export function scoreTriggerPoint(
  tp: SidedTriggerPoint,
  drawing: readonly DrawingMark[],
  totalWeight: number,
  zoneSets: ZoneSets,
  commonnessIndex: CommonnessIndex = NO_PRIOR,
): Candidate | undefined {
  if (tp.record.nonPain !== undefined) return undefined;
  const essential: RegionId[] = [];
  const spillover: RegionId[] = [];
  const unexplained: RegionId[] = [];
  let explained = 0;
  let common = 0;
  for (const mark of drawing) {
    const share = zoneSets.essential.has(mark.region)
      ? 1
      : zoneSets.spillover.has(mark.region)
        ? 0.5
        : 0;
    if (share === 0) {
      unexplained.push(mark.region);
      continue;
    }
    (share === 1 ? essential : spillover).push(mark.region);
    explained += share * weightOf(mark);
    common += share * weightOf(mark) * (commonnessIndex.get(mark.region)?.get(tp.muscle) ?? 0);
  }
  if (essential.length + spillover.length === 0) return undefined;
  const coverage = totalWeight > 0 ? explained / totalWeight : 0;
  const commonness = totalWeight > 0 ? common / totalWeight : 0;
  const patternMass = tp.essential.length + 0.5 * tp.spillover.length;
  const focus = (essential.length + 0.5 * spillover.length) / patternMass;
  return {
    triggerPoint: tp.id,
    key: tp.key,
    muscle: tp.muscle,
    side: tp.side,
    score: 100 * coverage + focus + PRIOR_WEIGHT * commonness,
    coverage,
    focus,
    commonness,
    essentialMatches: essential,
    spilloverMatches: spillover,
    unexplained,
    patternSize: tp.essential.length + tp.spillover.length,
  };
}

export interface ZoneSets {
  readonly essential: ReadonlySet<RegionId>;
  readonly spillover: ReadonlySet<RegionId>;
}

/** Precomputes zone sets once per dataset; reuse the result for every query. */
export function indexTriggerPoints(tps: readonly SidedTriggerPoint[]): ZoneSets[] {
  return tps.map((tp) => ({ essential: new Set(tp.essential), spillover: new Set(tp.spillover) }));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The documented ranking order. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.score - a.score ||
    b.essentialMatches.length - a.essentialMatches.length ||
    a.patternSize - b.patternSize ||
    cmp(a.muscle, b.muscle) ||
    cmp(a.triggerPoint, b.triggerPoint) ||
    cmp(a.side, b.side)
  );
}

/**
 * Ranks every trigger point against the drawing. Pure and deterministic. Without
 * `commonness` (the atlas's index) the ranking is by fit alone.
 */
export function rank(
  tps: readonly SidedTriggerPoint[],
  drawingIn: PainDrawing,
  zoneSets: readonly ZoneSets[] = indexTriggerPoints(tps),
  commonness: CommonnessIndex = NO_PRIOR,
): Ranking {
  const drawing = normaliseDrawing(drawingIn);
  const total = drawing.reduce((s, m) => s + weightOf(m), 0);
  const candidates: Candidate[] = [];
  for (let i = 0; i < tps.length; i++) {
    const c = scoreTriggerPoint(
      tps[i] as SidedTriggerPoint,
      drawing,
      total,
      zoneSets[i] as ZoneSets,
      commonness,
    );
    if (c) candidates.push(c);
  }
  candidates.sort(compareCandidates);
  const explainingSet = greedyCover(candidates, drawing);
  const covered = new Set(
    explainingSet.flatMap((c) => [...c.essentialMatches, ...c.spilloverMatches]),
  );
  return {
    candidates,
    explainingSet,
    unexplained: drawing.map((m) => m.region).filter((r) => !covered.has(r)),
  };
}

/**
 * The best-ranked trigger point of each muscle on each side, in ranking order: the list, the ✕
 * markers and the ghosted muscles show one entry per muscle and side. One pass.
 */
export function bestPerMuscleSide(ranked: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return ranked.filter((c) => {
    const k = `${c.side} ${c.muscle}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Near-tie groups of candidates in ranking order: a group starts at a candidate whose score is
 * at least {@link NEAR_TIE} below the first of the current group. Returns, per candidate, the
 * index of its group's first candidate (equal numbers: tied).
 */
export function tieGroups(ranked: readonly Candidate[]): number[] {
  const out: number[] = [];
  let lead = 0;
  ranked.forEach((c, i) => {
    if (i > 0 && (ranked[lead] as Candidate).score - c.score >= NEAR_TIE) lead = i;
    out.push(lead);
  });
  return out;
}

/** Greedy set cover over ranked candidates (see module doc). */
export function greedyCover(
  ranked: readonly Candidate[],
  drawing: readonly DrawingMark[],
): Candidate[] {
  const weight = new Map(drawing.map((m) => [m.region, weightOf(m)]));
  const open = new Set(drawing.map((m) => m.region));
  const chosen: Candidate[] = [];
  while (open.size > 0) {
    let best: Candidate | undefined;
    let bestGain = 0;
    for (const c of ranked) {
      let gain = 0;
      for (const r of c.essentialMatches) if (open.has(r)) gain += weight.get(r) ?? 0;
      for (const r of c.spilloverMatches) if (open.has(r)) gain += 0.5 * (weight.get(r) ?? 0);
      if (gain > bestGain + 1e-12) {
        best = c;
        bestGain = gain;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const r of [...best.essentialMatches, ...best.spilloverMatches]) open.delete(r);
  }
  return chosen;
}
