/**
 * Clinical safety checks of the dataset, run by `validateDataset` (and so by `data:check`) after
 * the cross-reference checks:
 * - a muscle symptom that contains a red-flag sign (`RedFlagRecord.signs`, kept in the data) must
 *   be a linked `redFlagSymptoms` entry, and every link must name a known flag;
 * - a hazard's structure name agrees with its kind (a structure named "… artery" is an artery);
 * - a non-pain record (`nonPain`) has no referral zone beyond its own spot, so nothing but the
 *   ranking skip could place it in a pattern;
 * - every muscle a condition lists refers pain (essential or spillover, either side) to at least
 *   one region of the condition's drawing.
 */
import type { BodySide } from './ids';
import type { Problem } from './problems';
import type { ParsedData } from './references';
import type { HazardKind, RedFlagRecord, TriggerPointRecord } from './schema';
import { regionCatalogue, resolveZone, type RegionCatalogue } from './zones';

/** True when `phrase` occurs in `text` starting at a word boundary (case-insensitive). */
export function containsSign(text: string, phrase: string): boolean {
  const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}`).test(text.toLowerCase());
}

/** Red flags whose signs the text contains. */
export function flagsSignalledBy(text: string, flags: readonly RedFlagRecord[]): RedFlagRecord[] {
  return flags.filter((f) => (f.signs ?? []).some((s) => containsSign(text, s)));
}

/**
 * Words that name a kind of structure. The first of them in a hazard's structure name decides
 * the kind it must carry ("Axillary artery and vein" is an artery hazard).
 */
const STRUCTURE_TERMS: readonly { re: RegExp; kinds: readonly HazardKind[] }[] = [
  { re: /\b(arter(y|ies|ial)|carotid|aorta)\b/i, kinds: ['artery'] },
  { re: /\b(veins?|venous)\b/i, kinds: ['vein'] },
  { re: /\bvessels?\b/i, kinds: ['artery', 'vein'] },
  { re: /\b(nerves?|plexus)\b/i, kinds: ['nerve'] },
  { re: /\b(lungs?|pleura|pleural)\b/i, kinds: ['lung'] },
  {
    re: /\b(heart|pericardium|kidneys?|liver|spleen|bowel|bladder|peritoneum)\b/i,
    kinds: ['organ'],
  },
  { re: /\b(implants?|pacemaker|defibrillator|device)\b/i, kinds: ['implant'] },
];

/** The kinds a structure name allows, from its first structure word; `undefined` if none. */
export function kindsNamedBy(structure: string): readonly HazardKind[] | undefined {
  let best: { at: number; kinds: readonly HazardKind[] } | undefined;
  for (const term of STRUCTURE_TERMS) {
    const m = term.re.exec(structure);
    if (m && (best === undefined || m.index < best.at)) best = { at: m.index, kinds: term.kinds };
  }
  return best?.kinds;
}

type Push = (record: string, field: string, message: string) => void;

function checkSymptoms(
  tp: TriggerPointRecord,
  flags: readonly RedFlagRecord[],
  flagIds: ReadonlySet<string>,
  push: Push,
): void {
  tp.symptoms.forEach((s, i) => {
    const hit = flagsSignalledBy(s, flags)[0];
    if (hit)
      push(
        tp.id,
        `symptoms.${i}`,
        `"${s}" is a sign of red flag "${hit.id}"; move it to redFlagSymptoms with that link`,
      );
  });
  (tp.redFlagSymptoms ?? []).forEach((s, i) => {
    if (!flagIds.has(s.redFlag))
      push(tp.id, `redFlagSymptoms.${i}.redFlag`, `unknown red flag "${s.redFlag}"`);
  });
}

function checkHazards(tp: TriggerPointRecord, push: Push): void {
  tp.needling.hazards.forEach((h, i) => {
    const kinds = kindsNamedBy(h.structure);
    if (kinds && !kinds.includes(h.kind))
      push(
        tp.id,
        `needling.hazards.${i}.kind`,
        `"${h.structure}" names a structure of kind "${kinds.join('" or "')}", not "${h.kind}"`,
      );
  });
}

function checkNonPain(tp: TriggerPointRecord, push: Push): void {
  if (tp.nonPain !== undefined && tp.spillover.length > 0)
    push(tp.id, 'spillover', 'a non-pain record has no referral pattern; leave spillover empty');
}

/** Regions (both sides) a muscle's pain records refer to. */
function referredRegions(tps: readonly TriggerPointRecord[], cat: RegionCatalogue): Set<string> {
  const out = new Set<string>();
  for (const tp of tps) {
    if (tp.nonPain !== undefined) continue;
    for (const side of ['left', 'right'] as BodySide[])
      for (const r of resolveZone([...tp.essential, ...tp.spillover], side, cat)) out.add(r);
  }
  return out;
}

function checkConditionZones(data: ParsedData, cat: RegionCatalogue, problems: Problem[]): void {
  const byMuscle = new Map(data.muscles.map(({ record }) => [record.id, record.triggerPoints]));
  for (const { file, record: c } of data.conditions) {
    c.muscles.forEach((m, i) => {
      const tps = byMuscle.get(m);
      if (!tps) return; // reported as an unknown muscle
      const regions = referredRegions(tps, cat);
      if (!c.drawing.some((d) => regions.has(d.region)))
        problems.push({
          file,
          record: c.id,
          field: `muscles.${i}`,
          message: `"${m}" refers pain to none of the condition's drawing`,
        });
    });
  }
}

/** Runs every safety check; returns the problems found. */
export function checkSafety(data: ParsedData): Problem[] {
  const problems: Problem[] = [];
  const flags = data.redFlags.map((r) => r.record);
  const flagIds = new Set(flags.map((f) => f.id));
  for (const { file, record: m } of data.muscles) {
    const push: Push = (record, field, message) => problems.push({ file, record, field, message });
    for (const tp of m.triggerPoints) {
      checkSymptoms(tp, flags, flagIds, push);
      checkHazards(tp, push);
      checkNonPain(tp, push);
    }
  }
  checkConditionZones(data, regionCatalogue(data.regions.map((r) => r.record.id)), problems);
  return problems;
}
