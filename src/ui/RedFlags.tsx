/**
 * Red flags for the marked areas: calm, above the list, pointing away from muscles. Every flag's
 * title stays visible (most urgent first) so nobody has to open anything to see it; opening a
 * title shows the signs and what to do.
 */
import { redFlagsFor } from '../domain/redFlags';
import type { RedFlagRecord, Urgency } from '../domain/schema';
import { useAtlasStore } from '../state/store';

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

export function RedFlags(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const drawing = useAtlasStore((s) => s.drawing);
  if (!atlas || drawing.length === 0) return null;
  const flags = redFlagsFor(atlas, drawing);
  if (flags.length === 0) return null;
  return (
    <section
      className="panel-section red-flags"
      aria-labelledby="redflags-title"
      data-testid="red-flags"
    >
      <h2 id="redflags-title">When this may not be a muscle</h2>
      <p className="hint">
        {flags.length} warning sign{flags.length === 1 ? '' : 's'} for these areas, most urgent
        first — check them before anything else. Tap one to read the signs and what to do.
      </p>
      <ul className="flag-list">
        {flags.map((f) => (
          <RedFlagItem key={f.id} flag={f} idPrefix="red-flag-" />
        ))}
      </ul>
    </section>
  );
}
