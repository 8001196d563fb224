/** One chosen muscle on the handout: where its trigger point is, how to check it, self-care, what to avoid. */
import type { Atlas } from '../domain/atlas';
import type { MuscleId } from '../domain/ids';
import type { TriggerPointRecord } from '../domain/schema';
import { keyTriggerPoint, type SidedTriggerPointKey } from '../domain/triggerPointKey';
import { LabelledList } from './LabelledList';

export interface HandoutMuscleProps {
  readonly atlas: Atlas;
  readonly muscle: MuscleId;
  /** Sided trigger point key (`l:…`); when absent, every trigger point of the muscle prints. */
  readonly triggerPoint?: SidedTriggerPointKey | undefined;
  readonly side: 'left' | 'right';
  readonly clinician: boolean;
}

function TriggerPointBlock({
  tp,
  clinician,
}: {
  tp: TriggerPointRecord;
  clinician: boolean;
}): React.JSX.Element {
  return (
    <div className="handout-tp">
      <h4>{tp.name}</h4>
      <p>
        <strong>Where it is:</strong> {tp.location.text}
        {clinician && ` (${tp.location.depth}; ${tp.palpation} palpation. ${tp.position})`}
      </p>
      <p data-testid="handout-selfcheck">
        <strong>Check it yourself:</strong> {tp.selfCheck}
      </p>
      <LabelledList label="Self-care:" items={tp.selfCare} />
      {tp.perpetuating.length > 0 && (
        <LabelledList label="What to avoid or ease off:" items={tp.perpetuating} />
      )}
      {clinician && (
        <p className="handout-needling">
          <strong>Needling ({tp.needling.precaution} precaution):</strong> {tp.needling.approach}
          {tp.needling.hazards.length > 0 &&
            ` Beneath: ${tp.needling.hazards.map((h) => `${h.structure} (${h.kind})`).join('; ')}.`}
        </p>
      )}
    </div>
  );
}

export function HandoutMuscle({
  atlas,
  muscle,
  triggerPoint,
  side,
  clinician,
}: HandoutMuscleProps): React.JSX.Element | null {
  const m = atlas.muscleById.get(muscle);
  if (!m) return null;
  const tps = m.triggerPointIds
    .map((id) => atlas.triggerPoints.get(id))
    .filter((t): t is NonNullable<typeof t> => !!t);
  const tpId = triggerPoint && keyTriggerPoint(triggerPoint);
  const shown = tpId ? tps.filter((t) => t.id === tpId) : tps;
  return (
    <section className="handout-muscle" data-testid="handout-muscle" data-muscle={m.id}>
      <h3>
        {m.name} <span className="handout-side">({side} side)</span>
      </h3>
      {clinician && (
        <p className="handout-latin">
          {m.latin} · {m.layer} · {m.innervation}
        </p>
      )}
      {!clinician && <p>{m.action}</p>}
      {shown.map((t) => (
        <TriggerPointBlock key={t.id} tp={t} clinician={clinician} />
      ))}
    </section>
  );
}
