/** Id of the search input, for the skip link and the `/` shortcut (no import of the search box). */
export const SEARCH_ID = 'atlas-search';

/** Focuses the search box, once it is on the page. */
export function focusSearch(): void {
  document.getElementById(SEARCH_ID)?.focus();
}
