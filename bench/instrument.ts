/**
 * In-page instrumentation, installed before any page script runs (Playwright `addInitScript`).
 * Kept as plain JavaScript text: tsx adds helpers (`__name`) to compiled functions that do not
 * exist in the page, so nothing here is passed to the browser as a compiled function.
 *
 * What it measures, for one real (Playwright mouse) click, all on the page's main thread:
 *   input   Σ over pointerdown/mousedown/pointerup/mouseup/click of the time from the first
 *           (window, capture) listener to the end of the microtasks queued by the last (window,
 *           bubble) listener: R3F's raycast, the store update, React's synchronous re-render;
 *   preRaf  animation-frame callbacks that ran between pointerdown and click (normally none);
 *   frame   for each frame after the click until the change is on screen: from the first
 *           animation-frame callback of that frame (R3F's render) to the first task after the
 *           frame, i.e. callbacks + style + layout + paint of the updated DOM.
 * total = input + preRaf + frame. `wall` (input timestamp → end of the drawing frame) is also
 * reported; it includes the idle wait for the next vsync, so it is not main-thread time.
 * A frame counts as "drawn" when a page animation-frame callback (R3F's loop) ran in it, and
 * the measurement ends at the first drawn frame in which the watched element has changed.
 */
/** What the script exposes as `window.__bench` (used from the harness via `page.evaluate`). */
export interface BenchApi {
  arm(selector: string): void;
  result(): Promise<ClickTiming>;
  settle(ms: number): Promise<void>;
  status(): string;
  markTime(name: string): number | null;
  resources(): ResourceEntry[];
  renderInfo(): { calls: number; triangles: number } | null;
  regionPoint(index: number): { x: number; y: number } | null;
}

/** Main-thread time of one click until its effect was drawn. */
export interface ClickTiming {
  readonly input: number;
  readonly preRaf: number;
  readonly frame: number;
  readonly total: number;
  readonly wall: number | null;
  readonly frames: readonly { busy: number; callbacks: number }[];
  readonly events: readonly string[];
  /** Main-thread ms of each input event (as in `input`), by type. */
  readonly byEvent: Readonly<Record<string, number>>;
  readonly changed: boolean;
  readonly error: string | null;
}

export interface ResourceEntry {
  readonly name: string;
  /** Fetch start, ms since navigation start. */
  readonly startTime: number;
  readonly transferSize: number;
  readonly encodedBodySize: number;
  readonly decodedBodySize: number;
}

declare global {
  interface Window {
    /**
     * Installed by INSTRUMENT_SCRIPT. Use it only inside `page.evaluate` callbacks, which
     * Playwright serialises: keep those callbacks free of inner named functions (see above).
     */
    __bench: BenchApi;
  }
}

/** The harness's equivalent of the app's first-frame mark (used only when the app's is missing). */
export const FALLBACK_MARK = 'bench:body-first-frame';

/**
 * Logged (console.debug) once the page is ready: <html data-scene-ready="true">, or the harness's
 * own first-frame mark (FALLBACK_MARK) for a page without that signal. The harness waits for
 * this message instead of evaluating in the page during the load: Playwright's first evaluation
 * in a page injects its own script (~20–30 ms of main thread on 2 cores), and the app's load
 * event comes before its first frame (its code is imported), so that work landed in the app's
 * measured window and not in the bare page's (whose load event follows its first frame).
 */
export const READY_MESSAGE = 'bench:ready';

export const INSTRUMENT_SCRIPT = String.raw`(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const origRaf = window.requestAnimationFrame.bind(window);
  const frame = { ts: -1, first: 0, callbacks: 0 };
  let armed = null; // the measurement in progress (kept after it settles, for result())
  const live = () => armed && !armed.clicked && !armed.settled;

  window.requestAnimationFrame = function (cb) {
    return origRaf(function (ts) {
      const t = now();
      if (ts !== frame.ts) { frame.ts = ts; frame.first = t; frame.callbacks = 0; }
      try { cb(ts); } finally {
        frame.callbacks += 1;
        if (live()) armed.preRaf += now() - t;
      }
    });
  };

  // Fallback first-frame mark, for an app that sets window.__atlasProbe (in the same commit
  // that mounts the body mesh) but never marks its first frame: the start of the second
  // animation frame after the first frame in which the page's own callbacks (R3F) drew —
  // the same instant the app's mark stands for.
  let fallbackStarted = false;
  let fallbackDone = false;
  const waitDrawn = () => origRaf((ts) => {
    if (frame.ts !== ts || frame.callbacks === 0) { waitDrawn(); return; }
    origRaf(() => {
      performance.mark('${FALLBACK_MARK}');
      fallbackDone = true;
      announce();
    });
  });
  let announced = false;
  const announce = () => {
    if (announced) return;
    if (document.documentElement?.dataset.sceneReady !== 'true' && !fallbackDone) return;
    announced = true;
    console.debug('${READY_MESSAGE}');
  };
  new MutationObserver(announce).observe(document, {
    attributes: true, subtree: true, attributeFilter: ['data-scene-ready'],
  });
  let probe;
  Object.defineProperty(window, '__atlasProbe', {
    configurable: true,
    enumerable: true,
    get() { return probe; },
    set(v) {
      probe = v;
      if (v && !fallbackStarted) { fallbackStarted = true; waitDrawn(); }
    },
  });

  const snapshot = (selector) => {
    const el = document.querySelector(selector);
    return el ? el.outerHTML : '';
  };

  const finish = (a, end, error) => {
    if (a.settled) return;
    a.settled = true;
    a.resolve({
      input: a.input,
      preRaf: a.preRaf,
      frame: a.frameBusy,
      total: a.input + a.preRaf + a.frameBusy,
      wall: a.firstStamp === null ? null : end - a.firstStamp,
      frames: a.frames,
      events: a.events,
      byEvent: a.byEvent,
      changed: snapshot(a.selector) !== a.before,
      error: error || null,
    });
  };

  const probeFrame = (a) => {
    origRaf((ts) => {
      const t = now();
      const drawn = frame.ts === ts && frame.callbacks > 0;
      const start = drawn ? frame.first : t;
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const end = now();
        a.frames.push({ busy: end - start, callbacks: drawn ? frame.callbacks : 0 });
        a.frameBusy += end - start;
        const changed = snapshot(a.selector) !== a.before;
        if (drawn && changed) finish(a, end, null);
        else if (a.frames.length >= 6) finish(a, end, 'no drawn frame showed a change');
        else probeFrame(a);
      };
      ch.port2.postMessage(0);
    });
  };

  const TYPES = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];
  for (const type of TYPES) {
    window.addEventListener(type, (e) => {
      if (!live()) return;
      armed.open[type] = now();
      if (armed.firstStamp === null) armed.firstStamp = e.timeStamp;
    }, true);
    window.addEventListener(type, () => {
      if (!live()) return;
      const a = armed;
      queueMicrotask(() => {
        const s = a.open[type];
        if (s !== undefined) {
          const d = now() - s;
          a.input += d; a.byEvent[type] = d; delete a.open[type]; a.events.push(type);
        }
        if (type === 'click') { a.clicked = true; probeFrame(a); }
      });
    }, false);
  }

  window.__bench = {
    /** Starts watching: the next click is measured until 'selector' has changed on screen. */
    arm(selector) {
      let resolve = null;
      const done = new Promise((r) => { resolve = r; });
      const a = {
        selector, before: snapshot(selector), resolve, done, open: {}, events: [], byEvent: {}, frames: [],
        input: 0, preRaf: 0, frameBusy: 0, firstStamp: null, clicked: false, settled: false,
      };
      armed = a;
      setTimeout(() => finish(a, now(), 'timed out'), 10000);
    },
    /** The armed measurement's result (a promise). */
    result() { return armed ? armed.done : Promise.resolve({ error: 'not armed' }); },
    /** Resolves after two animation frames and then 'ms' of quiet. */
    settle(ms) {
      return new Promise((r) => origRaf(() => origRaf(() => setTimeout(r, ms))));
    },
    /** Text of the page's loading or error status, if any. */
    status() {
      const el = document.querySelector('.canvas-status, [role=alert]');
      return el ? el.textContent : '';
    },
    markTime(name) {
      const m = performance.getEntriesByName(name, 'mark')[0];
      return m ? m.startTime : null;
    },
    resources() {
      return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .map((e) => ({ name: e.name, startTime: e.startTime, transferSize: e.transferSize,
          encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize }));
    },
    renderInfo() {
      return window.__atlasProbe ? window.__atlasProbe.renderInfo() : null;
    },
    /** Viewport CSS pixel of a visible point of region 'index', or null. */
    regionPoint(index) {
      const p = window.__atlasProbe ? window.__atlasProbe.regionScreenPoint(index) : null;
      const c = document.querySelector('[data-testid="canvas-wrap"] canvas');
      if (!p || !c) return null;
      const r = c.getBoundingClientRect();
      return { x: r.left + p.x * r.width, y: r.top + p.y * r.height };
    },
  };
})();`;
