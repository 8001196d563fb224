/**
 * Data ↔ geometry agreement of the needling hazards: which trigger points have a modelled
 * structure of a kind close by without a hazard of that kind in their record (forward), and
 * which records name a modelled structure that the model puts far away (reverse). Distances from
 * the trigger point (left side) to the structure's surface on the generated model, mm.
 */
import type { DepthReport } from '../../../src/body/hazards/depth';
import type { Atlas } from '../../../src/domain/atlas';

/** Forward thresholds: a structure of the group this close must be in the record, mm. */
export const NEAR_MM = { lung: 25, heart: 25, kidney: 25, artery: 10, nerve: 10 } as const;
/** Reverse thresholds: a record naming the group must have it within this distance, mm. */
export const PLAUSIBLE_MM = { lung: 60, heart: 60, kidney: 70, named: 40 } as const;

/** Modelled structures by the words a record uses for them (reverse check of arteries and nerves). */
export const NAMED: readonly (readonly [RegExp, string])[] = [
  [/sciatic nerve|sciatic \(tibial\)/i, 'sciatic'],
  [/vertebral artery/i, 'vertebral'],
  [/brachial plexus/i, 'brachial-plexus'],
  [/common carotid|(?<!external )carotid artery/i, 'carotid'],
  [/(?<!circumflex )femoral (artery|vessels)/i, 'iliac-femoral'],
  [/femoral nerve/i, 'femoral-nerve'],
  [/popliteal (artery|vessels)/i, 'popliteal'],
  [/common fibular nerve/i, 'common-fibular'],
  [/^tibial nerve|and tibial nerve/i, 'tibial'],
  [/^median nerve|median nerve (beneath|between|passing|running|lying)/i, 'median'],
  [/^ulnar nerve/i, 'ulnar-nerve'],
  [/^radial nerve|deep branch of the radial nerve/i, 'radial-nerve'],
  [/greater occipital/i, 'greater-occipital'],
  [/^radial artery/i, 'radial-artery'],
  [/^ulnar artery/i, 'ulnar-artery'],
  [/subclavian|\baxillary artery|\bbrachial artery/i, 'subclavian'],
];

export interface Finding {
  readonly triggerPoint: string;
  readonly check: string;
  readonly mm: number;
}

type Hazard = { structure: string; kind: string };

function hasGroup(hz: readonly Hazard[], group: keyof typeof NEAR_MM): boolean {
  switch (group) {
    case 'lung':
      return hz.some((h) => h.kind === 'lung' || /pleura|lung/i.test(h.structure));
    case 'heart':
      return hz.some((h) => /heart|pericard/i.test(h.structure));
    case 'kidney':
      return hz.some((h) => /kidney/i.test(h.structure));
    case 'artery':
      return hz.some((h) => h.kind === 'artery' || /arter|vessel/i.test(h.structure));
    case 'nerve':
      return hz.some((h) => h.kind === 'nerve' || /nerve|plexus/i.test(h.structure));
  }
}

/** Least distance per group and per base structure id (side dropped), from a full report. */
function distances(r: DepthReport): { group: Map<string, number>; base: Map<string, number> } {
  const group = new Map<string, number>();
  const base = new Map<string, number>();
  for (const h of r.all) {
    const g = h.kind;
    group.set(g, Math.min(group.get(g) ?? Infinity, h.fromPointMm));
    const b = h.id.replace(/^[lr]-/, '');
    // Only the trigger point's own (left) side or midline structures count for named ones.
    if (!h.id.startsWith('r-')) base.set(b, Math.min(base.get(b) ?? Infinity, h.fromPointMm));
  }
  return { group, base };
}

/** Every disagreement between the records and the model (one body shape). */
export function findDisagreements(
  atlas: Atlas,
  reports: ReadonlyMap<string, DepthReport>,
): Finding[] {
  const out: Finding[] = [];
  for (const [id, r] of reports) {
    const tp = atlas.triggerPoints.get(id as never);
    if (!tp) continue;
    const hz = tp.needling.hazards;
    const { group, base } = distances(r);
    for (const g of Object.keys(NEAR_MM) as (keyof typeof NEAR_MM)[]) {
      const d = group.get(g) ?? Infinity;
      if (d <= NEAR_MM[g] && !hasGroup(hz, g))
        out.push({ triggerPoint: id, check: `missing ${g}`, mm: d });
    }
    const far = (g: 'lung' | 'heart' | 'kidney', d: number): void => {
      if (d > PLAUSIBLE_MM[g]) out.push({ triggerPoint: id, check: `${g} far`, mm: d });
    };
    if (hz.some((h) => h.kind === 'lung')) far('lung', group.get('lung') ?? Infinity);
    if (hz.some((h) => /heart|pericard/i.test(h.structure)))
      far('heart', group.get('heart') ?? Infinity);
    if (hz.some((h) => /kidney/i.test(h.structure))) far('kidney', group.get('kidney') ?? Infinity);
    for (const [re, b] of NAMED) {
      if (!hz.some((h) => re.test(h.structure))) continue;
      const d = base.get(b) ?? Infinity;
      if (d > PLAUSIBLE_MM.named) out.push({ triggerPoint: id, check: `${b} far`, mm: d });
    }
  }
  return out.sort(
    (a, b) => a.triggerPoint.localeCompare(b.triggerPoint) || a.check.localeCompare(b.check),
  );
}
