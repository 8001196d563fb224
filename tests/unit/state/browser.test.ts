/** Feature-detected browser APIs: each one falls back instead of throwing. */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  afterNextPaint,
  drawingBufferSize,
  GL_ATTRIBUTES,
  prefersReducedMotion,
  takeWebglCanvas,
  softwareRendering,
  webglAvailable,
  whenIdle,
} from '../../../src/state/browser';

// Node has no WebGL: webglAvailable asks for the global first, and every test of it needs one,
// in whatever order the tests run. Each test leaves no reserved canvas behind for the next.
beforeAll(() => {
  (globalThis as { WebGLRenderingContext?: unknown }).WebGLRenderingContext ??= class {};
});
afterEach(() => {
  takeWebglCanvas({ createElement: () => ({}) } as unknown as Document);
});

describe('whenIdle', () => {
  it('uses requestIdleCallback with the timeout when there is one, and cancels it', () => {
    const calls: number[] = [];
    const cancelled: number[] = [];
    const win = {
      requestIdleCallback: (_cb: () => void, o: { timeout: number }) => (calls.push(o.timeout), 7),
      cancelIdleCallback: (id: number) => cancelled.push(id),
    } as unknown as Window;
    const cancel = whenIdle(() => undefined, 300, win);
    expect(calls).toEqual([300]);
    cancel();
    expect(cancelled).toEqual([7]);
  });

  it('falls back to a short timer without requestIdleCallback (Safari)', () => {
    vi.useFakeTimers();
    try {
      const win = {
        setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
        clearTimeout: (id: number) => clearTimeout(id),
      } as unknown as Window;
      let ran = 0;
      whenIdle(() => ran++, 4000, win);
      vi.advanceTimersByTime(60);
      expect(ran).toBe(1);
      const cancel = whenIdle(() => ran++, 4000, win);
      cancel();
      vi.advanceTimersByTime(100);
      expect(ran).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('afterNextPaint', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  /** A window whose frames and idle callbacks run only when the test says so. */
  function stepWindow() {
    const frames = new Map<number, () => void>();
    const idle: { cb: () => void; timeout: number }[] = [];
    let next = 1;
    const win = {
      setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
      clearTimeout: (id: number) => clearTimeout(id),
      requestAnimationFrame: (cb: () => void) => (frames.set(next, cb), next++),
      cancelAnimationFrame: (id: number) => frames.delete(id),
      requestIdleCallback: (cb: () => void, o: { timeout: number }) =>
        idle.push({ cb, timeout: o.timeout }),
      cancelIdleCallback: () => undefined,
    } as unknown as Window;
    const drawFrame = (): void => {
      const cbs = [...frames.values()];
      frames.clear();
      cbs.forEach((cb) => cb());
    };
    return { win, frames, idle, drawFrame };
  }

  it('waits for the next frame, then for idle time, and runs once', () => {
    const { win, idle, drawFrame } = stepWindow();
    let ran = 0;
    afterNextPaint(() => ran++, 100, win);
    expect(idle).toHaveLength(0); // not before the frame
    drawFrame();
    expect(ran).toBe(0);
    expect(idle.map((i) => i.timeout)).toEqual([100]);
    idle[0]?.cb();
    expect(ran).toBe(1);
    vi.advanceTimersByTime(200); // the fallback timer was cleared
    idle[0]?.cb();
    expect(ran).toBe(1);
  });

  it('runs after the timeout when no frame comes (a hidden tab), and not again after it', () => {
    const { win, frames, idle, drawFrame } = stepWindow();
    let ran = 0;
    afterNextPaint(() => ran++, 100, win);
    vi.advanceTimersByTime(99);
    expect(ran).toBe(0);
    vi.advanceTimersByTime(1);
    expect(ran).toBe(1);
    expect(frames.size).toBe(0); // its frame request was cancelled
    drawFrame();
    expect(idle).toHaveLength(0);
  });

  it('runs nothing once cancelled', () => {
    const { win, idle, drawFrame } = stepWindow();
    let ran = 0;
    const cancel = afterNextPaint(() => ran++, 100, win);
    drawFrame();
    cancel();
    idle.forEach((i) => i.cb());
    vi.advanceTimersByTime(500);
    expect(ran).toBe(0);
  });
});

describe('webglAvailable', () => {
  const docWith = (getContext: (kind: string) => unknown): Document =>
    ({ createElement: () => ({ getContext }) }) as unknown as Document;

  it('is false, never throwing, when no context can be made or creating one throws', () => {
    expect(webglAvailable(docWith(() => null))).toBe(false);
    expect(
      webglAvailable(
        docWith(() => {
          throw new Error('GPU process crashed');
        }),
      ),
    ).toBe(false);
  });

  it('is true with a WebGL 1 context and frees the test context', () => {
    let lost = 0;
    const gl = { getExtension: () => ({ loseContext: () => lost++ }) };
    expect(webglAvailable(docWith((kind) => (kind === 'webgl' ? gl : null)))).toBe(true);
    expect(lost).toBe(1);
  });

  it("keeps a WebGL 2 canvas, made with the view's attributes, for the 3D view, once", () => {
    const asked: unknown[] = [];
    const made: object[] = [];
    const doc = {
      createElement: () => {
        const canvas = {
          getContext: (kind: string, attrs: unknown) => (
            asked.push(attrs),
            kind === 'webgl2' ? {} : null
          ),
        };
        made.push(canvas);
        return canvas;
      },
    } as unknown as Document;
    expect(webglAvailable(doc)).toBe(true);
    expect(asked).toEqual([GL_ATTRIBUTES]);
    expect(takeWebglCanvas(doc)).toBe(made[0]);
    // Handed out once: a later view (after a lost context or a remount) gets a new canvas.
    const next = takeWebglCanvas(doc);
    expect(next).not.toBe(made[0]);
    expect(made).toHaveLength(2);
  });
});

describe('webglAvailable in software rendering', () => {
  /** A fake WebGL 2 context whose unmasked renderer is `name`; counts its losses. */
  const fakeGl = (name: string) => {
    const gl = {
      lost: 0,
      RENDERER: 0x1f01,
      getParameter: (p: number) => (p === 0x9246 ? name : 'WebKit WebGL'),
      getExtension: (ext: string) =>
        ext === 'WEBGL_debug_renderer_info'
          ? { UNMASKED_RENDERER_WEBGL: 0x9246 }
          : { loseContext: () => gl.lost++ },
    };
    return gl;
  };
  /** A document whose canvases return the next of `contexts` (null: creation fails). */
  const docMaking = (contexts: (object | null)[]) => {
    const made: { canvas: object; attrs: WebGLContextAttributes; size: number[] }[] = [];
    const doc = {
      createElement: () => {
        const canvas = {
          width: 300,
          height: 150,
          getContext: (kind: string, attrs: WebGLContextAttributes) => {
            made.push({ canvas, attrs, size: [canvas.width, canvas.height] });
            return kind === 'webgl2' ? (contexts.shift() ?? null) : null;
          },
        };
        return canvas;
      },
    } as unknown as Document;
    return { doc, made };
  };
  const SWIFTSHADER =
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';

  it('remakes the context without multisampling on SwiftShader, at the same size, and frees the first', () => {
    const first = fakeGl(SWIFTSHADER);
    const { doc, made } = docMaking([first, fakeGl(SWIFTSHADER)]);
    expect(webglAvailable(doc, { width: 800, height: 600 })).toBe(true);
    // A 1 px probe, then the plain context at the view's size.
    expect(made.map((m) => [m.attrs.antialias, ...m.size])).toEqual([
      [true, 1, 1],
      [false, 800, 600],
    ]);
    expect(made[1]?.attrs).toEqual({ ...GL_ATTRIBUTES, antialias: false });
    expect(first.lost).toBe(1);
    const canvas = takeWebglCanvas(doc) as unknown as { width: number; height: number };
    expect(canvas).toBe(made[1]?.canvas);
    expect([canvas.width, canvas.height]).toEqual([800, 600]);
  });

  it('keeps the multisampled probe on a GPU, sized for the view', () => {
    const gpu = fakeGl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)');
    const { doc, made } = docMaking([gpu]);
    expect(webglAvailable(doc, { width: 800, height: 600 })).toBe(true);
    // One context, made on a 1 px canvas, which then takes the view's size.
    expect(made.map((m) => [m.attrs.antialias, ...m.size])).toEqual([[true, 1, 1]]);
    expect(gpu.lost).toBe(0);
    const canvas = takeWebglCanvas(doc) as unknown as { width: number; height: number };
    expect(canvas).toBe(made[0]?.canvas);
    expect([canvas.width, canvas.height]).toEqual([800, 600]);
  });

  it('keeps the first context when the second cannot be made', () => {
    const first = fakeGl('llvmpipe (LLVM 15.0.6, 256 bits)');
    const { doc, made } = docMaking([first, null]);
    expect(webglAvailable(doc)).toBe(true);
    expect(first.lost).toBe(0);
    expect(takeWebglCanvas(doc)).toBe(made[0]?.canvas);
  });
});

describe('softwareRendering', () => {
  const named = (unmasked: string | null, plain: string) =>
    ({
      RENDERER: 1,
      getParameter: (p: number) => (p === 2 ? unmasked : plain),
      getExtension: () => (unmasked === null ? null : { UNMASKED_RENDERER_WEBGL: 2 }),
    }) as unknown as WebGLRenderingContext;

  it('knows the CPU renderers by name, from the unmasked name or else the plain one', () => {
    expect(softwareRendering(named('Google SwiftShader', 'WebKit WebGL'))).toBe(true);
    expect(softwareRendering(named('llvmpipe (LLVM 15.0.6, 256 bits)', 'x'))).toBe(true);
    expect(softwareRendering(named('Microsoft Basic Render Driver', 'x'))).toBe(true);
    expect(softwareRendering(named(null, 'Mesa OffScreen softpipe'))).toBe(true);
    expect(softwareRendering(named('Apple M2', 'WebKit WebGL'))).toBe(false);
    expect(softwareRendering(named('Mali-G78 MC20', 'WebKit WebGL'))).toBe(false);
    expect(softwareRendering(named(null, 'WebKit WebGL'))).toBe(false);
  });

  it('is false, never throwing, when the renderer cannot be read', () => {
    const broken = {
      getExtension: () => {
        throw new Error('context lost');
      },
    } as unknown as WebGLRenderingContext;
    expect(softwareRendering(broken)).toBe(false);
  });
});

describe('drawingBufferSize', () => {
  it("is the CSS box times the screen's ratio, clamped to 1–2, in whole device pixels", () => {
    const box = { width: 860.5, height: 711.4 };
    expect(drawingBufferSize(box, 1)).toEqual({ width: 860, height: 711 });
    expect(drawingBufferSize(box, 1.5)).toEqual({ width: 1290, height: 1067 });
    expect(drawingBufferSize(box, 3)).toEqual({ width: 1721, height: 1422 });
    expect(drawingBufferSize(box, 0.5)).toEqual({ width: 860, height: 711 });
    // A missing ratio (0 or NaN from odd embedders) counts as 1.
    expect(drawingBufferSize(box, 0)).toEqual({ width: 860, height: 711 });
    expect(drawingBufferSize(box, Number.NaN)).toEqual({ width: 860, height: 711 });
  });
});

describe('webglAvailable sizing', () => {
  const sizedDoc = () => {
    const canvas = { width: 300, height: 150, getContext: () => ({}) };
    return { canvas, doc: { createElement: () => canvas } as unknown as Document };
  };

  it("makes the context's canvas at the view's drawing buffer size when it is known", () => {
    const { canvas, doc } = sizedDoc();
    expect(webglAvailable(doc, { width: 1721, height: 1422 })).toBe(true);
    expect([canvas.width, canvas.height]).toEqual([1721, 1422]);
    takeWebglCanvas(doc);
  });

  it("leaves the browser's default size for an unknown or empty slot", () => {
    for (const size of [undefined, { width: 0, height: 400 }, { width: 800, height: 0 }]) {
      const { canvas, doc } = sizedDoc();
      expect(webglAvailable(doc, size)).toBe(true);
      expect([canvas.width, canvas.height]).toEqual([300, 150]);
      takeWebglCanvas(doc);
    }
  });
});

describe('prefersReducedMotion', () => {
  const winWith = (matchMedia: unknown): Window => ({ matchMedia }) as unknown as Window;

  it('follows the (prefers-reduced-motion: reduce) query', () => {
    const asked: string[] = [];
    const answer = (matches: boolean) => (q: string) => (asked.push(q), { matches });
    expect(prefersReducedMotion(winWith(answer(true)))).toBe(true);
    expect(prefersReducedMotion(winWith(answer(false)))).toBe(false);
    expect(asked).toEqual(['(prefers-reduced-motion: reduce)', '(prefers-reduced-motion: reduce)']);
  });

  it('is false without matchMedia or when it throws', () => {
    expect(prefersReducedMotion(winWith(undefined))).toBe(false);
    expect(
      prefersReducedMotion(
        winWith(() => {
          throw new Error('no media queries');
        }),
      ),
    ).toBe(false);
  });
});
