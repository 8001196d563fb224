/**
 * Start-up order: a link that names nothing from the dataset opens its view at once (the body is
 * drawn while the dataset downloads) and the dataset's parse and index wait for that first frame;
 * a link that names marked areas or a muscle waits for the dataset. Nothing is ever left unloaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../../src/state/boot';
import { useAtlasStore } from '../../../src/state/store';

const initial = useAtlasStore.getState();
const s = () => useAtlasStore.getState();
const BUNDLE = readFileSync(join(process.cwd(), 'assets/generated/dataset.json'), 'utf8');

/** Counts the dataset's parses: `json()` of its response. */
let parses = 0;
/** Requested URLs with their fetch priority. */
let requests: { url: string; priority: string | undefined }[] = [];

function stubFetch(): void {
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    requests.push({ url, priority: init?.priority });
    const dataset = url.includes('dataset');
    return Promise.resolve({
      ok: true,
      status: 200,
      json: () => {
        parses++;
        return Promise.resolve(dataset ? JSON.parse(BUNDLE) : {});
      },
    });
  });
}

/** A window with what boot and syncUrl use; timers are run by hand. */
function fakeWindow(hash: string) {
  const timers = new Map<number, () => void>();
  let next = 1;
  const win = {
    location: { hash },
    history: { replaceState: () => undefined, pushState: () => undefined },
    requestIdleCallback: () => 0,
    addEventListener: () => undefined,
    setTimeout: (cb: () => void) => (timers.set(next, cb), next++),
    clearTimeout: (id: number) => timers.delete(id),
  };
  const runTimers = (): void => [...timers.values()].forEach((cb) => cb());
  return { win: win as unknown as Window, timers, runTimers };
}

/** Lets pending promises (fetch, json) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  useAtlasStore.setState(initial, true);
  parses = 0;
  requests = [];
  stubFetch();
});
afterEach(() => vi.unstubAllGlobals());

describe('boot', () => {
  it('draws a view-only link first: the view opens at once, the dataset after the first frame', async () => {
    const { win } = fakeWindow('#v=back&body=male&layer=superficial');
    const done = boot(win);
    expect(s()).toMatchObject({ viewOpen: true, view: 'back', body: 'male', layer: 'superficial' });
    await settle();
    expect(s().atlas, 'the dataset waits for the body').toBeUndefined();
    expect(parses, 'not even parsed').toBe(0);
    // The user turns to the feet before the dataset is there; the body is drawn.
    s().setView('feet');
    s().setSceneReady(true);
    await done;
    expect(s().atlas?.regions.length).toBeGreaterThan(100);
    expect(s().view, 'the user’s change is kept').toBe('feet');
    expect(s()).toMatchObject({ body: 'male', layer: 'superficial', sceneReady: true });
    // The body is fetched by its own worker from start-up (main.tsx); the dataset yields to it.
    expect(requests.some((r) => r.url.includes('body-'))).toBe(false);
    expect(requests.find((r) => r.url.includes('dataset'))?.priority).toBe('low');
  });

  it('reads a link that names marked areas and a muscle whole, with the dataset, before any frame', async () => {
    const { win } = fakeWindow('#d=l-temple&m=upper-trapezius&v=back');
    const done = boot(win);
    expect(s().viewOpen, 'its drawing is drawn with the body, so no view before').toBe(false);
    await done;
    expect(s().viewOpen).toBe(true);
    expect(s().drawing.map((m) => m.region)).toEqual(['l-temple']);
    expect(s()).toMatchObject({ muscle: 'upper-trapezius', view: 'back', sceneReady: false });
  });

  it('does not wait for a frame that will not come: a flat body, a load error, or the time limit', async () => {
    for (const end of ['flat', 'timer'] as const) {
      useAtlasStore.setState(initial, true);
      const { win, timers, runTimers } = fakeWindow('');
      const done = boot(win);
      await settle();
      expect(s().atlas, end).toBeUndefined();
      expect(timers.size, `${end}: one safety timer`).toBe(1);
      if (end === 'flat') s().setFrameless();
      else runTimers();
      await done;
      expect(s().atlas, end).toBeDefined();
      expect(timers.size, `${end}: the timer is cleared`).toBe(0);
    }
  });

  it('shows a notice for the link’s unreadable parts once the dataset is there', async () => {
    const { win } = fakeWindow('#v=sideways&zz=1');
    const done = boot(win);
    expect(s().notices).toEqual([]);
    s().setSceneReady(true);
    await done;
    expect(s().notices).toHaveLength(2);
    expect(s().view).toBe('front');
  });

  it('a dataset that cannot be fetched is a load error, not a page waiting forever', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve({ ok: false, status: 404 }));
    const { win } = fakeWindow('');
    await boot(win);
    expect(s().loadError).toBe('dataset.json: HTTP 404');
  });
});
