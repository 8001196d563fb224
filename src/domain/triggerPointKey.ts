/**
 * The key of a trigger point on one side of the body: `l:upper-trapezius-1`, `r:soleus-2` — the
 * side's letter, a colon, the side-agnostic trigger-point id. It names one `SidedTriggerPoint`,
 * is what a share link's `tp=` holds, and keys the scene's trigger-point positions. Build and read
 * it only here.
 */
import { asTriggerPointId, type BodySide, type Brand, type TriggerPointId } from './ids';

export type SidedTriggerPointKey = Brand<string, 'SidedTriggerPointKey'>;

const LETTER: Readonly<Record<BodySide, 'l' | 'r'>> = { left: 'l', right: 'r' };
const KEY = /^([lr]):(.+)$/;

/** `triggerPointKey('left', 'upper-trapezius-1')` → `l:upper-trapezius-1`. */
export const triggerPointKey = (
  side: BodySide,
  id: TriggerPointId | string,
): SidedTriggerPointKey => `${LETTER[side]}:${id}` as SidedTriggerPointKey;

/** Side and id of a well-formed key (`l:…` or `r:…` with a non-empty id), else undefined. */
export function parseTriggerPointKey(
  s: string,
): { readonly side: BodySide; readonly id: TriggerPointId } | undefined {
  const m = KEY.exec(s);
  if (!m) return undefined;
  return { side: m[1] === 'r' ? 'right' : 'left', id: asTriggerPointId(m[2] as string) };
}

/** The side a key names. */
export const keySide = (key: SidedTriggerPointKey): BodySide => (key[0] === 'r' ? 'right' : 'left');

/** The side-agnostic trigger-point id of a key. */
export const keyTriggerPoint = (key: SidedTriggerPointKey): TriggerPointId =>
  asTriggerPointId(key.slice(2));

/** The same trigger point on `side`. */
export const keyOnSide = (key: SidedTriggerPointKey, side: BodySide): SidedTriggerPointKey =>
  triggerPointKey(side, keyTriggerPoint(key));
