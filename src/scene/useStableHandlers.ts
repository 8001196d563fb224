/**
 * Event handlers with a stable identity for R3F elements. R3F compares an element's props on each
 * render; a new function for `onClick` counts as a changed prop, which it applies and then redraws
 * the scene for, although a handler draws nothing. Inline handlers thus cost a WebGL frame on every
 * re-render of the component (the skin's re-rendered four times while the app loads, each time
 * drawing the same picture again). The returned handlers keep their identity for the component's
 * life and call the latest ones passed in.
 */
import { useLayoutEffect, useState } from 'react';

/** Named event handlers (`onClick`, `onPointerMove`, …). */
export type Handlers = Record<string, (...args: never[]) => unknown>;

/**
 * Stable wrappers of `handlers`, one per key; each calls the handler of that key from the latest
 * render. The keys must stay the same for the component's life (those of the first render count).
 */
export function useStableHandlers<H extends Handlers>(handlers: H): H {
  // Made once: the latest handlers (a box read only when an event calls) and their wrappers.
  const [stable] = useState(() => {
    const latest = { current: handlers };
    const wrappers: Record<string, (...args: never[]) => unknown> = {};
    for (const key of Object.keys(handlers)) {
      wrappers[key] = (...args: never[]) => latest.current[key]?.(...args);
    }
    return { latest, wrappers: wrappers as H };
  });
  // Updated after each commit, before any event can reach the new props.
  useLayoutEffect(() => {
    stable.latest.current = handlers;
  });
  return stable.wrappers;
}
