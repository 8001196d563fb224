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
  const frames: (() => void)[] = [];
  const win = {
    location: { hash: '' },
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    cancelAnimationFrame: () => undefined,
    history: {
      replaceState: (_s: unknown, _t: string, hash: string) => void writes.push(hash),
      pushState: (_s: unknown, _t: string, hash: string) => void pushes.push(hash),
    },
    requestIdleCallback: (cb: () => void) => idle.push(cb),
    addEventListener: () => undefined,
  };
  return { win: win as unknown as Window, writes, pushes, idle, frames };
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

  it('pushes a history entry when a muscle is chosen, after the frame showing it, not only when idle', () => {
    const { win, writes, pushes, idle, frames } = fakeWindow();
    syncUrl(win);
    const store = useAtlasStore.getState();
    store.toggleRegion(r('l-temple'));
    store.selectMuscle(asMuscleId('upper-trapezius'));
    // Not inside the choice's own task: after its frame, in the idle time that follows it.
    expect(pushes).toHaveLength(0);
    expect(frames).toHaveLength(1);
    frames.splice(0).forEach((cb) => cb());
    expect(idle).toHaveLength(2); // the edit's idle write and the step's
    idle.splice(0).forEach((cb) => cb());
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toContain('m=upper-trapezius');
    expect(writes).toHaveLength(1);
  });

  it('pushes a step within 100 ms even when no frame is drawn (a hidden tab)', async () => {
    const { win, pushes, frames } = fakeWindow();
    syncUrl(win);
    useAtlasStore.getState().selectMuscle(asMuscleId('upper-trapezius'));
    expect(pushes).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 130));
    expect(frames).toHaveLength(1); // never ran
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toContain('m=upper-trapezius');
  });
});
