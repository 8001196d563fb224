/** Dry-needling education, rendered from data/education.json. */
import { useEffect, useRef } from 'react';
import { useAtlasStore } from '../state/store';

export interface EducationProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

export function Education({ open, onClose }: EducationProps): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  if (!atlas) return null;
  return (
    <dialog ref={ref} className="education" onClose={onClose} aria-labelledby="education-title">
      <div className="card-head">
        <h2 id="education-title">Dry needling: what to know</h2>
        <button className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {atlas.education.map((s) => (
        <section key={s.id}>
          <h3>{s.title}</h3>
          {s.paragraphs.map((p) => (
            <p key={p.slice(0, 40)}>{p}</p>
          ))}
          <p className="sources">
            Sources:{' '}
            {s.sources.map((id) => atlas.sources.get(id as never)?.citation ?? id).join(' · ')}
          </p>
        </section>
      ))}
    </dialog>
  );
}
