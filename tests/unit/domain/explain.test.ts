/**
 * The reasons behind the ranking, as data: a candidate's coverage and zones, the explaining set,
 * the unexplained regions and the announcement's muscles. Their wording is tested in
 * tests/unit/ui/reasonWords.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  candidateReasons,
  candidatesSummary,
  explainingSetReason,
  unexplainedReason,
} from '../../../src/domain/explain';
import { rank, type Ranking } from '../../../src/domain/rank';
import { r, realAtlas, tp } from '../helpers';

describe('candidate reasons', () => {
  it('gives the coverage first, then the matched regions of each zone', () => {
    const atlas = realAtlas();
    const drawing = [{ region: r('l-temple') }, { region: r('l-neck-back-upper') }];
    const top = rank(atlas.sidedTriggerPoints, drawing).candidates[0];
    if (!top) throw new Error('no candidate');
    const [coverage, ...zones] = candidateReasons(top, 2);
    expect(coverage).toEqual({ kind: 'coverage', matched: 2, marked: 2 });
    expect(zones.flatMap((z) => z.regions).sort()).toEqual(['l-neck-back-upper', 'l-temple']);
    expect(zones.every((z) => z.kind === 'zone')).toBe(true);
  });

  it('names the essential zone before the spillover zone and leaves out an empty zone', () => {
    const drawing = [{ region: r('a') }, { region: r('b') }, { region: r('c') }];
    const [c] = rank([tp('m-1', ['a'], ['b'])], drawing).candidates;
    if (!c) throw new Error('no candidate');
    expect(candidateReasons(c, 3)).toEqual([
      { kind: 'coverage', matched: 2, marked: 3 },
      { kind: 'zone', zone: 'essential', regions: ['a'] },
      { kind: 'zone', zone: 'spillover', regions: ['b'] },
    ]);
    const [e] = rank([tp('e-1', ['a'])], drawing).candidates;
    if (!e) throw new Error('no candidate');
    expect(candidateReasons(e, 3)).toEqual([
      { kind: 'coverage', matched: 1, marked: 3 },
      { kind: 'zone', zone: 'essential', regions: ['a'] },
    ]);
  });
});

describe('ranking reasons', () => {
  const drawing = [{ region: r('a') }, { region: r('b') }, { region: r('z') }];
  const ranking = rank([tp('m-1', ['a']), tp('n-1', ['b'], [], 'right')], drawing);

  it('lists the explaining set by muscle and side, and whether it explains everything', () => {
    expect(explainingSetReason(ranking, 3)).toEqual({
      kind: 'explainingSet',
      members: [
        { muscle: 'm', side: 'left' },
        { muscle: 'n', side: 'right' },
      ],
      marked: 3,
      allExplained: false,
    });
    const all = rank([tp('m-1', ['a', 'b'])], drawing.slice(0, 2));
    expect(explainingSetReason(all, 2)?.allExplained).toBe(true);
    const none: Ranking = { candidates: [], explainingSet: [], unexplained: [r('a')] };
    expect(explainingSetReason(none, 1)).toBeUndefined();
  });

  it('names the regions nothing explains, and nothing when all are explained', () => {
    expect(unexplainedReason(ranking)).toEqual({ kind: 'unexplained', regions: ['z'] });
    expect(unexplainedReason(rank([tp('m-1', ['a'])], [{ region: r('a') }]))).toBeUndefined();
  });

  it('summarises the distinct candidate muscles in ranking order', () => {
    const tps = [tp('m-1', ['a']), tp('m-2', ['a', 'x']), tp('n-1', ['a', 'x', 'y'])];
    expect(candidatesSummary(rank(tps, [{ region: r('a') }]), 1)).toEqual({
      kind: 'candidates',
      muscles: ['m', 'n'],
      marked: 1,
    });
  });
});
