import { describe, expect, it } from 'vitest';
import {
  bestPerMuscleSide,
  compareCandidates,
  greedyCover,
  NEAR_TIE,
  PRIOR_WEIGHT,
  rank,
  tieGroups,
  weightOf,
  type Candidate,
} from '../../../src/domain/rank';
import type { CommonnessIndex } from '../../../src/domain/guides';
import { asMuscleId, type MuscleId, type RegionId } from '../../../src/domain/ids';
import { r, realAtlas, tp } from '../helpers';

describe('rank', () => {
  it('ranks an essential match above a spillover match', () => {
    const res = rank([tp('spill-1', ['x'], ['a']), tp('ess-1', ['a'])], [{ region: r('a') }]);
    expect(res.candidates.map((c) => c.triggerPoint)).toEqual(['ess-1', 'spill-1']);
    expect(res.candidates[0]?.essentialMatches).toEqual(['a']);
    expect(res.candidates[1]?.spilloverMatches).toEqual(['a']);
  });

  it('ranks covering more of the drawing above covering less, whatever the pattern size', () => {
    const big = tp('big-1', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    const small = tp('small-1', ['a']);
    const res = rank([small, big], [{ region: r('a') }, { region: r('b') }]);
    expect(res.candidates.map((c) => c.triggerPoint)).toEqual(['big-1', 'small-1']);
    expect(res.candidates[0]?.coverage).toBe(1);
    expect(res.candidates[1]?.coverage).toBe(0.5);
  });

  it('prefers the more focused pattern at equal coverage', () => {
    const res = rank(
      [tp('wide-1', ['a', 'x', 'y', 'z']), tp('tight-1', ['a', 'x'])],
      [{ region: r('a') }],
    );
    expect(res.candidates[0]?.triggerPoint).toBe('tight-1');
  });

  it('breaks exact ties by muscle id, then trigger point id, then side', () => {
    const res = rank(
      [tp('b-1', ['a']), tp('a-2', ['a']), tp('a-1', ['a'], [], 'right'), tp('a-1', ['a'])],
      [{ region: r('a') }],
    );
    expect(res.candidates.map((c) => c.key)).toEqual(['l:a-1', 'r:a-1', 'l:a-2', 'l:b-1']);
  });

  it('weights regions by intensity', () => {
    const res = rank(
      [tp('low-1', ['a']), tp('high-1', ['b'])],
      [
        { region: r('a'), intensity: 2 },
        { region: r('b'), intensity: 9 },
      ],
    );
    expect(res.candidates[0]?.triggerPoint).toBe('high-1');
    expect(res.candidates[0]?.coverage).toBeCloseTo(9 / 11);
    expect(weightOf({ region: r('a') })).toBe(0.5);
  });

  it('skips records flagged as non-pain, however well their zone matches', () => {
    const nonPain = { ...tp('palp-1', ['a']), record: { nonPain: 'palpitations' } as never };
    const res = rank([nonPain, tp('pain-1', ['a', 'b'])], [{ region: r('a') }]);
    expect(res.candidates.map((c) => c.triggerPoint)).toEqual(['pain-1']);
  });

  it('leaves out trigger points that explain nothing and reports unexplained regions', () => {
    const res = rank(
      [tp('one-1', ['a']), tp('none-1', ['z'])],
      [{ region: r('a') }, { region: r('q') }],
    );
    expect(res.candidates.map((c) => c.triggerPoint)).toEqual(['one-1']);
    expect(res.unexplained).toEqual(['q']);
  });

  it('treats a drawing as a set (duplicates ignored) and is deterministic', () => {
    const tps = [tp('a-1', ['a', 'b']), tp('b-1', ['b'], ['a'])];
    const d = [{ region: r('a') }, { region: r('b') }, { region: r('a') }];
    expect(rank(tps, d)).toEqual(rank([...tps].reverse(), d.slice(0, 2)));
  });

  it('finds a small explaining set with greedy cover', () => {
    const tps = [
      tp('ab-1', ['a', 'b']),
      tp('bc-1', ['b', 'c']),
      tp('c-1', ['c']),
      tp('d-1', ['d']),
    ];
    const res = rank(
      tps,
      ['a', 'b', 'c', 'd'].map((x) => ({ region: r(x) })),
    );
    // ab-1 covers two regions; then c-1 or bc-1 covers c (bc-1 ranks higher: same gain, 2 essentials); then d-1.
    expect(res.explainingSet.map((c) => c.triggerPoint)).toEqual(['ab-1', 'bc-1', 'd-1']);
    expect(res.unexplained).toEqual([]);
  });

  it('greedy cover prefers essential over spillover coverage of the same region', () => {
    const ranked = rank(
      [tp('s-1', ['x'], ['a']), tp('e-1', ['a'])],
      [{ region: r('a') }],
    ).candidates;
    expect(greedyCover(ranked, [{ region: r('a') }]).map((c) => c.triggerPoint)).toEqual(['e-1']);
  });

  it('compareCandidates is a total order: antisymmetric, transitive, 0 only for the same key', () => {
    // Real candidates for a five-area drawing: exact ties on score, both sides, muscles
    // with several trigger points, so the tie-breaks are exercised.
    const atlas = realAtlas();
    const drawing = [
      'l-temple',
      'l-neck-back-upper',
      'r-calf-upper',
      'l-middle-back',
      'l-deltoid-front',
    ].map((id) => ({ region: r(id) }));
    const all = rank(atlas.sidedTriggerPoints, drawing, undefined, atlas.commonness).candidates;
    expect(all.length).toBeGreaterThan(40);
    const cs = all.slice(0, 60);
    expect(cs.some((c, i) => i > 0 && c.score === cs[i - 1]?.score)).toBe(true);
    expect(new Set(cs.map((c) => c.side)).size).toBe(2);
    const sign = (a: Candidate, b: Candidate): number => Math.sign(compareCandidates(a, b));
    for (const a of cs) {
      for (const b of cs) {
        expect(sign(a, b) + sign(b, a), `${a.key} vs ${b.key}`).toBe(0);
        expect(sign(a, b) === 0, `${a.key} vs ${b.key}`).toBe(a.key === b.key);
        for (const c of cs) {
          if (sign(a, b) < 0 && sign(b, c) < 0)
            expect(sign(a, c), `${a.key} ${b.key} ${c.key}`).toBe(-1);
        }
      }
    }
    // Any input order sorts to the ranking's order.
    expect(
      [...cs]
        .reverse()
        .sort(compareCandidates)
        .map((c) => c.key),
    ).toEqual(cs.map((c) => c.key));
  });

  it('keeps the best trigger point of each muscle on each side, in ranking order', () => {
    const res = rank(
      [
        tp('a-1', ['a']),
        tp('a-2', ['a', 'x']),
        tp('a-1', ['a'], [], 'right'),
        tp('b-1', ['a', 'x', 'y']),
      ],
      [{ region: r('a') }],
    );
    expect(res.candidates.map((c) => c.key)).toEqual(['l:a-1', 'r:a-1', 'l:a-2', 'l:b-1']);
    expect(bestPerMuscleSide(res.candidates).map((c) => c.key)).toEqual([
      'l:a-1',
      'r:a-1',
      'l:b-1',
    ]);
    expect(bestPerMuscleSide([])).toEqual([]);
  });
});

/** A commonness index from `{ region: { muscle: weight } }`. */
const prior = (rows: Record<string, Record<string, number>>): CommonnessIndex =>
  new Map(
    Object.entries(rows).map(([region, m]) => [
      region as RegionId,
      new Map(Object.entries(m).map(([k, v]) => [asMuscleId(k), v] as [MuscleId, number])),
    ]),
  );

describe('rank with how common the source is', () => {
  it('puts the common cause first among patterns that fit alike', () => {
    const tps = [tp('tight-1', ['a']), tp('common-1', ['a', 'x', 'y'])];
    const d = [{ region: r('a') }];
    expect(rank(tps, d).candidates[0]?.muscle).toBe('tight');
    const res = rank(tps, d, undefined, prior({ a: { common: 1, tight: 0.25 } }));
    expect(res.candidates.map((c) => c.muscle)).toEqual(['common', 'tight']);
    expect(res.candidates[0]?.commonness).toBe(1);
    expect(res.candidates[0]?.score).toBeCloseTo(100 + 1 / 3 + PRIOR_WEIGHT);
  });

  it('still ranks a pattern that explains all marked areas above a common one explaining one', () => {
    const res = rank(
      [tp('common-1', ['a']), tp('rare-1', ['a', 'b'])],
      [{ region: r('a') }, { region: r('b') }],
      undefined,
      prior({ a: { common: 1 }, b: { common: 1 } }),
    );
    expect(res.candidates.map((c) => c.muscle)).toEqual(['rare', 'common']);
  });

  it('counts commonness only where the pattern explains the drawing, spillover at half', () => {
    const res = rank(
      [tp('m-1', ['x'], ['a'])],
      [{ region: r('a') }, { region: r('b') }],
      undefined,
      prior({ a: { m: 1 }, b: { m: 1 } }),
    );
    // a: spillover, weight ½ of ½; b: not explained, so its commonness does not count.
    expect(res.candidates[0]?.commonness).toBeCloseTo(0.25);
  });

  it('reports scores within NEAR_TIE of the first of a run as tied, deterministically', () => {
    const res = rank(
      [tp('a-1', ['a', 'x']), tp('b-1', ['a', 'x']), tp('c-1', ['a'])],
      [{ region: r('a') }],
    );
    // a and b score alike (focus ½); c is more focused (focus 1): half a point higher.
    expect(res.candidates.map((c) => c.muscle)).toEqual(['c', 'a', 'b']);
    expect(0.5).toBeGreaterThan(NEAR_TIE);
    expect(tieGroups(res.candidates)).toEqual([0, 1, 1]);
  });
});
