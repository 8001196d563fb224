/** Which changes push a browser history entry (steps) and which replace it (edits). */
import { describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import { triggerPointKey } from '../../../src/domain/triggerPointKey';
import { isHistoryStep, readEntryState, type StepSnapshot } from '../../../src/state/history';
import { r } from '../helpers';

const base: StepSnapshot = {
  drawing: [{ region: r('l-temple') }],
  educationOpen: false,
};
const trap = asMuscleId('upper-trapezius');

describe('isHistoryStep', () => {
  it('choosing a muscle, or another of its trigger points, is a step', () => {
    expect(isHistoryStep(base, { ...base, muscle: trap })).toBe(true);
    const chosen = {
      ...base,
      muscle: trap,
      triggerPoint: triggerPointKey('left', 'upper-trapezius-1'),
    };
    expect(
      isHistoryStep(chosen, {
        ...chosen,
        triggerPoint: triggerPointKey('left', 'upper-trapezius-2'),
      }),
    ).toBe(true);
  });
  it('closing a muscle or the education page is not', () => {
    expect(isHistoryStep({ ...base, muscle: trap }, base)).toBe(false);
    expect(isHistoryStep({ ...base, educationOpen: true }, base)).toBe(false);
  });
  it('opening the education page is a step', () => {
    expect(isHistoryStep(base, { ...base, educationOpen: true })).toBe(true);
  });
  it('adding or erasing regions (a tap, a brush stroke) is not', () => {
    const more = { ...base, drawing: [...base.drawing, { region: r('l-occiput') }] };
    expect(isHistoryStep(base, more)).toBe(false);
    expect(isHistoryStep(more, base)).toBe(false);
    expect(isHistoryStep(base, { ...base, drawing: [] })).toBe(false);
    expect(isHistoryStep({ ...base, drawing: [] }, base)).toBe(false);
  });
  it('replacing the drawing (opening a condition) is a step', () => {
    expect(isHistoryStep(base, { ...base, drawing: [{ region: r('l-occiput') }] })).toBe(true);
  });
});

describe('readEntryState', () => {
  it('reads our own entries and treats anything else as no education page', () => {
    expect(readEntryState({ education: true })).toEqual({ education: true });
    expect(readEntryState(null)).toEqual({ education: false });
    expect(readEntryState({ education: 'yes' })).toEqual({ education: false });
  });
});
