/** Page layout: header, the 3D body with its tools, and the panel of lists and cards. */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { AtlasCanvas } from './scene/AtlasCanvas';
import { webglAvailable } from './state/browser';
import { useAtlasStore } from './state/store';
import { focusSearch, useAppKeys } from './ui/appKeys';
import { BottomSheet } from './ui/BottomSheet';
import { CanvasHints } from './ui/CanvasHints';
import { ConsultBar } from './ui/ConsultBar';
import { CanvasLegend } from './ui/CanvasLegend';
import { Education } from './ui/Education';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Header } from './ui/Header';
import { HoverLabel } from './ui/HoverLabel';
import { LiveRegion } from './ui/LiveRegion';
import { Notices } from './ui/Notices';
import { Panel } from './ui/Panel';
import { PwaStatus } from './ui/PwaStatus';
import { SEARCH_ID } from './ui/SearchBox';
import { Toolbar } from './ui/Toolbar';
import { PHONE_QUERY, useMediaQuery } from './ui/useMediaQuery';
import { useTheme } from './ui/useTheme';

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
  const educationOpen = useAtlasStore((s) => s.educationOpen);
  const setEducationOpen = useAtlasStore((s) => s.setEducationOpen);
  const [consult, setConsult] = useState(false);
  const exitConsult = useCallback(() => setConsult(false), []);
  const phone = useMediaQuery(PHONE_QUERY);
  // Tested once, before any canvas exists: without WebGL the body is drawn flat (never a blank page).
  const [webgl] = useState(webglAvailable);
  useHistoryKeys();
  useAppKeys(consult, exitConsult);
  useTheme();
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
        {webgl ? (
          <div className="stage">
            {consult && <ConsultBar onExit={exitConsult} />}
            <ErrorBoundary
              fallback={
                <Suspense fallback={null}>
                  <FlatBody reason="crashed" />
                </Suspense>
              }
            >
              {ready && (
                <AtlasCanvas>
                  <CanvasLegend />
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
            <Panel regionsOpen={!webgl} />
          </BottomSheet>
        )}
        {!consult && !phone && (
          <aside className="panel" aria-label={PANEL_LABEL}>
            <Panel regionsOpen={!webgl} />
          </aside>
        )}
      </main>
      <LiveRegion />
      <Education open={educationOpen} onClose={() => setEducationOpen(false)} />
    </div>
  );
}
