/** Page layout: header, the 3D body with its tools, and the panel of lists and cards. */
import { useEffect } from 'react';
import { AtlasCanvas } from './scene/AtlasCanvas';
import { useAtlasStore } from './state/store';
import { CanvasLegend } from './ui/CanvasLegend';
import { Candidates } from './ui/Candidates';
import { Conditions } from './ui/Conditions';
import { DrawingList } from './ui/DrawingList';
import { Education } from './ui/Education';
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
        <div className="stage">
          {ready && (
            <AtlasCanvas>
              <CanvasLegend />
            </AtlasCanvas>
          )}
          <HoverLabel />
          <Toolbar />
        </div>
        <aside className="panel" aria-label="Pain drawing and candidate muscles">
          <SearchBox />
          <RedFlags />
          <DrawingList />
          <Candidates />
          <MuscleCard />
          <Conditions />
          <RegionBrowser />
          <MuscleBrowser />
        </aside>
      </main>
      <Education open={educationOpen} onClose={() => setEducationOpen(false)} />
    </div>
  );
}
