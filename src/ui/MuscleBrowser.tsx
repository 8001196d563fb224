/** Every muscle by body area: browse and select without the canvas or a search term. */
import { useState } from 'react';
import type { Muscle } from '../domain/atlas';
import { useAtlasStore } from '../state/store';

const AREA_LABEL: Record<Muscle['area'], string> = {
  'head-neck': 'Head and neck',
  'shoulder-arm': 'Shoulder and arm',
  'forearm-hand': 'Forearm and hand',
  trunk: 'Trunk',
  'pelvis-hip': 'Pelvis and hip',
  'thigh-knee': 'Thigh and knee',
  'leg-foot': 'Leg and foot',
};

export function MuscleBrowser(): React.JSX.Element | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const [open, setOpen] = useState(false);
  const selected = useAtlasStore((s) => (open ? s.muscle : undefined));
  if (!atlas) return null;
  const byArea = new Map<Muscle['area'], Muscle[]>();
  for (const m of atlas.muscles) byArea.set(m.area, [...(byArea.get(m.area) ?? []), m]);
  return (
    <details
      className="panel-section muscle-browser"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Browse muscles by body area</summary>
      {open &&
        [...byArea.entries()].map(([area, muscles]) => (
          <details key={area}>
            <summary>
              {AREA_LABEL[area]} ({muscles.length})
            </summary>
            <ul>
              {[...muscles]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((m) => (
                  <li key={m.id}>
                    <button
                      className="link-button"
                      aria-pressed={selected === m.id}
                      data-browse-muscle={m.id}
                      onClick={() => useAtlasStore.getState().selectMuscle(m.id)}
                    >
                      {m.name}
                    </button>
                  </li>
                ))}
            </ul>
          </details>
        ))}
    </details>
  );
}
