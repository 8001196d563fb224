/**
 * Start-up fetches that begin before the code that reads them is ready: the body's geometry is
 * requested together with the dataset (boot), although it is decoded only once the dataset has been
 * indexed and the canvas mounted. The first {@link fetchGenerated} of a prefetched file takes the
 * request over; later ones fetch again (from the HTTP cache).
 */
import { BODY_SHAPES, type BodyShape } from '../domain/urlState';
import { generatedUrl } from './assetUrls';

const pending = new Map<string, Promise<Response>>();

/** Starts fetching a generated file (`body-female.bin`) now, once. */
export function prefetchGenerated(file: string): void {
  if (pending.has(file)) return;
  const request = fetch(generatedUrl(file));
  // A failure is reported by whoever reads it; an unread one must not be an unhandled rejection.
  request.catch(() => undefined);
  pending.set(file, request);
}

/** The prefetched response for `file`, or a new fetch. */
export function fetchGenerated(file: string): Promise<Response> {
  const request = pending.get(file);
  if (!request) return fetch(generatedUrl(file));
  pending.delete(file);
  return request;
}

/**
 * The body shape a link asks for (`body=male` in the hash), else undefined. Only a hint for the
 * prefetch: the link is decoded properly, with notices, once the dataset has loaded.
 */
export function bodyShapeHint(hash: string): BodyShape | undefined {
  const m = /(?:^#|&)body=([a-z]+)(?:&|$)/.exec(hash);
  return BODY_SHAPES.find((s) => s === m?.[1]);
}
