/**
 * The sentences about the ranking: singular and plural, "both", natural region phrases, merged
 * sides, the live announcement, and the clinician's zone words. The reasons themselves are tested
 * in tests/unit/domain/explain.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Reason, SidedMuscle } from '../../../src/domain/explain';
import { asMuscleId } from '../../../src/domain/ids';
import { countInWords, phraseReason, phraseReasons, sidedNames } from '../../../src/ui/reasonWords';
import { regionPhrase } from '../../../src/ui/regionPhrase';
import { r, realAtlas } from '../helpers';

const atlas = realAtlas();
const say = (reason: Reason, mode: 'patient' | 'clinician' = 'patient'): string =>
  phraseReason(atlas, reason, mode);
const sided = (muscle: string, side: 'left' | 'right'): SidedMuscle => ({
  muscle: asMuscleId(muscle),
  side,
});

describe('regionPhrase', () => {
  it.each([
    ['left back of the neck, upper', 'the upper back of your neck on the left'],
    ['left temple', 'your left temple'],
    ['right outer elbow (lateral epicondyle)', 'your right outer elbow'],
    ['left behind the ear (mastoid)', 'behind your ear on the left'],
    ['left forearm, back, upper third', 'the upper third of the back of your forearm on the left'],
    [
      'left above the spine of the shoulder blade',
      'above the spine of your shoulder blade on the left',
    ],
    ['navel', 'your navel'],
    ['base of the neck (C7)', 'the base of your neck'],
  ])('%s → %s', (label, phrase) => {
    expect(regionPhrase(label)).toBe(phrase);
  });

  it('keeps no parenthesised anatomy and no "your left back of" in any region of the atlas', () => {
    for (const region of atlas.regionById.values()) {
      const p = regionPhrase(region.label);
      expect(p, region.label).not.toMatch(/[()]|your (left|right) (back|front|side|top) of/);
      expect(p, region.label).toMatch(/\byour\b/);
    }
  });
});

describe('reason wording', () => {
  it('counts in words with the right plural', () => {
    expect(countInWords(1, 'marked area')).toBe('one marked area');
    expect(countInWords(3, 'marked area')).toBe('three marked areas');
  });

  it('says "both" for two areas and never "all 2"; one area, all 3, and two of three', () => {
    expect(say({ kind: 'coverage', matched: 2, marked: 2 })).toBe(
      'Covers both of your marked areas.',
    );
    expect(say({ kind: 'coverage', matched: 1, marked: 1 })).toBe(
      'Refers pain to the area you marked.',
    );
    expect(say({ kind: 'coverage', matched: 3, marked: 3 })).toBe(
      'Covers all 3 of your marked areas.',
    );
    expect(say({ kind: 'coverage', matched: 2, marked: 3 })).toBe(
      'Covers two of your three marked areas.',
    );
  });

  it('names the regions of each zone as a person would say them', () => {
    const reasons: Reason[] = [
      { kind: 'coverage', matched: 2, marked: 2 },
      { kind: 'zone', zone: 'essential', regions: [r('l-temple'), r('l-neck-back-upper')] },
      { kind: 'zone', zone: 'spillover', regions: [r('navel')] },
    ];
    const text = phraseReasons(atlas, reasons, 'patient');
    expect(text).toBe(
      'Covers both of your marked areas. Its main pain zone includes your left temple and the ' +
        'upper back of your neck on the left. Its occasional (spillover) zone includes your navel.',
    );
    expect(text).not.toMatch(/all 2|your left back of the neck/);
  });

  it("speaks of essential and spillover zones in the clinician's wording, the rest alike", () => {
    const essential: Reason = { kind: 'zone', zone: 'essential', regions: [r('l-temple')] };
    const spillover: Reason = { kind: 'zone', zone: 'spillover', regions: [r('l-temple')] };
    expect(say(essential, 'clinician')).toBe('Its essential zone includes your left temple.');
    expect(say(spillover, 'clinician')).toBe('Its spillover zone includes your left temple.');
    const coverage: Reason = { kind: 'coverage', matched: 1, marked: 2 };
    expect(say(coverage, 'clinician')).toBe(say(coverage));
  });

  it('names a single explaining muscle without "together", and merges two sides into "both sides"', () => {
    expect(
      say({
        kind: 'explainingSet',
        members: [sided('anconeus', 'left')],
        marked: 1,
        allExplained: true,
      }),
    ).toBe('The left anconeus alone could explain the area you marked.');
    expect(
      say({
        kind: 'explainingSet',
        members: [sided('upper-trapezius', 'left'), sided('upper-trapezius', 'right')],
        marked: 2,
        allExplained: true,
      }),
    ).toBe('Together, the upper trapezius on both sides could explain both of your marked areas.');
    expect(
      say({
        kind: 'explainingSet',
        members: [sided('soleus', 'right'), sided('gluteus-minimus', 'right')],
        marked: 3,
        allExplained: false,
      }),
    ).toBe(
      'Together, the right soleus and right gluteus minimus could explain most of your marked areas.',
    );
    expect(
      sidedNames([
        { name: 'soleus', side: 'right' },
        { name: 'gluteus minimus', side: 'right' },
      ]),
    ).toEqual(['right soleus', 'right gluteus minimus']);
  });

  it('words the unexplained areas in the singular and plural', () => {
    expect(say({ kind: 'unexplained', regions: [r('l-temple')] })).toMatch(
      /^This marked area is not/,
    );
    expect(say({ kind: 'unexplained', regions: [r('l-temple'), r('navel')] })).toMatch(
      /^These marked areas are not .*your left temple and your navel\.$/,
    );
  });

  it('announces the number of muscles and the top one', () => {
    const muscles = (ids: string[]) => ids.map(asMuscleId);
    expect(
      say({ kind: 'candidates', muscles: muscles(['upper-trapezius', 'temporalis']), marked: 1 }),
    ).toBe('2 muscles may refer pain here; top: upper trapezius');
    expect(say({ kind: 'candidates', muscles: muscles(['anconeus']), marked: 1 })).toBe(
      '1 muscle may refer pain here: anconeus',
    );
    expect(say({ kind: 'candidates', muscles: [], marked: 1 })).toBe(
      'No muscle in the atlas refers pain to the marked areas.',
    );
    expect(say({ kind: 'candidates', muscles: [], marked: 0 })).toBe('');
  });
});
