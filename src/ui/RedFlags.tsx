/**
 * Red flags for the marked areas: calm, above the answers, pointing away from muscles, and compact
 * so the first candidate stays in view. The most urgent titles are always visible (two on wide
 * screens, one on a phone); the rest sit behind one button that says how many there are and how
 * many of them are emergencies. Opening a title shows the signs and what to do.
 */
import { useId, useState } from 'react';
import { redFlagsFor } from '../domain/redFlags';
import type { RedFlagRecord, Urgency } from '../domain/schema';
import { useAtlasStore } from '../state/store';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery';

const URGENCY_LABEL: Record<Urgency, string> = {
  emergency: 'Emergency',
  'same-day': 'Today',
  soon: 'Soon',
};

/** One flag: urgency and title always visible, signs and action folded under the title. */
export function RedFlagItem({
  flag,
  idPrefix,
}: {
  flag: RedFlagRecord;
  idPrefix: string;
}): React.JSX.Element {
  return (
    <li id={`${idPrefix}${flag.id}`} className={`flag urgency-${flag.urgency}`} data-flag={flag.id}>
      <details>
        <summary>
          <span className="urgency">{URGENCY_LABEL[flag.urgency]}</span>{' '}
          <span className="flag-title">{flag.title}</span>
        </summary>
        <p>{flag.text}</p>
        <p className="action">{flag.action}</p>
      </details>
    </li>
  );
}

/** Titles always shown: two on wide screens, one on a phone (the first candidate must fit too). */
const SHOWN_WIDE = 2;
const SHOWN_PHONE = 1;

/**
 * Label of the button that shows the flags not listed yet, e.g. "8 more warning signs (3
 * emergency)", or "8 more (3 emergency)" when `short`.
 */
export function moreFlagsLabel(rest: readonly RedFlagRecord[], short = false): string {
  const emergencies = rest.filter((f) => f.urgency === 'emergency').length;
  const more = short
    ? `${rest.length} more`
    : `${rest.length} more warning sign${rest.length === 1 ? '' : 's'}`;
  return emergencies > 0 ? `${more} (${emergencies} emergency)` : more;
}

export function RedFlags(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const drawing = useAtlasStore((s) => s.drawing);
  const phone = useMediaQuery(PHONE_QUERY);
  if (!atlas || drawing.length === 0) return null;
  const flags = redFlagsFor(atlas, drawing);
  if (flags.length === 0) return null;
  return <RedFlagList flags={flags} phone={phone} />;
}

export interface RedFlagListProps {
  /** The flags, most urgent first (at least one). */
  readonly flags: readonly RedFlagRecord[];
  /** Phone layout: one title shown instead of two, a shorter button. */
  readonly phone: boolean;
}

/** The section for a list of flags (the drawing's, or the idle rehearsal's in `warmUp.tsx`). */
export function RedFlagList({ flags, phone }: RedFlagListProps): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const restId = useId();
  const shown = phone ? SHOWN_PHONE : SHOWN_WIDE;
  const top = flags.slice(0, shown);
  const rest = flags.slice(shown);
  return (
    <section
      className="panel-section red-flags"
      aria-labelledby="redflags-title"
      data-testid="red-flags"
    >
      <h2 id="redflags-title">When this may not be a muscle</h2>
      <ul className="flag-list top-flags">
        {top.map((f) => (
          <RedFlagItem key={f.id} flag={f} idPrefix="red-flag-" />
        ))}
      </ul>
      {rest.length > 0 && (
        <button
          type="button"
          className="more-flags"
          aria-expanded={open}
          aria-controls={restId}
          data-testid="more-flags"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Fewer' : moreFlagsLabel(rest, phone)}
        </button>
      )}
      {/* The folded titles are built only once asked for: a tap that changes the areas' flags
          otherwise built four to ten hidden entries (about 40 elements) in its frame. */}
      {rest.length > 0 && (
        <ul className="flag-list rest-flags" id={restId} hidden={!open}>
          {open && rest.map((f) => <RedFlagItem key={f.id} flag={f} idPrefix="red-flag-" />)}
        </ul>
      )}
    </section>
  );
}
