/**
 * The phone's bottom sheet over the body: peek (the search box and the first lines, or with pain
 * marked the warning signs and the first candidate), half (the
 * body above, the answer below) or full. Drag the handle, tap it, use its arrow keys, or the
 * "More"/"Less" buttons. Choosing a muscle lifts a peeking sheet to half, so its card and the
 * body with its pattern share the screen. The height it covers is published as `sheetInset`
 * (CSS px) for the camera, and as the CSS variable `--sheet-inset` on the layout.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useAtlasStore } from '../state/store';
import { sheetHeights, sheetInset, type SheetState } from './phoneLayout';

const ORDER: readonly SheetState[] = ['peek', 'half', 'full'];
const LABEL: Record<SheetState, string> = { peek: 'lowered', half: 'half open', full: 'open' };

/** The state whose height is nearest to `px`. */
export function nearestState(px: number, heights: Record<SheetState, number>): SheetState {
  return ORDER.reduce((best, s) =>
    Math.abs(heights[s] - px) < Math.abs(heights[best] - px) ? s : best,
  );
}

const step = (s: SheetState, by: 1 | -1): SheetState =>
  ORDER[Math.max(0, Math.min(ORDER.length - 1, ORDER.indexOf(s) + by))] ?? s;

/** Height of the sheet's container, followed with a ResizeObserver. */
function useContainerHeight(ref: React.RefObject<HTMLElement | null>): number {
  const [h, setH] = useState(0);
  useLayoutEffect(() => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    setH(parent.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setH(parent.clientHeight));
    ro.observe(parent);
    return () => ro.disconnect();
  }, [ref]);
  return h;
}

export interface BottomSheetProps {
  readonly label: string;
  readonly children: ReactNode;
}

export function BottomSheet({ label, children }: BottomSheetProps): React.JSX.Element {
  const ref = useRef<HTMLElement>(null);
  const layoutH = useContainerHeight(ref);
  const heights = sheetHeights(layoutH);
  // A card already open (a shared link) starts the sheet at half.
  const [state, setState] = useState<SheetState>(() =>
    useAtlasStore.getState().panel === 'card' ? 'half' : 'peek',
  );
  const [drag, setDrag] = useState<{ startY: number; startH: number; h: number }>();
  // The answer comes to you: a chosen muscle lifts a peeking sheet to half.
  useEffect(
    () =>
      useAtlasStore.subscribe(
        (s) => (s.panel === 'card' ? s.muscle : undefined),
        (chosen) => {
          if (chosen) setState((st) => (st === 'peek' ? 'half' : st));
        },
      ),
    [],
  );
  // With pain marked, the lowered sheet shows the answer (warning signs, first candidate).
  const hasAnswer = useAtlasStore((s) => s.drawing.length > 0);
  const height = drag ? drag.h : heights[state];
  // The camera keeps its frame above the sheet, at most up to the half height.
  const inset = sheetInset(state, layoutH);
  useEffect(() => {
    useAtlasStore.getState().setSheetInset(inset);
    ref.current?.parentElement?.style.setProperty('--sheet-inset', `${inset}px`);
  }, [inset]);
  useEffect(() => () => useAtlasStore.getState().setSheetInset(0), []);

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>): void => {
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ startY: e.clientY, startH: heights[state], h: heights[state] });
  };
  const onPointerMove = (e: React.PointerEvent<HTMLButtonElement>): void => {
    if (!drag) return;
    const h = Math.max(heights.peek, Math.min(heights.full, drag.startH + drag.startY - e.clientY));
    setDrag({ ...drag, h });
  };
  const onPointerUp = (e: React.PointerEvent<HTMLButtonElement>): void => {
    if (!drag) return;
    const moved = Math.abs(e.clientY - drag.startY);
    setDrag(undefined);
    // A tap on the handle toggles between lowered and half; a drag snaps to the nearest height.
    if (moved < 6) setState((s) => (s === 'peek' ? 'half' : 'peek'));
    else setState(nearestState(drag.h, heights));
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>): void => {
    const by = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    setState((s) => step(s, by));
  };
  return (
    <section
      ref={ref}
      className={`sheet sheet-${state}${hasAnswer ? ' has-answer' : ''}${drag ? ' dragging' : ''}`}
      style={{ height }}
      aria-label={label}
      data-testid="sheet"
      data-sheet={state}
    >
      <div className="sheet-bar">
        <button
          className="sheet-handle"
          aria-label={`Panel ${LABEL[state]}. Drag, tap, or use the up and down arrow keys to resize`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(undefined)}
          onKeyDown={onKeyDown}
          onClick={(e) => {
            // Keyboard activation (Enter/Space): pointer taps are handled on pointer up.
            if (e.detail === 0) setState((s) => (s === 'peek' ? 'half' : 'peek'));
          }}
        >
          <span className="grip" aria-hidden="true" />
        </button>
        <button
          className="sheet-step"
          onClick={() => setState((s) => step(s, -1))}
          disabled={state === 'peek'}
        >
          Less
        </button>
        <button
          className="sheet-step"
          onClick={() => setState((s) => step(s, 1))}
          disabled={state === 'full'}
        >
          More
        </button>
      </div>
      {children}
    </section>
  );
}
