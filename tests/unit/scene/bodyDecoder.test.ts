/** The body is fetched and decoded in a worker from start-up, on the main thread where no worker runs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeRequest, type DecodeRequest } from '../../../src/body/asset/decodeWorker';

const BIN = readFileSync(join(process.cwd(), 'assets/generated/body-female.bin'));
const VERTICES = 54_998;
let fetched: string[] = [];

function stubFetch(status = 200): void {
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    return Promise.resolve({
      ok: status === 200,
      status,
      arrayBuffer: () =>
        Promise.resolve(BIN.buffer.slice(BIN.byteOffset, BIN.byteOffset + BIN.byteLength)),
    });
  });
}

type Listener = (e: { data: unknown }) => void;

/** A worker that runs the real worker code in this thread, or fails to start. */
function stubWorker(mode: 'works' | 'fails'): { made: number } {
  const count = { made: 0 };
  class FakeWorker {
    private readonly listeners = new Map<string, Listener>();
    constructor() {
      count.made++;
      if (mode === 'fails') setTimeout(() => this.listeners.get('error')?.({ data: null }), 0);
    }
    addEventListener(type: string, fn: Listener): void {
      this.listeners.set(type, fn);
    }
    postMessage(req: DecodeRequest): void {
      if (mode === 'fails') return;
      void decodeRequest(req).then(({ reply }) => this.listeners.get('message')?.({ data: reply }));
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return count;
}

/** A fresh copy of the module (it keeps its worker and started decodes). */
const fresh = async () => {
  vi.resetModules();
  return import('../../../src/scene/bodyDecoder');
};

beforeEach(() => {
  fetched = [];
  stubFetch();
});
afterEach(() => vi.unstubAllGlobals());

describe('bodyDecoder', () => {
  it('decodes in the worker, started at start-up and taken once', async () => {
    const worker = stubWorker('works');
    const { startBodyDecode, bodyAsset } = await fresh();
    startBodyDecode('female');
    startBodyDecode('female');
    const asset = await bodyAsset('female');
    expect(asset.positions.length / 3).toBe(VERTICES);
    expect(worker.made).toBe(1);
    expect(fetched).toHaveLength(1);
    // Taken: the next request decodes again (a body switch back and forth).
    await bodyAsset('female');
    expect(fetched).toHaveLength(2);
  });

  it('hands a finished start-up decode over synchronously, once, for the first render', async () => {
    stubWorker('works');
    const { startBodyDecode, bodyAsset, takeDecodedBody } = await fresh();
    expect(takeDecodedBody('female')).toBeUndefined(); // nothing started
    startBodyDecode('female');
    expect(takeDecodedBody('female')).toBeUndefined(); // still decoding
    await vi.waitFor(() => expect(fetched).toHaveLength(1));
    let asset: ReturnType<typeof takeDecodedBody>;
    await vi.waitFor(() => expect((asset = takeDecodedBody('female'))).toBeDefined());
    expect(asset?.positions.length).toBe(VERTICES * 3);
    expect(takeDecodedBody('female')).toBeUndefined(); // taken
    await bodyAsset('female'); // the taken decode is not handed out again: a new download
    expect(fetched).toHaveLength(2);
  });

  it('decodes on the main thread where there is no Worker', async () => {
    const { startBodyDecode, bodyAsset } = await fresh();
    startBodyDecode('female');
    expect((await bodyAsset('female')).regionIndex.length).toBe(VERTICES);
  });

  it('falls back to the main thread when the worker cannot start', async () => {
    stubWorker('fails');
    const { bodyAsset } = await fresh();
    expect((await bodyAsset('female')).normals.length / 3).toBe(VERTICES);
  });

  it('names the file of a failed download', async () => {
    stubFetch(404);
    stubWorker('works');
    const { bodyAsset } = await fresh();
    await expect(bodyAsset('female')).rejects.toThrow('body-female.bin: HTTP 404');
  });
});
