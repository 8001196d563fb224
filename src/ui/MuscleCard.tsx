/** The selected muscle: where it is, its trigger points, how to check and care, needling notes, sources. */
import { useEffect, useState } from 'react';
import type { Atlas, Muscle } from '../domain/atlas';
import type { BodySide } from '../domain/ids';
import type { TriggerPointRecord } from '../domain/schema';
import type { Mode } from '../domain/urlState';
import {
  keySide,
  keyTriggerPoint,
  triggerPointKey,
  type SidedTriggerPointKey,
} from '../domain/triggerPointKey';
import { afterNextPaint } from '../state/browser';
import { useAtlasStore } from '../state/store';
import { FlagSymptoms, MuscleWarnings, NonPainNote, muscleFlags } from './MuscleWarnings';
import { BeneathPanel } from './BeneathPanel';
import { LabelledList } from './LabelledList';

const PRECAUTION = { low: 'Low', moderate: 'Moderate', high: 'High' } as const;

function TriggerPointDetails({
  tp,
  clinician,
  atlas,
}: {
  tp: TriggerPointRecord;
  clinician: boolean;
  atlas: Atlas;
}): React.JSX.Element {
  return (
    <div className="tp-details">
      <h3>{tp.name}</h3>
      <NonPainNote tp={tp} />
      {clinician && (
        <p>
          <strong>Where:</strong> {tp.location.text} ({tp.location.depth}; {tp.palpation} palpation.{' '}
          {tp.position})
        </p>
      )}
      <p>
        <strong>Check it yourself:</strong> {tp.selfCheck}
      </p>
      <LabelledList label="Self-care:" items={tp.selfCare} />
      {tp.symptoms.length > 0 && (
        <p>
          <strong>Can also cause:</strong> {tp.symptoms.join('; ')}.
        </p>
      )}
      <FlagSymptoms tp={tp} atlas={atlas} clinician={clinician} />
      {tp.perpetuating.length > 0 && (
        <p>
          <strong>Often kept going by:</strong> {tp.perpetuating.join('; ')}.
        </p>
      )}
      {clinician && (
        <div className={`needling precaution-${tp.needling.precaution}`}>
          <p>
            <strong>Needling ({PRECAUTION[tp.needling.precaution]} precaution):</strong>{' '}
            {tp.needling.approach}
          </p>
          {tp.needling.hazards.length > 0 && (
            <ul className="hazards">
              {tp.needling.hazards.map((h) => (
                <li key={h.structure}>
                  <span className={`hazard hazard-${h.kind}`}>{h.kind}</span> {h.structure}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {tp.disagreement && (
        <p className="disagreement">
          <strong>Note:</strong> {tp.disagreement}
        </p>
      )}
      <p className="sources">
        Sources: {tp.sources.map((s) => atlas.sources.get(s as never)?.citation ?? s).join(' · ')}
      </p>
    </div>
  );
}

interface DetailsProps {
  readonly shown: readonly TriggerPointRecord[];
  readonly all: readonly TriggerPointRecord[];
  readonly clinician: boolean;
  readonly atlas: Atlas;
}

/**
 * The trigger points' details and the muscle's warnings, rendered in the idle time right after
 * the frame that shows the choice (`afterNextPaint`): the pattern on the body and the card's head
 * come first, and choosing a muscle stays within a frame's budget. (A deferred React render ran
 * in a task queued by the click, sometimes inside that frame's time.) Keyed by the choice, so each
 * new choice defers them again. Nothing is dropped: they follow within 100 ms.
 */
function DeferredDetails({ shown, all, clinician, atlas }: DetailsProps): React.JSX.Element {
  const [ready, setReady] = useState(false);
  useEffect(() => afterNextPaint(() => setReady(true)), []);
  if (!ready) return <div className="tp-details-pending" />;
  return (
    <>
      {shown.map((t) => (
        <TriggerPointDetails key={t.id} tp={t} clinician={clinician} atlas={atlas} />
      ))}
      <MuscleWarnings flags={muscleFlags(atlas, shown, all)} />
    </>
  );
}

export function MuscleCard(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const muscleId = useAtlasStore((s) => s.muscle);
  const tpKey = useAtlasStore((s) => s.triggerPoint);
  const mode = useAtlasStore((s) => s.mode);
  const side = useAtlasStore((s) => s.side);
  const muscle = muscleId ? atlas?.muscleById.get(muscleId) : undefined;
  if (!atlas || !muscle) return null;
  return <MuscleCardView atlas={atlas} muscle={muscle} tpKey={tpKey} mode={mode} side={side} />;
}

export interface MuscleCardViewProps {
  readonly atlas: Atlas;
  readonly muscle: Muscle;
  /** The chosen trigger point, or undefined for all of the muscle's. */
  readonly tpKey: SidedTriggerPointKey | undefined;
  readonly mode: Mode;
  /** Side whose pattern is shown. */
  readonly side: BodySide;
}

/** The card for a muscle (the store's choice, or the idle rehearsal's sample in `warmUp.tsx`). */
export function MuscleCardView({
  atlas,
  muscle,
  tpKey,
  mode,
  side,
}: MuscleCardViewProps): React.JSX.Element {
  const tpId = tpKey && keyTriggerPoint(tpKey);
  const tps = muscle.triggerPointIds
    .map((id) => atlas.triggerPoints.get(id))
    .filter((t): t is NonNullable<typeof t> => !!t);
  const shown = tpId ? tps.filter((t) => t.id === tpId) : tps;
  const clinician = mode === 'clinician';
  return (
    <section
      className="panel-section muscle-card"
      aria-labelledby="muscle-title"
      data-testid="muscle-card"
    >
      <div className="card-head">
        <h2 id="muscle-title" tabIndex={-1}>
          {muscle.name}
          {tpKey && <span className="side-tag">{keySide(tpKey)}</span>}
        </h2>
        <button
          className="icon-button"
          aria-label="Close muscle details"
          onClick={() => useAtlasStore.getState().selectMuscle(undefined)}
        >
          ×
        </button>
      </div>
      {clinician && (
        <p className="latin">
          {muscle.latin} · {muscle.layer} · {muscle.innervation}
        </p>
      )}
      <p className="legend">
        <span className="swatch essential" /> main pain zone <span className="swatch spillover" />{' '}
        occasional (spillover) zone <span className="swatch drawing" /> your pain{' '}
        <span aria-hidden="true">✕</span> trigger point
      </p>
      {clinician && (
        <>
          <p>
            <strong>Attaches:</strong> {muscle.origin.text} → {muscle.insertion.text}
          </p>
          <p>
            <strong>What it does:</strong> {muscle.action}
          </p>
        </>
      )}
      <div className="segmented" role="group" aria-label="Side shown">
        <button
          aria-pressed={side === 'left'}
          onClick={() => useAtlasStore.getState().setSide('left')}
        >
          Left side
        </button>
        <button
          aria-pressed={side === 'right'}
          onClick={() => useAtlasStore.getState().setSide('right')}
        >
          Right side
        </button>
      </div>
      {tps.length > 1 && (
        <div className="segmented tp-tabs" role="group" aria-label="Trigger points">
          <button
            aria-pressed={!tpId}
            onClick={() => useAtlasStore.getState().selectMuscle(muscle.id)}
          >
            All
          </button>
          {tps.map((t, i) => (
            <button
              key={t.id}
              aria-pressed={tpId === t.id}
              onClick={() =>
                useAtlasStore.getState().selectMuscle(muscle.id, triggerPointKey(side, t.id))
              }
            >
              TrP {i + 1}
            </button>
          ))}
        </div>
      )}
      <DeferredDetails
        key={`${muscle.id}|${tpKey ?? ''}`}
        shown={shown}
        all={tps}
        clinician={clinician}
        atlas={atlas}
      />
      {clinician && tpKey && <BeneathToggle />}
    </section>
  );
}

/** Opens the "what lies beneath" view of the selected trigger point (clinician mode). */
function BeneathToggle(): React.JSX.Element {
  const open = useAtlasStore((s) => s.beneath);
  return (
    <>
      <button
        className="beneath-toggle"
        aria-pressed={open}
        onClick={() => useAtlasStore.getState().setBeneath(!open)}
      >
        What lies beneath
      </button>
      {open && <BeneathPanel />}
    </>
  );
}
