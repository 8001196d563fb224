/**
 * Registers the app's service worker (`sw.js`, written by the build: scripts/lib/serviceWorker.ts)
 * and reports the two moments the page announces: the first worker has cached the release and
 * taken charge (the app now works offline), and a new release has been cached and waits. The
 * waiting worker takes over only when {@link ServiceWorkerHandle.update} is called.
 */

export interface ServiceWorkerEvents {
  /** The first worker of this device is active: the app works offline from now on. */
  readonly onOfflineReady: () => void;
  /** A new release is installed and waits for the person's choice. */
  readonly onNeedRefresh: () => void;
}

export interface ServiceWorkerHandle {
  /**
   * Lets the waiting worker take over, then reloads the page into the new release (also the tab
   * that first installed the app, so no page runs the old release under the new worker).
   */
  update(): void;
}

/** Calls `onNeedRefresh` once the worker is installed while another controls the page. */
function follow(worker: ServiceWorker, events: ServiceWorkerEvents): void {
  const check = (): void => {
    if (worker.state !== 'installed' && worker.state !== 'redundant') return;
    worker.removeEventListener('statechange', check);
    if (worker.state === 'installed' && navigator.serviceWorker.controller) events.onNeedRefresh();
  };
  worker.addEventListener('statechange', check);
}

/**
 * Registers `./sw.js` (scope: the app's directory). Resolves once registered; rejects when the
 * browser refuses (e.g. a private window without storage), which the caller may ignore.
 */
export async function registerServiceWorker(
  events: ServiceWorkerEvents,
): Promise<ServiceWorkerHandle> {
  const sw = navigator.serviceWorker;
  // The first worker takes charge of this page when it activates (it claims its clients): the
  // release is cached by then.
  if (!sw.controller)
    sw.addEventListener('controllerchange', () => events.onOfflineReady(), { once: true });
  const reg = await sw.register('./sw.js', { scope: './' });
  if (reg.waiting && sw.controller) events.onNeedRefresh();
  if (reg.installing) follow(reg.installing, events);
  reg.addEventListener('updatefound', () => {
    if (reg.installing) follow(reg.installing, events);
  });
  return {
    update() {
      sw.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      reg.waiting?.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}
