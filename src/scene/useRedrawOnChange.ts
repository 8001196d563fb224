/**
 * Asks for a frame when `shown` changes, not when the component mounts: a part that mounts hidden
 * (the skeleton before a peel, what lies beneath before it is opened) changes no pixel, and each
 * such mount used to draw the same picture once more while the app loaded.
 */
import { useEffect, useRef } from 'react';

/** `invalidate`: the canvas's request for a frame. Returns whether the part was shown at the last commit. */
export function useRedrawOnChange(shown: boolean, invalidate: () => void): { current: boolean } {
  const last = useRef(shown);
  useEffect(() => {
    if (shown !== last.current) invalidate();
    last.current = shown;
  }, [shown, invalidate]);
  return last;
}
