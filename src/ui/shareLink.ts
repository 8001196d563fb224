/** The share link of the current view: this page's address with the state's hash. */
import { encodeUrlState } from '../domain/urlState';
import { selectUrlState, type AtlasState } from '../state/store';

/** Page address without its hash, e.g. `https://host/atlas/`. */
export function pageAddress(loc: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  return `${loc.origin}${loc.pathname}${loc.search}`;
}

/** The link that reopens this drawing, muscle, side, layer, isolate and camera view. */
export function shareLinkFor(
  state: AtlasState,
  loc: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location,
): string {
  return pageAddress(loc) + encodeUrlState(selectUrlState(state));
}
