// @vitest-environment jsdom
/** The toolbar's groups follow the store and act on it. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import { DEFAULT_URL_STATE } from '../../../src/domain/urlState';
import { useAtlasStore } from '../../../src/state/store';
import { Toolbar } from '../../../src/ui/Toolbar';
import { r, realAtlas } from '../helpers';

const initial = useAtlasStore.getState();
beforeEach(() => {
  useAtlasStore.setState(initial, true);
  useAtlasStore.getState().init(realAtlas(), DEFAULT_URL_STATE, []);
});
afterEach(cleanup);

const isolate = (): HTMLInputElement => screen.getByRole('checkbox', { name: 'Isolate muscle' });

describe('Toolbar', () => {
  it('enables "Isolate muscle" only with a chosen muscle, and sets it', () => {
    render(<Toolbar />);
    expect(isolate().disabled).toBe(true);
    act(() => useAtlasStore.getState().selectMuscle(asMuscleId('upper-trapezius')));
    expect(isolate().disabled).toBe(false);
    fireEvent.click(isolate());
    expect(useAtlasStore.getState().isolate).toBe(true);
    expect(isolate().checked).toBe(true);
    act(() => useAtlasStore.getState().selectMuscle(undefined));
    expect(isolate().disabled).toBe(true);
  });

  it('offers undo and clear once an area is marked, and redo after an undo', () => {
    render(<Toolbar />);
    const button = (name: string): HTMLButtonElement => screen.getByRole('button', { name });
    expect(button('Undo').disabled).toBe(true);
    expect(button('Clear').disabled).toBe(true);
    act(() => useAtlasStore.getState().toggleRegion(r('l-temple')));
    expect(button('Undo').disabled).toBe(false);
    expect(button('Clear').disabled).toBe(false);
    fireEvent.click(button('Undo'));
    expect(useAtlasStore.getState().drawing).toHaveLength(0);
    expect(button('Redo').disabled).toBe(false);
  });

  it('switches the tool, the view and the layer, and shows the brush size only for painting', () => {
    render(<Toolbar />);
    expect(screen.queryByRole('slider')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Paint' }));
    expect(useAtlasStore.getState().tool).toBe('brush');
    expect(screen.getByRole('slider')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(useAtlasStore.getState().view).toBe('back');
    expect(screen.getByRole('button', { name: 'Back' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'deep' } });
    expect(useAtlasStore.getState().layer).toBe('deep');
  });
});
