/**
 * Validates the raw files of `data/` once, record by record, and builds the indexed
 * {@link Atlas}. Every problem is collected (not just the first) and reported as
 * `file › record id › field: message`.
 */
import type { z } from 'zod';
import {
  ChoirSegment,
  ConditionRecord,
  EducationSection,
  GuideRecord,
  LandmarkRecord,
  MuscleRecord,
  PrevalenceRecord,
  RedFlagRecord,
  RegionRecord,
  SourceRecord,
} from './schema';
import { issuesToProblems, type Problem } from './problems';
import type { Atlas } from './atlas';
import { buildAtlas, checkReferences, type ParsedData } from './references';
import { checkSafety } from './safetyChecks';
import { emptyCollections, kindOfPath, type DataFile, type Kind } from './dataFiles';

export type { DataFile } from './dataFiles';

export interface ValidationResult {
  readonly problems: readonly Problem[];
  /** Present only when there are no problems. */
  readonly atlas?: Atlas;
}

interface Collection<T> {
  readonly key: string;
  readonly schema: z.ZodType<T>;
}

const KINDS = {
  regions: { key: 'regions', schema: RegionRecord },
  choir: { key: 'segments', schema: ChoirSegment },
  landmarks: { key: 'landmarks', schema: LandmarkRecord },
  sources: { key: 'sources', schema: SourceRecord },
  muscles: { key: 'muscles', schema: MuscleRecord },
  conditions: { key: 'conditions', schema: ConditionRecord },
  redFlags: { key: 'redFlags', schema: RedFlagRecord },
  education: { key: 'sections', schema: EducationSection },
  guides: { key: 'guides', schema: GuideRecord },
  prevalence: { key: 'prevalence', schema: PrevalenceRecord },
} as const;

function parseCollection<T>(
  file: DataFile,
  kind: Collection<T>,
  problems: Problem[],
): { file: string; record: T }[] {
  const json = file.json;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    problems.push({
      file: file.path,
      record: '(file)',
      field: '(file)',
      message: 'expected a JSON object',
    });
    return [];
  }
  const obj = json as Record<string, unknown>;
  for (const extra of Object.keys(obj)) {
    if (extra !== kind.key && extra !== '$schema') {
      problems.push({
        file: file.path,
        record: '(file)',
        field: extra,
        message: 'unknown top-level field',
      });
    }
  }
  const list = obj[kind.key];
  if (!Array.isArray(list)) {
    problems.push({
      file: file.path,
      record: '(file)',
      field: kind.key,
      message: 'expected an array',
    });
    return [];
  }
  const out: { file: string; record: T }[] = [];
  list.forEach((raw: unknown, i) => {
    const result = kind.schema.safeParse(raw);
    const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    const label = typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i}`;
    if (result.success) out.push({ file: file.path, record: result.data });
    else problems.push(...issuesToProblems(file.path, label, raw, result.error.issues));
  });
  return out;
}

/** Validates all files and, when they are clean, returns the atlas. Pure: no I/O. */
export function validateDataset(files: readonly DataFile[]): ValidationResult {
  const problems: Problem[] = [];
  // Rows are added below only after their schema accepted them.
  const parsed = emptyCollections() as {
    [K in Kind]: { file: string; record: z.infer<(typeof KINDS)[K]['schema']> }[];
  };
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const kind = kindOfPath(file.path);
    if (kind === undefined) continue;
    // The union of record types is narrowed by `kind`; TypeScript cannot follow it here.
    const rows = parseCollection(file, KINDS[kind] as unknown as Collection<never>, problems);
    (parsed[kind] as unknown[]).push(...rows);
  }
  for (const required of ['regions', 'landmarks', 'sources', 'muscles'] as const) {
    if (parsed[required].length === 0 && !problems.some((p) => kindOfPath(p.file) === required)) {
      problems.push({
        file: 'data/',
        record: '(file)',
        field: required,
        message: 'no records found',
      });
    }
  }
  const data: ParsedData = parsed;
  problems.push(...checkReferences(data));
  problems.push(...checkSafety(data));
  if (problems.length > 0) return { problems };
  return { problems, atlas: buildAtlas(data) };
}
