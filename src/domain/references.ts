/**
 * Cross-reference checks between data files (ids exist, no duplicates, zones resolve)
 * and construction of the indexed {@link Atlas} from records that passed them.
 */
import { triggerPointKey } from './triggerPointKey';
import type { Atlas, Condition, Muscle, Region, SidedTriggerPoint } from './atlas';
import {
  asConditionId,
  asMuscleId,
  asRegionId,
  asSourceId,
  asTriggerPointId,
  type BodySide,
  type MuscleId,
  type RegionId,
  type TriggerPointId,
} from './ids';
import type { Problem } from './problems';
import type {
  ChoirSegment,
  CoarseArea,
  ConditionRecord,
  EducationSection,
  GuideRecord,
  LandmarkRecord,
  MuscleRecord,
  PrevalenceRecord,
  RedFlagRecord,
  RegionRecord,
  SourceRecord,
  TriggerPointRecord,
} from './schema';
import { buildCommonness, buildGuides, checkGuide, checkPrevalence } from './guides';
import { regionCatalogue, resolveZone, resolveZoneRef, type RegionCatalogue } from './zones';

type Rows<T> = readonly { file: string; record: T }[];
export interface ParsedData {
  regions: Rows<RegionRecord>;
  choir: Rows<ChoirSegment>;
  landmarks: Rows<LandmarkRecord>;
  sources: Rows<SourceRecord>;
  muscles: Rows<MuscleRecord>;
  conditions: Rows<ConditionRecord>;
  redFlags: Rows<RedFlagRecord>;
  education: Rows<EducationSection>;
  guides: Rows<GuideRecord>;
  prevalence: Rows<PrevalenceRecord>;
}

interface Ctx {
  problems: Problem[];
  regions: Set<string>;
  catalogue: RegionCatalogue;
  landmarks: Set<string>;
  sources: Set<string>;
  muscles: Set<string>;
}

function checkUnique(rows: Rows<{ id: string | number }>, what: string, problems: Problem[]): void {
  const seen = new Map<string | number, string>();
  for (const { file, record } of rows) {
    const first = seen.get(record.id);
    if (first !== undefined) {
      problems.push({
        file,
        record: String(record.id),
        field: 'id',
        message: `duplicate ${what} id (first defined in ${first})`,
      });
    } else seen.set(record.id, file);
  }
}

function checkSources(
  ctx: Ctx,
  file: string,
  record: string,
  field: string,
  ids: readonly string[],
): void {
  for (const id of ids) {
    if (!ctx.sources.has(id))
      ctx.problems.push({ file, record, field, message: `unknown source "${id}"` });
  }
}

function checkLandmark(ctx: Ctx, file: string, record: string, field: string, id: string): void {
  if (!ctx.landmarks.has(id))
    ctx.problems.push({ file, record, field, message: `unknown landmark "${id}"` });
}

function checkZones(ctx: Ctx, file: string, tp: TriggerPointRecord): void {
  const seenBySide: Record<BodySide, Map<string, string>> = { left: new Map(), right: new Map() };
  for (const field of ['essential', 'spillover'] as const) {
    for (const ref of tp[field]) {
      for (const side of ['left', 'right'] as const) {
        const r = resolveZoneRef(ref, side, ctx.catalogue);
        if (!r.ok) {
          if (side === 'left')
            ctx.problems.push({ file, record: tp.id, field, message: r.message });
          continue;
        }
        for (const region of r.regions) {
          const prev = seenBySide[side].get(region);
          if (prev !== undefined && side === 'left') {
            const where = prev === field ? `twice in ${field}` : `in both ${prev} and ${field}`;
            ctx.problems.push({
              file,
              record: tp.id,
              field,
              message: `region "${ref}" is listed ${where}`,
            });
          }
          seenBySide[side].set(region, field);
        }
      }
    }
  }
}

function checkMuscle(ctx: Ctx, file: string, m: MuscleRecord): void {
  checkSources(ctx, file, m.id, 'sources', m.sources);
  for (const end of ['origin', 'insertion'] as const) {
    m[end].landmarks.forEach((l, i) => checkLandmark(ctx, file, m.id, `${end}.landmarks.${i}`, l));
  }
  for (const tp of m.triggerPoints) {
    checkSources(ctx, file, tp.id, 'sources', tp.sources);
    checkLandmark(ctx, file, tp.id, 'location.from', tp.location.from);
    checkLandmark(ctx, file, tp.id, 'location.to', tp.location.to);
    checkZones(ctx, file, tp);
  }
}

function checkCondition(ctx: Ctx, file: string, c: ConditionRecord): void {
  checkSources(ctx, file, c.id, 'sources', c.sources);
  c.drawing.forEach((d, i) => {
    if (!ctx.regions.has(d.region)) {
      ctx.problems.push({
        file,
        record: c.id,
        field: `drawing.${i}.region`,
        message: `unknown region "${d.region}"`,
      });
    }
  });
  c.muscles.forEach((m, i) => {
    if (!ctx.muscles.has(m)) {
      ctx.problems.push({
        file,
        record: c.id,
        field: `muscles.${i}`,
        message: `unknown muscle "${m}"`,
      });
    }
  });
}

/** Checks ids, duplicates and references across all parsed records. */
export function checkReferences(data: ParsedData): Problem[] {
  const problems: Problem[] = [];
  const tps = data.muscles.flatMap(({ file, record }) =>
    record.triggerPoints.map((t) => ({ file, record: t })),
  );
  checkUnique(data.regions, 'region', problems);
  checkUnique(data.landmarks, 'landmark', problems);
  checkUnique(data.sources, 'source', problems);
  checkUnique(data.muscles, 'muscle', problems);
  checkUnique(tps, 'trigger point', problems);
  checkUnique(data.conditions, 'condition', problems);
  checkUnique(data.redFlags, 'red flag', problems);
  checkUnique(data.education, 'education section', problems);
  checkUnique(data.guides, 'guide', problems);
  checkUnique(data.prevalence, 'prevalence', problems);
  const regionIds = data.regions.map((r) => r.record.id);
  const ctx: Ctx = {
    problems,
    regions: new Set(regionIds),
    catalogue: regionCatalogue(regionIds),
    landmarks: new Set(data.landmarks.map((l) => l.record.id)),
    sources: new Set(data.sources.map((s) => s.record.id)),
    muscles: new Set(data.muscles.map((m) => m.record.id)),
  };
  const segments = new Set(data.choir.map((c) => c.record.id));
  for (const { file, record } of data.regions) {
    for (const seg of record.choir) {
      if (!segments.has(seg))
        problems.push({
          file,
          record: record.id,
          field: 'choir',
          message: `unknown CHOIR segment ${seg}`,
        });
    }
  }
  for (const { file, record } of data.muscles) checkMuscle(ctx, file, record);
  for (const { file, record } of data.conditions) checkCondition(ctx, file, record);
  for (const { file, record } of data.guides) checkGuide(ctx, file, record);
  for (const { file, record } of data.prevalence) checkPrevalence(ctx, file, record);
  for (const { file, record } of [...data.redFlags, ...data.education]) {
    checkSources(ctx, file, record.id, 'sources', record.sources);
  }
  return problems;
}

function buildTriggerPoints(
  muscles: readonly MuscleRecord[],
  catalogue: RegionCatalogue,
): SidedTriggerPoint[] {
  const out: SidedTriggerPoint[] = [];
  for (const side of ['left', 'right'] as const) {
    for (const m of muscles) {
      for (const tp of m.triggerPoints) {
        const essential = resolveZone(tp.essential, side, catalogue);
        const ess = new Set(essential);
        out.push({
          key: triggerPointKey(side, tp.id),
          id: asTriggerPointId(tp.id),
          side,
          muscle: asMuscleId(m.id),
          index: out.length,
          essential,
          spillover: resolveZone(tp.spillover, side, catalogue).filter((r) => !ess.has(r)),
          record: tp,
        });
      }
    }
  }
  return out;
}

/** Builds the indexed atlas. Call only when `checkReferences` found nothing. */
export function buildAtlas(data: ParsedData): Atlas {
  const regions: Region[] = data.regions.map(({ record }, index) => ({
    ...record,
    id: asRegionId(record.id),
    index,
  }));
  const muscleRecords = data.muscles.map((m) => m.record);
  const muscles: Muscle[] = muscleRecords.map(({ triggerPoints, ...rest }, index) => ({
    ...rest,
    id: asMuscleId(rest.id),
    index,
    triggerPointIds: triggerPoints.map((t) => asTriggerPointId(t.id)),
  }));
  const triggerPoints = new Map<TriggerPointId, TriggerPointRecord & { muscle: MuscleId }>();
  for (const m of muscleRecords) {
    for (const t of m.triggerPoints)
      triggerPoints.set(asTriggerPointId(t.id), { ...t, muscle: asMuscleId(m.id) });
  }
  const regionsByArea = new Map<CoarseArea, RegionId[]>();
  for (const r of regions)
    regionsByArea.set(r.parent, [...(regionsByArea.get(r.parent) ?? []), r.id]);
  const conditions: Condition[] = data.conditions.map(({ record }) => ({
    ...record,
    id: asConditionId(record.id),
    drawing: record.drawing.map((d) => ({ region: asRegionId(d.region), intensity: d.intensity })),
    muscles: record.muscles.map(asMuscleId),
  }));
  const catalogue = regionCatalogue(regions.map((r) => r.id));
  const guides = buildGuides(
    data.guides.map((g) => g.record),
    catalogue,
  );
  const prevalence = data.prevalence.map((p) => p.record);
  return {
    regions,
    regionById: new Map(regions.map((r) => [r.id, r])),
    landmarks: data.landmarks.map((l) => l.record),
    choir: data.choir.map((c) => c.record),
    sources: new Map(data.sources.map((s) => [asSourceId(s.record.id), s.record])),
    muscles,
    muscleById: new Map(muscles.map((m) => [m.id, m])),
    triggerPoints,
    sidedTriggerPoints: buildTriggerPoints(muscleRecords, catalogue),
    conditions,
    redFlags: data.redFlags.map((r) => r.record),
    education: data.education.map((e) => e.record),
    regionsByArea,
    guides,
    prevalence,
    commonness: buildCommonness(guides, prevalence, regionsByArea),
  };
}
