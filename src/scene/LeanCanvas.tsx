/**
 * A drop-in for R3F's `<Canvas>` that registers only the three.js classes the scene uses.
 *
 * R3F's own `<Canvas>` calls `extend(THREE)` with the whole namespace, which keeps every class of
 * three in the entry chunk (about 90 KB gzip we never run). This canvas builds the same root with
 * R3F's `createRoot` and an explicit catalogue ({@link SCENE_CATALOGUE}), so the bundler drops the
 * rest. A scene element missing from the catalogue fails loudly at mount (R3F names it), and a
 * unit test checks every lowercase JSX tag under `src/scene` against the catalogue.
 *
 * Size: the canvas fills its parent; it follows the parent's CSS size with a `ResizeObserver`
 * where the browser has one, and with window resize events where it does not.
 */
import {
  Component,
  Suspense,
  useEffect,
  useInsertionEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  events as createPointerEvents,
  createRoot,
  extend,
  type ReconcilerRoot,
  type RenderProps,
} from '@react-three/fiber';
import type { WebGLRenderer } from 'three';
import { takeWebglCanvas } from '../state/browser';
import { takeFirstRenderer } from './paintBody';
import { SCENE_CATALOGUE } from './sceneCatalogue';
import { VIEW_CANVAS_STYLE, VIEW_WRAP_STYLE } from './viewCanvasStyle';

extend(SCENE_CATALOGUE);

/** Props: R3F's root options we use, plus the DOM attributes of the wrapper. */
export interface LeanCanvasProps extends Pick<
  RenderProps<HTMLCanvasElement>,
  'frameloop' | 'dpr' | 'camera' | 'gl' | 'onCreated' | 'onPointerMissed'
> {
  readonly children: ReactNode;
  /** Accessible name of the 3D view (on the wrapper; the canvas itself is a drawing). */
  readonly 'aria-label'?: string;
  /** Role of the wrapper; default none. */
  readonly role?: string;
}

/** Catches an error inside the 3D tree (a separate React root) and hands it to the DOM side. */
class ForwardErrors extends Component<{ onError: (e: unknown) => void; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** Size of an element in CSS pixels, with its page offset (as R3F's `size` expects). */
interface Size {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly left: number;
}

/** Measures the element: a synchronous layout, so only at mount and when its size changes. */
function measure(el: HTMLElement): Size {
  const r = el.getBoundingClientRect();
  return { width: r.width, height: r.height, top: r.top, left: r.left };
}

/** Calls `onChange` whenever the element's size may have changed; returns the unsubscribe. */
function watchSize(el: HTMLElement, onChange: () => void): () => void {
  if (typeof ResizeObserver === 'function') {
    const ro = new ResizeObserver(onChange);
    ro.observe(el);
    return () => ro.disconnect();
  }
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** Renderers taken over from the first paint (`paintBody.ts`), by the canvas they draw into. */
const adopted = new WeakMap<HTMLCanvasElement, WebGLRenderer>();

/** The first paint's renderer for this canvas (it already drew the body into it), if any. */
function adoptedRenderer(canvas: HTMLCanvasElement): WebGLRenderer | undefined {
  const known = adopted.get(canvas);
  if (known) return known;
  const first = takeFirstRenderer(canvas);
  if (first) adopted.set(canvas, first);
  return first;
}

/** Creates the R3F root on first use, then (re)configures it to the wrapper's size and renders. */
function renderInto(
  wrap: HTMLDivElement | null,
  canvas: HTMLCanvasElement | null,
  rootRef: { current: ReconcilerRoot<HTMLCanvasElement> | null },
  p: LeanCanvasProps,
  onError: (e: unknown) => void,
  size: Size,
): void {
  if (!wrap || !canvas) return;
  if (size.width <= 0 || size.height <= 0) return;
  const root = (rootRef.current ??= createRoot(canvas));
  root
    .configure({
      events: createPointerEvents,
      frameloop: p.frameloop,
      dpr: p.dpr,
      camera: p.camera,
      gl: adoptedRenderer(canvas) ?? p.gl,
      size,
      onPointerMissed: p.onPointerMissed,
      onCreated: (state) => {
        state.events.connect?.(wrap);
        p.onCreated?.(state);
      },
    })
    .then(() =>
      root.render(
        <ForwardErrors onError={onError}>
          <Suspense fallback={null}>{p.children}</Suspense>
        </ForwardErrors>,
      ),
    )
    .catch(onError);
}

export function LeanCanvas(props: LeanCanvasProps): React.JSX.Element {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rootRef = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  // The latest props, read by the size watcher without re-subscribing on every render.
  const latest = useRef(props);
  // The wrapper's last measured size. A re-render reuses it: measuring there forced a layout of
  // the whole page inside the click that chose a muscle (~10–20 ms on a slow machine).
  const sizeRef = useRef<Size | null>(null);
  // An error in the 3D tree or in creating the renderer is rethrown here, so the DOM error
  // boundary around the canvas sees it (R3F's Canvas does the same).
  const [error, setError] = useState<unknown>(null);
  if (error) throw error instanceof Error ? error : new Error(String(error));

  // The canvas is adopted, not rendered: the WebGL test at start-up already made it and its
  // context (see `takeWebglCanvas`). Declared first, so it exists before the root is configured.
  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || canvasRef.current) return;
    const canvas = takeWebglCanvas(wrap.ownerDocument);
    Object.assign(canvas.style, VIEW_CANVAS_STYLE);
    wrap.appendChild(canvas);
    canvasRef.current = canvas;
  }, []);
  // Every render re-renders the R3F tree with the new children (R3F's Canvas does the same).
  useLayoutEffect(() => {
    latest.current = props;
    const wrap = wrapRef.current;
    if (!wrap) return;
    const size = (sizeRef.current ??= measure(wrap));
    renderInto(wrap, canvasRef.current, rootRef, props, setError, size);
  }, [props]);
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    return watchSize(wrap, () => {
      sizeRef.current = measure(wrap);
      renderInto(wrap, canvasRef.current, rootRef, latest.current, setError, sizeRef.current);
    });
  }, []);
  // Insertion-effect cleanup runs only on final removal, not on StrictMode's effect replay,
  // which would otherwise dispose the renderer and lose the canvas's WebGL context.
  useInsertionEffect(
    () => () => {
      rootRef.current?.unmount();
      rootRef.current = null;
    },
    [],
  );

  return (
    <div ref={wrapRef} role={props.role} aria-label={props['aria-label']} style={VIEW_WRAP_STYLE} />
  );
}
