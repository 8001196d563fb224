/**
 * The reference's pain guides (`data/guides.json`) and published prevalence of active trigger
 * points (`data/prevalence.json`): cross-reference checks, and the per-region "how common is this
 * muscle as the cause here" index the ranking uses as its prior (see `rank.ts`).
 */
import { asMuscleId, asRegionId, type MuscleId, type RegionId } from './ids';
import type { Problem } from './problems';
import type { CoarseArea, GuideRecord, PrevalenceRecord } from './schema';
import { resolveZone, resolveZoneRef, type RegionCatalogue } from './zones';

/** A guide panel with its regions resolved on the left side (right: mirror). */
export interface Guide extends Omit<GuideRecord, 'muscles'> {
  readonly muscles: readonly { readonly muscles: readonly MuscleId[]; readonly group?: string }[];
  /** The panel's regions on the left side of the body (midline regions as they are). */
  readonly leftRegions: readonly RegionId[];
}

/**
 * How common each muscle is as the source of pain in a region, 0…1, for every region that any
 * guide or prevalence figure speaks of. Absent: nothing published for that muscle there.
 */
export type CommonnessIndex = ReadonlyMap<RegionId, ReadonlyMap<MuscleId, number>>;

/**
 * Weight of the muscle at `position` (0 = listed first) in a guide list: 1, ½, ⅓, ¼ … The
 * guides order muscles by how often they are the cause; they give no numbers, so the weight
 * only keeps that order and fades with it.
 */
export const listWeight = (position: number): number => 1 / (1 + position);

/** Weight of a published prevalence: the middle of the range, as a share (0…1). */
export const prevalenceWeight = (p: PrevalenceRecord): number =>
  (p.percent[0] + p.percent[1]) / 200;

/** A muscle counts as a "common cause here" from this commonness on (the first two listed). */
export const COMMON_FROM = listWeight(1);

interface CheckCtx {
  readonly problems: Problem[];
  readonly catalogue: RegionCatalogue;
  readonly muscles: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

const push = (ctx: CheckCtx, file: string, record: string, field: string, message: string) =>
  ctx.problems.push({ file, record, field, message });

/** Checks that every guide's regions, muscles and sources exist. */
export function checkGuide(ctx: CheckCtx, file: string, g: GuideRecord): void {
  g.regions.forEach((ref, i) => {
    const r = resolveZoneRef(ref, 'left', ctx.catalogue);
    if (!r.ok) push(ctx, file, g.id, `regions.${i}`, r.message);
  });
  g.muscles.forEach((e, i) =>
    e.muscles.forEach((m, j) => {
      if (!ctx.muscles.has(m))
        push(ctx, file, g.id, `muscles.${i}.muscles.${j}`, `unknown muscle "${m}"`);
    }),
  );
  g.sources.forEach((s, i) => {
    if (!ctx.sources.has(s)) push(ctx, file, g.id, `sources.${i}`, `unknown source "${s}"`);
  });
}

/** Checks that every prevalence figure names an existing muscle and source. */
export function checkPrevalence(ctx: CheckCtx, file: string, p: PrevalenceRecord): void {
  if (!ctx.muscles.has(p.muscle)) push(ctx, file, p.id, 'muscle', `unknown muscle "${p.muscle}"`);
  p.sources.forEach((s, i) => {
    if (!ctx.sources.has(s)) push(ctx, file, p.id, `sources.${i}`, `unknown source "${s}"`);
  });
}

/** Resolves the guides' region keys and brands their muscle ids. */
export function buildGuides(records: readonly GuideRecord[], catalogue: RegionCatalogue): Guide[] {
  return records.map((g) => ({
    ...g,
    muscles: g.muscles.map((e) => ({ ...e, muscles: e.muscles.map(asMuscleId) })),
    leftRegions: resolveZone(g.regions, 'left', catalogue),
  }));
}

const mirror = (r: RegionId): RegionId => (r.startsWith('l-') ? asRegionId(`r-${r.slice(2)}`) : r);

function raise(index: Map<RegionId, Map<MuscleId, number>>, r: RegionId, m: MuscleId, w: number) {
  let row = index.get(r);
  if (!row) index.set(r, (row = new Map()));
  if ((row.get(m) ?? 0) < w) row.set(m, w);
}

/**
 * Builds the commonness index: for each region, each muscle's highest weight over the guide
 * panels that contain the region ({@link listWeight} of its place in the list) and the
 * prevalence figures whose complaint covers the region's coarse area ({@link prevalenceWeight}).
 */
export function buildCommonness(
  guides: readonly Guide[],
  prevalence: readonly PrevalenceRecord[],
  regionsByArea: ReadonlyMap<CoarseArea, readonly RegionId[]>,
): CommonnessIndex {
  const index = new Map<RegionId, Map<MuscleId, number>>();
  for (const g of guides) {
    g.muscles.forEach((entry, position) => {
      for (const r of g.leftRegions) {
        for (const m of entry.muscles) {
          raise(index, r, m, listWeight(position));
          raise(index, mirror(r), m, listWeight(position));
        }
      }
    });
  }
  for (const p of prevalence) {
    for (const area of p.areas) {
      for (const r of regionsByArea.get(area) ?? []) {
        raise(index, r, asMuscleId(p.muscle), prevalenceWeight(p));
      }
    }
  }
  return index;
}
