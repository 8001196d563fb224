/** Page layout: header, the 3D body with its tools, and the panel of lists and cards. */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { AtlasCanvas } from './scene/AtlasCanvas';
import { useAtlasStore } from './state/store';
import { BottomSheet } from './ui/BottomSheet';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Header } from './ui/Header';
import {
  AppKeys,
  CanvasHints,
  CanvasLegend,
  ConsultBar,
  Education,
  HoverLabel,
  LiveRegionText,
  Notices,
  Panel,
  PwaStatus,
  releaseChrome,
} from './ui/lateChrome';
import { Toolbar } from './ui/Toolbar';
import { LiveRegionHost } from './ui/LiveRegionHost';
import { focusSearch, SEARCH_ID } from './ui/searchId';
import { PHONE_QUERY, useMediaQuery } from './ui/useMediaQuery';
import { useTheme } from './ui/useTheme';
import { useWebglTest } from './ui/useWebglTest';

const PANEL_LABEL = 'Pain drawing and candidate muscles';

/** The flat body (no WebGL, or a failed 3D view) is rare: its own chunk, out of the entry. */
const FlatBody = lazy(() => import('./ui/FlatBody').then((m) => ({ default: m.FlatBody })));

function useHistoryKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      e.preventDefault();
      const s = useAtlasStore.getState();
      if (e.shiftKey) s.redo();
      else s.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function App(): React.JSX.Element {
  const loadError = useAtlasStore((s) => s.loadError);
  const ready = useAtlasStore((s) => !!s.atlas);
  // The 3D view draws as soon as the link's view is known, often before the dataset (boot.ts).
  const viewOpen = useAtlasStore((s) => s.viewOpen);
  const educationOpen = useAtlasStore((s) => s.educationOpen);
  const setEducationOpen = useAtlasStore((s) => s.setEducationOpen);
  const [consult, setConsult] = useState(false);
  const [liveHost, setLiveHost] = useState<HTMLElement | null>(null);
  const exitConsult = useCallback(() => setConsult(false), []);
  const phone = useMediaQuery(PHONE_QUERY);
  // Tested once, before any canvas exists: without WebGL the body is drawn flat (never a blank page).
  const { webgl, slotRef } = useWebglTest();
  useHistoryKeys();
  useTheme();
  // Without the 3D view (or without data) there is no first frame to wait for.
  useEffect(() => {
    if (webgl === false || loadError) releaseChrome();
    if (webgl === false) useAtlasStore.getState().setFrameless();
  }, [webgl, loadError]);
  if (loadError) {
    return (
      <main className="fatal" role="alert">
        <h1>Referral Atlas could not start</h1>
        <pre>{loadError}</pre>
      </main>
    );
  }
  return (
    <div className={`app${consult ? ' consult' : ''}`}>
      <AppKeys consult={consult} exitConsult={exitConsult} />
      {!consult && (
        <a
          className="skip-link"
          href={`#${SEARCH_ID}`}
          onClick={(e) => {
            e.preventDefault();
            focusSearch();
          }}
        >
          Skip to search
        </a>
      )}
      {!consult && (
        <Header
          onOpenEducation={() => setEducationOpen(true)}
          onOpenConsult={() => setConsult(true)}
        />
      )}
      {!consult && <Notices />}
      <PwaStatus />
      <main className="layout">
        {consult && <h1 className="visually-hidden">Referral Atlas, consult view</h1>}
        {webgl !== false ? (
          <div className="stage">
            {consult && <ConsultBar onExit={exitConsult} />}
            {webgl === undefined && <div className="canvas-wrap" ref={slotRef} />}
            <ErrorBoundary
              fallback={
                <Suspense fallback={null}>
                  <FlatBody reason="crashed" />
                </Suspense>
              }
            >
              {webgl && viewOpen && (
                <AtlasCanvas>
                  <CanvasLegend withKey={!consult} />
                </AtlasCanvas>
              )}
            </ErrorBoundary>
            <HoverLabel />
            {!consult && <CanvasHints />}
            {!consult && <Toolbar />}
          </div>
        ) : (
          <div className="stage flat">
            <Suspense fallback={null}>{ready && <FlatBody reason="no-webgl" />}</Suspense>
          </div>
        )}
        {!consult && phone && (
          <BottomSheet label={PANEL_LABEL}>
            <Panel regionsOpen={webgl === false} />
          </BottomSheet>
        )}
        {!consult && !phone && (
          <aside className="panel" aria-label={PANEL_LABEL}>
            <Panel regionsOpen={webgl === false} />
          </aside>
        )}
      </main>
      <LiveRegionHost hostRef={setLiveHost} />
      <LiveRegionText host={liveHost} />
      <Education open={educationOpen} onClose={() => setEducationOpen(false)} />
    </div>
  );
}
