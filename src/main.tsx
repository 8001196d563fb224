/**
 * The page's entry: it starts the body's download and decode in a worker (`scene/bodyDecoder.ts`)
 * for the link's body shape, then loads the app (`start.tsx`). Kept small, so the worker starts
 * while the app's script is still arriving and being compiled: the worker's start-up needs a few
 * turns of the main thread, which the app's first render (100–200 ms, the WebGL context is made
 * in it) would otherwise hold, and the body's download then began only after that render.
 */
import { decodeUrlView } from './domain/urlState';
import { startBodyDecode } from './scene/bodyDecoder';

performance.mark('atlas:start');
startBodyDecode(decodeUrlView(window.location.hash).body);
void import('./start');
