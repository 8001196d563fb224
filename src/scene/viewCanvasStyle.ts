/**
 * How the 3D view holds its canvas: a wrapper filling the view's slot, the canvas filling the
 * wrapper. Shared by the 3D view (`LeanCanvas.tsx`) and the first paint before the app
 * (`src/firstPaint.ts`), so the canvas the view adopts keeps its box. No three.js or React here.
 */

/** The wrapper around the canvas (CSS properties, camelCase). */
export const VIEW_WRAP_STYLE = {
  position: 'relative',
  width: '100%',
  height: '100%',
  overflow: 'hidden',
} as const;

/** The canvas inside the wrapper. */
export const VIEW_CANVAS_STYLE = { display: 'block', width: '100%', height: '100%' } as const;
