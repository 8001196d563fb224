/**
 * Hints on the canvas that work on touch (no hover tooltips): how to turn and zoom the body on
 * first use (dismissable; remembered only in this device's localStorage, and also once the
 * first area is marked), and what the chosen drawing tool does while it is not the tap tool.
 */
import { useEffect, useState } from 'react';
import { whenIdle } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { TOOLS } from './Toolbar';
import { useMediaQuery } from './useMediaQuery';

/** localStorage key of the dismissed first-use hint. Nothing leaves the device. */
export const HINT_KEY = 'referral-atlas:gesture-hint-dismissed';

const wasDismissed = (): boolean => {
  try {
    return window.localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
};
const remember = (): void => {
  try {
    window.localStorage.setItem(HINT_KEY, '1');
  } catch {
    // Private mode or storage off: the hint simply comes back next time.
  }
};

/** Latest time after the first mark at which its dismissal of the hint is stored, ms. */
const REMEMBER_TIMEOUT_MS = 2000;

export function CanvasHints(): React.JSX.Element {
  const [dismissed, setDismissed] = useState(wasDismissed);
  const marked = useAtlasStore((s) => s.drawing.length > 0);
  const tool = useAtlasStore((s) => s.tool);
  const toolHint = tool === 'tap' ? undefined : TOOLS.find((t) => t.id === tool)?.hint;
  const showGestures = !dismissed && !marked;
  const touch = useMediaQuery('(pointer: coarse)');
  // Written when idle: the first mark's tap has its frame to draw (a storage write is ~1 ms there).
  useEffect(() => (marked ? whenIdle(remember, REMEMBER_TIMEOUT_MS) : undefined), [marked]);
  return (
    <div className="canvas-hints">
      {toolHint && (
        <p className="tool-hint" data-testid="tool-hint">
          {toolHint}
        </p>
      )}
      {showGestures && (
        <div className="gesture-hint" data-testid="gesture-hint">
          <p>
            {touch ? (
              <>
                <strong>Drag with one finger to turn the body</strong> and reach the sides and back.
                Pinch to zoom, double-tap to zoom in on a spot, tap to mark where it hurts.
              </>
            ) : (
              <>
                <strong>Drag to turn the body</strong> and reach the sides and back. Scroll to zoom,
                double-click to zoom in on a spot, click to mark where it hurts.
              </>
            )}
          </p>
          <button
            onClick={() => {
              remember();
              setDismissed(true);
            }}
          >
            Got it
          </button>
        </div>
      )}
    </div>
  );
}
