/**
 * Start-up: fetch the dataset bundle (validated by the build), index it once, read the URL, and keep the URL
 * in step with the store. A damaged link never blocks start-up: it becomes a notice.
 */
import { decodeUrlState, encodeUrlState } from '../domain/urlState';
import { loadBundle, type DataFile } from '../domain/dataFiles';
import { generatedUrl } from './assetUrls';
import { whenIdle } from './browser';
import { selectUrlState, useAtlasStore } from './store';

export async function boot(win: Window = window): Promise<void> {
  const store = useAtlasStore.getState();
  try {
    const res = await fetch(generatedUrl('dataset.json'));
    if (!res.ok) throw new Error(`dataset.json: HTTP ${res.status}`);
    const { files } = (await res.json()) as { files: DataFile[] };
    // The build validated every record (zod) before writing the bundle; here we only index it.
    const atlas = loadBundle(files);
    const decoded = decodeUrlState(win.location.hash, atlas);
    store.init(atlas, decoded.state, decoded.notices);
    syncUrl(win);
  } catch (e) {
    store.failLoad(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Keeps the address bar's hash in step with the store. `history.replaceState` costs a few
 * milliseconds in Chromium, so after the first write it runs when the page is idle (at most
 * 300 ms later), coalescing a burst of changes, never inside a tap's frame.
 */
export function syncUrl(win: Window): void {
  let last = '';
  let pending = false;
  const write = (): void => {
    pending = false;
    const hash = encodeUrlState(selectUrlState(useAtlasStore.getState()));
    if (hash !== last) {
      last = hash;
      win.history.replaceState(null, '', hash);
    }
  };
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    whenIdle(write, 300, win);
  };
  write();
  useAtlasStore.subscribe(schedule);
  win.addEventListener('hashchange', () => {
    if (win.location.hash === last) return;
    const atlas = useAtlasStore.getState().atlas;
    if (!atlas) return;
    const decoded = decodeUrlState(win.location.hash, atlas);
    useAtlasStore.getState().init(atlas, decoded.state, decoded.notices);
  });
}
