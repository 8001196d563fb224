/**
 * Red flags: which apply to a pain drawing (those whose body areas it touches) or to a muscle
 * (those keyed to a needling hazard kind its trigger points carry), most urgent first.
 */
import type { Atlas } from './atlas';
import type { DrawingMark } from './rank';
import type { RedFlagRecord, TriggerPointRecord, Urgency } from './schema';

const URGENCY_ORDER: Record<Urgency, number> = { emergency: 0, 'same-day': 1, soon: 2 };

/** Most urgent first; within one urgency the data file's order (stable sort). */
export function bySeverity(flags: readonly RedFlagRecord[]): RedFlagRecord[] {
  return [...flags].sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency]);
}

export function redFlagsFor(atlas: Atlas, drawing: readonly DrawingMark[]): RedFlagRecord[] {
  const areas = new Set(drawing.map((m) => atlas.regionById.get(m.region)?.parent));
  return bySeverity(atlas.redFlags.filter((f) => f.areas.some((a) => areas.has(a))));
}

/** Flags keyed to a hazard kind that one of these trigger points carries (e.g. lung → pneumothorax). */
export function redFlagsForTriggerPoints(
  atlas: Atlas,
  tps: readonly TriggerPointRecord[],
): RedFlagRecord[] {
  const kinds = new Set(tps.flatMap((t) => t.needling.hazards.map((h) => h.kind)));
  return bySeverity(atlas.redFlags.filter((f) => (f.hazardKinds ?? []).some((k) => kinds.has(k))));
}

/** DOM id of a red flag's entry in the red-flag panel, for links from the muscle card. */
export const redFlagAnchor = (id: string): string => `red-flag-${id}`;
