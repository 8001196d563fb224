/**
 * The printable handout: title and date, the body from the front and back with the drawing and
 * the chosen muscle's pattern, the muscle's self-check and self-care, the red flags for the drawn
 * areas, the clinician's note, the disclaimer, and the link with its QR code. Laid out for A4 and
 * US Letter portrait and readable in black and white (see handout.css).
 */
import type { ReactNode } from 'react';
import type { Atlas } from '../domain/atlas';
import type { MuscleId } from '../domain/ids';
import type { DrawingMark } from '../domain/rank';
import { redFlagsFor } from '../domain/redFlags';
import type { SidedTriggerPointKey } from '../domain/triggerPointKey';
import type { BodySnapshot, SnapshotView } from '../state/snapshot';
import { HandoutMuscle } from './HandoutMuscle';
import { HandoutQr } from './HandoutQr';

export interface HandoutSheetProps {
  readonly atlas: Atlas;
  readonly drawing: readonly DrawingMark[];
  readonly muscle?: MuscleId | undefined;
  readonly triggerPoint?: SidedTriggerPointKey | undefined;
  readonly side: 'left' | 'right';
  readonly clinician: boolean;
  /** Rendered 3D pictures; `undefined` while rendering, `null` where there is no 3D body. */
  readonly pictures: readonly BodySnapshot[] | null | undefined;
  /**
   * The 2D outline drawn where there is no WebGL. Slot for the shared 2D outline component;
   * without one, a plain box says the pictures need 3D and the areas are listed in words.
   */
  readonly outline?: ((view: SnapshotView) => ReactNode) | undefined;
  readonly note: string;
  readonly link: string;
  readonly date: Date;
}

const VIEWS: readonly SnapshotView[] = ['front', 'back'];

function Figure({
  view,
  pictures,
  outline,
}: Pick<HandoutSheetProps, 'pictures' | 'outline'> & { view: SnapshotView }): React.JSX.Element {
  const pic = pictures?.find((p) => p.view === view);
  const label = view === 'front' ? 'Front' : 'Back';
  let body: ReactNode;
  if (pic)
    body = (
      <img
        src={pic.dataUrl}
        width={pic.width}
        height={pic.height}
        alt={`The body from the ${view}`}
        data-testid={`handout-picture-${view}`}
      />
    );
  else if (pictures === undefined) body = <p className="handout-pending">Drawing the body…</p>;
  else
    body = outline?.(view) ?? (
      <p className="handout-no3d" data-testid={`handout-outline-${view}`}>
        The 3D body cannot be drawn on this device; the marked areas are listed below.
      </p>
    );
  return (
    <figure className="handout-figure">
      {body}
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function Legend(): React.JSX.Element {
  return (
    <p className="handout-legend">
      <span className="key key-essential" /> main pain zone (solid)
      <span className="key key-spill" /> occasional zone (dotted)
      <span className="key key-drawing" /> your pain (striped)
      <span className="key-cross">✕</span> trigger point
    </p>
  );
}

function areaLabel(atlas: Atlas, m: DrawingMark): string {
  const label = atlas.regionById.get(m.region)?.label ?? m.region;
  return m.intensity ? `${label} (${m.intensity}/10)` : label;
}

export function HandoutSheet(p: HandoutSheetProps): React.JSX.Element {
  const flags = redFlagsFor(p.atlas, p.drawing);
  return (
    <article className="handout" data-testid="handout" aria-label="Handout">
      <header className="handout-head">
        <div>
          <h1>Your pain map — Referral Atlas</h1>
          <p className="handout-date">
            {p.date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}
          </p>
        </div>
        <div className="handout-link">
          <HandoutQr text={p.link} sizeMm={28} />
          <p>
            Open this map again:
            <br />
            <a href={p.link} data-testid="handout-link">
              {p.link}
            </a>
          </p>
        </div>
      </header>
      <div className="handout-top">
        <div className="handout-body">
          <div className="handout-figures">
            {VIEWS.map((v) => (
              <Figure key={v} view={v} pictures={p.pictures} outline={p.outline} />
            ))}
          </div>
          <Legend />
        </div>
        <div className="handout-aside">
          {p.drawing.length > 0 && (
            <p className="handout-areas">
              <strong>Marked areas:</strong>{' '}
              {p.drawing.map((m) => areaLabel(p.atlas, m)).join(', ')}
            </p>
          )}
          {p.note.trim() !== '' && (
            <section className="handout-note">
              <h2>Note from your clinician</h2>
              <p data-testid="handout-note">{p.note}</p>
            </section>
          )}
        </div>
      </div>
      {flags.length > 0 && (
        <section className="handout-flags" data-testid="handout-flags">
          <h2>When this may not be a muscle — get checked if you have:</h2>
          <ul>
            {flags.map((f) => (
              <li key={f.id}>
                <strong>{f.title}.</strong> {f.action}
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.muscle ? (
        <HandoutMuscle
          atlas={p.atlas}
          muscle={p.muscle}
          triggerPoint={p.triggerPoint}
          side={p.side}
          clinician={p.clinician}
        />
      ) : (
        <p>No muscle was chosen.</p>
      )}
      <footer className="handout-disclaimer">
        Education, not diagnosis: this map shows where muscle trigger points are known to send pain.
        It cannot tell you what causes yours. If a warning sign above applies, or the pain is
        severe, new or getting worse, see a doctor.
      </footer>
    </article>
  );
}
