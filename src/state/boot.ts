/**
 * Start-up: fetch the bundled dataset, validate it once, read the URL, and keep the URL
 * in step with the store. A damaged link never blocks start-up: it becomes a notice.
 */
import { formatProblem } from '../domain/problems';
import { decodeUrlState, encodeUrlState } from '../domain/urlState';
import type { DataFile } from '../domain/validate';
import { selectUrlState, useAtlasStore } from './store';

/** Where the build puts generated assets, relative to the page. */
export const GENERATED = 'generated/';

export async function boot(win: Window = window): Promise<void> {
  const store = useAtlasStore.getState();
  try {
    // The validator (zod) loads in parallel with the data, outside the initial JavaScript.
    const [res, { validateDataset }] = await Promise.all([
      fetch(`${GENERATED}dataset.json`),
      import('../domain/validate'),
    ]);
    if (!res.ok) throw new Error(`dataset.json: HTTP ${res.status}`);
    const { files } = (await res.json()) as { files: DataFile[] };
    const result = validateDataset(files);
    if (!result.atlas) throw new Error(result.problems.slice(0, 5).map(formatProblem).join('\n'));
    const decoded = decodeUrlState(win.location.hash, result.atlas);
    store.init(result.atlas, decoded.state, decoded.notices);
    syncUrl(win);
  } catch (e) {
    store.failLoad(e instanceof Error ? e.message : String(e));
  }
}

function syncUrl(win: Window): void {
  let last = '';
  const write = (): void => {
    const hash = encodeUrlState(selectUrlState(useAtlasStore.getState()));
    if (hash !== last) {
      last = hash;
      win.history.replaceState(null, '', hash);
    }
  };
  write();
  useAtlasStore.subscribe(write);
  win.addEventListener('hashchange', () => {
    if (win.location.hash === last) return;
    const atlas = useAtlasStore.getState().atlas;
    if (!atlas) return;
    const decoded = decodeUrlState(win.location.hash, atlas);
    useAtlasStore.getState().init(atlas, decoded.state, decoded.notices);
  });
}
