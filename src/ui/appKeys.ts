/**
 * Page-wide keys: `/` focuses the search box (unless typing somewhere), Escape closes the muscle
 * card (back to the list, focus on the chosen candidate) or leaves the consult view.
 */
import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';
import { focusChosenInList } from './Panel';
import { focusSearch } from './searchId';

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function useAppKeys(consult: boolean, exitConsult: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/' && !isTyping(e.target) && !consult) {
        e.preventDefault();
        focusSearch();
        return;
      }
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      if (consult) {
        exitConsult();
        return;
      }
      const s = useAtlasStore.getState();
      if (s.panel === 'card' && s.muscle) {
        e.preventDefault();
        s.showList();
        requestAnimationFrame(focusChosenInList);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [consult, exitConsult]);
}
