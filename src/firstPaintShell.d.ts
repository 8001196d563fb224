/** The app's first render as static markup, per layout (`scripts/lib/firstPaintShell.ts`). */
declare module 'virtual:first-paint-shell' {
  const shells: {
    /** Wider layouts (panel beside the body); empty in development builds. */
    readonly desktop: string;
    /** Phones (`PHONE_QUERY`: the bottom sheet); empty in development builds. */
    readonly phone: string;
  };
  export default shells;
}
