/** Registering the worker: the page hears "works offline" once, and "new version" only for an update. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../../src/state/serviceWorker';

/** A worker whose state the test moves on, firing `statechange` like the browser. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly postMessage = vi.fn();
  to(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** A new worker starts installing (as after an update check). */
  found(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  controller: FakeWorker | null = null;
  readonly registration = new FakeRegistration();
  readonly register = vi.fn(() => Promise.resolve(this.registration));
  /** A worker takes charge of the page. */
  claim(worker: FakeWorker): void {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

let sw: FakeContainer;
const events = { onOfflineReady: vi.fn(), onNeedRefresh: vi.fn() };
beforeEach(() => {
  sw = new FakeContainer();
  vi.stubGlobal('navigator', { serviceWorker: sw });
  events.onOfflineReady.mockReset();
  events.onNeedRefresh.mockReset();
});
afterEach(() => vi.unstubAllGlobals());

describe('registerServiceWorker', () => {
  it('registers ./sw.js for the app directory', async () => {
    await registerServiceWorker(events);
    expect(sw.register).toHaveBeenCalledWith('./sw.js', { scope: './' });
  });

  it('first visit: "works offline" once the first worker takes charge, never "new version"', async () => {
    const first = new FakeWorker();
    sw.registration.installing = first;
    await registerServiceWorker(events);
    first.to('installed');
    expect(events.onOfflineReady).not.toHaveBeenCalled();
    first.to('activated');
    sw.claim(first);
    expect(events.onOfflineReady).toHaveBeenCalledOnce();
    expect(events.onNeedRefresh).not.toHaveBeenCalled();
  });

  it('a page already served by a worker hears of an update once it is installed, not before', async () => {
    sw.controller = new FakeWorker();
    await registerServiceWorker(events);
    const next = new FakeWorker();
    sw.registration.found(next);
    expect(events.onNeedRefresh).not.toHaveBeenCalled();
    next.to('installed');
    expect(events.onNeedRefresh).toHaveBeenCalledOnce();
    expect(events.onOfflineReady).not.toHaveBeenCalled();
  });

  it('an update that fails to install announces nothing', async () => {
    sw.controller = new FakeWorker();
    await registerServiceWorker(events);
    const broken = new FakeWorker();
    sw.registration.found(broken);
    broken.to('redundant');
    expect(events.onNeedRefresh).not.toHaveBeenCalled();
  });

  it('a worker already waiting when the page opens is announced, and update() lets it take over', async () => {
    sw.controller = new FakeWorker();
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    sw.registration.waiting = waiting;
    const handle = await registerServiceWorker(events);
    expect(events.onNeedRefresh).toHaveBeenCalledOnce();
    expect(waiting.postMessage).not.toHaveBeenCalled();
    handle.update();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });
});
