/**
 * The page's entry: it starts the body's download and decode in a worker (`scene/bodyDecoder.ts`)
 * for the link's body shape, then loads the app (`start.tsx`). Kept small, so the worker starts
 * while the app's script is still arriving and being compiled: the worker's start-up needs a few
 * turns of the main thread, which the app's first render (100–200 ms, the WebGL context is made
 * in it) would otherwise hold, and the body's download then began only after that render.
 *
 * On a first visit (a link with no state), the page's shell and the body are drawn first
 * (`firstPaint.ts`, three.js only) and the app loads after that frame.
 */
import { decodeUrlView, isBlankHash } from './domain/urlState';
import { startBodyDecode } from './scene/bodyDecoder';
// The page's styles, linked from index.html: the first paint's shell uses them too.
// actions.css first, as when the header actions were in the entry: theme.css overrides it.
import './ui/actions.css';
import './ui/styles.css';
import './ui/shell.css';
import './ui/theme.css';

performance.mark('atlas:start');
const view = decodeUrlView(window.location.hash);
startBodyDecode(view.body);
/** The app's code could not be loaded (offline on a first visit, a broken deploy): say so. */
function showLoadFailure(): void {
  const root = document.getElementById('root');
  if (root)
    root.innerHTML =
      '<main class="fatal" role="alert"><h1>Referral Atlas could not start</h1>' +
      '<p>Its code did not load. Check the connection, then reload the page.</p></main>';
}
const loadApp = (): Promise<unknown> => import('./start').catch(showLoadFailure);
if (isBlankHash(window.location.hash))
  void import('./firstPaint')
    .then((m) => m.firstPaint(window, view))
    .catch(() => false)
    .finally(loadApp);
else void loadApp();
