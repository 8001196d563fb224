/**
 * The shareable part of the app state, mirrored into the URL hash:
 * `#d=l-temple.7,neck-back-upper&m=upper-trapezius&tp=l:upper-trapezius-1&v=front&mode=patient&body=male&layer=skin`
 *
 * Decoding never throws: every part that cannot be read is dropped with a notice, and
 * everything else is kept.
 */
import type { Atlas } from './atlas';
import { asMuscleId, asRegionId, type BodySide, type MuscleId } from './ids';
import type { DrawingMark } from './rank';
import { decodeCamera, encodeCamera, type CameraView } from './urlCamera';

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
export const BODY_SHAPES = ['female', 'male'] as const;
export type BodyShape = (typeof BODY_SHAPES)[number];
/** Outermost visible layer: skin, then progressively deeper muscle layers. */
export const LAYERS = ['skin', 'xray', 'superficial', 'intermediate', 'deep'] as const;
export type Layer = (typeof LAYERS)[number];

export interface UrlState {
  readonly drawing: readonly DrawingMark[];
  readonly muscle?: MuscleId | undefined;
  /** Sided trigger point key, e.g. `l:upper-trapezius-1`. */
  readonly triggerPoint?: string | undefined;
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

export function encodeUrlState(s: UrlState): string {
  const parts: string[] = [];
  if (s.drawing.length > 0) {
    const d = s.drawing.map((m) => (m.intensity ? `${m.region}.${m.intensity}` : m.region));
    parts.push(`d=${d.join(',')}`);
  }
  if (s.muscle) parts.push(`m=${s.muscle}`);
  if (s.triggerPoint) parts.push(`tp=${s.triggerPoint}`);
  else if (s.muscle && s.side === 'right') parts.push('s=r');
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

function decodeDrawing(raw: string, atlas: Atlas, notices: string[]): DrawingMark[] {
  const out: DrawingMark[] = [];
  const seen = new Set<string>();
  let bad = 0;
  for (const item of raw.split(',')) {
    if (item === '') continue;
    const [id = '', level] = item.split('.');
    const intensity = level === undefined ? undefined : Number(level);
    const okLevel =
      intensity === undefined || (Number.isInteger(intensity) && intensity >= 1 && intensity <= 10);
    if (!atlas.regionById.has(asRegionId(id)) || !okLevel || seen.has(id)) {
      bad++;
      continue;
    }
    seen.add(id);
    out.push({ region: asRegionId(id), intensity });
  }
  if (bad > 0)
    notices.push(`${bad} marked area(s) in the link could not be read and were left out.`);
  return out;
}

/** Reads a URL hash (with or without `#`). Unknown or damaged parts become notices. */
export function decodeUrlState(hash: string, atlas: Atlas): DecodedUrlState {
  const notices: string[] = [];
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const fields = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq) : part;
    const value = safeDecode(eq >= 0 ? part.slice(eq + 1) : '');
    if (value === undefined)
      notices.push(`Part of the link ("${key}") is damaged and was ignored.`);
    else fields.set(key, value);
  }
  const pick = <T extends string>(
    key: string,
    values: readonly T[],
    fallback: T,
    what: string,
  ): T => {
    const v = fields.get(key);
    const found = oneOf(values, v);
    if (v !== undefined && found === undefined)
      notices.push(`Unknown ${what} "${v}" in the link; showing ${fallback}.`);
    return found ?? fallback;
  };
  const d = DEFAULT_URL_STATE;
  let muscle: MuscleId | undefined;
  const m = fields.get('m');
  if (m !== undefined) {
    if (atlas.muscleById.has(asMuscleId(m))) muscle = asMuscleId(m);
    else notices.push(`The muscle "${m}" in the link is not in the atlas.`);
  }
  let triggerPoint: string | undefined;
  const tp = fields.get('tp');
  if (tp !== undefined) {
    if (atlas.sidedTriggerPoints.some((t) => t.key === tp)) triggerPoint = tp;
    else notices.push(`The trigger point "${tp}" in the link is not in the atlas.`);
  }
  const known = new Set(['d', 'm', 'tp', 's', 'v', 'mode', 'body', 'layer', ...VIEW_KEYS]);
  for (const key of fields.keys())
    if (!known.has(key)) notices.push(`Ignored an unknown part of the link ("${key}").`);
  const state: UrlState = {
    drawing: decodeDrawing(fields.get('d') ?? '', atlas, notices),
    muscle,
    triggerPoint,
    side:
      triggerPoint?.startsWith('r:') || (!triggerPoint && fields.get('s') === 'r')
        ? 'right'
        : 'left',
    view: pick('v', VIEW_PRESETS, d.view, 'view'),
    mode: pick('mode', MODES, d.mode, 'mode'),
    body: pick('body', BODY_SHAPES, d.body, 'body shape'),
    layer: pick('layer', LAYERS, d.layer, 'layer'),
    ...decodeViewFields(fields, notices),
  };
  return { state, notices };
}

/** Keys of the view fields (isolate, camera). */
const VIEW_KEYS = ['iso', 'cam'] as const;

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
