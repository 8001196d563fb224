/**
 * The one application store. The ranking is recomputed here, once per drawing change,
 * so every panel and the scene read the same result without recomputing it. Its state and action
 * types are in `storeState.ts` (re-exported here).
 */
import { create, type StateCreator } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { indexTriggerPoints, rank, type DrawingMark, type Ranking } from '../domain/rank';
import { keyOnSide, keySide } from '../domain/triggerPointKey';
import { DEFAULT_URL_STATE, type UrlState } from '../domain/urlState';
import { NO_INSET, viewOf, type AtlasState, type AtlasStore } from './storeState';

export {
  beneathShown,
  NO_INSET,
  selectUrlState,
  type AtlasActions,
  type AtlasState,
  type AtlasStore,
  type FrameInset,
  type LatePart,
  type PanelView,
  type Theme,
  type Tool,
} from './storeState';

const HISTORY_LIMIT = 100;
const EMPTY_RANKING: Ranking = { candidates: [], explainingSet: [], unexplained: [] };

const rankFor = (
  s: Pick<AtlasState, 'atlas' | 'zoneSets'>,
  drawing: readonly DrawingMark[],
): Ranking =>
  s.atlas && drawing.length > 0
    ? rank(s.atlas.sidedTriggerPoints, drawing, s.zoneSets, s.atlas.commonness)
    : EMPTY_RANKING;

/** The store's state and actions; `subscribe(selector, listener, { equalityFn })` is available. */
const atlasStore: StateCreator<AtlasStore, [['zustand/subscribeWithSelector', never]]> = (
  set,
  get,
) => {
  /** Replaces the drawing, recording history (unless merging into the current stroke). */
  const commitDrawing = (drawing: readonly DrawingMark[], record = true): void => {
    const s = get();
    const past = record ? [...s.past, s.drawing].slice(-HISTORY_LIMIT) : s.past;
    set({ drawing, past, future: record ? [] : s.future, ranking: rankFor(s, drawing) });
  };
  return {
    viewOpen: false,
    zoneSets: [],
    drawing: [],
    ranking: EMPTY_RANKING,
    past: [],
    future: [],
    side: DEFAULT_URL_STATE.side,
    view: DEFAULT_URL_STATE.view,
    viewRequest: 0,
    framePending: false,
    mode: DEFAULT_URL_STATE.mode,
    body: DEFAULT_URL_STATE.body,
    layer: DEFAULT_URL_STATE.layer,
    isolate: false,
    educationOpen: false,
    tool: 'tap',
    brushRadius: 0.025,
    wholeBodyRequest: 0,
    frameInset: NO_INSET,
    notices: [],
    sceneReady: false,
    frameless: false,
    lateLoaded: { chrome: false, scene: false, probe: false, rehearsal: false },
    panel: 'list',
    sheetInset: 0,
    theme: 'light',
    beneath: false,
    init(atlas, link, notices, { keepView = false } = {}) {
      // A pasted link re-initialises with the same atlas: keep its indexes instead of rebuilding them.
      const prev = get();
      const url: UrlState = keepView ? { ...link, ...viewOf(prev) } : link;
      const same = prev.atlas === atlas;
      const zoneSets = same ? prev.zoneSets : indexTriggerPoints(atlas.sidedTriggerPoints);
      set({
        atlas,
        zoneSets,
        drawing: url.drawing,
        ranking: rankFor({ atlas, zoneSets }, url.drawing),
        muscle: url.muscle,
        triggerPoint: url.triggerPoint,
        side: url.side,
        view: url.view,
        viewRequest: prev.viewRequest + (keepView ? 0 : 1),
        viewOpen: true,
        mode: url.mode,
        body: url.body,
        // A link with another body shape (Back, Forward, a pasted link) withdraws the ready signal
        // until that body is drawn, as the shape buttons do.
        sceneReady: prev.sceneReady && prev.body === url.body,
        layer: url.layer,
        panel: url.muscle ? 'card' : 'list',
        isolate: url.isolate ?? false,
        camera: url.camera,
        framePending: url.muscle !== undefined && url.camera === undefined,
        // A link's notices replace the previous link's: a hash change never piles them up.
        notices,
      });
    },
    openView: (view) =>
      set((s) => ({
        ...view,
        isolate: view.isolate ?? false,
        viewRequest: s.viewRequest + 1,
        viewOpen: true,
      })),
    failLoad: (message) => set({ loadError: message }),
    toggleRegion(id) {
      const d = get().drawing;
      commitDrawing(
        d.some((m) => m.region === id) ? d.filter((m) => m.region !== id) : [...d, { region: id }],
      );
    },
    paintRegions(ids, commit) {
      const { drawing, tool } = get();
      const present = new Set(drawing.map((m) => m.region));
      const next =
        tool === 'erase'
          ? drawing.filter((m) => !ids.includes(m.region))
          : [...drawing, ...ids.filter((id) => !present.has(id)).map((region) => ({ region }))];
      if (next.length !== drawing.length || commit) commitDrawing(next, commit);
    },
    removeRegion: (id) => commitDrawing(get().drawing.filter((m) => m.region !== id)),
    setIntensity: (id, intensity) =>
      commitDrawing(get().drawing.map((m) => (m.region === id ? { region: id, intensity } : m))),
    setDrawing: (drawing) => commitDrawing(drawing),
    clearDrawing: () => commitDrawing([]),
    undo() {
      const s = get();
      const prev = s.past[s.past.length - 1];
      if (!prev) return;
      set({
        drawing: prev,
        past: s.past.slice(0, -1),
        future: [s.drawing, ...s.future],
        ranking: rankFor(s, prev),
      });
    },
    redo() {
      const s = get();
      const next = s.future[0];
      if (!next) return;
      set({
        drawing: next,
        past: [...s.past, s.drawing],
        future: s.future.slice(1),
        ranking: rankFor(s, next),
      });
    },
    selectMuscle(muscle, triggerPoint) {
      // Without a trigger point, show the side where the muscle best explains the drawing.
      const best = get().ranking.candidates.find((c) => c.muscle === muscle);
      const side = triggerPoint ? keySide(triggerPoint) : (best?.side ?? get().side);
      // The card covers the list: a candidate hovered there is hovered no more. Cleared in the same
      // update, so the pointer leaving the covered button changes nothing in the next frame.
      const hoverCandidate = muscle ? undefined : get().hoverCandidate;
      set({
        muscle,
        triggerPoint,
        side,
        panel: muscle ? 'card' : 'list',
        framePending: false,
        hoverCandidate,
      });
    },
    setSide(side) {
      const tp = get().triggerPoint;
      set({ side, triggerPoint: tp ? keyOnSide(tp, side) : undefined });
    },
    openCondition(id) {
      const c = get().atlas?.conditions.find((x) => x.id === id);
      if (!c) return;
      commitDrawing(c.drawing);
      const top = get().ranking.candidates[0];
      set({ muscle: top?.muscle, triggerPoint: top?.key, side: top?.side ?? 'left' });
    },
    setView: (view) =>
      set({ view, camera: undefined, viewRequest: get().viewRequest + 1, framePending: false }),
    setMode: (mode) => set({ mode }),
    setBody: (body) => set({ body, sceneReady: false }),
    setLayer: (layer) => set({ layer }),
    setIsolate: (isolate) => set({ isolate }),
    setCamera: (camera) => set({ camera, framePending: false }),
    setEducationOpen: (educationOpen) => set({ educationOpen }),
    setTool: (tool) => set({ tool }),
    setBrushRadius: (brushRadius) =>
      set({ brushRadius: Math.min(0.12, Math.max(0.01, brushRadius)) }),
    setHover: (hoverRegion) => {
      if (get().hoverRegion !== hoverRegion) set({ hoverRegion });
    },
    setHoverMuscle: (hoverMuscle) => {
      const h = get().hoverMuscle;
      if (h?.muscle !== hoverMuscle?.muscle || h?.side !== hoverMuscle?.side) set({ hoverMuscle });
    },
    setHoverCandidate: (hoverCandidate) => {
      const h = get().hoverCandidate;
      if (h?.muscle !== hoverCandidate?.muscle || h?.side !== hoverCandidate?.side)
        set({ hoverCandidate });
    },
    showWholeBody: () => set({ wholeBodyRequest: get().wholeBodyRequest + 1, framePending: false }),
    setFrameInset: (frameInset) => set({ frameInset }),
    dismissNotice: (index) => set({ notices: get().notices.filter((_, i) => i !== index) }),
    setSceneReady: (sceneReady) => set({ sceneReady }),
    setFrameless: () => set({ frameless: true }),
    setLateLoaded: (part) => set((s) => ({ lateLoaded: { ...s.lateLoaded, [part]: true } })),
    showList: () => set({ panel: 'list' }),
    setSheetInset: (px) => {
      const sheetInset = Math.max(0, Math.round(px));
      if (get().sheetInset !== sheetInset) set({ sheetInset });
    },
    setTheme: (theme) => set({ theme }),
    setBeneath: (beneath) => set({ beneath }),
    setBeneathReport: (beneathReport) => set({ beneathReport }),
  };
};

export const useAtlasStore = create<AtlasStore>()(subscribeWithSelector(atlasStore));
