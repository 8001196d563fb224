// @vitest-environment jsdom
/** A failing 3D view is replaced by its fallback; the rest of the page stays mounted. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';

afterEach(cleanup);

function Broken(): React.JSX.Element {
  throw new Error('WebGL context could not be created');
}

describe('ErrorBoundary', () => {
  it('shows the fallback instead of the failing child, and keeps its siblings', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      render(
        <div>
          <ErrorBoundary fallback={<p>flat body</p>}>
            <Broken />
          </ErrorBoundary>
          <p>candidates</p>
        </div>,
      );
      expect(screen.getByText('flat body')).toBeTruthy();
      expect(screen.getByText('candidates')).toBeTruthy();
      expect(warn).toHaveBeenCalled();
    } finally {
      quiet.mockRestore();
      warn.mockRestore();
    }
  });

  it('renders its children when nothing fails', () => {
    render(
      <ErrorBoundary fallback={<p>flat body</p>}>
        <p>3D view</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('3D view')).toBeTruthy();
    expect(screen.queryByText('flat body')).toBeNull();
  });
});
