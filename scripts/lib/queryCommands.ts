/** The commands of the query CLI, as pure functions of the atlas (easy to unit-test). */
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/domain/atlas';
import { asRegionId, type RegionId } from '../../src/domain/ids';
import { rank, tieGroups, type DrawingMark } from '../../src/domain/rank';
import { closest } from '../../src/domain/suggest';

export type QueryResult = { ok: true; value: unknown } | { ok: false; error: string };

function regions(atlas: Atlas): unknown {
  return atlas.regions.map((r) => ({
    id: r.id,
    label: r.label,
    side: r.side,
    parent: r.parent,
    choir: r.choir,
  }));
}

function muscles(atlas: Atlas, meshIndexPath: string | undefined): unknown {
  const withMesh = new Set<string>();
  if (meshIndexPath) {
    const index = JSON.parse(readFileSync(meshIndexPath, 'utf8')) as { muscles?: string[] };
    for (const id of index.muscles ?? []) withMesh.add(id);
  }
  return atlas.muscles.map((m) => ({
    id: m.id,
    name: m.name,
    aliases: m.aliases,
    layer: m.layer,
    area: m.area,
    triggerPoints: m.triggerPointIds,
    hasMesh: withMesh.has(m.id),
  }));
}

/** Parses `l-temple` or `l-temple:7` (intensity 1–10). */
export function parseMarks(
  atlas: Atlas,
  args: readonly string[],
): { marks: DrawingMark[] } | { error: string } {
  const marks: DrawingMark[] = [];
  const ids = atlas.regions.map((r) => r.id as string);
  for (const arg of args) {
    const [id = '', level] = arg.split(':');
    if (!atlas.regionById.has(asRegionId(id))) {
      return { error: `unknown region "${id}". Did you mean: ${closest(id, ids).join(', ')}?` };
    }
    const intensity = level === undefined ? undefined : Number(level);
    if (
      intensity !== undefined &&
      !(Number.isInteger(intensity) && intensity >= 1 && intensity <= 10)
    ) {
      return { error: `intensity for "${id}" must be an integer 1-10, got "${level ?? ''}"` };
    }
    marks.push({ region: id as RegionId, intensity });
  }
  return { marks };
}

function rankCommand(atlas: Atlas, args: readonly string[]): QueryResult {
  if (args.length === 0)
    return { ok: false, error: 'rank needs at least one region id (see: query regions)' };
  const parsed = parseMarks(atlas, args);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const result = rank(atlas.sidedTriggerPoints, parsed.marks, undefined, atlas.commonness);
  const round = (x: number): number => Math.round(x * 100) / 100;
  const groups = tieGroups(result.candidates);
  const row = (c: (typeof result.candidates)[number], i: number): unknown => ({
    triggerPoint: c.triggerPoint,
    muscle: c.muscle,
    side: c.side,
    score: round(c.score),
    coverage: round(c.coverage),
    commonness: round(c.commonness),
    ...(i >= 0 ? { tiedWith: groups[i] === i ? undefined : groups[i] } : {}),
    essentialMatches: c.essentialMatches,
    spilloverMatches: c.spilloverMatches,
  });
  return {
    ok: true,
    value: {
      drawing: parsed.marks,
      candidates: result.candidates.map(row),
      explainingSet: result.explainingSet.map((c) => row(c, -1)),
      unexplained: result.unexplained,
    },
  };
}

export function runQuery(
  atlas: Atlas,
  args: readonly string[],
  meshIndexPath?: string,
): QueryResult {
  const [command, ...rest] = args;
  switch (command) {
    case 'regions':
      return { ok: true, value: regions(atlas) };
    case 'muscles':
      return { ok: true, value: muscles(atlas, meshIndexPath) };
    case 'rank':
      return rankCommand(atlas, rest);
    default:
      return {
        ok: false,
        error: `unknown command "${command ?? ''}". Did you mean: ${closest(command ?? '', ['regions', 'muscles', 'rank']).join(', ')}? (--help for usage)`,
      };
  }
}
