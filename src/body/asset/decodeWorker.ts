/**
 * Worker entry: fetches a body asset and decodes it off the page's main thread, then hands the
 * arrays over (transferred, not copied). The page's main thread is busy with its first render and
 * the WebGL context while the body downloads; here the bytes are read as they arrive and decoded
 * in parallel. Request `{ id, url, file }`; reply `{ id, asset }` or `{ id, error }` (the error
 * names `file`). Started by `src/scene/bodyDecoder.ts`.
 */
import { decodeBodyAsset, type BodyAsset } from './bodyAsset.ts';

export interface DecodeRequest {
  readonly id: number;
  /** URL of the asset (content-hashed). */
  readonly url: string;
  /** Its plain name (`body-female.bin`), for messages. */
  readonly file: string;
}

export interface DecodeReply {
  readonly id: number;
  readonly asset?: BodyAsset;
  readonly error?: string;
}

/** The worker's global scope, as far as this file uses it. */
interface Scope {
  onmessage: ((e: MessageEvent<DecodeRequest>) => void) | null;
  postMessage(message: DecodeReply, transfer?: Transferable[]): void;
}

/** Fetches and decodes one asset; never throws (a failure is a reply). */
export async function decodeRequest({ id, url, file }: DecodeRequest): Promise<{
  reply: DecodeReply;
  transfer: Transferable[];
}> {
  try {
    const res = await fetch(url, { priority: 'high' });
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    const asset = await decodeBodyAsset(await res.arrayBuffer());
    const transfer = [asset.positions, asset.normals, asset.indices, asset.regionIndex].map(
      (a) => a.buffer as ArrayBuffer,
    );
    return { reply: { id, asset }, transfer };
  } catch (e) {
    return { reply: { id, error: e instanceof Error ? e.message : String(e) }, transfer: [] };
  }
}

// Only inside a worker (no `document`): importing this module elsewhere (tests) does nothing.
if (typeof document === 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as Scope;
  scope.onmessage = (e) =>
    void decodeRequest(e.data).then(({ reply, transfer }) => scope.postMessage(reply, transfer));
}
