/**
 * Resolves the side-relative zone references of a trigger point record into region ids.
 * See `schema.ts` for the notation (`key`, `contra:key`, `both:key`, midline id).
 */
import { asRegionId, otherSide, sidePrefix, type BodySide, type RegionId } from './ids';

export interface RegionCatalogue {
  /** Keys that exist on both sides, e.g. `temple` for `l-temple` and `r-temple`. */
  readonly pairedKeys: ReadonlySet<string>;
  /** Full ids of midline regions, e.g. `navel`. */
  readonly midlineIds: ReadonlySet<string>;
}

export type ZoneResolution = { ok: true; regions: RegionId[] } | { ok: false; message: string };

/** Resolves one zone reference for a trigger point on `side`. */
export function resolveZoneRef(
  ref: string,
  side: BodySide,
  catalogue: RegionCatalogue,
): ZoneResolution {
  const colon = ref.indexOf(':');
  const mode = colon >= 0 ? ref.slice(0, colon) : 'same';
  const key = colon >= 0 ? ref.slice(colon + 1) : ref;
  if (mode === 'same' && catalogue.midlineIds.has(key)) {
    return { ok: true, regions: [asRegionId(key)] };
  }
  if (!catalogue.pairedKeys.has(key)) {
    const hint = catalogue.midlineIds.has(key) ? ' (a midline region takes no contra:/both:)' : '';
    return { ok: false, message: `unknown region "${key}"${hint}` };
  }
  const sides: BodySide[] =
    mode === 'both' ? ['left', 'right'] : mode === 'contra' ? [otherSide(side)] : [side];
  return { ok: true, regions: sides.map((s) => asRegionId(sidePrefix(s) + key)) };
}

/** Builds the catalogue from the region ids of the atlas. */
export function regionCatalogue(ids: readonly string[]): RegionCatalogue {
  const paired = new Set<string>();
  const midline = new Set<string>();
  for (const id of ids) {
    if (id.startsWith('l-') || id.startsWith('r-')) paired.add(id.slice(2));
    else midline.add(id);
  }
  return { pairedKeys: paired, midlineIds: midline };
}

/** Expands a list of zone references, dropping duplicates; unknown ones are skipped. */
export function resolveZone(
  refs: readonly string[],
  side: BodySide,
  catalogue: RegionCatalogue,
): RegionId[] {
  const out = new Set<RegionId>();
  for (const ref of refs) {
    const r = resolveZoneRef(ref, side, catalogue);
    if (r.ok) for (const id of r.regions) out.add(id);
  }
  return [...out];
}
