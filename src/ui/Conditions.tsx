/** Common presentations that open a ready pain drawing in one step. */
import { useAtlasStore } from '../state/store';

export function Conditions(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  if (!atlas || atlas.conditions.length === 0) return null;
  return (
    <details className="panel-section conditions">
      <summary>Start from a common problem</summary>
      <ul>
        {atlas.conditions.map((c) => (
          <li key={c.id}>
            <button
              className="link-button"
              data-condition={c.id}
              onClick={() => useAtlasStore.getState().openCondition(c.id)}
              title={c.summary}
            >
              {c.name}
            </button>
            <span className="detail"> — {c.lay}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
