/** Red flags that apply to a pain drawing: those whose body areas the drawing touches. */
import type { Atlas } from './atlas';
import type { DrawingMark } from './rank';
import type { RedFlagRecord } from './schema';

export function redFlagsFor(atlas: Atlas, drawing: readonly DrawingMark[]): RedFlagRecord[] {
  const areas = new Set(drawing.map((m) => atlas.regionById.get(m.region)?.parent));
  return atlas.redFlags.filter((f) => f.areas.some((a) => areas.has(a)));
}
