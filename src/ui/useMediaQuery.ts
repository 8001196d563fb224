/** Subscribes to a CSS media query (false where `matchMedia` is missing, e.g. in jsdom). */
import { useSyncExternalStore } from 'react';

/** Phones in portrait: the panel becomes a bottom sheet over the body. */
export const PHONE_QUERY = '(max-width: 760px)';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const mq = window.matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
    () => false,
  );
}
