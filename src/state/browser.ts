/**
 * Browser APIs that not every browser has, behind feature detection (never user-agent sniffing):
 * Safari has no `requestIdleCallback`; some machines have no WebGL at all. (The canvas follows
 * its size without `ResizeObserver` too: see `LeanCanvas`.) Each helper falls back to something every browser has.
 */

/** Cancels a callback scheduled by {@link whenIdle}. */
export type CancelIdle = () => void;

/**
 * Runs `callback` when the page is idle, at the latest after `timeoutMs` (ms). Without
 * `requestIdleCallback` it runs after a short timer instead.
 */
export function whenIdle(
  callback: () => void,
  timeoutMs: number,
  win: Window = window,
): CancelIdle {
  if (typeof win.requestIdleCallback === 'function') {
    const id = win.requestIdleCallback(callback, { timeout: timeoutMs });
    return () => win.cancelIdleCallback?.(id);
  }
  const id = win.setTimeout(callback, Math.min(timeoutMs, 50));
  return () => win.clearTimeout(id);
}

/**
 * Whether this browser can create a WebGL (2 or 1) context, tested on a throw-away canvas before
 * the 3D view is created. Never throws.
 */
export function webglAvailable(doc: Document = document): boolean {
  try {
    if (typeof WebGLRenderingContext === 'undefined') return false;
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // Free the test context at once (browsers cap the number of live contexts).
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
