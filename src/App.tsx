/** Page layout: header, the 3D body with its tools, and the panel of lists and cards. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { AtlasCanvas } from './scene/AtlasCanvas';
import { webglAvailable } from './state/browser';
import { useAtlasStore } from './state/store';
import { Candidates } from './ui/Candidates';
import { Conditions } from './ui/Conditions';
import { DrawingList } from './ui/DrawingList';
import { Education } from './ui/Education';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Header } from './ui/Header';
import { HoverLabel } from './ui/HoverLabel';
import { MuscleBrowser } from './ui/MuscleBrowser';
import { MuscleCard } from './ui/MuscleCard';
import { Notices } from './ui/Notices';
import { PwaStatus } from './ui/PwaStatus';
import { RedFlags } from './ui/RedFlags';
import { RegionBrowser } from './ui/RegionBrowser';
import { SearchBox } from './ui/SearchBox';
import { Toolbar } from './ui/Toolbar';

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
  // Tested once, before any canvas exists: without WebGL the body is drawn flat (never a blank page).
  const [webgl] = useState(webglAvailable);
  useHistoryKeys();
  if (loadError) {
    return (
      <main className="fatal" role="alert">
        <h1>Referral Atlas could not start</h1>
        <pre>{loadError}</pre>
      </main>
    );
  }
  return (
    <div className="app">
      <Header onOpenEducation={() => setEducationOpen(true)} />
      <Notices />
      <PwaStatus />
      <main className="layout">
        {webgl ? (
          <div className="stage">
            <ErrorBoundary
              fallback={
                <Suspense fallback={null}>
                  <FlatBody reason="crashed" />
                </Suspense>
              }
            >
              {ready && <AtlasCanvas />}
            </ErrorBoundary>
            <HoverLabel />
            <Toolbar />
          </div>
        ) : (
          <div className="stage flat">
            <Suspense fallback={null}>{ready && <FlatBody reason="no-webgl" />}</Suspense>
          </div>
        )}
        <aside className="panel" aria-label="Pain drawing and candidate muscles">
          <SearchBox />
          <RedFlags />
          <DrawingList />
          <Candidates />
          <MuscleCard />
          <Conditions />
          <RegionBrowser defaultOpen={!webgl} />
          <MuscleBrowser />
        </aside>
      </main>
      <Education open={educationOpen} onClose={() => setEducationOpen(false)} />
    </div>
  );
}
