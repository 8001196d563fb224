/** Patient sentences: singular and plural, "both", natural region phrases, the live announcement. */
import { describe, expect, it } from 'vitest';
import {
  candidatesAnnouncement,
  countInWords,
  explainCandidate,
  explainingSetSentence,
  sidedNames,
  unexplainedSentence,
} from '../../../src/domain/explain';
import { rank } from '../../../src/domain/rank';
import { regionPhrase } from '../../../src/domain/regionPhrase';
import { r, realAtlas } from '../helpers';

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
    for (const region of realAtlas().regionById.values()) {
      const p = regionPhrase(region.label);
      expect(p, region.label).not.toMatch(/[()]|your (left|right) (back|front|side|top) of/);
      expect(p, region.label).toMatch(/\byour\b/);
    }
  });
});

describe('explain', () => {
  it('counts in words with the right plural', () => {
    expect(countInWords(1, 'marked area')).toBe('one marked area');
    expect(countInWords(3, 'marked area')).toBe('three marked areas');
  });

  it('says "both" for two areas and never "all 2"', () => {
    const atlas = realAtlas();
    const drawing = [{ region: r('l-temple') }, { region: r('l-neck-back-upper') }];
    const ranking = rank(atlas.sidedTriggerPoints, drawing);
    const top = ranking.candidates[0];
    if (!top) throw new Error('no candidate');
    const why = explainCandidate(atlas, top, 2);
    expect(why.summary).toBe('Covers both of your marked areas.');
    expect(why.details.join(' ')).toContain('the upper back of your neck on the left');
    expect(why.details.join(' ')).not.toMatch(/all 2|your left back of the neck/);
  });

  it('names a single explaining muscle without "together", and merges two sides into "both sides"', () => {
    expect(explainingSetSentence([{ name: 'anconeus', side: 'left' }], 1, true)).toBe(
      'The left anconeus alone could explain the area you marked.',
    );
    expect(
      explainingSetSentence(
        [
          { name: 'upper trapezius', side: 'left' },
          { name: 'upper trapezius', side: 'right' },
        ],
        2,
        true,
      ),
    ).toBe('Together, the upper trapezius on both sides could explain both of your marked areas.');
    expect(
      sidedNames([
        { name: 'soleus', side: 'right' },
        { name: 'gluteus minimus', side: 'right' },
      ]),
    ).toEqual(['right soleus', 'right gluteus minimus']);
  });

  it('words the unexplained areas in the singular and plural', () => {
    const atlas = realAtlas();
    expect(unexplainedSentence(atlas, [r('l-temple')])).toMatch(/^This marked area is not/);
    expect(unexplainedSentence(atlas, [r('l-temple'), r('navel')])).toMatch(
      /^These marked areas are not .*your left temple and your navel\.$/,
    );
  });

  it('announces the number of muscles and the top one', () => {
    expect(candidatesAnnouncement(['Upper trapezius', 'Temporalis'], 1)).toBe(
      '2 muscles may refer pain here; top: upper trapezius',
    );
    expect(candidatesAnnouncement(['Anconeus'], 1)).toBe('1 muscle may refer pain here: anconeus');
    expect(candidatesAnnouncement([], 0)).toBe('');
  });
});
