/**
 * The phone layout's numbers, without React: read by the bottom sheet (`BottomSheet.tsx`) and by
 * the first paint before the app (`src/firstPaint.ts`), which frames the body above the sheet
 * exactly as the 3D view will.
 */

/** Phones in portrait: the panel becomes a bottom sheet over the body. */
export const PHONE_QUERY = '(max-width: 760px)';

/**
 * Peek height in CSS px: the handle row, the search box and the first lines below it; with pain
 * marked, the warning signs and the first candidate in place of the search box.
 */
const PEEK_PX = 226;

export type SheetState = 'peek' | 'half' | 'full';

/** Sheet heights in CSS px for a layout of height `h`. */
export function sheetHeights(h: number): Record<SheetState, number> {
  return {
    peek: Math.min(PEEK_PX, h * 0.4),
    half: Math.round(h * 0.5),
    full: Math.max(Math.round(h * 0.5), h - 8),
  };
}

/** CSS px of the canvas the sheet in `state` covers, for a layout `h` px high (0 before layout). */
export function sheetInset(state: SheetState, h: number): number {
  if (!(h > 0)) return 0;
  const heights = sheetHeights(h);
  return Math.min(heights[state], heights.half);
}
