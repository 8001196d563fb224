/**
 * Title bar: name, the one clear disclaimer, mode and body switches, education, consult view.
 * On phones (and short landscape screens) it is one compact row: the short disclaimer stays, the
 * switches fold behind a "Menu" button.
 */
import { useId, useRef, useState } from 'react';
import { useAtlasStore } from '../state/store';
import { HeaderActions } from './HeaderActions';

export interface HeaderProps {
  /** Opens the dry-needling education dialog. */
  readonly onOpenEducation: () => void;
  /** Opens the consult view (body large, for a screen turned to the patient). */
  readonly onOpenConsult?: () => void;
}

export function Header({ onOpenEducation, onOpenConsult }: HeaderProps): React.JSX.Element {
  const [menuOpen, setMenuOpen] = useState(false);
  const controlsId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const mode = useAtlasStore((s) => s.mode);
  const body = useAtlasStore((s) => s.body);
  const { setMode, setBody } = useAtlasStore.getState();
  return (
    <header
      className="header"
      onKeyDown={(e) => {
        // Escape folds the phone menu away and returns to its button.
        if (e.key !== 'Escape' || !menuOpen) return;
        e.preventDefault();
        setMenuOpen(false);
        menuButton.current?.focus();
      }}
    >
      <div className="brand">
        <h1>Referral Atlas</h1>
        <p className="disclaimer">
          <strong>Education, not diagnosis</strong>
          <span className="disclaimer-more">
            : this map shows where muscle trigger points are known to send pain. It cannot tell you
            what causes yours.
          </span>
        </p>
      </div>
      <button
        ref={menuButton}
        className="menu-button"
        aria-expanded={menuOpen}
        aria-controls={controlsId}
        onClick={() => setMenuOpen((o) => !o)}
      >
        Menu
      </button>
      <div className={`header-controls${menuOpen ? ' open' : ''}`} id={controlsId}>
        <div className="segmented" role="group" aria-label="Wording">
          <button aria-pressed={mode === 'patient'} onClick={() => setMode('patient')}>
            Patient
          </button>
          <button aria-pressed={mode === 'clinician'} onClick={() => setMode('clinician')}>
            Clinician
          </button>
        </div>
        <div className="segmented" role="group" aria-label="Body shape">
          <button aria-pressed={body === 'female'} onClick={() => setBody('female')}>
            Female
          </button>
          <button aria-pressed={body === 'male'} onClick={() => setBody('male')}>
            Male
          </button>
        </div>
        <button className="link-button" onClick={onOpenEducation}>
          About dry needling
        </button>
        {onOpenConsult && (
          <button className="consult-button" onClick={onOpenConsult}>
            Consult view
          </button>
        )}
        <HeaderActions />
      </div>
    </header>
  );
}
