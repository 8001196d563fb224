/**
 * The body's geometry, fetched and decoded in a worker (`src/body/asset/decodeWorker.ts`) from
 * start-up (`main.tsx`), so neither the download nor the decode waits for the page's main thread,
 * which is busy with the first render and the WebGL context meanwhile. Where module workers are
 * missing or the worker fails, the same file is fetched and decoded on the main thread instead.
 */
import type { BodyAsset } from '../body/asset/bodyAsset';
import type { DecodeReply, DecodeRequest } from '../body/asset/decodeWorker';
import type { BodyShape } from '../domain/primitives';
import { generatedUrl } from '../state/assetUrls';

interface Waiting {
  readonly resolve: (asset: BodyAsset) => void;
  readonly reject: (error: Error) => void;
}

/** The worker (undefined: not made yet; null: none can be made or it failed). */
let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 1;
/** Decodes started at start-up and not taken yet. */
const started = new Map<BodyShape, Promise<BodyAsset>>();

function failAll(message: string): void {
  worker = null;
  for (const w of waiting.values()) w.reject(new Error(message));
  waiting.clear();
}

function decodeWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'function'
        ? new Worker(new URL('../body/asset/decodeWorker.ts', import.meta.url), {
            type: 'module',
            name: 'body-decoder',
          })
        : null;
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (e: MessageEvent<DecodeReply>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if (e.data.asset) w?.resolve(e.data.asset);
    else w?.reject(new Error(e.data.error ?? 'the body decoder failed'));
  });
  worker?.addEventListener('error', () => failAll('the body decoder could not start'));
  return worker;
}

function inWorker(w: Worker, file: string): Promise<BodyAsset> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const request: DecodeRequest = { id, url: generatedUrl(file), file };
    w.postMessage(request);
  });
}

async function onMainThread(file: string): Promise<BodyAsset> {
  const [res, { decodeBodyAsset }] = await Promise.all([
    fetch(generatedUrl(file)),
    import('../body/asset/bodyAsset'),
  ]);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return decodeBodyAsset(await res.arrayBuffer());
}

function decode(shape: BodyShape): Promise<BodyAsset> {
  const file = `body-${shape}.bin`;
  const w = decodeWorker();
  return w ? inWorker(w, file).catch(() => onMainThread(file)) : onMainThread(file);
}

/** Starts fetching and decoding a body shape now (start-up), once; `bodyAsset` takes it. */
export function startBodyDecode(shape: BodyShape): void {
  if (started.has(shape)) return;
  const p = decode(shape);
  // A failure is reported to whoever takes it; an untaken one must not be an unhandled rejection.
  p.then((asset) => started.get(shape) === p && decoded.set(shape, asset)).catch(() => undefined);
  started.set(shape, p);
}

/** Start-up decodes that have finished and not been taken yet. */
const decoded = new Map<BodyShape, BodyAsset>();

/**
 * The body of a shape whose start-up decode has already finished, taken at once (synchronously),
 * or undefined: the first render can then draw the body in the first frame, with no second
 * render when the decode arrives. `bodyAsset` takes the same decode otherwise.
 */
export function takeDecodedBody(shape: BodyShape): BodyAsset | undefined {
  const asset = decoded.get(shape);
  if (!asset) return undefined;
  decoded.delete(shape);
  started.delete(shape);
  return asset;
}

/** The decoded body of a shape: the decode started at start-up (taken once), or a new one. */
export function bodyAsset(shape: BodyShape): Promise<BodyAsset> {
  const p = started.get(shape);
  started.delete(shape);
  decoded.delete(shape);
  return p ?? decode(shape);
}

/**
 * The start-up decode of a shape, without taking it (`takeDecodedBody` and `bodyAsset` still
 * can): for the first paint (`src/firstPaint.ts`), which draws the body before the app renders it.
 */
export function startedBody(shape: BodyShape): Promise<BodyAsset> | undefined {
  return started.get(shape);
}
