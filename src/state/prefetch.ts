/**
 * Start-up fetches that begin before the code that reads them is ready: the body's geometry is
 * requested together with the dataset (boot), although it is decoded only once the canvas has
 * mounted and its decoder chunk has loaded. The first {@link fetchGenerated} of a prefetched file takes the
 * request over; later ones fetch again (from the HTTP cache).
 */
import { generatedUrl } from './assetUrls';

const pending = new Map<string, Promise<Response>>();

/** Starts fetching a generated file (`body-female.bin`) now, once, at a fetch priority. */
export function prefetchGenerated(file: string, priority: RequestPriority = 'auto'): void {
  if (pending.has(file)) return;
  const request = fetch(generatedUrl(file), { priority });
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
