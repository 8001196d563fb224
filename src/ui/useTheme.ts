/** Follows `prefers-color-scheme` into the store's `theme`, which the scene reads for its colours. */
import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';
import { useMediaQuery } from './useMediaQuery';

export function useTheme(): void {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  useEffect(() => useAtlasStore.getState().setTheme(dark ? 'dark' : 'light'), [dark]);
}
