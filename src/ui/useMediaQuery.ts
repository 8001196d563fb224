/** Subscribes to a CSS media query (false where `matchMedia` is missing, e.g. in jsdom). */
import { useSyncExternalStore } from 'react';

export { PHONE_QUERY } from './phoneLayout';

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
  // The server snapshot too: the build renders the first paint's shells per layout with a
  // `matchMedia` of its own (scripts/lib/firstPaintShell.ts).
  return useSyncExternalStore(store.subscribe, store.matches, store.matches);
}
