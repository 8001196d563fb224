/** The address bar follows the store, written when the page is idle, a burst coalesced. */
import { beforeEach, describe, expect, it } from 'vitest';
import { asMuscleId } from '../../../src/domain/ids';
import { DEFAULT_URL_STATE } from '../../../src/domain/urlState';
import { syncUrl } from '../../../src/state/boot';
import { useAtlasStore } from '../../../src/state/store';
import { r, realAtlas } from '../helpers';

const initial = useAtlasStore.getState();
beforeEach(() => {
  useAtlasStore.setState(initial, true);
  useAtlasStore.getState().init(realAtlas(), DEFAULT_URL_STATE, []);
});

/** A window with just what `syncUrl` uses, recording hash writes and idle callbacks. */
function fakeWindow() {
  const writes: string[] = [];
  const pushes: string[] = [];
  const idle: (() => void)[] = [];
  const win = {
    location: { hash: '' },
    history: {
      replaceState: (_s: unknown, _t: string, hash: string) => void writes.push(hash),
      pushState: (_s: unknown, _t: string, hash: string) => void pushes.push(hash),
    },
    requestIdleCallback: (cb: () => void) => idle.push(cb),
    addEventListener: () => undefined,
  };
  return { win: win as unknown as Window, writes, pushes, idle };
}

describe('syncUrl', () => {
  it('writes the current state at once, later changes only when idle, a burst as one write', () => {
    const { win, writes, idle } = fakeWindow();
    syncUrl(win);
    expect(writes).toHaveLength(1);
    const store = useAtlasStore.getState();
    store.toggleRegion(r('l-temple'));
    store.toggleRegion(r('l-occiput'));
    expect(writes).toHaveLength(1);
    expect(idle).toHaveLength(1);
    idle.splice(0).forEach((cb) => cb());
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain('d=l-temple,l-occiput');
  });

  it('pushes a history entry when a muscle is chosen, soon and not only when idle', async () => {
    const { win, writes, pushes, idle } = fakeWindow();
    syncUrl(win);
    const store = useAtlasStore.getState();
    store.toggleRegion(r('l-temple'));
    store.selectMuscle(asMuscleId('upper-trapezius'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toContain('m=upper-trapezius');
    idle.splice(0).forEach((cb) => cb());
    expect(writes).toHaveLength(1);
    expect(pushes).toHaveLength(1);
  });
});
