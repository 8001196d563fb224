/**
 * The header's take-home actions: Share (link) and Handout (print / PDF). Ctrl+P (⌘P) opens the
 * handout first, so printing never reproduces the screen; with the handout open it prints.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ShareButton } from './ShareButton';

/** The handout and its QR encoder load on first use, outside the start-up bundle. */
const Handout = lazy(() => import('./Handout').then((m) => ({ default: m.Handout })));

export function HeaderActions(): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    if (open) return;
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="header-actions">
      <ShareButton />
      <button className="header-action" onClick={() => setOpen(true)} data-testid="open-handout">
        Handout
      </button>
      {open && (
        <Suspense fallback={null}>
          <Handout onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
