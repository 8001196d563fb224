/** The skin's opacity from the store: layers, a chosen muscle, the "what lies beneath" view. */
import { describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import {
  BENEATH_SKIN_OPACITY,
  CHOSEN_SKIN_OPACITY,
  SKIN_OPACITY,
  skinOpacity,
  type SkinOpacityInput,
} from '../../../src/scene/skinOpacity';

const base: SkinOpacityInput = {
  layer: 'skin',
  muscle: undefined,
  beneath: false,
  mode: 'patient',
  triggerPoint: undefined,
};
const chosen = { muscle: asMuscleId('upper-trapezius') };
const tp = 'upper-trapezius/tp1:left' as SkinOpacityInput['triggerPoint'];

describe('skinOpacity', () => {
  it('is opaque on the bare skin and fainter layer by layer', () => {
    expect(skinOpacity(base)).toBe(1);
    const layers = ['xray', 'superficial', 'intermediate', 'deep'] as const;
    const values = layers.map((layer) => skinOpacity({ ...base, layer }));
    expect(values).toEqual(layers.map((l) => SKIN_OPACITY[l]));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1] ?? 0);
  });

  it('lets a chosen muscle show through the skin, only at the skin layer', () => {
    expect(skinOpacity({ ...base, ...chosen })).toBe(CHOSEN_SKIN_OPACITY);
    expect(CHOSEN_SKIN_OPACITY).toBeLessThan(1);
    expect(skinOpacity({ ...base, ...chosen, layer: 'deep' })).toBe(SKIN_OPACITY.deep);
  });

  it('keeps the skin at most 0.4 in the beneath view, which only clinicians with a point have', () => {
    const open = {
      ...base,
      ...chosen,
      beneath: true,
      mode: 'clinician',
      triggerPoint: tp,
    } as const;
    expect(skinOpacity(open)).toBe(BENEATH_SKIN_OPACITY);
    expect(skinOpacity({ ...open, layer: 'deep' })).toBe(SKIN_OPACITY.deep);
    expect(skinOpacity({ ...open, mode: 'patient' })).toBe(CHOSEN_SKIN_OPACITY);
    expect(skinOpacity({ ...open, triggerPoint: undefined })).toBe(CHOSEN_SKIN_OPACITY);
  });
});
