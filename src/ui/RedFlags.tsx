/**
 * Red flags for the marked areas: calm, above the list, pointing away from muscles. The titles
 * fold into one line so the candidates stay in view; opening it lists every sign and what to do.
 */
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
      <details>
        <summary>
          <h2 id="redflags-title">When this may not be a muscle</h2>
          <span className="hint">
            {flags.length} warning sign{flags.length === 1 ? '' : 's'} for these areas — check them
            before anything else.
          </span>
        </summary>
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
      </details>
    </section>
  );
}
