/**
 * The panel's content, on the side on wide screens and in the bottom sheet on phones: the search
 * box on top, then either the lists or, once a muscle is chosen, its card over the lists. The
 * lists stay mounted underneath (inert), so "Back to the list" returns to the same scroll position.
 */
import { memo, useCallback } from 'react';
import { afterNextPaint } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { Candidates } from './Candidates';
import { Conditions } from './Conditions';
import { DrawingList } from './DrawingList';
import { MuscleBrowser } from './MuscleBrowser';
import { MuscleCard } from './MuscleCard';
import { RedFlags } from './RedFlags';
import { RegionBrowser } from './RegionBrowser';
import { SearchBox } from './SearchBox';

/** Whether the user has pressed a key or pointer yet (a card opened by a link on load takes no focus). */
let interacted = false;
for (const type of ['keydown', 'pointerdown'] as const)
  window.addEventListener(type, () => (interacted = true), { capture: true, once: true });

/** Focuses the button of the chosen candidate (or muscle) in the list, if it is there. */
export function focusChosenInList(): void {
  const list = document.getElementById('panel-list');
  const chosen =
    list?.querySelector<HTMLElement>('button[aria-pressed="true"][data-muscle]') ??
    list?.querySelector<HTMLElement>('button[data-muscle]');
  // The list keeps its scroll position: the chosen item is where the user left it.
  chosen?.focus({ preventScroll: true });
}

export interface PanelProps {
  /** Open the region list at start (the marking path when there is no 3D body). Default false. */
  readonly regionsOpen?: boolean;
}

/**
 * The lists, memoised: each reads its own part of the store, so choosing a muscle (which re-renders
 * the panel for its card) re-renders none of them. With the region list open (the way to mark pain
 * without WebGL), that was 339 checkboxes per choice.
 */
const PanelLists = memo(function PanelLists({ regionsOpen }: Required<PanelProps>) {
  return (
    <>
      {/* The answer first: warning signs (compact), then the candidates, then the marked areas. */}
      <RedFlags />
      <Candidates />
      <DrawingList />
      <Conditions />
      <RegionBrowser defaultOpen={regionsOpen} />
      <MuscleBrowser />
    </>
  );
});

const MemoSearchBox = memo(SearchBox);

export function Panel({ regionsOpen = false }: PanelProps): React.JSX.Element {
  const view = useAtlasStore((s) => s.panel);
  const muscle = useAtlasStore((s) => s.muscle);
  const cardOpen = view === 'card' && !!muscle;
  // A card opened by the user takes the focus (screen readers read it); one opened by a shared
  // link on load does not, so the skip link stays the first stop. The card view is new, so already
  // at its top. The focus waits until the frame that shows the card is drawn: focusing
  // recalculates style and layout, which inside the click delayed that frame; it runs in the idle
  // time after it.
  const focusWhenDrawn = useCallback((card: HTMLDivElement | null) => {
    if (!card || !interacted) return;
    return afterNextPaint(() =>
      card.querySelector<HTMLElement>('#muscle-title')?.focus({ preventScroll: true }),
    );
  }, []);
  const back = (): void => {
    useAtlasStore.getState().showList();
    requestAnimationFrame(focusChosenInList);
  };
  return (
    <div className="panel-inner">
      <MemoSearchBox />
      <div className="panel-views">
        <div
          id="panel-list"
          className={`panel-scroll${cardOpen ? ' covered' : ''}`}
          inert={cardOpen}
          data-testid="panel-list"
        >
          <PanelLists regionsOpen={regionsOpen} />
        </div>
        {cardOpen && (
          <div className="panel-scroll card-view" ref={focusWhenDrawn} data-testid="card-view">
            <button className="back-button" onClick={back}>
              <span aria-hidden="true">←</span> Back to the list
            </button>
            <MuscleCard />
          </div>
        )}
      </div>
    </div>
  );
}
