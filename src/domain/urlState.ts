/**
 * The shareable part of the app state, mirrored into the URL hash:
 * `#d=l-temple.7,neck-back-upper&m=upper-trapezius&tp=l:upper-trapezius-1&v=front&mode=patient&body=male&layer=skin`
 *
 * Decoding never throws: every part that cannot be read is dropped with a notice, and
 * everything else is kept. Notices name the part of the link that was dropped, never repeat what
 * the link says (a link is user text, and the app must not say it in its own voice), and are
 * capped at {@link MAX_NOTICES} plus one "and N more" line.
 */
import type { Atlas } from './atlas';
import { asMuscleId, asRegionId, type BodySide, type MuscleId } from './ids';
import type { DrawingMark } from './rank';
import { BODY_SHAPES, type BodyShape } from './primitives';
import { keySide, type SidedTriggerPointKey } from './triggerPointKey';
import { decodeCamera, encodeCamera, type CameraView } from './urlCamera';

/** The body shape is a URL field too; its one definition is in `primitives.ts`. */
export { BODY_SHAPES, type BodyShape };

export const VIEW_PRESETS = [
  'front',
  'back',
  'left',
  'right',
  'head',
  'hands',
  'feet',
  'soles',
] as const;
export type ViewPreset = (typeof VIEW_PRESETS)[number];
export const MODES = ['patient', 'clinician'] as const;
export type Mode = (typeof MODES)[number];
/** Outermost visible layer: skin, then progressively deeper muscle layers. */
export const LAYERS = ['skin', 'xray', 'superficial', 'intermediate', 'deep'] as const;
export type Layer = (typeof LAYERS)[number];

export interface UrlState {
  readonly drawing: readonly DrawingMark[];
  readonly muscle?: MuscleId | undefined;
  /** Sided trigger point key, e.g. `l:upper-trapezius-1`. */
  readonly triggerPoint?: SidedTriggerPointKey | undefined;
  /** Side whose pattern is shown when only a muscle is selected. */
  readonly side: BodySide;
  readonly view: ViewPreset;
  readonly mode: Mode;
  readonly body: BodyShape;
  readonly layer: Layer;
  // View fields of a share link (issue 16): `iso=1`, `cam=…` (see urlCamera.ts).
  /** Only the selected muscle is shown among the muscle layers. */
  readonly isolate?: boolean | undefined;
  /** A free camera view; absent when the camera sits at the view preset. */
  readonly camera?: CameraView | undefined;
}

export const DEFAULT_URL_STATE: UrlState = {
  drawing: [],
  side: 'left',
  view: 'front',
  mode: 'patient',
  body: 'female',
  layer: 'skin',
};

/** Most notices a link can give; the rest are summed up in one more line. */
export const MAX_NOTICES = 5;

export function encodeUrlState(s: UrlState): string {
  const parts: string[] = [];
  if (s.drawing.length > 0) {
    const d = s.drawing.map((m) => (m.intensity ? `${m.region}.${m.intensity}` : m.region));
    parts.push(`d=${d.join(',')}`);
  }
  // A trigger point or a side only means something with its muscle: never written without it.
  if (s.muscle) {
    parts.push(`m=${s.muscle}`);
    if (s.triggerPoint) parts.push(`tp=${s.triggerPoint}`);
    else if (s.side === 'right') parts.push('s=r');
  }
  parts.push(`v=${s.view}`, `mode=${s.mode}`, `body=${s.body}`, `layer=${s.layer}`);
  if (s.isolate) parts.push('iso=1');
  if (s.camera) parts.push(`cam=${encodeCamera(s.camera)}`);
  return '#' + parts.join('&');
}

export interface DecodedUrlState {
  readonly state: UrlState;
  /** Human-readable notices about parts that were dropped; empty when the link was clean. */
  readonly notices: readonly string[];
}

const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.find((x) => x === v);

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** A drawing item: a region id, optionally `.` and an integer intensity 1–10 written plainly. */
const DRAWING_ITEM = /^([a-z0-9-]+)(?:\.(10|[1-9]))?$/;

function decodeDrawing(raw: string, atlas: Atlas, notices: string[]): DrawingMark[] {
  const out: DrawingMark[] = [];
  const seen = new Set<string>();
  let bad = 0;
  for (const item of raw.split(',')) {
    if (item === '') continue;
    const match = DRAWING_ITEM.exec(item);
    const id = match?.[1] ?? '';
    if (!match || !atlas.regionById.has(asRegionId(id)) || seen.has(id)) {
      bad++;
      continue;
    }
    seen.add(id);
    out.push({ region: asRegionId(id), intensity: match[2] ? Number(match[2]) : undefined });
  }
  if (bad > 0)
    notices.push(
      bad === 1
        ? 'One marked area in the link could not be read and was left out.'
        : `${bad} marked areas in the link could not be read and were left out.`,
    );
  return out;
}

/** First {@link MAX_NOTICES} notices, then one line counting the rest. */
export function capNotices(notices: readonly string[], max = MAX_NOTICES): string[] {
  if (notices.length <= max) return [...notices];
  const more = notices.length - max;
  return [
    ...notices.slice(0, max),
    `…and ${more} more problem${more === 1 ? '' : 's'} in the link.`,
  ];
}

/** Splits the hash into `key → decoded value`; counts parts that are damaged or repeated. */
function readFields(text: string): { fields: Map<string, string>; damaged: number } {
  const fields = new Map<string, string>();
  let damaged = 0;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq) : part;
    const value = safeDecode(eq >= 0 ? part.slice(eq + 1) : '');
    if (value === undefined || fields.has(key)) damaged++;
    else fields.set(key, value);
  }
  return { fields, damaged };
}

const KNOWN_KEYS = new Set(['d', 'm', 'tp', 's', 'v', 'mode', 'body', 'layer', 'iso', 'cam']);

/** The muscle and trigger point: the point must exist and belong to the muscle. */
function decodeSelection(
  fields: ReadonlyMap<string, string>,
  atlas: Atlas,
  notices: string[],
): Pick<UrlState, 'muscle' | 'triggerPoint' | 'side'> {
  let muscle: MuscleId | undefined;
  const m = fields.get('m');
  if (m !== undefined) {
    if (atlas.muscleById.has(asMuscleId(m))) muscle = asMuscleId(m);
    else notices.push('The muscle named in the link is not in the atlas; no muscle is shown.');
  }
  let triggerPoint: SidedTriggerPointKey | undefined;
  const tp = fields.get('tp');
  if (tp !== undefined && muscle) {
    const found = atlas.sidedTriggerPoints.find((t) => t.key === tp);
    if (found?.muscle === muscle) triggerPoint = found.key;
    else if (found)
      notices.push(
        'The trigger point in the link belongs to another muscle; showing the muscle without it.',
      );
    else notices.push('The trigger point in the link is not in the atlas; showing the muscle.');
  } else if (tp !== undefined && m === undefined)
    notices.push('The link names a trigger point without its muscle; it was left out.');
  const side: BodySide = triggerPoint
    ? keySide(triggerPoint)
    : muscle && fields.get('s') === 'r'
      ? 'right'
      : 'left';
  return { muscle, triggerPoint, side };
}

/** The fields of a link that need no dataset to read: what the 3D view shows and how. */
export type UrlView = Pick<UrlState, 'view' | 'mode' | 'body' | 'layer' | 'isolate' | 'camera'>;

/** Reads the view fields; an unreadable one falls back to its default with a notice. */
function readView(fields: ReadonlyMap<string, string>, notices: string[]): UrlView {
  const pick = <T extends string>(
    key: string,
    values: readonly T[],
    fallback: T,
    what: string,
  ): T => {
    const v = fields.get(key);
    const found = oneOf(values, v);
    if (v !== undefined && found === undefined)
      notices.push(`The ${what} in the link was not recognised; showing ${fallback}.`);
    return found ?? fallback;
  };
  const d = DEFAULT_URL_STATE;
  return {
    view: pick('v', VIEW_PRESETS, d.view, 'view'),
    mode: pick('mode', MODES, d.mode, 'mode'),
    body: pick('body', BODY_SHAPES, d.body, 'body shape'),
    layer: pick('layer', LAYERS, d.layer, 'layer'),
    ...decodeViewFields(fields, notices),
  };
}

const stripHash = (hash: string): string => (hash.startsWith('#') ? hash.slice(1) : hash);

/** Whether a location hash carries no state at all (a first visit, or the bare address). */
export function isBlankHash(hash: string): boolean {
  return hash === '' || hash === '#';
}

/**
 * The view fields of a URL hash, read without the dataset (so the body can be drawn before the
 * dataset is loaded). Never throws; its notices are left to {@link decodeUrlState}, which gives
 * the same view and every notice once the dataset is there.
 */
export function decodeUrlView(hash: string): UrlView {
  return readView(readFields(stripHash(hash)).fields, []);
}

/**
 * Whether a URL hash names anything from the dataset (marked areas, a muscle or a trigger point),
 * which must be read, and drawn, with the dataset. A link without any shows only a view.
 */
export function linkNamesData(hash: string): boolean {
  const { fields } = readFields(stripHash(hash));
  return fields.has('d') || fields.has('m') || fields.has('tp');
}

/** Reads a URL hash (with or without `#`). Unknown or damaged parts become notices. */
export function decodeUrlState(hash: string, atlas: Atlas): DecodedUrlState {
  const notices: string[] = [];
  const { fields, damaged } = readFields(stripHash(hash));
  const unknown = [...fields.keys()].filter((k) => !KNOWN_KEYS.has(k)).length + damaged;
  const selection = decodeSelection(fields, atlas, notices);
  const drawing = decodeDrawing(fields.get('d') ?? '', atlas, notices);
  const state: UrlState = { drawing, ...selection, ...readView(fields, notices) };
  if (unknown > 0)
    notices.push(
      unknown === 1
        ? 'One part of the link was not understood and was ignored.'
        : `${unknown} parts of the link were not understood and were ignored.`,
    );
  return { state, notices: capNotices(notices) };
}

function decodeViewFields(
  fields: ReadonlyMap<string, string>,
  notices: string[],
): Pick<UrlState, 'isolate' | 'camera'> {
  const cam = fields.get('cam');
  const camera = cam === undefined ? undefined : decodeCamera(cam);
  if (cam !== undefined && !camera)
    notices.push('The camera view in the link could not be read; showing the preset view.');
  return { isolate: fields.get('iso') === '1' ? true : undefined, camera };
}
