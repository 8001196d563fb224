/** Red flags for the marked areas: calm, above the list, pointing away from muscles. */
import { redFlagsFor } from '../domain/redFlags';
import { useAtlasStore } from '../state/store';

export function RedFlags(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const drawing = useAtlasStore((s) => s.drawing);
  if (!atlas || drawing.length === 0) return null;
  const flags = redFlagsFor(atlas, drawing);
  if (flags.length === 0) return null;
  return (
    <section
      className="panel-section red-flags"
      aria-labelledby="redflags-title"
      data-testid="red-flags"
    >
      <h2 id="redflags-title">When this may not be a muscle</h2>
      <p className="hint">
        Pain in these areas is usually harmless, but get medical help if any of these apply:
      </p>
      <ul>
        {flags.map((f) => (
          <li key={f.id}>
            <details>
              <summary>{f.title}</summary>
              <p>{f.text}</p>
              <p className="action">{f.action}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
