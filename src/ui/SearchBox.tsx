/** Search muscles, body areas, symptoms and conditions, tolerant of typos and lay words. */
import { useId, useMemo, useState } from 'react';
import { search, searchIndexFor, type SearchHit } from '../domain/search';
import { useAtlasStore } from '../state/store';
import { SEARCH_ID } from './searchId';

/** The first candidate button of the list (ArrowDown from an empty search box goes there). */
const firstCandidate = (): HTMLElement | null =>
  document.querySelector<HTMLElement>('[data-testid="candidates"] button[data-muscle]');

const KIND_LABEL = { muscle: 'Muscle', region: 'Area', condition: 'Condition' } as const;

function choose(hit: SearchHit): void {
  const s = useAtlasStore.getState();
  if (hit.kind === 'muscle') s.selectMuscle(hit.id);
  else if (hit.kind === 'condition') s.openCondition(hit.id);
  else if (!s.drawing.some((m) => m.region === hit.id)) s.toggleRegion(hit.id);
}

export function SearchBox(): React.JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(
    () => (atlas && query.trim() ? search(searchIndexFor(atlas), query, 8) : []),
    [atlas, query],
  );
  const pick = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    choose(hit);
    setQuery('');
  };
  return (
    <div className="search">
      <input
        id={SEARCH_ID}
        type="search"
        placeholder="Search: “SCM”, “tennis elbow”, “behind the ear”…"
        aria-label="Search muscles, body areas, symptoms and conditions"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length > 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && hits.length === 0) {
            // From an empty search, the arrow goes on to the candidates.
            const first = firstCandidate();
            if (!first) return;
            first.focus();
          } else if (e.key === 'ArrowDown') setActive((i) => Math.min(hits.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter') pick(hits[active]);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {hits.length > 0 && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Search results">
          {hits.map((h, i) => (
            <li
              key={`${h.kind}:${h.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(h)}
            >
              <span className={`kind kind-${h.kind}`}>{KIND_LABEL[h.kind]}</span> {h.label}
              <span className="detail">{h.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
