/**
 * Whether the 3D view can be used, tested once before any canvas exists. The test makes the
 * view's WebGL context (kept for it, see `webglAvailable`), so it runs in a layout effect, after
 * the page's first layout and before its first paint: the context's canvas is then made at the
 * size of the slot the view will fill, and three.js never has to reallocate its drawing buffer
 * during the first render. Until then the slot is an empty `.canvas-wrap` in the stage.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { drawingBufferSize, webglAvailable } from '../state/browser';

export interface WebglTest {
  /** undefined until tested (the first commit), then whether the 3D view can be made. */
  readonly webgl: boolean | undefined;
  /** The empty slot rendered in the view's place until the test (measured for its size). */
  readonly slotRef: RefObject<HTMLDivElement | null>;
}

export function useWebglTest(): WebglTest {
  const [webgl, setWebgl] = useState<boolean>();
  const slotRef = useRef<HTMLDivElement>(null);
  // A ref, not the state: StrictMode replays effects in development, and a second test would make
  // (and leak) a second context.
  const tested = useRef(false);
  useLayoutEffect(() => {
    if (tested.current) return;
    tested.current = true;
    const slot = slotRef.current;
    const size = slot
      ? drawingBufferSize(slot.getBoundingClientRect(), window.devicePixelRatio)
      : undefined;
    setWebgl(webglAvailable(document, size));
  }, []);
  return { webgl, slotRef };
}
