/**
 * Arrow-key movement between the buttons of a list (candidates, search results): ArrowDown/Up
 * move the focus to the next/previous button, Home/End to the first/last. Tab still leaves the list.
 */
import type { KeyboardEvent } from 'react';

/** Buttons of the list that can take the focus, in document order. */
const buttonsOf = (list: HTMLElement, selector: string): HTMLElement[] =>
  [...list.querySelectorAll<HTMLElement>(selector)].filter((b) => !b.hasAttribute('disabled'));

/** Key handler for a list element; `selector` picks its focusable items (default: buttons). */
export function moveFocusWithArrows(e: KeyboardEvent<HTMLElement>, selector = 'button'): void {
  const items = buttonsOf(e.currentTarget, selector);
  const i = items.indexOf(document.activeElement as HTMLElement);
  const next =
    e.key === 'ArrowDown'
      ? Math.min(items.length - 1, i + 1)
      : e.key === 'ArrowUp'
        ? Math.max(0, i - 1)
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? items.length - 1
            : -1;
  if (next < 0 || !items[next]) return;
  e.preventDefault();
  items[next].focus();
}
