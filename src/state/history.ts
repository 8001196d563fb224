/**
 * Browser history for the app's meaningful steps. Choosing a muscle, opening a condition (the
 * drawing replaced as a whole) and opening the education page push a history entry, so Back
 * returns to the previous step; small edits (a tap, a brush stroke, an intensity) replace the
 * current entry. Whether the education page is open travels in `history.state`, not in the link.
 */
import type { MuscleId } from '../domain/ids';
import type { DrawingMark } from '../domain/rank';
import type { SidedTriggerPointKey } from '../domain/triggerPointKey';
import type { AtlasState } from './store';

/** What decides whether a change is a step of its own. */
export interface StepSnapshot {
  readonly drawing: readonly DrawingMark[];
  readonly muscle?: MuscleId | undefined;
  readonly triggerPoint?: SidedTriggerPointKey | undefined;
  readonly educationOpen: boolean;
}

/** The `history.state` object of our entries. */
export interface HistoryEntryState {
  readonly education: boolean;
}

export const stepSnapshot = (s: AtlasState): StepSnapshot => ({
  drawing: s.drawing,
  muscle: s.muscle,
  triggerPoint: s.triggerPoint,
  educationOpen: s.educationOpen,
});

/** True when every region of `a` is in `b`. */
function within(a: readonly DrawingMark[], b: readonly DrawingMark[]): boolean {
  const ids = new Set(b.map((m) => m.region));
  return a.every((m) => ids.has(m.region));
}

/**
 * True when going from `prev` to `next` deserves its own history entry: a muscle (or another
 * trigger point) is chosen, the education page opens, or the drawing is replaced rather than
 * added to or erased from (as opening a condition does). Closing things and edits replace.
 */
export function isHistoryStep(prev: StepSnapshot, next: StepSnapshot): boolean {
  const chosen =
    next.muscle !== undefined &&
    (next.muscle !== prev.muscle || next.triggerPoint !== prev.triggerPoint);
  const educationOpened = next.educationOpen && !prev.educationOpen;
  const replaced =
    prev.drawing.length > 0 &&
    next.drawing.length > 0 &&
    !within(prev.drawing, next.drawing) &&
    !within(next.drawing, prev.drawing);
  return chosen || educationOpened || replaced;
}

/** Reads our entry state from `history.state` (anything else counts as the page without education). */
export function readEntryState(state: unknown): HistoryEntryState {
  const education =
    typeof state === 'object' && state !== null && 'education' in state
      ? state.education === true
      : false;
  return { education };
}
