/**
 * The validated, indexed dataset. Built once at load by `validateDataset`;
 * everything downstream trusts these types and never re-checks references.
 */
import type { CommonnessIndex, Guide } from './guides';
import type { SidedTriggerPointKey } from './triggerPointKey';
import type { BodySide, ConditionId, MuscleId, RegionId, SourceId, TriggerPointId } from './ids';
import type {
  ChoirSegment,
  CoarseArea,
  ConditionRecord,
  EducationSection,
  LandmarkRecord,
  MuscleRecord,
  PrevalenceRecord,
  RedFlagRecord,
  RegionRecord,
  SourceRecord,
  TriggerPointRecord,
} from './schema';

export interface Region extends Omit<RegionRecord, 'id'> {
  readonly id: RegionId;
  /** Position in `Atlas.regions`; also the value stored per skin vertex by the body. */
  readonly index: number;
}

export interface Muscle extends Omit<MuscleRecord, 'id' | 'triggerPoints'> {
  readonly id: MuscleId;
  readonly index: number;
  readonly triggerPointIds: readonly TriggerPointId[];
}

/** A trigger point on one side of the body, with its zones resolved to region ids. */
export interface SidedTriggerPoint {
  /** `l:upper-trapezius-1`: unique across both sides. */
  readonly key: SidedTriggerPointKey;
  readonly id: TriggerPointId;
  readonly side: BodySide;
  readonly muscle: MuscleId;
  /** Position in `Atlas.sidedTriggerPoints`. */
  readonly index: number;
  readonly essential: readonly RegionId[];
  readonly spillover: readonly RegionId[];
  readonly record: TriggerPointRecord;
}

export interface Condition extends Omit<ConditionRecord, 'id' | 'drawing' | 'muscles'> {
  readonly id: ConditionId;
  readonly drawing: readonly { region: RegionId; intensity?: number | undefined }[];
  readonly muscles: readonly MuscleId[];
}

export interface Atlas {
  readonly regions: readonly Region[];
  readonly regionById: ReadonlyMap<RegionId, Region>;
  readonly landmarks: readonly LandmarkRecord[];
  readonly choir: readonly ChoirSegment[];
  readonly sources: ReadonlyMap<SourceId, SourceRecord>;
  readonly muscles: readonly Muscle[];
  readonly muscleById: ReadonlyMap<MuscleId, Muscle>;
  readonly triggerPoints: ReadonlyMap<TriggerPointId, TriggerPointRecord & { muscle: MuscleId }>;
  readonly sidedTriggerPoints: readonly SidedTriggerPoint[];
  readonly conditions: readonly Condition[];
  readonly redFlags: readonly RedFlagRecord[];
  readonly education: readonly EducationSection[];
  /** Coarse area of each region, for red flags and browsing. */
  readonly regionsByArea: ReadonlyMap<CoarseArea, readonly RegionId[]>;
  /** The reference's pain guides, in file order. */
  readonly guides: readonly Guide[];
  /** Published prevalence of active trigger points per muscle and complaint. */
  readonly prevalence: readonly PrevalenceRecord[];
  /** How common each muscle is as the cause in each region (the ranking's prior). */
  readonly commonness: CommonnessIndex;
}
