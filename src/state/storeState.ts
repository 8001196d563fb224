/**
 * The shape of the one application store (`store.ts`): its state, its actions, and the selectors
 * that read a link's fields from it. Types and pure functions only.
 */
import type { Atlas } from '../domain/atlas';
import type { BodySide, ConditionId, MuscleId, RegionId } from '../domain/ids';
import type { DrawingMark, Ranking, ZoneSets } from '../domain/rank';
import type { SidedTriggerPointKey } from '../domain/triggerPointKey';
import type { DepthReport } from '../body/hazards/depth';
import type { CameraView } from '../domain/urlCamera';
import type { BodyShape, Layer, Mode, UrlState, UrlView, ViewPreset } from '../domain/urlState';

export type Tool = 'tap' | 'brush' | 'erase';

/**
 * What comes after the body's first frame: the page controls, the scene extras, (automated
 * browsers only) the test probe, and the idle rehearsal of the first tap and choice (`warmUp.tsx`).
 */
export type LatePart = 'chrome' | 'scene' | 'probe' | 'rehearsal';

export interface AtlasState {
  readonly atlas?: Atlas;
  /**
   * The link's view (preset, camera, body, layer, mode) is in the store, so the 3D view can draw:
   * set by `openView` before the dataset has loaded when the link names nothing from it, else by `init`.
   */
  readonly viewOpen: boolean;
  readonly zoneSets: readonly ZoneSets[];
  readonly loadError?: string;
  readonly drawing: readonly DrawingMark[];
  readonly ranking: Ranking;
  readonly past: readonly (readonly DrawingMark[])[];
  readonly future: readonly (readonly DrawingMark[])[];
  readonly muscle?: MuscleId | undefined;
  /** Sided trigger point key of the chosen candidate, e.g. `l:upper-trapezius-1`. */
  readonly triggerPoint?: SidedTriggerPointKey | undefined;
  /** Side of the selected muscle whose pattern is shown. */
  readonly side: BodySide;
  readonly view: ViewPreset;
  /** Bumped on every view request so choosing the same preset again re-frames the camera. */
  readonly viewRequest: number;
  readonly mode: Mode;
  readonly body: BodyShape;
  readonly layer: Layer;
  /** Show only the selected muscle among the muscle layers. */
  readonly isolate: boolean;
  /** A free camera view (metres, body frame) set by orbiting or a link; undefined at a view preset. */
  readonly camera?: CameraView | undefined;
  /**
   * The chosen muscle came from a link (opened, pasted, or Back/Forward) without a camera of its
   * own: the camera is to frame it as choosing it does, once the scene can (CameraRig clears it;
   * so do a view preset, "whole body", another choice and the user's own orbit).
   */
  readonly framePending: boolean;
  /** The dry-needling education page is open (a history step). */
  readonly educationOpen: boolean;
  readonly tool: Tool;
  /** Brush radius in metres on the skin. */
  readonly brushRadius: number;
  readonly hoverRegion?: RegionId | undefined;
  /** The muscle under the pointer in a muscle layer (named by the hover label). */
  readonly hoverMuscle?: { readonly muscle: MuscleId; readonly side: BodySide } | undefined;
  /** The candidate under the pointer or keyboard focus in the list (emphasised on the body). */
  readonly hoverCandidate?: { readonly muscle: MuscleId; readonly side: BodySide } | undefined;
  /** Bumped by "whole body": the camera returns to the whole body from the nearest side. */
  readonly wholeBodyRequest: number;
  /**
   * Parts of the canvas covered by other UI (fractions of its width/height, default all 0): a
   * framed pattern is kept in the rest, e.g. above a bottom sheet on a phone.
   */
  readonly frameInset: FrameInset;
  readonly notices: readonly string[];
  /** The body has been drawn (its first frame); drops while another body shape loads. */
  readonly sceneReady: boolean;
  /**
   * No 3D frame of the body is coming: it is drawn flat (no WebGL, or the 3D view failed), or it
   * could not be loaded. Start-up then stops waiting for the first frame (boot.ts).
   */
  readonly frameless: boolean;
  /** Parts loaded after the first frame that are now mounted (page controls, scene extras). */
  readonly lateLoaded: Readonly<Record<LatePart, boolean>>;
  /** What the panel (or phone sheet) shows: the lists, or the chosen muscle's card on top. */
  readonly panel: PanelView;
  /**
   * Height in CSS pixels of the bottom of the canvas covered by the phone's bottom sheet (0 on
   * wider layouts). The camera keeps what it frames inside the canvas height minus this inset.
   */
  readonly sheetInset: number;
  /** Colour scheme of the page (`prefers-color-scheme`), for the scene's clear colour and lights. */
  readonly theme: Theme;
  /** The "what lies beneath" view of the selected trigger point is open (clinician mode). */
  readonly beneath: boolean;
  /** Depths measured by the scene for that view (trigger point key and body shape it is for). */
  readonly beneathReport?:
    { readonly key: string; readonly body: BodyShape; readonly report: DepthReport } | undefined;
}

export type PanelView = 'list' | 'card';
export type Theme = 'light' | 'dark';
/** Fractions (0…1) of the canvas hidden on each edge. */
export interface FrameInset {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}
export const NO_INSET: FrameInset = { top: 0, right: 0, bottom: 0, left: 0 };

export interface AtlasActions {
  /**
   * Takes the dataset and a decoded link. With `keepView`, the link's view fields are ignored: the
   * store keeps the view `openView` took from the same link, with any change the user made since.
   */
  init(
    atlas: Atlas,
    url: UrlState,
    notices: readonly string[],
    opts?: { keepView?: boolean },
  ): void;
  /** Takes a link's view before the dataset has loaded (a link that names nothing from it). */
  openView(view: UrlView): void;
  failLoad(message: string): void;
  toggleRegion(id: RegionId): void;
  /** Adds or (with the erase tool) removes regions; `commit` false merges into the last history step. */
  paintRegions(ids: readonly RegionId[], commit: boolean): void;
  removeRegion(id: RegionId): void;
  setIntensity(id: RegionId, intensity: number | undefined): void;
  setDrawing(drawing: readonly DrawingMark[]): void;
  clearDrawing(): void;
  undo(): void;
  redo(): void;
  /** Selects a muscle; with a trigger point key (`l:…`) the side follows the key. */
  selectMuscle(id: MuscleId | undefined, triggerPoint?: SidedTriggerPointKey): void;
  /** Shows the selection on the other side of the body. */
  setSide(side: BodySide): void;
  openCondition(id: ConditionId): void;
  setView(view: ViewPreset): void;
  setMode(mode: Mode): void;
  setBody(body: BodyShape): void;
  setLayer(layer: Layer): void;
  setIsolate(isolate: boolean): void;
  /** Records where the user left the camera (does not move it). */
  setCamera(camera: CameraView | undefined): void;
  setEducationOpen(open: boolean): void;
  setTool(tool: Tool): void;
  setBrushRadius(r: number): void;
  setHover(id: RegionId | undefined): void;
  setHoverMuscle(hover: { muscle: MuscleId; side: BodySide } | undefined): void;
  setHoverCandidate(hover: { muscle: MuscleId; side: BodySide } | undefined): void;
  /** Turns the camera back to the whole body (keeps the side it faces). */
  showWholeBody(): void;
  setFrameInset(inset: FrameInset): void;
  dismissNotice(index: number): void;
  setSceneReady(ready: boolean): void;
  /** See {@link AtlasState.frameless}. */
  setFrameless(): void;
  /** A part loaded after the first frame has mounted. */
  setLateLoaded(part: LatePart): void;
  /** Back from the muscle card to the lists; the selection (and its pattern) stays. */
  showList(): void;
  setSheetInset(px: number): void;
  setTheme(theme: Theme): void;
  setBeneath(open: boolean): void;
  setBeneathReport(r: AtlasState['beneathReport']): void;
}

export type AtlasStore = AtlasState & AtlasActions;

/** The store's view fields, as a link's. */
export const viewOf = (s: AtlasState): UrlView => ({
  view: s.view,
  mode: s.mode,
  body: s.body,
  layer: s.layer,
  isolate: s.isolate,
  camera: s.camera,
});

/** The shareable slice of the state, for the URL. */
export const selectUrlState = (s: AtlasState): UrlState => ({
  drawing: s.drawing,
  muscle: s.muscle,
  triggerPoint: s.triggerPoint,
  side: s.side,
  ...viewOf(s),
});

/** The "what lies beneath" view is shown: asked for, in clinician mode, with a trigger point chosen. */
export const beneathShown = (s: Pick<AtlasState, 'beneath' | 'mode' | 'triggerPoint'>): boolean =>
  s.beneath && s.mode === 'clinician' && !!s.triggerPoint;
