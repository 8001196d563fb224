// @vitest-environment jsdom
/** List ↔ body: hovering a candidate, the canvas legend in both wordings, and the consult bar's. */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from '../../../src/domain/urlState';
import { triggerPointKey } from '../../../src/domain/triggerPointKey';
import { useAtlasStore } from '../../../src/state/store';
import { Candidates } from '../../../src/ui/Candidates';
import { CanvasLegend, legendItems } from '../../../src/ui/CanvasLegend';
import { ConsultBar } from '../../../src/ui/ConsultBar';
import { r, realAtlas } from '../helpers';

const initial = useAtlasStore.getState();
beforeEach(() => {
  useAtlasStore.setState(initial, true);
  useAtlasStore.getState().init(realAtlas(), DEFAULT_URL_STATE, []);
});
afterEach(cleanup);

describe('Candidates and the body', () => {
  it('hovering or focusing a candidate marks it as the hovered candidate, and leaving clears it', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]);
    render(<Candidates />);
    const second = within(screen.getByTestId('candidates')).getAllByRole('button')[1];
    if (!second) throw new Error('no second candidate');
    fireEvent.pointerEnter(second);
    const h = useAtlasStore.getState().hoverCandidate;
    expect(h?.muscle).toBe(second.getAttribute('data-muscle'));
    expect(h?.side).toBe(second.getAttribute('data-side'));
    expect(second.getAttribute('data-emphasised')).toBe('true');
    fireEvent.pointerLeave(second);
    expect(useAtlasStore.getState().hoverCandidate).toBeUndefined();
    fireEvent.focus(second);
    expect(useAtlasStore.getState().hoverCandidate?.muscle).toBe(
      second.getAttribute('data-muscle'),
    );
  });

  it('pressing another entry: the focus leaving the first does not clear the one under the pointer', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]);
    render(<Candidates />);
    const [first, second] = within(screen.getByTestId('candidates')).getAllByRole('button');
    if (!first || !second) throw new Error('fewer than two candidates');
    fireEvent.focus(first);
    fireEvent.pointerLeave(first);
    fireEvent.pointerEnter(second);
    let updates = 0;
    const unsubscribe = useAtlasStore.subscribe(() => updates++);
    fireEvent.blur(first);
    fireEvent.focus(second);
    unsubscribe();
    expect(useAtlasStore.getState().hoverCandidate?.muscle).toBe(
      second.getAttribute('data-muscle'),
    );
    expect(updates).toBe(0);
    // Leaving the focused entry by keyboard still clears its own hover.
    fireEvent.blur(second);
    expect(useAtlasStore.getState().hoverCandidate).toBeUndefined();
  });

  it('a muscle hovered on the body emphasises its entry in the list', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]);
    render(<Candidates />);
    const first = within(screen.getByTestId('candidates')).getAllByRole('button')[0];
    if (!first) throw new Error('no candidate');
    expect(first.getAttribute('data-emphasised')).toBeNull();
    const muscle = first.getAttribute('data-muscle') ?? '';
    const side = first.getAttribute('data-side') === 'right' ? 'right' : 'left';
    act(() => useAtlasStore.getState().setHoverMuscle({ muscle: muscle as never, side }));
    expect(first.getAttribute('data-emphasised')).toBe('true');
  });
});

describe('CanvasLegend', () => {
  it('lists only what is drawn', () => {
    expect(legendItems({ drawing: [], candidates: 0, muscle: false })).toEqual([]);
    expect(legendItems({ drawing: [1], candidates: 3, muscle: false })).toEqual([
      'pain',
      'sources',
      'point',
    ]);
    expect(legendItems({ drawing: [], candidates: 0, muscle: true })).toEqual([
      'essential',
      'spillover',
      'point',
    ]);
  });

  it('speaks the patient’s words, or the clinician’s', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]);
    useAtlasStore
      .getState()
      .selectMuscle('upper-trapezius' as never, triggerPointKey('left', 'upper-trapezius-1'));
    const { unmount } = render(<CanvasLegend />);
    const legend = screen.getByTestId('canvas-legend');
    for (const w of ['Your pain', 'Possible sources', 'Main pain zone', 'Can spread here'])
      expect(legend.textContent).toContain(w);
    unmount();
    useAtlasStore.getState().setMode('clinician');
    render(<CanvasLegend />);
    const text = screen.getByTestId('canvas-legend').textContent ?? '';
    for (const w of ['Pain drawing', 'Candidate muscles', 'Essential zone', 'Spillover zone'])
      expect(text).toContain(w);
  });

  it('has one control that asks for the whole body', () => {
    render(<CanvasLegend />);
    const before = useAtlasStore.getState().wholeBodyRequest;
    fireEvent.click(screen.getByRole('button', { name: 'Whole body' }));
    expect(useAtlasStore.getState().wholeBodyRequest).toBe(before + 1);
  });
});

describe('the consult bar', () => {
  /** The text of each entry of a legend list. */
  const entries = (id: string): string[] =>
    within(screen.getByTestId(id))
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');

  it('shows the canvas legend’s entries and words, in either mode, and the canvas its button only', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]);
    useAtlasStore
      .getState()
      .selectMuscle('upper-trapezius' as never, triggerPointKey('left', 'upper-trapezius-1'));
    for (const mode of ['patient', 'clinician'] as const) {
      useAtlasStore.getState().setMode(mode);
      const legend = render(<CanvasLegend />);
      const onCanvas = entries('canvas-legend');
      legend.unmount();
      const bar = render(<ConsultBar onExit={() => undefined} />);
      expect(entries('consult-legend'), mode).toEqual(onCanvas);
      expect(onCanvas.length, mode).toBe(5);
      bar.unmount();
    }
    render(<CanvasLegend withKey={false} />);
    expect(screen.queryByTestId('canvas-legend')).toBeNull();
    expect(screen.getByRole('button', { name: 'Whole body' })).toBeTruthy();
  });

  it('shows no legend while nothing is drawn', () => {
    render(<ConsultBar onExit={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Where it hurts' })).toBeTruthy();
    expect(screen.queryByTestId('consult-legend')).toBeNull();
  });
});
