/**
 * Schemas of the files in `data/`. They describe the raw JSON a clinician edits;
 * cross-references (regions, landmarks, muscles, sources) are checked by
 * `validate.ts`, which turns the raw files into the indexed, typed {@link Atlas}.
 *
 * Zone references (`ZoneRef`) are written once per muscle, relative to the side of
 * the trigger point:
 * - `"temple"`: the same side as the trigger point (expands to `l-temple` or `r-temple`);
 * - `"contra:temple"`: the opposite side;
 * - `"both:temple"`: both sides;
 * - `"navel"`: a midline region, written by its full id.
 */
import { z } from 'zod';

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');

export const Side = z.enum(['left', 'right', 'midline']);
export const View = z.enum(['front', 'back']);
export const CoarseArea = z.enum([
  'head',
  'neck',
  'shoulder',
  'upper-arm',
  'elbow',
  'forearm',
  'wrist',
  'hand',
  'fingers',
  'chest',
  'abdomen',
  'groin',
  'upper-back',
  'mid-back',
  'low-back',
  'buttock',
  'hip',
  'thigh',
  'knee',
  'leg',
  'ankle',
  'foot',
]);
export type CoarseArea = z.infer<typeof CoarseArea>;

export const RegionRecord = z.strictObject({
  id: z.string().regex(/^([lr]-)?[a-z0-9]+(-[a-z0-9]+)*$/, 'must be l-/r- plus a kebab-case key'),
  label: text,
  side: Side,
  parent: CoarseArea,
  view: View,
  choir: z.array(z.number().int().min(101).max(238)).min(1, 'must name at least one segment'),
});
export const RegionsFile = z.strictObject({
  $schema: z.string().optional(),
  regions: z.array(RegionRecord).min(1),
});

export const ChoirSegment = z.strictObject({
  id: z.number().int(),
  view: View,
  side: z.enum(['left', 'right']),
  area: CoarseArea,
  label: text,
});
export const ChoirFile = z.strictObject({
  $schema: z.string().optional(),
  segments: z.array(ChoirSegment),
});

export const LandmarkRecord = z.strictObject({
  id: kebab,
  label: text,
  paired: z.boolean(),
});
export const LandmarksFile = z.strictObject({
  $schema: z.string().optional(),
  landmarks: z.array(LandmarkRecord).min(1),
});

export const SourceRecord = z.strictObject({
  id: kebab,
  citation: text,
  kind: z.enum(['book', 'chapter', 'article', 'review', 'web', 'dataset']),
  year: z.number().int().min(1900).max(2100),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz')
    .optional(),
  url: z.url().optional(),
});
export const SourcesFile = z.strictObject({
  $schema: z.string().optional(),
  sources: z.array(SourceRecord).min(1),
});

const sourceList = z.array(kebab).min(1, 'must cite at least one source');
const zoneRef = z
  .string()
  .regex(
    /^((contra|both):)?[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be a region key, contra:key or both:key',
  );

export const Attachment = z.strictObject({
  text,
  landmarks: z.array(kebab).min(1, 'must name at least one landmark'),
});

export const HazardKind = z.enum([
  'lung',
  'artery',
  'vein',
  'nerve',
  'organ',
  'joint',
  'implant',
  'other',
]);
export type HazardKind = z.infer<typeof HazardKind>;

export const Hazard = z.strictObject({
  structure: text,
  kind: HazardKind,
});

/** A symptom that is also a red-flag sign: the card shows it with a link to that flag. */
export const RedFlagSymptom = z.strictObject({
  text,
  redFlag: kebab,
});

export const TriggerPointRecord = z.strictObject({
  id: kebab,
  name: text,
  location: z.strictObject({
    text,
    from: kebab,
    to: kebab,
    t: z.number().min(0).max(1),
    depth: z.enum(['superficial', 'deep']),
  }),
  palpation: z.enum(['flat', 'pincer', 'deep']),
  position: text,
  essential: z.array(zoneRef).min(1, 'essential zone must not be empty'),
  spillover: z.array(zoneRef),
  symptoms: z.array(text),
  /** Symptoms that are red-flag signs ("new or getting worse → see a doctor"). */
  redFlagSymptoms: z.array(RedFlagSymptom).optional(),
  perpetuating: z.array(text),
  selfCheck: text,
  selfCare: z.array(text).min(1, 'must give at least one self-care step'),
  needling: z.strictObject({
    approach: text,
    hazards: z.array(Hazard),
    precaution: z.enum(['low', 'moderate', 'high']),
  }),
  sources: sourceList,
  disagreement: text.optional(),
  /**
   * Set when the record describes a non-pain effect (not a referral pattern): the ranking skips
   * it and the clinician card shows this note.
   */
  nonPain: text.optional(),
});

export const MuscleArea = z.enum([
  'head-neck',
  'shoulder-arm',
  'forearm-hand',
  'trunk',
  'pelvis-hip',
  'thigh-knee',
  'leg-foot',
]);

export const MuscleRecord = z.strictObject({
  id: kebab,
  name: text,
  latin: text,
  aliases: z.array(text),
  area: MuscleArea,
  layer: z.enum(['superficial', 'intermediate', 'deep']),
  shape: z.enum(['fusiform', 'pennate', 'fan', 'sheet', 'strap', 'small']),
  origin: Attachment,
  insertion: Attachment,
  action: text,
  innervation: text,
  sources: sourceList,
  triggerPoints: z.array(TriggerPointRecord).min(1, 'must have at least one trigger point'),
});
export const MusclesFile = z.strictObject({
  $schema: z.string().optional(),
  muscles: z.array(MuscleRecord).min(1),
});

export const DrawingEntry = z.strictObject({
  region: z.string(),
  intensity: z.number().int().min(1).max(10).optional(),
});
export const ConditionRecord = z.strictObject({
  id: kebab,
  name: text,
  lay: text,
  summary: text,
  drawing: z.array(DrawingEntry).min(1, 'must mark at least one region'),
  muscles: z.array(kebab).min(1),
  sources: sourceList,
});
export const ConditionsFile = z.strictObject({
  $schema: z.string().optional(),
  conditions: z.array(ConditionRecord).min(1),
});

/** How fast to act; flags are listed most urgent first, then in file order. */
export const Urgency = z.enum(['emergency', 'same-day', 'soon']);
export type Urgency = z.infer<typeof Urgency>;

export const RedFlagRecord = z.strictObject({
  id: kebab,
  title: text,
  text,
  action: text,
  urgency: Urgency,
  areas: z.array(CoarseArea).min(1),
  /**
   * Lower-case phrases that make a muscle symptom a sign of this flag (matched case-insensitively
   * from the start of a word). `data:check` fails when a symptom contains one but is not linked.
   */
  signs: z.array(text).optional(),
  /** The flag is shown on the card of every muscle with a needling hazard of these kinds. */
  hazardKinds: z.array(HazardKind).optional(),
  sources: sourceList,
  uncertainty: text.optional(),
});
export const RedFlagsFile = z.strictObject({
  $schema: z.string().optional(),
  redFlags: z.array(RedFlagRecord).min(1),
});

export const EducationSection = z.strictObject({
  id: kebab,
  title: text,
  paragraphs: z.array(text).min(1),
  sources: sourceList,
});
export const EducationFile = z.strictObject({
  $schema: z.string().optional(),
  sections: z.array(EducationSection).min(1),
});

/**
 * One panel of the reference's pain guides: a body area (as side-relative region keys, like
 * zones) and the leading muscles the guide lists for it (usually three to six), most frequent
 * cause first. An entry with several muscles is a group the guide names as one ("scaleni",
 * "trapezius"). `note` says how the area maps to our regions and why a listed muscle is left out.
 */
export const GuidePart = z.enum([
  'head-neck',
  'upper-back-shoulder-arm',
  'elbow-to-finger',
  'trunk',
  'lower-torso',
  'hip-thigh-knee',
  'leg-ankle-foot',
]);
export const GuideEntry = z.strictObject({
  muscles: z.array(kebab).min(1, 'must name at least one muscle'),
  group: text.optional(),
});
export const GuideRecord = z.strictObject({
  id: kebab,
  part: GuidePart,
  area: text,
  panel: text,
  regions: z.array(zoneRef).min(1, 'must name at least one region'),
  muscles: z.array(GuideEntry).min(1, 'must list at least one muscle'),
  sources: sourceList,
  note: text.optional(),
});
export const GuidesFile = z.strictObject({
  $schema: z.string().optional(),
  guides: z.array(GuideRecord).min(1),
});

/**
 * Published prevalence of active trigger points in one muscle among patients with one
 * complaint: `percent` is the range over the studies (one value: `[p, p]`), `areas` the coarse
 * body areas of that complaint (where the figure may inform a ranking).
 */
export const PrevalenceRecord = z.strictObject({
  id: kebab,
  muscle: kebab,
  population: text,
  areas: z.array(CoarseArea).min(1),
  percent: z
    .tuple([z.number().min(0).max(100), z.number().min(0).max(100)])
    .refine(([lo, hi]) => lo <= hi, 'must be [low, high] with low ≤ high'),
  sources: sourceList,
});
export const PrevalenceFile = z.strictObject({
  $schema: z.string().optional(),
  prevalence: z.array(PrevalenceRecord).min(1),
});

export type RegionRecord = z.infer<typeof RegionRecord>;
export type LandmarkRecord = z.infer<typeof LandmarkRecord>;
export type SourceRecord = z.infer<typeof SourceRecord>;
export type MuscleRecord = z.infer<typeof MuscleRecord>;
export type TriggerPointRecord = z.infer<typeof TriggerPointRecord>;
export type ConditionRecord = z.infer<typeof ConditionRecord>;
export type RedFlagRecord = z.infer<typeof RedFlagRecord>;
export type EducationSection = z.infer<typeof EducationSection>;
export type ChoirSegment = z.infer<typeof ChoirSegment>;
export type GuideRecord = z.infer<typeof GuideRecord>;
export type PrevalenceRecord = z.infer<typeof PrevalenceRecord>;
