/**
 * Acceptance criterion of the ranking issue: the reference's pain guides (Travell & Simons vol. 1,
 * 2nd ed. 1999, upper half; vol. 2, 1992, lower half), kept as data in `data/guides.json`, against
 * our ranking of each panel's regions (see `guideReport.ts` for how a panel is scored):
 *
 * - the muscle a guide lists first is in our first three for at least 85 % of the panels;
 * - at least 90 % of all listed panel→muscle links are in our first ten.
 *
 * Both are measured with the ranking the app uses (fit plus how common the muscle is). The prior
 * is built from the same guides, so the links are also checked by fit alone (zones only): every
 * listed muscle must reach its panel through a zone, and ≥ 90 % of the links must reach our
 * first ten without the prior's help.
 */
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../helpers';
import { describeMisses, guideReport } from './guideReport';

const GUIDE_AREAS = [
  'head',
  'neck',
  'shoulder',
  'arm',
  'elbow',
  'forearm',
  'hand',
  'chest',
  'abdomen',
  'back',
  'buttock',
  'hip',
  'thigh',
  'knee',
  'leg',
  'ankle',
  'foot',
];
const PARTS = [
  'head-neck',
  'upper-back-shoulder-arm',
  'elbow-to-finger',
  'trunk',
  'lower-torso',
  'hip-thigh-knee',
  'leg-ankle-foot',
];

describe('pain guides of the reference text', () => {
  const atlas = realAtlas();

  it('cover every body area and all seven parts of the guides', () => {
    expect([...new Set(atlas.guides.map((g) => g.area))].sort()).toEqual([...GUIDE_AREAS].sort());
    expect([...new Set(atlas.guides.map((g) => g.part))].sort()).toEqual([...PARTS].sort());
  });

  it('list first, in our first three, the muscle the guide lists first (≥ 85 % of panels)', () => {
    const report = guideReport(atlas);
    const fit = guideReport(atlas, false);
    const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
    console.info(
      `pain guides, ${report.panels.length} panels: first-listed in top three ` +
        `${pct(report.firstInTopThree)} (fit alone ${pct(fit.firstInTopThree)}); links in top ten ` +
        `${pct(report.linksInTopTen / report.links)} of ${report.links} ` +
        `(fit alone ${pct(fit.linksInTopTen / fit.links)})\n` +
        describeMisses(report).join('\n'),
    );
    expect(report.firstInTopThree, describeMisses(report).join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('place ≥ 90 % of all listed area→muscle links in our first ten', () => {
    const report = guideReport(atlas);
    expect(
      report.linksInTopTen / report.links,
      describeMisses(report).join('\n'),
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('place ≥ 90 % of the links in our first ten by fit alone (no prior)', () => {
    const fit = guideReport(atlas, false);
    const withPrior = guideReport(atlas);
    const note = `fit alone: first-listed in top three ${(100 * fit.firstInTopThree).toFixed(1)} %, with the prior ${(100 * withPrior.firstInTopThree).toFixed(1)} %`;
    expect(fit.linksInTopTen / fit.links, note).toBeGreaterThanOrEqual(0.9);
  });

  it('reach every listed muscle with some zone of the panel (no link is a data gap)', () => {
    const gaps: string[] = [];
    for (const g of atlas.guides) {
      const regions = new Set(g.leftRegions);
      for (const e of g.muscles) {
        const reaches = atlas.sidedTriggerPoints.some(
          (tp) =>
            (e.muscles as readonly string[]).includes(tp.muscle) &&
            [...tp.essential, ...tp.spillover].some((r) => regions.has(r)),
        );
        if (!reaches) gaps.push(`${g.id}: ${e.group ?? e.muscles.join('/')}`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
