/** Plain-language reasons for a candidate, for patients ("covers 3 of your 4 marked areas…"). */
import type { Atlas } from './atlas';
import type { RegionId } from './ids';
import type { Candidate } from './rank';

/** Joins labels as "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const labelsOf = (atlas: Atlas, ids: readonly RegionId[]): string[] =>
  ids.map((id) => `your ${atlas.regionById.get(id)?.label ?? id}`);

export interface Explanation {
  /** "Covers 3 of your 4 marked areas." */
  readonly summary: string;
  /** Sentences naming the matched regions by zone. */
  readonly details: readonly string[];
}

/** Explains why a candidate was ranked, naming the marked regions in each zone. */
export function explainCandidate(atlas: Atlas, c: Candidate, markedCount: number): Explanation {
  const matched = c.essentialMatches.length + c.spilloverMatches.length;
  const summary =
    markedCount === 1
      ? 'Refers pain to the area you marked.'
      : matched === markedCount
        ? `Covers all ${markedCount} of your marked areas.`
        : `Covers ${matched} of your ${markedCount} marked areas.`;
  const details: string[] = [];
  if (c.essentialMatches.length > 0) {
    details.push(
      `Its main pain zone includes ${listInWords(labelsOf(atlas, c.essentialMatches))}.`,
    );
  }
  if (c.spilloverMatches.length > 0) {
    details.push(
      `Its occasional (spillover) zone includes ${listInWords(labelsOf(atlas, c.spilloverMatches))}.`,
    );
  }
  return { summary, details };
}
