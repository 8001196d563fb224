// @vitest-environment jsdom
/** The hover label over the canvas names the muscle under the pointer, else the region. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import { DEFAULT_URL_STATE } from '../../../src/domain/urlState';
import { useAtlasStore } from '../../../src/state/store';
import { HoverLabel } from '../../../src/ui/HoverLabel';
import { r, realAtlas } from '../helpers';

const initial = useAtlasStore.getState();
beforeEach(() => {
  useAtlasStore.setState(initial, true);
  useAtlasStore.getState().init(realAtlas(), DEFAULT_URL_STATE, []);
});
afterEach(cleanup);

describe('HoverLabel', () => {
  it('shows nothing when the pointer is over nothing', () => {
    render(<HoverLabel />);
    expect(screen.queryByTestId('hover-label')).toBeNull();
  });

  it('names the region under the pointer', () => {
    useAtlasStore.getState().setHover(r('l-temple'));
    render(<HoverLabel />);
    expect(screen.getByTestId('hover-label').textContent).toBe('left temple');
  });

  it('names the muscle and its side when a muscle is under the pointer, over the region', () => {
    useAtlasStore.getState().setHover(r('l-temple'));
    useAtlasStore.getState().setHoverMuscle({ muscle: asMuscleId('temporalis'), side: 'right' });
    render(<HoverLabel />);
    expect(screen.getByTestId('hover-label').textContent).toBe('Temporalis, right');
    useAtlasStore.getState().setHoverMuscle(undefined);
  });
});
