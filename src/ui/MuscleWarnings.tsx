/**
 * The muscle card's safety parts: symptoms that are red-flag signs (each linked to its flag),
 * the non-pain note, and the warning signs that belong to the muscle (its linked flags and the
 * flags keyed to its needling hazards, such as a punctured lung after needling near the chest).
 */
import type { Atlas } from '../domain/atlas';
import { bySeverity, redFlagsForTriggerPoints } from '../domain/redFlags';
import type { RedFlagRecord, TriggerPointRecord } from '../domain/schema';
import { RedFlagItem } from './RedFlags';

const CARD_PREFIX = 'card-flag-';

/** Opens a flag in the card's warning list and brings it into view. */
function openCardFlag(id: string): void {
  const item = document.getElementById(`${CARD_PREFIX}${id}`);
  const details = item?.querySelector('details');
  if (details) details.open = true;
  item?.scrollIntoView?.({ block: 'nearest' });
}

/** Symptoms of one trigger point that are red-flag signs, in patient or clinician wording. */
export function FlagSymptoms({
  tp,
  atlas,
  clinician,
}: {
  tp: TriggerPointRecord;
  atlas: Atlas;
  clinician: boolean;
}): React.JSX.Element | null {
  const links = tp.redFlagSymptoms ?? [];
  if (links.length === 0) return null;
  const byId = new Map(atlas.redFlags.map((f) => [f.id, f]));
  return (
    <div className="flag-symptoms" data-testid="flag-symptoms">
      <strong>
        {clinician
          ? 'Red-flag signs — if new or progressive, screen and refer:'
          : 'Warning signs — if new or getting worse → see a doctor:'}
      </strong>
      <ul>
        {links.map((s) => (
          <li key={s.text}>
            {s.text} →{' '}
            <button type="button" className="flag-link" onClick={() => openCardFlag(s.redFlag)}>
              {byId.get(s.redFlag)?.title ?? s.redFlag}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The note on a record that is not a pain pattern (kept out of the ranking). */
export function NonPainNote({ tp }: { tp: TriggerPointRecord }): React.JSX.Element | null {
  if (tp.nonPain === undefined) return null;
  return (
    <p className="non-pain-note" data-testid="non-pain-note">
      <strong>Clinician note:</strong> {tp.nonPain}
    </p>
  );
}

/** Flags linked from the shown trigger points or keyed to the muscle's needling hazards. */
export function muscleFlags(
  atlas: Atlas,
  shown: readonly TriggerPointRecord[],
  all: readonly TriggerPointRecord[],
): RedFlagRecord[] {
  const linked = new Set(shown.flatMap((t) => (t.redFlagSymptoms ?? []).map((s) => s.redFlag)));
  const hazard = new Set(redFlagsForTriggerPoints(atlas, all).map((f) => f.id));
  return bySeverity(atlas.redFlags.filter((f) => linked.has(f.id) || hazard.has(f.id)));
}

export function MuscleWarnings({
  flags,
}: {
  flags: readonly RedFlagRecord[];
}): React.JSX.Element | null {
  if (flags.length === 0) return null;
  return (
    <section className="red-flags card-flags" aria-label="Warning signs" data-testid="card-flags">
      <h3>Warning signs for this muscle</h3>
      <ul className="flag-list">
        {flags.map((f) => (
          <RedFlagItem key={f.id} flag={f} idPrefix={CARD_PREFIX} />
        ))}
      </ul>
    </section>
  );
}
