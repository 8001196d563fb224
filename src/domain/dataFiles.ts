/**
 * Data files and which collection each holds, without the schema library, so the browser can
 * index a bundle that the build has already validated (see `loadBundle`).
 */
import type { Atlas } from './atlas';
import { buildAtlas, checkReferences, type ParsedData } from './references';
import { formatProblem } from './problems';

/** One data file as read from disk or bundled by Vite: path relative to the project root. */
export interface DataFile {
  readonly path: string;
  readonly json: unknown;
}

/** The collections of the dataset. */
export type Kind =
  | 'regions'
  | 'choir'
  | 'landmarks'
  | 'sources'
  | 'muscles'
  | 'conditions'
  | 'redFlags'
  | 'education'
  | 'guides'
  | 'prevalence';

/** Top-level array key of each collection's file. */
export const COLLECTION_KEY: Record<Kind, string> = {
  regions: 'regions',
  choir: 'segments',
  landmarks: 'landmarks',
  sources: 'sources',
  muscles: 'muscles',
  conditions: 'conditions',
  redFlags: 'redFlags',
  education: 'sections',
  guides: 'guides',
  prevalence: 'prevalence',
};

/** Which collection a data file holds, from its path; `undefined` for files we do not read. */
export function kindOfPath(path: string): Kind | undefined {
  const p = path.replace(/\\/g, '/');
  if (p.endsWith('.schema.json')) return undefined;
  if (/\/muscles\/[^/]+\.json$/.test(p)) return 'muscles';
  if (/\/sources\/[^/]+\.json$/.test(p)) return 'sources';
  const base = p.slice(p.lastIndexOf('/') + 1);
  const byName: Record<string, Kind> = {
    'regions.json': 'regions',
    'choir.json': 'choir',
    'landmarks.json': 'landmarks',
    'conditions.json': 'conditions',
    'redflags.json': 'redFlags',
    'education.json': 'education',
    'guides.json': 'guides',
    'prevalence.json': 'prevalence',
  };
  return byName[base];
}

/** One empty row list per collection. */
export function emptyCollections(): Record<Kind, { file: string; record: unknown }[]> {
  const kinds = Object.keys(COLLECTION_KEY) as Kind[];
  return Object.fromEntries(kinds.map((k) => [k, []])) as unknown as Record<
    Kind,
    { file: string; record: unknown }[]
  >;
}

/**
 * Indexes a dataset bundle produced by the build (`generated/dataset.json`), which only ever
 * contains data that passed `validateDataset`. The records' shapes are trusted; cross-references
 * are still checked (cheap) so a stale or hand-edited bundle fails loudly instead of misleading.
 */
export function loadBundle(files: readonly DataFile[]): Atlas {
  const data = emptyCollections();
  for (const f of files) {
    const kind = kindOfPath(f.path);
    if (!kind) continue;
    const list = (f.json as Record<string, unknown>)[COLLECTION_KEY[kind]];
    if (Array.isArray(list)) for (const record of list) data[kind].push({ file: f.path, record });
  }
  const parsed = data as unknown as ParsedData;
  const problems = checkReferences(parsed);
  if (problems.length > 0) throw new Error(problems.slice(0, 5).map(formatProblem).join('\n'));
  return buildAtlas(parsed);
}
