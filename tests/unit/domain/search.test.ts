import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, tokenize } from '../../../src/domain/search';
import { closest, editDistance } from '../../../src/domain/suggest';
import { realAtlas } from '../helpers';

describe('search', () => {
  const index = buildSearchIndex(realAtlas());
  const top = (q: string, n = 3): string[] => search(index, q, n).map((h) => `${h.kind}:${h.id}`);

  it('finds muscles by name, abbreviation and typo', () => {
    expect(top('infraspinatus', 1)).toEqual(['muscle:infraspinatus']);
    expect(top('SCM')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^muscle:sternocleidomastoid/)]),
    );
    expect(top('trap', 5)).toContain('muscle:upper-trapezius');
    expect(top('infraspinatos', 1)).toEqual(['muscle:infraspinatus']);
    expect(top('temporalis', 1)).toEqual(['muscle:temporalis']);
  });

  it('understands lay words', () => {
    expect(top('calf', 5).some((h) => h === 'muscle:gastrocnemius' || h === 'muscle:soleus')).toBe(
      true,
    );
    expect(top('pain behind the ear', 3)).toContain('region:l-mastoid');
    // "Tennis elbow" is the lay name of the lateral elbow pain condition: it comes first.
    expect(top('tennis elbow', 5)[0]).toBe('condition:lateral-elbow-pain');
  });

  it('returns nothing for an empty or stop-word-only query', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'the pain')).toEqual([]);
    expect(tokenize('Pain in my LEFT Temple!')).toEqual(['left', 'temple']);
  });
});

describe('suggest', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests the closest ids', () => {
    expect(closest('l-tempel', ['l-temple', 'r-temple', 'navel'])[0]).toBe('l-temple');
  });
});
