/**
 * Typo-tolerant text search over muscles, regions, symptoms and conditions.
 * "trap", "SCM", "calf", "tennis elbow", "pain behind the ear" all find something useful.
 */
import type { Atlas } from './atlas';
import type { ConditionId, MuscleId, RegionId } from './ids';
import { editDistance } from './suggest';

export type SearchHit =
  | { kind: 'muscle'; id: MuscleId; label: string; detail: string; score: number }
  | { kind: 'region'; id: RegionId; label: string; detail: string; score: number }
  | { kind: 'condition'; id: ConditionId; label: string; detail: string; score: number };

interface Entry {
  readonly hit: Omit<SearchHit, 'score'>;
  /** Searchable phrases; the first is the primary name. */
  readonly phrases: readonly string[];
}

export interface SearchIndex {
  readonly entries: readonly (Entry & { tokens: readonly string[][] })[];
}

const STOP = new Set([
  'pain',
  'ache',
  'aching',
  'my',
  'the',
  'a',
  'an',
  'in',
  'of',
  'on',
  'at',
  'and',
  'i',
  'have',
  'muscle',
  'hurts',
  'sore',
  'is',
  'it',
]);

/** Lower-case word tokens without punctuation or stop words. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !STOP.has(t));
}

function tokenScore(q: string, t: string): number {
  if (q === t) return 1;
  if (t.startsWith(q) && q.length >= 2) return 0.85;
  if (q.length >= 4 && t.length >= 4) {
    const d = editDistance(q, t.slice(0, Math.max(q.length, Math.min(t.length, q.length + 1))));
    const allowed = q.length >= 7 ? 2 : 1;
    if (d <= allowed) return 0.7 - 0.1 * d;
  }
  return 0;
}

function phraseScore(query: readonly string[], tokens: readonly string[]): number {
  if (query.length === 0 || tokens.length === 0) return 0;
  let sum = 0;
  for (const q of query) {
    let best = 0;
    for (const t of tokens) best = Math.max(best, tokenScore(q, t));
    if (best === 0) return 0;
    sum += best;
  }
  // Prefer phrases that the query covers completely ("calf" → the alias "calf").
  return sum / query.length + 0.2 * (query.length / Math.max(tokens.length, query.length));
}

export function buildSearchIndex(atlas: Atlas): SearchIndex {
  const entries: Entry[] = [];
  for (const m of atlas.muscles) {
    const symptoms = m.triggerPointIds.flatMap((id) => atlas.triggerPoints.get(id)?.symptoms ?? []);
    entries.push({
      hit: { kind: 'muscle', id: m.id, label: m.name, detail: m.latin },
      phrases: [m.name, m.latin, ...m.aliases, ...symptoms],
    });
  }
  for (const r of atlas.regions) {
    entries.push({
      hit: { kind: 'region', id: r.id, label: r.label, detail: `body area: ${r.parent}` },
      phrases: [r.label],
    });
  }
  for (const c of atlas.conditions) {
    entries.push({
      hit: { kind: 'condition', id: c.id, label: c.name, detail: c.lay },
      phrases: [c.name, c.lay],
    });
  }
  return { entries: entries.map((e) => ({ ...e, tokens: e.phrases.map(tokenize) })) };
}

const indexes = new WeakMap<Atlas, SearchIndex>();

/** The search index of an atlas, built on first use (the first query) and kept with it. */
export function searchIndexFor(atlas: Atlas): SearchIndex {
  let index = indexes.get(atlas);
  if (!index) indexes.set(atlas, (index = buildSearchIndex(atlas)));
  return index;
}

/** Best hits first; phrases matched by every query word only. */
export function search(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = tokenize(query);
  if (q.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    let best = 0;
    e.tokens.forEach((tokens, i) => {
      // The primary name counts a little more than aliases and symptoms.
      best = Math.max(best, phraseScore(q, tokens) * (i === 0 ? 1.05 : 1));
    });
    if (best > 0) hits.push({ ...e.hit, score: best } as SearchHit);
  }
  const kindOrder = { condition: 0, muscle: 1, region: 2 };
  return hits
    .sort(
      (a, b) =>
        b.score - a.score || kindOrder[a.kind] - kindOrder[b.kind] || (a.label < b.label ? -1 : 1),
    )
    .slice(0, limit);
}
