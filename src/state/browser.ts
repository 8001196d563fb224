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

/** Latest time after which {@link afterNextPaint} runs its callback anyway, ms. */
export const AFTER_PAINT_TIMEOUT_MS = 100;

/**
 * Runs `callback` once, after the next frame has been drawn, when the page is idle: work that a
 * tap or a choice sets off but that need not be in the frame showing its result (the address
 * bar, the focus, the camera's turn, the card's details). Idle time comes after that frame's own
 * tasks, so the work never delays it. At the latest after `timeoutMs` (ms), also when no frame
 * comes (a hidden tab).
 */
export function afterNextPaint(
  callback: () => void,
  timeoutMs: number = AFTER_PAINT_TIMEOUT_MS,
  win: Window = window,
): CancelIdle {
  let done = false;
  let cancelIdle: CancelIdle | undefined;
  let frame: number | undefined;
  const timer = win.setTimeout(() => run(), timeoutMs);
  const cancel = (): void => {
    done = true;
    win.clearTimeout(timer);
    if (frame !== undefined) win.cancelAnimationFrame?.(frame);
    cancelIdle?.();
  };
  const run = (): void => {
    if (done) return;
    cancel();
    callback();
  };
  if (typeof win.requestAnimationFrame === 'function') {
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      if (!done) cancelIdle = whenIdle(run, timeoutMs, win);
    });
  } else cancelIdle = whenIdle(run, timeoutMs, win);
  return cancel;
}

/**
 * Whether the person asked the system for reduced motion (`prefers-reduced-motion: reduce`): the
 * camera then jumps to where it goes instead of turning there. False where unknown.
 */
export function prefersReducedMotion(win: Window = window): boolean {
  try {
    return typeof win.matchMedia === 'function'
      ? win.matchMedia('(prefers-reduced-motion: reduce)').matches
      : false;
  } catch {
    return false;
  }
}

/**
 * The WebGL context attributes of the 3D view (three.js and R3F request the same ones; the first
 * `getContext` call on a canvas fixes them, later calls return that context). In software
 * rendering the view's context is made without `antialias` (see `webglAvailable`).
 */
export const GL_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  antialias: true,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
};

/**
 * Device pixels per CSS pixel of the 3D view's drawing buffer: the screen's ratio, at least 1 and
 * at most 2 (R3F's `dpr` range; sharper costs fill rate on phones with 3× screens).
 */
export const DPR_RANGE: [min: number, max: number] = [1, 2];

/** Size in device pixels of a drawing buffer (whole pixels, as three.js sets the canvas). */
export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** The 3D view's pixel ratio for a screen's `ratio`: R3F's, clamped to {@link DPR_RANGE}. */
export function viewPixelRatio(ratio: number): number {
  return Math.min(Math.max(DPR_RANGE[0], ratio || 1), DPR_RANGE[1]);
}

/**
 * The drawing buffer three.js will give a canvas of `box` CSS px at the screen's `ratio` (its
 * `setSize`: `floor(css × pixelRatio)`, with the pixel ratio of {@link viewPixelRatio}).
 */
export function drawingBufferSize(
  box: { readonly width: number; readonly height: number },
  ratio: number,
): PixelSize {
  const dpr = viewPixelRatio(ratio);
  return { width: Math.floor(box.width * dpr), height: Math.floor(box.height * dpr) };
}

/** The canvas whose WebGL 2 context {@link webglAvailable} created, until the 3D view takes it. */
let reserved: HTMLCanvasElement | null = null;

/**
 * The canvas {@link webglAvailable} made, without taking it (for the first paint, which draws in
 * it before the 3D view takes it); null when there is none or the view has taken it.
 */
export function peekWebglCanvas(): HTMLCanvasElement | null {
  return reserved;
}

/**
 * Renderer names of WebGL implementations that draw on the CPU: Chromium's SwiftShader (its
 * fallback when the GPU is blocklisted or absent, e.g. in virtual machines and remote desktops),
 * Mesa's llvmpipe and softpipe, Windows' Basic Render Driver.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * Whether `gl` draws on the CPU instead of a GPU (see {@link SOFTWARE_RENDERER}), from the
 * unmasked renderer name where the browser gives it, else the plain one. False when unknown.
 */
export function softwareRendering(gl: WebGLRenderingContext | WebGL2RenderingContext): boolean {
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    return typeof name === 'string' && SOFTWARE_RENDERER.test(name);
  } catch {
    return false;
  }
}

/** Whether the view's drawing buffer size is known (the slot has been laid out, not empty). */
const sizeKnown = (size?: PixelSize): size is PixelSize =>
  !!size && size.width > 0 && size.height > 0;

/** Gives `canvas` the view's drawing buffer size, when known (each change reallocates the buffer). */
function sizeCanvas(canvas: HTMLCanvasElement, size?: PixelSize): void {
  if (!sizeKnown(size)) return;
  if (canvas.width !== size.width) canvas.width = size.width;
  if (canvas.height !== size.height) canvas.height = size.height;
}

/**
 * A WebGL 2 context for the 3D view on a canvas of `size` (device px; the browser's default when
 * unknown or empty), or null.
 *
 * In software rendering the view's context is made without multisampling: the CPU resolves 4
 * samples per pixel in every frame, which made each drawn frame ≈ 2.4× as costly (0.4 s against
 * 0.17 s of CPU at 1280 × 800 in SwiftShader), for edges that are only smoother. Which renderer
 * draws is known only from a context, so the first one is a probe of 1 × 1 px with the view's
 * attributes. On a GPU the probe becomes the view's context (its canvas is then sized, one
 * reallocation of its drawing buffer). On the CPU it is dropped for a plain context at full size.
 * Measured in SwiftShader (median of 11 new pages): a multisampled context at 1280 × 800 took
 * 135 ms to make, the 1 px probe and the plain context together 68 ms (the large multisampled
 * buffer is most of the cost).
 */
function viewContext(doc: Document, size?: PixelSize): HTMLCanvasElement | null {
  const make = (attributes: WebGLContextAttributes, tiny: boolean) => {
    const canvas = doc.createElement('canvas');
    // Made at its final size (but the probe): each later change of its width or height
    // reallocates the drawing buffer, a synchronous round trip to the GPU process (~10 ms each
    // in software rendering, twice in the first render when the canvas started at 300 × 150).
    if (tiny) canvas.width = canvas.height = 1;
    else sizeCanvas(canvas, size);
    const gl = canvas.getContext('webgl2', attributes);
    return gl ? { canvas, gl } : null;
  };
  const probe = make(GL_ATTRIBUTES, sizeKnown(size));
  if (!probe) return null;
  const plain = softwareRendering(probe.gl)
    ? make({ ...GL_ATTRIBUTES, antialias: false }, false)
    : null;
  if (!plain) {
    sizeCanvas(probe.canvas, size);
    return probe.canvas;
  }
  probe.gl.getExtension('WEBGL_lose_context')?.loseContext();
  return plain.canvas;
}

/**
 * Whether this browser can create a WebGL (2 or 1) context, tested before the 3D view is created.
 * Creating a context is slow (≈ 60–150 ms in software rendering), so a WebGL 2 context made here
 * is kept, with its canvas, for the 3D view ({@link takeWebglCanvas}) instead of being thrown
 * away and made again; see {@link viewContext} for its attributes. `size`: the 3D view's drawing
 * buffer, when already known (see {@link drawingBufferSize}). A canvas already made and not taken
 * yet (by the first paint before the app, `firstPaint.ts`) is kept, sized to `size`. Never throws.
 */
export function webglAvailable(doc: Document = document, size?: PixelSize): boolean {
  try {
    if (typeof WebGLRenderingContext === 'undefined') return false;
    if (reserved) {
      sizeCanvas(reserved, size);
      return true;
    }
    reserved = viewContext(doc, size);
    if (reserved) return true;
    const gl = doc.createElement('canvas').getContext('webgl', GL_ATTRIBUTES);
    if (!gl) return false;
    // Free a WebGL 1 test context at once (browsers cap the number of live contexts).
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

/**
 * The canvas {@link webglAvailable} made, with its live WebGL 2 context, handed out once (the
 * first 3D view takes it); afterwards, and when there was none, a new canvas.
 */
export function takeWebglCanvas(doc: Document = document): HTMLCanvasElement {
  const canvas = reserved ?? doc.createElement('canvas');
  reserved = null;
  return canvas;
}
