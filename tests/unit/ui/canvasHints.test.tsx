// @vitest-environment jsdom
/** The first-use gesture hint: gone once an area is marked, and remembered (in idle time). */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_URL_STATE } from '../../../src/domain/urlState';
import { useAtlasStore } from '../../../src/state/store';
import { CanvasHints, HINT_KEY } from '../../../src/ui/CanvasHints';
import { r, realAtlas } from '../helpers';

const initial = useAtlasStore.getState();
beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  useAtlasStore.setState(initial, true);
  useAtlasStore.getState().init(realAtlas(), DEFAULT_URL_STATE, []);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('CanvasHints', () => {
  it('hides the hint at the first mark and stores that once the page is idle, not in the tap', () => {
    render(<CanvasHints />);
    expect(screen.getByTestId('gesture-hint')).toBeTruthy();
    act(() => useAtlasStore.getState().setDrawing([{ region: r('l-temple') }]));
    expect(screen.queryByTestId('gesture-hint')).toBeNull();
    expect(localStorage.getItem(HINT_KEY)).toBeNull();
    act(() => vi.runAllTimers());
    expect(localStorage.getItem(HINT_KEY)).toBe('1');
  });

  it('stores a dismissal by its button at once', () => {
    render(<CanvasHints />);
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByTestId('gesture-hint')).toBeNull();
    expect(localStorage.getItem(HINT_KEY)).toBe('1');
  });

  it('shows no hint where it was dismissed before', () => {
    localStorage.setItem(HINT_KEY, '1');
    render(<CanvasHints />);
    expect(screen.queryByTestId('gesture-hint')).toBeNull();
  });
});
