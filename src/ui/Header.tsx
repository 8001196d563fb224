/** Title bar: name, the one clear disclaimer, mode and body switches, education. */
import { useAtlasStore } from '../state/store';
import { HeaderActions } from './HeaderActions';

export interface HeaderProps {
  /** Opens the dry-needling education dialog. */
  readonly onOpenEducation: () => void;
}

export function Header({ onOpenEducation }: HeaderProps): React.JSX.Element {
  const mode = useAtlasStore((s) => s.mode);
  const body = useAtlasStore((s) => s.body);
  const { setMode, setBody } = useAtlasStore.getState();
  return (
    <header className="header">
      <div className="brand">
        <h1>Referral Atlas</h1>
        <p className="disclaimer">
          Education, not diagnosis: this map shows where muscle trigger points are known to send
          pain. It cannot tell you what causes yours.
        </p>
      </div>
      <div className="header-controls">
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
        <HeaderActions />
      </div>
    </header>
  );
}
