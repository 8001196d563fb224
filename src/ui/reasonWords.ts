/**
 * The app's sentences about the ranking, in the patient's or the clinician's words: every
 * structured reason of `src/domain/explain.ts` becomes one sentence here, and nowhere else.
 * Singular and plural, "both", merged sides ("upper trapezius on both sides") and natural region
 * phrases ("the upper back of your neck on the left") are handled here. The two wordings differ
 * where the canvas legend's do: the clinician reads "essential" and "spillover" zone.
 */
import type { Atlas } from '../domain/atlas';
import type {
  CandidatesSummary,
  CoverageReason,
  ExplainingSetReason,
  Reason,
  SidedMuscle,
} from '../domain/explain';
import type { BodySide, RegionId } from '../domain/ids';
import type { Mode } from '../domain/urlState';
import { regionPhrase } from './regionPhrase';

/** How each wording names the two zones of a pattern. */
const ZONE_WORDS: Readonly<Record<Mode, Readonly<Record<'essential' | 'spillover', string>>>> = {
  patient: { essential: 'Its main pain zone', spillover: 'Its occasional (spillover) zone' },
  clinician: { essential: 'Its essential zone', spillover: 'Its spillover zone' },
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Joins labels as "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "one area", "two areas", "12 areas". */
export function countInWords(n: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? singular : plural}`;
}

/** A muscle's name on one side, for sentences. */
export interface SidedName {
  readonly name: string;
  readonly side: BodySide;
}

/** Merges the two sides of one muscle into "… on both sides"; keeps the order of first mention. */
export function sidedNames(items: readonly SidedName[]): string[] {
  const sides = new Map<string, Set<string>>();
  for (const it of items) sides.set(it.name, (sides.get(it.name) ?? new Set()).add(it.side));
  return [...sides].map(([name, s]) =>
    s.size > 1 ? `${name} on both sides` : `${[...s][0] ?? ''} ${name}`,
  );
}

const regionPhrases = (atlas: Atlas, ids: readonly RegionId[]): string =>
  listInWords(ids.map((id) => regionPhrase(atlas.regionById.get(id)?.label ?? id)));

/** "Refers pain to the area you marked." / "Covers both of…" / "Covers two of your three…". */
function coverageSentence({ matched, marked }: CoverageReason): string {
  if (marked === 1) return 'Refers pain to the area you marked.';
  if (matched === marked)
    return marked === 2
      ? 'Covers both of your marked areas.'
      : `Covers all ${marked} of your marked areas.`;
  return `Covers ${NUMBER_WORDS[matched] ?? matched} of your ${countInWords(marked, 'marked area')}.`;
}

/**
 * "The left upper trapezius alone could explain both of your marked areas." / "Together, the
 * left upper trapezius and right soleus could explain all 3 …".
 */
function explainingSetSentence(atlas: Atlas, r: ExplainingSetReason): string {
  const named = (m: SidedMuscle): SidedName => ({
    name: atlas.muscleById.get(m.muscle)?.name.toLowerCase() ?? m.muscle,
    side: m.side,
  });
  const names = sidedNames(r.members.map(named));
  const what = !r.allExplained
    ? 'most of your marked areas'
    : r.marked === 1
      ? 'the area you marked'
      : r.marked === 2
        ? 'both of your marked areas'
        : `all ${r.marked} of your marked areas`;
  return names.length === 1 && r.members.length === 1
    ? `The ${names[0] ?? ''} alone could explain ${what}.`
    : `Together, the ${listInWords(names)} could explain ${what}.`;
}

/** "6 muscles may refer pain here; top: upper trapezius" (empty while nothing is marked). */
function announcement(atlas: Atlas, { muscles, marked }: CandidatesSummary): string {
  if (marked === 0) return '';
  const first = muscles[0];
  if (first === undefined) return 'No muscle in the atlas refers pain to the marked areas.';
  const n = muscles.length;
  const top = (atlas.muscleById.get(first)?.name ?? first).toLowerCase();
  return n === 1
    ? `1 muscle may refer pain here: ${top}`
    : `${n} muscles may refer pain here; top: ${top}`;
}

/** One reason as one sentence, in the given wording. */
export function phraseReason(atlas: Atlas, reason: Reason, mode: Mode): string {
  switch (reason.kind) {
    case 'coverage':
      return coverageSentence(reason);
    case 'zone':
      return `${ZONE_WORDS[mode][reason.zone]} includes ${regionPhrases(atlas, reason.regions)}.`;
    case 'explainingSet':
      return explainingSetSentence(atlas, reason);
    case 'unexplained': {
      const one = reason.regions.length === 1;
      return `${one ? 'This marked area is' : 'These marked areas are'} not explained by any trigger point in the atlas: ${regionPhrases(atlas, reason.regions)}.`;
    }
    case 'candidates':
      return announcement(atlas, reason);
  }
}

/** Several reasons as one paragraph. */
export const phraseReasons = (atlas: Atlas, reasons: readonly Reason[], mode: Mode): string =>
  reasons.map((r) => phraseReason(atlas, r, mode)).join(' ');
