/**
 * Share: the system share sheet where the browser has one (Web Share API), otherwise the link is
 * copied to the clipboard; either way a short confirmation says what happened. Where even the
 * clipboard is refused, the link is shown selected so it can be copied by hand.
 */
import { useEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../state/store';
import { shareLinkFor } from './shareLink';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'shared' }
  | { kind: 'copied'; link: string }
  | { kind: 'manual'; link: string };

/** How long the confirmation stays (ms). */
const CONFIRM_MS = 4000;

async function share(link: string): Promise<Outcome> {
  const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void> };
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ title: 'Referral Atlas — pain map', url: link });
      return { kind: 'shared' };
    } catch (e) {
      // The person closed the share sheet: nothing to confirm.
      if (e instanceof DOMException && e.name === 'AbortError') return { kind: 'idle' };
    }
  }
  try {
    await navigator.clipboard.writeText(link);
    return { kind: 'copied', link };
  } catch {
    return { kind: 'manual', link };
  }
}

export function ShareButton(): React.JSX.Element {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const manualRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (outcome.kind === 'manual') manualRef.current?.select();
    if (outcome.kind !== 'shared' && outcome.kind !== 'copied') return;
    const id = setTimeout(() => setOutcome({ kind: 'idle' }), CONFIRM_MS);
    return () => clearTimeout(id);
  }, [outcome]);
  const onClick = async (): Promise<void> =>
    setOutcome(await share(shareLinkFor(useAtlasStore.getState())));
  return (
    <span className="share">
      <button className="header-action" onClick={() => void onClick()} data-testid="share">
        Share
      </button>
      {(outcome.kind === 'copied' || outcome.kind === 'shared') && (
        <span className="share-confirm" role="status" data-testid="share-confirm">
          {outcome.kind === 'copied' ? 'Link copied' : 'Shared'}
        </span>
      )}
      {outcome.kind === 'manual' && (
        <label className="share-manual">
          Copy this link:
          <input ref={manualRef} readOnly value={outcome.link} aria-label="Link to this view" />
        </label>
      )}
    </span>
  );
}
