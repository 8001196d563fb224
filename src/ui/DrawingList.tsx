/** The marked areas, by name, each with an intensity and a remove button. */
import { useAtlasStore } from '../state/store';

export function DrawingList(): React.JSX.Element {
  const drawing = useAtlasStore((s) => s.drawing);
  const atlas = useAtlasStore((s) => s.atlas);
  const { removeRegion, setIntensity } = useAtlasStore.getState();
  if (drawing.length === 0) {
    return (
      <section className="panel-section" aria-labelledby="drawing-title">
        <h2 id="drawing-title">Where does it hurt?</h2>
        <p className="hint">
          Tap the body where you feel pain (turn it to reach the back), paint larger areas, or add
          areas from the list below.
        </p>
      </section>
    );
  }
  return (
    <section className="panel-section" aria-labelledby="drawing-title">
      <h2 id="drawing-title">Your marked areas ({drawing.length})</h2>
      <ul className="drawing-list" data-testid="drawing-list">
        {drawing.map((m) => (
          <li key={m.region}>
            <span className="swatch drawing" aria-hidden="true" />
            <span className="grow">{atlas?.regionById.get(m.region)?.label ?? m.region}</span>
            <label className="intensity">
              <span className="visually-hidden">
                Intensity for {atlas?.regionById.get(m.region)?.label}
              </span>
              <select
                value={m.intensity ?? ''}
                onChange={(e) =>
                  setIntensity(m.region, e.target.value ? Number(e.target.value) : undefined)
                }
              >
                <option value="">–</option>
                {Array.from({ length: 10 }, (_, i) => (
                  <option key={i + 1} value={i + 1}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </label>
            <button
              className="icon-button"
              aria-label={`Remove ${atlas?.regionById.get(m.region)?.label ?? m.region}`}
              onClick={() => removeRegion(m.region)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
