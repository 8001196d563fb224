/**
 * Plain-language sentences for patients: why a candidate was ranked ("covers both of your marked
 * areas…"), what the explaining set covers, and the one-line announcement for screen readers.
 * Singular and plural, "both" and natural region phrases ("the upper back of your neck on the left")
 * are handled here, so the UI only places the sentences.
 */
import type { Atlas } from './atlas';
import type { RegionId } from './ids';
import type { Candidate } from './rank';
import { regionPhrase } from './regionPhrase';

/** Joins labels as "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "one area", "two areas", "12 areas". */
export function countInWords(n: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? singular : plural}`;
}

const phrasesOf = (atlas: Atlas, ids: readonly RegionId[]): string[] =>
  ids.map((id) => regionPhrase(atlas.regionById.get(id)?.label ?? id));

export interface Explanation {
  /** "Covers both of your marked areas." */
  readonly summary: string;
  /** Sentences naming the matched regions by zone. */
  readonly details: readonly string[];
}

/** "Refers pain to the area you marked." / "Covers both of…" / "Covers two of your three…". */
function coverageSentence(matched: number, marked: number): string {
  if (marked === 1) return 'Refers pain to the area you marked.';
  if (matched === marked)
    return marked === 2
      ? 'Covers both of your marked areas.'
      : `Covers all ${marked} of your marked areas.`;
  return `Covers ${NUMBER_WORDS[matched] ?? matched} of your ${countInWords(marked, 'marked area')}.`;
}

/** Explains why a candidate was ranked, naming the marked regions in each zone. */
export function explainCandidate(atlas: Atlas, c: Candidate, markedCount: number): Explanation {
  const matched = c.essentialMatches.length + c.spilloverMatches.length;
  const details: string[] = [];
  if (c.essentialMatches.length > 0) {
    details.push(
      `Its main pain zone includes ${listInWords(phrasesOf(atlas, c.essentialMatches))}.`,
    );
  }
  if (c.spilloverMatches.length > 0) {
    details.push(
      `Its occasional (spillover) zone includes ${listInWords(phrasesOf(atlas, c.spilloverMatches))}.`,
    );
  }
  return { summary: coverageSentence(matched, markedCount), details };
}

/** A muscle on one or both sides, for sentences: "left upper trapezius", "upper trapezius on both sides". */
export interface SidedName {
  readonly name: string;
  readonly side: 'left' | 'right';
}

/** Merges the two sides of one muscle into "… on both sides"; keeps the order of first mention. */
export function sidedNames(items: readonly SidedName[]): string[] {
  const sides = new Map<string, Set<string>>();
  for (const it of items) sides.set(it.name, (sides.get(it.name) ?? new Set()).add(it.side));
  return [...sides].map(([name, s]) =>
    s.size > 1 ? `${name} on both sides` : `${[...s][0] ?? ''} ${name}`,
  );
}

/**
 * The explaining set as one sentence: "The left upper trapezius alone could explain both of your
 * marked areas." / "Together, the left upper trapezius and right soleus could explain all 3 …".
 */
export function explainingSetSentence(
  set: readonly SidedName[],
  markedCount: number,
  allExplained: boolean,
): string {
  const names = sidedNames(set);
  const what = !allExplained
    ? 'most of your marked areas'
    : markedCount === 1
      ? 'the area you marked'
      : markedCount === 2
        ? 'both of your marked areas'
        : `all ${markedCount} of your marked areas`;
  const single = names.length === 1 && set.length === 1;
  return single
    ? `The ${names[0] ?? ''} alone could explain ${what}.`
    : `Together, the ${listInWords(names)} could explain ${what}.`;
}

/** Regions no trigger point explains, as a sentence. */
export function unexplainedSentence(atlas: Atlas, ids: readonly RegionId[]): string {
  const one = ids.length === 1;
  return `${one ? 'This marked area is' : 'These marked areas are'} not explained by any trigger point in the atlas: ${listInWords(phrasesOf(atlas, ids))}.`;
}

/**
 * The polite screen-reader announcement after the drawing changes:
 * "6 muscles may refer pain here; top: upper trapezius". `muscles` are the distinct muscle names
 * in ranking order.
 */
export function candidatesAnnouncement(muscles: readonly string[], markedCount: number): string {
  if (markedCount === 0) return '';
  if (muscles.length === 0) return 'No muscle in the atlas refers pain to the marked areas.';
  const n = muscles.length;
  const top = (muscles[0] ?? '').toLowerCase();
  return n === 1
    ? `1 muscle may refer pain here: ${top}`
    : `${n} muscles may refer pain here; top: ${top}`;
}
