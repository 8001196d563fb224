// @vitest-environment jsdom
/** Offline and update notices: registered after the scene is ready; an update waits for the person's reload. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../../src/state/store';
import { PwaStatus } from '../../../src/ui/PwaStatus';

interface Hooks {
  onOfflineReady?: () => void;
  onNeedRefresh?: () => void;
}
const sw = vi.hoisted(() => ({ hooks: undefined as Hooks | undefined, update: vi.fn() }));
vi.mock('../../../src/state/serviceWorker', () => ({
  registerServiceWorker: (hooks: Hooks) => {
    sw.hooks = hooks;
    return Promise.resolve({ update: sw.update });
  },
}));

beforeEach(() => {
  sw.hooks = undefined;
  sw.update.mockReset();
  vi.stubEnv('PROD', true);
  Object.defineProperty(navigator, 'serviceWorker', {
    value: new EventTarget(),
    configurable: true,
  });
  window.requestIdleCallback = ((cb: () => void) => window.setTimeout(cb, 0)) as never;
  window.cancelIdleCallback = ((id: number) => window.clearTimeout(id)) as never;
  useAtlasStore.setState({ sceneReady: false });
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

async function registered(): Promise<Hooks> {
  render(<PwaStatus />);
  expect(sw.hooks).toBeUndefined();
  act(() => useAtlasStore.setState({ sceneReady: true }));
  await vi.waitFor(() => expect(sw.hooks).toBeDefined());
  return sw.hooks as Hooks;
}

describe('PwaStatus', () => {
  it('registers the worker only once the scene is ready, then says when the app works offline', async () => {
    const hooks = await registered();
    act(() => hooks.onOfflineReady?.());
    expect(screen.getByTestId('pwa-status').textContent).toContain('Available offline');
    expect(document.documentElement.dataset.offlineReady).toBe('true');
  });

  it('offers a reload when a new version waits, and applies it only on that click', async () => {
    const hooks = await registered();
    act(() => hooks.onNeedRefresh?.());
    expect(sw.update).not.toHaveBeenCalled();
    // The handle arrives when the registration resolves.
    await act(() => Promise.resolve());
    fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(sw.update).toHaveBeenCalledOnce();
  });
});
