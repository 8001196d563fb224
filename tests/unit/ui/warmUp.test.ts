import { describe, expect, it } from 'vitest';
import { indexTriggerPoints } from '../../../src/domain/rank';
import { rehearseInteraction } from '../../../src/ui/warmUp';
import { realAtlas } from '../helpers';

describe('rehearseInteraction (idle warm-up of a first tap)', () => {
  it('ranks a real sample drawing and words its first candidates without throwing', () => {
    const atlas = realAtlas();
    const zoneSets = indexTriggerPoints(atlas.sidedTriggerPoints);
    // The first trigger point's own main zone: at least that muscle is a candidate.
    expect(rehearseInteraction({ atlas, zoneSets, mode: 'patient' })).toBeGreaterThan(0);
    expect(rehearseInteraction({ atlas, zoneSets, mode: 'clinician' })).toBeGreaterThan(0);
  });
});
