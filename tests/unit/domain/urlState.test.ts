import { describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import {
  DEFAULT_URL_STATE,
  decodeUrlState,
  encodeUrlState,
  type UrlState,
} from '../../../src/domain/urlState';
import { r, realAtlas } from '../helpers';

describe('URL state', () => {
  const atlas = realAtlas();
  const full: UrlState = {
    drawing: [
      { region: r('l-temple'), intensity: 7 },
      { region: r('neck-back-upper'.replace(/^/, 'r-')) },
    ],
    muscle: asMuscleId('upper-trapezius'),
    triggerPoint: 'l:upper-trapezius-1',
    side: 'left',
    view: 'back',
    mode: 'clinician',
    body: 'male',
    layer: 'xray',
  };

  it('round-trips every field', () => {
    const decoded = decodeUrlState(encodeUrlState(full), atlas);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(full);
  });

  it('round-trips a right-side muscle selection without a trigger point', () => {
    const s: UrlState = { ...full, triggerPoint: undefined, side: 'right' };
    expect(decodeUrlState(encodeUrlState(s), atlas).state).toEqual(s);
  });

  it('round-trips the default state', () => {
    expect(decodeUrlState(encodeUrlState(DEFAULT_URL_STATE), atlas).state).toEqual({
      ...DEFAULT_URL_STATE,
      muscle: undefined,
      triggerPoint: undefined,
    });
  });

  it('keeps the good parts of a damaged link and explains the rest', () => {
    const d = decodeUrlState(
      '#d=l-temple.7,l-nowhere,r-temple.99&m=not-a-muscle&v=sideways&body=male&%E0%A4%A=1',
      atlas,
    );
    expect(d.state.drawing).toEqual([{ region: 'l-temple', intensity: 7 }]);
    expect(d.state.body).toBe('male');
    expect(d.state.view).toBe('front');
    expect(d.state.muscle).toBeUndefined();
    expect(d.notices.length).toBeGreaterThanOrEqual(3);
  });

  it('never throws on 1,000 random strings', () => {
    let seed = 42;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz-_.,:;=&#%0123456789lr ÄЖ😀\u0000';
    for (let i = 0; i < 1000; i++) {
      const len = Math.floor(rand() * 80);
      let s = i % 3 === 0 ? '#d=' : '';
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const d = decodeUrlState(s, atlas);
      expect(d.state.view).toBeTypeOf('string');
      for (const m of d.state.drawing) expect(atlas.regionById.has(m.region)).toBe(true);
    }
  });
});
