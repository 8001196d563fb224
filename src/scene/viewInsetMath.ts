/** How much of the canvas the phone's bottom sheet takes from the camera's frame (`ViewInset.tsx`). */

/** Most of the canvas height the inset may take, so a full-height sheet does not shrink the body to nothing. */
const MAX_INSET_FRACTION = 0.6;

/** The inset actually applied for a canvas height, in CSS px. */
export function appliedInset(insetPx: number, heightPx: number): number {
  return Math.max(0, Math.min(insetPx, heightPx * MAX_INSET_FRACTION));
}
