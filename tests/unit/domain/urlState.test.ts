import { describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import {
  BODY_SHAPES,
  capNotices,
  DEFAULT_URL_STATE,
  decodeUrlState,
  encodeUrlState,
  LAYERS,
  MODES,
  VIEW_PRESETS,
  type UrlState,
} from '../../../src/domain/urlState';
import type { Atlas } from '../../../src/domain/atlas';
import { triggerPointKey } from '../../../src/domain/triggerPointKey';
import type { DrawingMark } from '../../../src/domain/rank';
import { r, realAtlas } from '../helpers';

describe('URL state', () => {
  const atlas = realAtlas();
  const trap1 = triggerPointKey('left', 'upper-trapezius-1');
  const full: UrlState = {
    drawing: [
      { region: r('l-temple'), intensity: 7 },
      { region: r('neck-back-upper'.replace(/^/, 'r-')) },
    ],
    muscle: asMuscleId('upper-trapezius'),
    triggerPoint: trap1,
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
    expect(d.notices).toEqual([
      'The muscle named in the link is not in the atlas; no muscle is shown.',
      '2 marked areas in the link could not be read and were left out.',
      'The view in the link was not recognised; showing front.',
      'One part of the link was not understood and was ignored.',
    ]);
  });

  it('reads 1,000 random strings into a valid state that its own link restores without a notice', () => {
    let seed = 42;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz-_.,:;=&#%0123456789lr ÄЖ😀\u0000';
    for (let i = 0; i < 1000; i++) {
      const len = Math.floor(rand() * 80);
      let s = i % 3 === 0 ? '#d=' : '';
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const d = decodeUrlState(s, atlas);
      expectValidState(d.state, atlas, s);
      expect(d.notices.length, s).toBeLessThanOrEqual(6);
      const again = decodeUrlState(encodeUrlState(d.state), atlas);
      expect(again.notices, s).toEqual([]);
      expect(again.state, s).toEqual(d.state);
    }
  });

  it('keeps the muscle and drops a trigger point of another muscle, with one notice', () => {
    const d = decodeUrlState('#m=infraspinatus&tp=l:upper-trapezius-1', atlas);
    expect(d.state.muscle).toBe('infraspinatus');
    expect(d.state.triggerPoint).toBeUndefined();
    expect(d.notices).toHaveLength(1);
    expect(d.notices[0]).toMatch(/another muscle/);
    expect(encodeUrlState(d.state)).not.toContain('tp=');
  });

  it('drops a trigger point (and a side) without its muscle from the state and the URL', () => {
    const d = decodeUrlState('#tp=l:upper-trapezius-1&s=r&v=back', atlas);
    expect(d.state.triggerPoint).toBeUndefined();
    expect(d.state.side).toBe('left');
    expect(d.state.view).toBe('back');
    expect(d.notices).toHaveLength(1);
    const hash = encodeUrlState(d.state);
    expect(hash).not.toContain('tp=');
    expect(hash).not.toContain('s=r');
  });

  it('never writes a trigger point without its muscle', () => {
    const orphan: UrlState = { ...DEFAULT_URL_STATE, triggerPoint: trap1 };
    expect(encodeUrlState(orphan)).not.toContain('tp=');
  });

  it('caps 5,000 unknown parts at five notices plus one "and N more"', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `x${i}=1`).join('&');
    const badViews = '&v=a&mode=b&body=c&layer=d&m=e&d=zz';
    expect(decodeUrlState(`#${many}`, atlas).notices).toEqual([
      '5000 parts of the link were not understood and were ignored.',
    ]);
    const d = decodeUrlState(`#${many}${badViews}`, atlas);
    expect(d.notices).toHaveLength(6);
    expect(d.notices[5]).toBe('…and 2 more problems in the link.');
    expect(capNotices(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      '…and 2 more problems in the link.',
    ]);
    expect(capNotices(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('never repeats text of the link in a notice', () => {
    const said = 'Your scan shows a tumour';
    const enc = encodeURIComponent(said);
    const d = decodeUrlState(
      `#v=${enc}&mode=${enc}&body=${enc}&layer=${enc}&m=${enc}&d=${enc}&${enc}=1&tp=${enc}`,
      atlas,
    );
    expect(d.notices.length).toBeGreaterThan(0);
    for (const n of d.notices) {
      expect(n).not.toContain('scan');
      expect(n).not.toContain('tumour');
    }
    expect(d.notices.join(' ')).toMatch(/view/);
  });

  it('reads intensity only as a plain integer 1–10', () => {
    const read = (item: string): readonly DrawingMark[] =>
      decodeUrlState(`#d=${item}`, atlas).state.drawing;
    for (const bad of ['0x7', '7.9junk', '5.5', '0', '11', '07', '1e1', ' 7', '7 ', '-3', ''])
      expect(read(`l-temple.${bad}`), bad).toEqual([]);
    expect(read('l-temple.7')).toEqual([{ region: 'l-temple', intensity: 7 }]);
    expect(read('l-temple.10')).toEqual([{ region: 'l-temple', intensity: 10 }]);
    expect(read('l-temple.1')).toEqual([{ region: 'l-temple', intensity: 1 }]);
    expect(read('l-temple')).toEqual([{ region: 'l-temple', intensity: undefined }]);
    const d = decodeUrlState('#d=l-temple.0x7,r-temple.5.5,l-occiput.3', atlas);
    expect(d.state.drawing).toEqual([{ region: 'l-occiput', intensity: 3 }]);
    expect(d.notices).toEqual(['2 marked areas in the link could not be read and were left out.']);
  });

  it('decode(encode(s)) = s for 500 random valid states, with no notice', () => {
    const random = seeded(20261203);
    for (let i = 0; i < 500; i++) {
      const s = randomState(atlas, random);
      const decoded = decodeUrlState(encodeUrlState(s), atlas);
      expect(decoded.notices, encodeUrlState(s)).toEqual([]);
      expect(decoded.state, encodeUrlState(s)).toEqual(s);
    }
  });
});

/** Every field of a decoded state holds a value the app can show. */
function expectValidState(s: UrlState, atlas: Atlas, link: string): void {
  expect(VIEW_PRESETS, link).toContain(s.view);
  expect(MODES, link).toContain(s.mode);
  expect(BODY_SHAPES, link).toContain(s.body);
  expect(LAYERS, link).toContain(s.layer);
  expect(['left', 'right'], link).toContain(s.side);
  expect(new Set(s.drawing.map((m) => m.region)).size, link).toBe(s.drawing.length);
  for (const m of s.drawing) {
    expect(atlas.regionById.has(m.region), link).toBe(true);
    if (m.intensity !== undefined)
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], link).toContain(m.intensity);
  }
  if (s.muscle !== undefined) expect(atlas.muscleById.has(s.muscle), link).toBe(true);
  if (s.triggerPoint !== undefined) {
    const tp = atlas.sidedTriggerPoints.find((t) => t.key === s.triggerPoint);
    expect(tp?.muscle, link).toBe(s.muscle);
    expect(tp?.side, link).toBe(s.side);
  }
}

/** Park–Miller style generator, 0 ≤ x < 1, deterministic from the seed. */
function seeded(seed: number): () => number {
  let x = seed % 2147483647 || 1;
  return () => (x = (x * 48271) % 2147483647) / 2147483647;
}

/** A random state the app can be in: distinct known regions, a muscle with one of its own points. */
function randomState(atlas: Atlas, random: () => number): UrlState {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const regions = [...atlas.regionById.keys()];
  const drawing: DrawingMark[] = [];
  const count = Math.floor(random() * 8);
  for (let k = 0; k < count; k++) {
    const region = pick(regions);
    if (drawing.some((m) => m.region === region)) continue;
    drawing.push({
      region,
      intensity: random() < 0.5 ? undefined : 1 + Math.floor(random() * 10),
    });
  }
  const withMuscle = random() < 0.7;
  const muscle = withMuscle ? pick(atlas.muscles).id : undefined;
  const own = atlas.sidedTriggerPoints.filter((t) => t.muscle === muscle);
  const tp = muscle && random() < 0.5 && own.length > 0 ? pick(own) : undefined;
  const triggerPoint = tp?.key;
  const side = tp ? tp.side : muscle && random() < 0.5 ? 'right' : 'left';
  return {
    drawing,
    muscle,
    triggerPoint,
    side,
    view: pick(VIEW_PRESETS),
    mode: pick(MODES),
    body: pick(BODY_SHAPES),
    layer: pick(LAYERS),
    isolate: random() < 0.3 ? true : undefined,
  };
}
