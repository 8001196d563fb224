/**
 * A first visit's fast path (a link with no state: most patients arrive so): the page's shell and
 * the body are on screen before the app's code has loaded. The entry (`main.tsx`) runs this first
 * and loads the app (`start.tsx`) after it, so that compiling React, React Three Fiber and the
 * controls does not compete with the body's first frame for a slow machine's processor.
 *
 * 1. The shell: the app's first render as static markup, made at build time from the app itself
 *    (`virtual:first-paint-shell`, see `scripts/lib/firstPaintShell.ts`), the phone's or the wider
 *    layout's, so the 3D view's slot is where and as large as the app will make it. It is inert:
 *    its buttons work once the app has rendered over it (`createRoot` replaces it).
 * 2. The body, once decoded (the worker the entry started), drawn into the 3D view's own canvas
 *    by `scene/paintBody.ts`; the app's 3D view adopts canvas, renderer and geometry.
 *
 * A body not decoded within {@link SHELL_GRACE_MS} (a slow network, a busy machine): the shell
 * shows at once, saying the body is loading, and the body is drawn when it comes; one not decoded
 * within {@link BODY_WAIT_MS} more is left to the app, which then loads. Anything else missing (no
 * shells in a development build, no WebGL) or failing leaves the rest to the app, as on any other
 * link.
 */
import shells from 'virtual:first-paint-shell';
import type { BodyAsset } from './body/asset/bodyAsset';
import type { UrlView } from './domain/urlState';
import { startedBody } from './scene/bodyDecoder';
import { paintBody } from './scene/paintBody';
import { SCENE_THEMES } from './scene/sceneTheme';
import { VIEW_CANVAS_STYLE, VIEW_WRAP_STYLE } from './scene/viewCanvasStyle';
import {
  drawingBufferSize,
  peekWebglCanvas,
  viewPixelRatio,
  webglAvailable,
} from './state/browser';
import { PHONE_QUERY, sheetHeights, sheetInset } from './ui/phoneLayout';

/** Wait for the body, ms, before the shell is shown alone (see {@link firstPaint}). */
const SHELL_GRACE_MS = 120;
/**
 * Longest further wait for the body, ms: past it the app loads and draws the body itself. Short,
 * so that on a slow network the app (its lists and search) comes about as soon as before there
 * was a first paint; long beside a busy machine's decode (tens of ms after this code runs).
 */
export const BODY_WAIT_MS = 400;

/** Longest wait for an animation frame, ms (a hidden tab has none until it is shown). */
const FRAME_WAIT_MS = 1000;

/**
 * Runs `work` in the next animation frame; resolves to its result, or to false when it threw or
 * no frame came within {@link FRAME_WAIT_MS} (then it never runs).
 */
function inNextFrame<T>(win: Window, work: () => T): Promise<T | false> {
  return new Promise((resolve) => {
    let done = false;
    const frame = win.requestAnimationFrame(() => {
      if (done) return;
      done = true;
      try {
        resolve(work());
      } catch {
        resolve(false);
      }
    });
    win.setTimeout(() => {
      if (done) return;
      done = true;
      win.cancelAnimationFrame(frame);
      resolve(false);
    }, FRAME_WAIT_MS);
  });
}

const timeout = (win: Window, ms: number): Promise<undefined> =>
  new Promise((resolve) => win.setTimeout(() => resolve(undefined), ms));

/** Puts the static shell into the root once; returns the 3D view's slot, or null. */
function shellSlot(win: Window, root: HTMLElement): HTMLElement | null {
  if (root.childElementCount === 0) {
    const phone = win.matchMedia?.(PHONE_QUERY).matches ?? false;
    const markup = phone ? shells.phone : shells.desktop;
    if (!markup) return null;
    root.innerHTML = markup;
    for (const el of root.children) (el as HTMLElement).inert = true;
  }
  return root.querySelector<HTMLElement>('.canvas-wrap');
}

/**
 * The phone's bottom sheet as the app first shows it, lowered (the static markup has it at 0 px:
 * the server render has no layout); returns the height it covers, 0 without a sheet.
 */
function raiseSheet(root: HTMLElement): number {
  const sheet = root.querySelector<HTMLElement>('.sheet');
  const layout = sheet?.parentElement;
  if (!sheet || !layout) return 0;
  const h = layout.clientHeight;
  sheet.style.height = `${sheetHeights(h).peek}px`;
  const inset = sheetInset('peek', h);
  layout.style.setProperty('--sheet-inset', `${inset}px`);
  return inset;
}

/** The canvas in the slot, styled and wrapped as the 3D view (LeanCanvas) will hold it. */
function placeCanvas(slot: HTMLElement, canvas: HTMLCanvasElement): void {
  const wrap = slot.ownerDocument.createElement('div');
  Object.assign(wrap.style, VIEW_WRAP_STYLE);
  Object.assign(canvas.style, VIEW_CANVAS_STYLE);
  wrap.appendChild(canvas);
  slot.appendChild(wrap);
}

/** Inside an animation frame (as the 3D view draws): shell, canvas and the body's frame. */
function paintInFrame(win: Window, root: HTMLElement, asset: BodyAsset, view: UrlView): boolean {
  const slot = shellSlot(win, root);
  const box = slot?.getBoundingClientRect();
  if (!slot || !box || box.width <= 0 || box.height <= 0) return false;
  const ratio = viewPixelRatio(win.devicePixelRatio);
  if (!webglAvailable(win.document, drawingBufferSize(box, ratio))) return false;
  const canvas = peekWebglCanvas();
  if (!canvas) return false;
  const dark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const inset = raiseSheet(root);
  placeCanvas(slot, canvas);
  paintBody({
    canvas,
    width: box.width,
    height: box.height,
    pixelRatio: ratio,
    asset,
    view: view.view,
    theme: SCENE_THEMES[dark ? 'dark' : 'light'],
    sheetInset: inset,
  });
  return true;
}

/**
 * Shows the shell and draws the body for a first visit's `view`; resolves true once the body's
 * first frame has been presented (and marked, `atlas:body-first-frame`), false when it was not
 * drawn. When the body is decoded soon, shell, WebGL context, renderer and the draw share one
 * animation frame: each synchronous WebGL call waits for the GPU process, which a frame of the
 * shell alone would have kept busy. Never throws.
 */
export async function firstPaint(win: Window, view: UrlView): Promise<boolean> {
  try {
    const root = win.document.getElementById('root');
    const decoding = startedBody(view.body);
    const built = !!shells.desktop && !!shells.phone; // empty in development builds
    if (!built || !root || root.childElementCount > 0 || !decoding) return false;
    let body = await Promise.race([decoding, timeout(win, SHELL_GRACE_MS)]);
    if (!body) {
      // The page's shell now, saying the body is loading; the body when it comes.
      const slot = shellSlot(win, root);
      if (!slot) return false;
      slot.insertAdjacentHTML('beforeend', '<p class="canvas-status">Loading the body…</p>');
      body = await Promise.race([decoding, timeout(win, BODY_WAIT_MS)]);
      if (!body) return false;
      slot.querySelector('.canvas-status')?.remove();
    }
    const asset = body;
    const drawn = await inNextFrame(win, () => paintInFrame(win, root, asset, view));
    if (!drawn) return false;
    // Marked in the frame after the one that drew the body (as the 3D view and the benchmark's
    // baseline do); the app does not wait for it longer than a hidden tab's frames take.
    await inNextFrame(win, () => performance.mark('atlas:body-first-frame'));
    return true;
  } catch {
    return false;
  }
}
