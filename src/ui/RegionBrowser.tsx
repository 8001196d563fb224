/** Every region by body area: the keyboard and screen-reader way to mark pain. */
import { useState } from 'react';
import { useAtlasStore } from '../state/store';

export interface RegionBrowserProps {
  /** Start open (the way to mark pain when the body cannot be shown in 3D). */
  readonly defaultOpen?: boolean;
}

export function RegionBrowser({
  defaultOpen = false,
}: RegionBrowserProps): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const [open, setOpen] = useState(defaultOpen);
  // Subscribe to the drawing only while open: closed, a tap does not re-render 339 checkboxes.
  const drawing = useAtlasStore((s) => (open ? s.drawing : undefined));
  if (!atlas) return null;
  const marked = new Set((drawing ?? []).map((m) => m.region));
  return (
    <details
      className="panel-section region-browser"
      open={defaultOpen || undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Mark areas from a list</summary>
      {open &&
        [...atlas.regionsByArea.entries()].map(([area, ids]) => (
          <details key={area}>
            <summary>{area.replace('-', ' ')}</summary>
            <ul>
              {ids.map((id) => (
                <li key={id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={marked.has(id)}
                      onChange={() => useAtlasStore.getState().toggleRegion(id)}
                    />
                    {atlas.regionById.get(id)?.label}
                  </label>
                </li>
              ))}
            </ul>
          </details>
        ))}
    </details>
  );
}
