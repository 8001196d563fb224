// @vitest-environment jsdom
/** The panel's card over the kept list, the live region, and the bottom sheet's snapping. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import { DEFAULT_URL_STATE } from '../../../src/domain/urlState';
import { useAtlasStore } from '../../../src/state/store';
import { BottomSheet, nearestState } from '../../../src/ui/BottomSheet';
import { sheetHeights } from '../../../src/ui/phoneLayout';
import { LiveRegion } from '../../../src/ui/LiveRegion';
import { Panel } from '../../../src/ui/Panel';
import { r, realAtlas } from '../helpers';

const initial = useAtlasStore.getState();
beforeEach(() => {
  useAtlasStore.setState(initial, true);
  useAtlasStore.getState().init(realAtlas(), DEFAULT_URL_STATE, []);
});
afterEach(cleanup);

describe('Panel', () => {
  it('opens the chosen muscle card over the list, which stays mounted and inert, and goes back', () => {
    useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]);
    render(<Panel />);
    expect(screen.queryByTestId('card-view')).toBeNull();
    const first = screen.getByTestId('candidates').querySelector('button[data-muscle]');
    if (!first) throw new Error('no candidate');
    fireEvent.click(first);
    expect(screen.getByTestId('card-view')).toBeTruthy();
    expect(screen.getByTestId('panel-list').hasAttribute('inert')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Back to the list/ }));
    expect(screen.queryByTestId('card-view')).toBeNull();
    // Back to the list keeps the selection (and its pattern on the body).
    expect(useAtlasStore.getState().muscle).toBe(first.getAttribute('data-muscle'));
    expect(screen.getByTestId('panel-list').hasAttribute('inert')).toBe(false);
  });

  it('a muscle chosen from search opens its card too', () => {
    render(<Panel />);
    useAtlasStore.getState().selectMuscle(asMuscleId('infraspinatus'));
    expect(useAtlasStore.getState().panel).toBe('card');
  });
});

describe('LiveRegion', () => {
  it('is polite, empty without a drawing, and names the count and the top candidate', () => {
    render(<LiveRegion />);
    const live = screen.getByTestId('live-region');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    act(() => useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]));
    const top = realAtlas().muscleById.get(useAtlasStore.getState().ranking.candidates[0]!.muscle);
    expect(screen.getByTestId('live-region').textContent).toMatch(
      new RegExp(`^\\d+ muscles may refer pain here; top: ${top?.name.toLowerCase()}$`),
    );
  });
});

describe('BottomSheet', () => {
  it('snaps to the nearest of peek, half and full', () => {
    const h = sheetHeights(700);
    expect(h.peek).toBeLessThan(h.half);
    expect(h.half).toBeLessThan(h.full);
    expect(nearestState(h.peek + 10, h)).toBe('peek');
    expect(nearestState(h.half - 20, h)).toBe('half');
    expect(nearestState(690, h)).toBe('full');
  });

  it('resizes with its buttons and the handle arrow keys', () => {
    render(
      <BottomSheet label="Panel">
        <p>content</p>
      </BottomSheet>,
    );
    const sheet = screen.getByTestId('sheet');
    expect(sheet.dataset.sheet).toBe('peek');
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(sheet.dataset.sheet).toBe('half');
    fireEvent.keyDown(screen.getByRole('button', { name: /Panel half open/ }), { key: 'ArrowUp' });
    expect(sheet.dataset.sheet).toBe('full');
    fireEvent.click(screen.getByRole('button', { name: 'Less' }));
    expect(sheet.dataset.sheet).toBe('half');
  });

  it('lifts a peeking sheet to half when a muscle is chosen', () => {
    render(
      <BottomSheet label="Panel">
        <p>content</p>
      </BottomSheet>,
    );
    act(() => useAtlasStore.getState().selectMuscle(asMuscleId('infraspinatus')));
    expect(screen.getByTestId('sheet').dataset.sheet).toBe('half');
  });
});
