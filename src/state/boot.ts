/**
 * Start-up: fetch the dataset bundle (validated by the build), index it once, read the URL, and keep the URL
 * in step with the store. A damaged link never blocks start-up: it becomes a notice.
 */
import { decodeUrlState, decodeUrlView, encodeUrlState, linkNamesData } from '../domain/urlState';
import type { DataFile } from '../domain/dataFiles';
import { generatedUrl } from './assetUrls';
import { AFTER_PAINT_TIMEOUT_MS, afterNextPaint, whenIdle } from './browser';
import { isHistoryStep, readEntryState, stepSnapshot, type HistoryEntryState } from './history';
import { selectUrlState, useAtlasStore, type AtlasState } from './store';

/**
 * Longest wait, ms, of the dataset's work for the body's first frame. Only a safety net: the wait
 * normally ends with the frame, at once without WebGL, or on a load error.
 */
const FIRST_FRAME_WAIT_MS = 2500;

/** The dataset's indexer (cross-references, guides): a chunk of its own, see {@link boot}. */
const loadIndexer = () => import('../domain/dataFiles');

/** Resolves once the body has been drawn (or will not be), at most `maxMs` later. */
function bodyDrawn(win: Window, maxMs: number): Promise<void> {
  const done = (s: AtlasState): boolean => s.sceneReady || s.frameless || s.loadError !== undefined;
  return new Promise((resolve) => {
    if (done(useAtlasStore.getState())) return resolve();
    const finish = (): void => {
      win.clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = win.setTimeout(finish, maxMs);
    const unsubscribe = useAtlasStore.subscribe((s) => done(s) && finish());
  });
}

/**
 * A link that names nothing from the dataset (no marked area, muscle or trigger point) opens its
 * view at once, so the body is drawn while the dataset downloads; the dataset's parse and index
 * (~150 ms on a slow machine) then wait for that first frame instead of delaying it. A link that
 * names marked areas or a muscle is drawn with them, after the dataset.
 */
export async function boot(win: Window = window): Promise<void> {
  const store = useAtlasStore.getState();
  try {
    const hash = win.location.hash;
    const view = decodeUrlView(hash);
    const viewFirst = !linkNamesData(hash);
    // The body's geometry is on its way already (main.tsx): the dataset yields to it.
    const dataset = fetch(generatedUrl('dataset.json'), { priority: viewFirst ? 'low' : 'auto' });
    // The indexer (cross-references, guides) is its own small chunk, not needed for the body's
    // first frame: fetched after that frame for a view-only link, beside the dataset otherwise.
    const indexer = viewFirst ? undefined : loadIndexer();
    indexer?.catch(() => undefined); // awaited below; a failed fetch must not leave it unhandled
    if (viewFirst) store.openView(view);
    const res = await dataset;
    if (!res.ok) throw new Error(`dataset.json: HTTP ${res.status}`);
    if (viewFirst) await bodyDrawn(win, FIRST_FRAME_WAIT_MS);
    const { files } = (await res.json()) as { files: DataFile[] };
    // The build validated every record (zod) before writing the bundle; here we only index it.
    const { loadBundle } = await (indexer ?? loadIndexer());
    const atlas = loadBundle(files);
    // The link is read again, whole, with every notice. The view opened from it is kept, with any
    // change the user made since, unless the address bar holds another link by now.
    const keepView = viewFirst && win.location.hash === hash;
    const decoded = decodeUrlState(win.location.hash, atlas);
    useAtlasStore.getState().init(atlas, decoded.state, decoded.notices, { keepView });
    performance.mark('atlas:dataset-ready');
    syncUrl(win);
  } catch (e) {
    store.failLoad(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Keeps the address bar's hash in step with the store. `history.replaceState` costs a few
 * milliseconds in Chromium, so after the first write it runs when the page is idle (at most
 * 300 ms later), coalescing a burst of changes, never inside a tap's frame. Meaningful steps
 * push a history entry instead (see `history.ts`), just after the frame that shows them; Back and
 * Forward restore them.
 */
export function syncUrl(win: Window): void {
  let last = '';
  /** The address bar's hash as read back after our last write (the browser may normalise it). */
  let written: string | undefined;
  let lastStep = stepSnapshot(useAtlasStore.getState());
  let pending = false;
  const write = (): void => {
    pending = false;
    // The hash was changed from outside (a link, the address bar) and its hashchange is still
    // queued: writing now would put the old state back over it. Its handler writes afterwards.
    if (written !== undefined && win.location.hash !== written) return;
    const s = useAtlasStore.getState();
    const hash = encodeUrlState(selectUrlState(s));
    const step = stepSnapshot(s);
    const push = last !== '' && isHistoryStep(lastStep, step);
    const entry: HistoryEntryState = { education: s.educationOpen };
    if (hash !== last || push || step.educationOpen !== lastStep.educationOpen) {
      last = hash;
      if (push) win.history.pushState(entry, '', hash);
      else win.history.replaceState(entry, '', hash);
    }
    written = win.location.hash;
    lastStep = step;
  };
  /** Back or Forward: the store takes the entry's link and education state, without a new entry. */
  const restore = (entryState: unknown): void => {
    const atlas = useAtlasStore.getState().atlas;
    if (!atlas) return;
    last = win.location.hash;
    written = last;
    const decoded = decodeUrlState(win.location.hash, atlas);
    const store = useAtlasStore.getState();
    store.init(atlas, decoded.state, decoded.notices);
    store.setEducationOpen(readEntryState(entryState).education);
    lastStep = stepSnapshot(useAtlasStore.getState());
  };
  win.addEventListener('popstate', (e: PopStateEvent) => restore(e.state));
  let stepPending = false;
  const writeStep = (): void => {
    stepPending = false;
    write();
  };
  const schedule = (): void => {
    // A step is written as soon as the frame showing it is drawn (at most 100 ms later), so Back
    // works at once; `pushState` costs up to ~10 ms the first time, which stays out of that frame.
    if (isHistoryStep(lastStep, stepSnapshot(useAtlasStore.getState()))) {
      if (!stepPending) afterNextPaint(writeStep, AFTER_PAINT_TIMEOUT_MS, win);
      stepPending = true;
      return;
    }
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
    written = win.location.hash;
    const decoded = decodeUrlState(win.location.hash, atlas);
    useAtlasStore.getState().init(atlas, decoded.state, decoded.notices);
  });
}
