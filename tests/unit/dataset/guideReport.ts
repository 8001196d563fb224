/**
 * Scores the ranking against the reference's pain guides (`data/guides.json`): for every panel,
 * rank the panel's regions (left side, midline as is) and look up where the muscles the guide
 * lists come in the first distinct muscles of the ranking, on the side of the drawing.
 *
 * - "first-listed in the top three": the guide's first entry (any member of a named group) is
 *   among our first three distinct muscles;
 * - "links in the top ten": each listed entry of each panel counts once; hit when it is among our
 *   first ten distinct muscles.
 */
import type { Atlas } from '../../../src/domain/atlas';
import type { CommonnessIndex, Guide } from '../../../src/domain/guides';
import { rank } from '../../../src/domain/rank';

export interface PanelResult {
  readonly guide: Guide;
  /** Our first ten distinct muscles. */
  readonly first: readonly string[];
  /** 1-based place of each listed entry in our ranking (Infinity: not in the first ten). */
  readonly places: readonly number[];
}

export interface GuideReport {
  readonly panels: readonly PanelResult[];
  readonly firstInTopThree: number;
  readonly linksInTopTen: number;
  readonly links: number;
}

const EMPTY: CommonnessIndex = new Map();

/** The first `n` distinct muscles of the ranking of `guide`'s regions, on the drawing's side. */
export function firstMuscles(
  atlas: Atlas,
  guide: Guide,
  commonness: CommonnessIndex = atlas.commonness,
  n = 10,
): string[] {
  const ranking = rank(
    atlas.sidedTriggerPoints,
    guide.leftRegions.map((region) => ({ region })),
    undefined,
    commonness,
  );
  const sided = guide.leftRegions.some((r) => r.startsWith('l-'));
  const muscles: string[] = [];
  for (const c of ranking.candidates) {
    if (sided && c.side !== 'left') continue;
    if (!muscles.includes(c.muscle)) muscles.push(c.muscle);
    if (muscles.length === n) break;
  }
  return muscles;
}

/** Scores every guide panel; `prior: false` ranks by fit alone (no commonness). */
export function guideReport(atlas: Atlas, prior = true): GuideReport {
  const panels = atlas.guides.map((guide) => {
    const first = firstMuscles(atlas, guide, prior ? atlas.commonness : EMPTY);
    const places = guide.muscles.map((e) => {
      const at = first.findIndex((m) => (e.muscles as readonly string[]).includes(m));
      return at < 0 ? Infinity : at + 1;
    });
    return { guide, first, places };
  });
  return {
    panels,
    firstInTopThree: panels.filter((p) => (p.places[0] ?? Infinity) <= 3).length / panels.length,
    linksInTopTen: panels.flatMap((p) => p.places).filter((x) => x <= 10).length,
    links: panels.reduce((s, p) => s + p.places.length, 0),
  };
}

/** One line per panel that misses: where its listed muscles came. */
export function describeMisses(report: GuideReport): string[] {
  return report.panels
    .filter((p) => (p.places[0] ?? Infinity) > 3 || p.places.some((x) => x > 10))
    .map((p) => {
      const entries = p.guide.muscles.map(
        (e, i) => `${e.group ?? e.muscles.join('/')}@${String(p.places[i])}`,
      );
      return `${p.guide.id}: ${entries.join(', ')} | ours: ${p.first.slice(0, 5).join(', ')}`;
    });
}
