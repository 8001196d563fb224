/**
 * The handout overlay: a note box for the clinician (kept only in this page, never stored or
 * sent), Print / Save as PDF, and the printable sheet. While it is open only the sheet prints.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { takeBodySnapshots, type BodySnapshot } from '../state/snapshot';
import { useAtlasStore } from '../state/store';
import { useHandoutOutline } from './HandoutOutline';
import { HandoutSheet } from './HandoutSheet';
import { shareLinkFor } from './shareLink';
import './handout.css';

/** Picture size in pixels: about 300 dpi at the printed 48 × 86 mm. */
const PICTURE = { width: 560, height: 1000 } as const;

export interface HandoutProps {
  readonly onClose: () => void;
}

/** Renders the body pictures once the scene is ready; `null` when there is no 3D body. */
function usePictures(): readonly BodySnapshot[] | null | undefined {
  const sceneReady = useAtlasStore((s) => s.sceneReady);
  const [pictures, setPictures] = useState<readonly BodySnapshot[] | null>();
  useEffect(() => {
    // Without a scene (no WebGL, or the body failed to load) the outline stands in at once.
    const noScene =
      !document.querySelector('canvas') || !!document.querySelector('.canvas-status.error');
    if (!sceneReady && !noScene) return;
    const id = requestAnimationFrame(() =>
      setPictures(takeBodySnapshots({ ...PICTURE, views: ['front', 'back'] }) ?? null),
    );
    return () => cancelAnimationFrame(id);
  }, [sceneReady]);
  return pictures;
}

export function Handout({ onClose }: HandoutProps): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const drawing = useAtlasStore((s) => s.drawing);
  const muscle = useAtlasStore((s) => s.muscle);
  const triggerPoint = useAtlasStore((s) => s.triggerPoint);
  const side = useAtlasStore((s) => s.side);
  const mode = useAtlasStore((s) => s.mode);
  const [note, setNote] = useState('');
  const [date] = useState(() => new Date());
  const pictures = usePictures();
  const outline = useHandoutOutline(pictures === null);
  useEffect(() => {
    document.body.classList.add('handout-open');
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('handout-open');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  if (!atlas) return null;
  const link = shareLinkFor(useAtlasStore.getState());
  return createPortal(
    <div
      className="handout-overlay"
      role="dialog"
      aria-modal="true"
      aria-label="Handout"
      data-ready={pictures !== undefined && outline.settled ? 'true' : 'false'}
      data-testid="handout-overlay"
    >
      <div className="handout-controls">
        <label className="handout-note-input">
          Note for the patient (printed, kept only on this page)
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            placeholder="e.g. Stretch twice a day; next visit in two weeks."
          />
        </label>
        <div className="handout-buttons">
          <button className="header-action" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button className="link-button" onClick={onClose}>
            Close handout
          </button>
        </div>
      </div>
      <HandoutSheet
        atlas={atlas}
        drawing={drawing}
        muscle={muscle}
        triggerPoint={triggerPoint}
        side={side}
        clinician={mode === 'clinician'}
        pictures={pictures}
        outline={outline.render}
        note={note}
        link={link}
        date={date}
      />
    </div>,
    document.body,
  );
}
