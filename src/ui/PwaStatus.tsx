/**
 * Offline and updates. The service worker (`sw.js`, see state/serviceWorker.ts) is registered once the
 * body is on screen and the page is idle, so it never competes with the first frame. Once the
 * app, the dataset and both body shapes are cached, a notice says it works offline; when a new
 * version has been downloaded and waits, a prompt offers to reload into it — the running page
 * is never half-updated underneath the person.
 */
import { useEffect, useState } from 'react';
import { whenIdle } from '../state/browser';
import { registerServiceWorker, type ServiceWorkerHandle } from '../state/serviceWorker';
import { useAtlasStore } from '../state/store';

/** Register anyway after this long (ms) when the scene never becomes ready (no WebGL). */
const REGISTER_FALLBACK_MS = 8000;
/** How long the "available offline" notice stays (ms). */
const OFFLINE_NOTICE_MS = 12000;

type Status = 'none' | 'offline-ready' | 'update';

function useServiceWorker(): { status: Status; dismiss: () => void; update: () => void } {
  const sceneReady = useAtlasStore((s) => s.sceneReady);
  const [status, setStatus] = useState<Status>('none');
  const [worker, setWorker] = useState<ServiceWorkerHandle>();
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started || !('serviceWorker' in navigator) || !import.meta.env.PROD) return;
    const start = (): void => {
      setStarted(true);
      void registerServiceWorker({
        onOfflineReady: () => {
          document.documentElement.dataset.offlineReady = 'true';
          setStatus('offline-ready');
        },
        onNeedRefresh: () => setStatus('update'),
      }).then(
        setWorker,
        () => undefined, // no worker (e.g. storage refused): the app works online as before
      );
      // A returning visit is already served by the worker: it works offline, nothing to announce.
      if (navigator.serviceWorker.controller)
        document.documentElement.dataset.offlineReady = 'true';
    };
    // requestIdleCallback is feature-detected (Safari has none).
    if (sceneReady) return whenIdle(start, 3000);
    const id = window.setTimeout(start, REGISTER_FALLBACK_MS);
    return () => window.clearTimeout(id);
  }, [sceneReady, started]);
  useEffect(() => {
    if (status !== 'offline-ready') return;
    const id = window.setTimeout(() => setStatus('none'), OFFLINE_NOTICE_MS);
    return () => window.clearTimeout(id);
  }, [status]);
  return {
    status,
    dismiss: () => setStatus('none'),
    update: () => worker?.update(),
  };
}

export function PwaStatus(): React.JSX.Element | null {
  const { status, dismiss, update } = useServiceWorker();
  if (status === 'none') return null;
  return (
    <div className="pwa-status" role="status" data-testid="pwa-status">
      {status === 'offline-ready' ? (
        <p>Available offline: Referral Atlas now works without a connection on this device.</p>
      ) : (
        <p>
          A new version of Referral Atlas is ready.{' '}
          <button className="header-action" onClick={update}>
            Reload to update
          </button>
        </p>
      )}
      <button className="icon-button" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
