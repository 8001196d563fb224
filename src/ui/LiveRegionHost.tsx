/** The empty polite live region of the page (see LiveRegion.tsx for what is announced in it). */

/** The empty live region; `hostRef` receives its element. */
export function LiveRegionHost({
  hostRef,
}: {
  readonly hostRef: (el: HTMLElement | null) => void;
}): React.JSX.Element {
  return (
    <p
      ref={hostRef}
      className="visually-hidden"
      role="status"
      aria-live="polite"
      data-testid="live-region"
    />
  );
}
