// @vitest-environment jsdom
/**
 * The first paint before the app (`src/firstPaint.ts`) never stands in the app's way: whatever
 * fails (the draw throws, no animation frame comes, as in a hidden tab), it resolves false soon,
 * and the entry then loads the app. When all goes well it shows the inert shell, puts the 3D
 * view's canvas in the shell's slot, draws and marks the first frame.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FirstPaintInput } from '../../../src/scene/paintBody';

const SHELL =
  '<div class="app"><header class="header"></header><main class="layout"><div class="stage">' +
  '<div class="canvas-wrap"></div></div><aside class="panel"></aside></main></div>';

vi.mock('virtual:first-paint-shell', () => ({ default: { desktop: SHELL, phone: SHELL } }));

const paint = vi.hoisted(() => ({ body: vi.fn<(input: FirstPaintInput) => void>() }));
vi.mock('../../../src/scene/paintBody', () => ({ paintBody: paint.body }));

const asset = { stature: 1.7 };
/** The start-up decode the first paint waits for (replaced by a test for a slow body). */
const decode = vi.hoisted(() => ({ next: undefined as Promise<unknown> | undefined }));
vi.mock('../../../src/scene/bodyDecoder', () => ({
  startedBody: () => decode.next ?? Promise.resolve(asset),
}));

const canvas = document.createElement('canvas');
vi.mock('../../../src/state/browser', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/state/browser')>()),
  webglAvailable: () => true,
  peekWebglCanvas: () => canvas,
}));

const { firstPaint } = await import('../../../src/firstPaint');

const view = { view: 'front', body: 'female' } as unknown as Parameters<typeof firstPaint>[1];

/** The page's window, with animation frames run by `frames` (none unless it says so). */
function fakeWindow(frames: 'run' | 'never') {
  const callbacks: FrameRequestCallback[] = [];
  return Object.assign(Object.create(window) as Window, {
    document,
    devicePixelRatio: 1,
    matchMedia: () => ({ matches: false }),
    setTimeout: window.setTimeout.bind(window),
    cancelAnimationFrame: vi.fn(),
    requestAnimationFrame: (cb: FrameRequestCallback) => {
      if (frames === 'run') window.setTimeout(() => cb(performance.now()), 0);
      else callbacks.push(cb);
      return callbacks.length;
    },
    /** Runs the frames held back (a hidden tab shown again). */
    flush: () => callbacks.splice(0).forEach((cb) => cb(performance.now())),
  });
}

beforeEach(() => {
  decode.next = undefined;
  document.body.innerHTML = '<div id="root"></div>';
  performance.clearMarks();
  paint.body.mockReset();
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 135,
    width: 860,
    height: 532,
  } as DOMRect);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const marked = (): number => performance.getEntriesByName('atlas:body-first-frame').length;

describe('first paint', () => {
  it('shows the inert shell, puts the canvas in its slot, draws and marks the frame', async () => {
    expect(await firstPaint(fakeWindow('run'), view)).toBe(true);
    const app = document.querySelector<HTMLElement>('#root > .app');
    expect(app?.inert).toBe(true);
    expect(canvas.closest('.canvas-wrap')).not.toBeNull();
    expect(paint.body).toHaveBeenCalledTimes(1);
    const input = paint.body.mock.calls[0]?.[0];
    expect(input).toMatchObject({ canvas, width: 860, height: 532, pixelRatio: 1, asset });
    expect(input?.sheetInset).toBe(0);
    expect(marked()).toBe(1);
  });

  it('resolves false, unmarked, when the draw throws', async () => {
    paint.body.mockImplementation(() => {
      throw new Error('context lost');
    });
    expect(await firstPaint(fakeWindow('run'), view)).toBe(false);
    expect(marked()).toBe(0);
  });

  it('resolves false when no frame comes (a hidden tab), and never draws later', async () => {
    vi.useFakeTimers();
    const win = fakeWindow('never');
    const result = firstPaint(win, view);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await result).toBe(false);
    win.flush();
    expect(paint.body).not.toHaveBeenCalled();
    expect(marked()).toBe(0);
  });

  it('a slow body: the shell at once, saying the body is loading; the body when it comes', async () => {
    vi.useFakeTimers();
    let arrive = (_: unknown): void => undefined;
    decode.next = new Promise((resolve) => (arrive = resolve));
    const result = firstPaint(fakeWindow('run'), view);
    await vi.advanceTimersByTimeAsync(120);
    expect(document.querySelector('#root > .app')).not.toBeNull();
    expect(document.querySelector('.canvas-wrap .canvas-status')?.textContent).toBe(
      'Loading the body…',
    );
    expect(paint.body).not.toHaveBeenCalled();
    arrive(asset);
    await vi.advanceTimersByTimeAsync(10);
    expect(await result).toBe(true);
    expect(document.querySelector('.canvas-status')).toBeNull();
    expect(paint.body).toHaveBeenCalledTimes(1);
  });

  it('a body still missing 0.4 s later is left to the app', async () => {
    vi.useFakeTimers();
    decode.next = new Promise(() => undefined); // still downloading
    const result = firstPaint(fakeWindow('run'), view);
    await vi.advanceTimersByTimeAsync(120 + 400);
    expect(await result).toBe(false);
    expect(paint.body).not.toHaveBeenCalled();
    expect(marked()).toBe(0);
  });

  it('leaves a page that already has content alone', async () => {
    document.body.innerHTML = '<div id="root"><p>app</p></div>';
    expect(await firstPaint(fakeWindow('run'), view)).toBe(false);
    expect(document.querySelector('#root')?.innerHTML).toBe('<p>app</p>');
    expect(paint.body).not.toHaveBeenCalled();
  });
});
