/** Subscribes to a CSS media query (false where `matchMedia` is missing, e.g. in jsdom). */
import { useSyncExternalStore } from 'react';

/** Phones in portrait: the panel becomes a bottom sheet over the body. */
export const PHONE_QUERY = '(max-width: 760px)';

interface QueryStore {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly matches: () => boolean;
}

/**
 * One MediaQueryList per query, made once: `matchMedia` parses the query and registers a new list
 * on every call (~1 ms the first time on a slow machine), and a subscribe function that changes on
 * every render made React unsubscribe and subscribe again each time.
 */
const stores = new Map<string, QueryStore>();

function queryStore(query: string): QueryStore {
  const known = stores.get(query);
  if (known) return known;
  const mq = typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined;
  const store: QueryStore = {
    subscribe: (onChange) => {
      mq?.addEventListener('change', onChange);
      return () => mq?.removeEventListener('change', onChange);
    },
    matches: () => mq?.matches ?? false,
  };
  stores.set(query, store);
  return store;
}

export function useMediaQuery(query: string): boolean {
  const store = queryStore(query);
  return useSyncExternalStore(store.subscribe, store.matches, () => false);
}
