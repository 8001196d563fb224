/**
 * Lazy handles on {@link ./chrome}: each renders nothing until the body's first frame has been
 * drawn (or the 3D view is not used), then its part of the chunk. All parts share one fetch.
 */
import { lazy, Suspense, useEffect, useSyncExternalStore, type ComponentType } from 'react';
import { useAtlasStore } from '../state/store';
import type * as Chrome from './chrome';

/** Milliseconds after which the chrome loads even if the body has not been drawn (slow or failed 3D). */
const LATE_CHROME_FALLBACK_MS = 4000;

const load = (): Promise<typeof Chrome> => import('./chrome');

/** A lazy component for one export of the chrome chunk, shown once the chrome may load. */
function part<P extends object>(pick: (m: typeof Chrome) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => load().then((m) => ({ default: pick(m) })));
  return function LatePart(props: P) {
    const late = useLateChrome();
    if (!late) return null;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

let released = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const isReleased = (): boolean => released;

/** Lets the chrome load from now on (idempotent). */
export function releaseChrome(): void {
  if (released) return;
  released = true;
  for (const l of listeners) l();
}

/** True once the chrome may load: the body's first frame, no 3D view, or the fallback delay. */
function useLateChrome(): boolean {
  const sceneReady = useAtlasStore((s) => s.sceneReady);
  const late = useSyncExternalStore(subscribe, isReleased, isReleased);
  useEffect(() => {
    if (sceneReady) releaseChrome();
  }, [sceneReady]);
  useEffect(() => {
    const timer = setTimeout(releaseChrome, LATE_CHROME_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, []);
  return late || sceneReady;
}

export const AppKeys = part((m) => m.AppKeys);
export const CanvasHints = part((m) => m.CanvasHints);
export const CanvasLegend = part((m) => m.CanvasLegend);
export const ConsultBar = part((m) => m.ConsultBar);
export const Education = part((m) => m.Education);
export const HoverLabel = part((m) => m.HoverLabel);
export const LiveRegionText = part((m) => m.LiveRegionText);
export const Notices = part((m) => m.Notices);
export const Panel = part((m) => m.Panel);
export const PwaStatus = part((m) => m.PwaStatus);
