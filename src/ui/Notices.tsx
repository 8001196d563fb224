/** Non-blocking notices (e.g. a damaged share link), dismissible. */
import { useAtlasStore } from '../state/store';

export function Notices(): React.JSX.Element | null {
  const notices = useAtlasStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {notices.map((n, i) => (
        <p key={`${i}:${n}`} className="notice">
          {n}
          <button
            className="icon-button"
            aria-label="Dismiss notice"
            onClick={() => useAtlasStore.getState().dismissNotice(i)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
