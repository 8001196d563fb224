/**
 * The hazard structures drawn and measured beneath trigger points: what they are called in
 * clinician wording, their kind and which kind of dataset hazard (`needling.hazards[].kind` in
 * data/muscles/*.json) they stand for. A structure's index in {@link HAZARD_STRUCTURES} is the
 * structure id stored per vertex in the generated asset (`generated/hazards-<shape>.bin`).
 *
 * Paired structures come left (`l-`) then right (`r-`); the heart, pericardium and aorta are
 * single. Where and how each is placed is documented with its sources in `organs.ts`,
 * `vessels.ts` and `nerves.ts`.
 */

/** Kind of a modelled structure. */
export type HazardKind = 'lung' | 'heart' | 'kidney' | 'artery' | 'nerve';

/** Kind of hazard in the dataset's needling notes that a modelled kind corresponds to. */
export const DATA_KIND: Readonly<Record<HazardKind, 'lung' | 'organ' | 'artery' | 'nerve'>> = {
  lung: 'lung',
  heart: 'organ',
  kidney: 'organ',
  artery: 'artery',
  nerve: 'nerve',
};

export interface HazardStructure {
  /** `l-lung`, `r-sciatic`, `heart`… */
  readonly id: string;
  /** Clinician wording, e.g. "Left lung and pleura". */
  readonly name: string;
  readonly kind: HazardKind;
  readonly side: 'left' | 'right' | 'midline';
}

/** Paired structures, by base id, kind and name (without the side). */
const PAIRED: readonly (readonly [string, HazardKind, string])[] = [
  ['lung', 'lung', 'lung and pleura'],
  ['kidney', 'kidney', 'kidney'],
  ['carotid', 'artery', 'common and internal carotid artery'],
  ['vertebral', 'artery', 'vertebral artery'],
  ['subclavian', 'artery', 'subclavian, axillary and brachial artery'],
  ['radial-artery', 'artery', 'radial artery'],
  ['ulnar-artery', 'artery', 'ulnar artery'],
  ['iliac-femoral', 'artery', 'iliac and femoral artery'],
  ['popliteal', 'artery', 'popliteal artery'],
  ['brachial-plexus', 'nerve', 'brachial plexus'],
  ['median', 'nerve', 'median nerve'],
  ['ulnar-nerve', 'nerve', 'ulnar nerve'],
  ['radial-nerve', 'nerve', 'radial nerve and its deep branch'],
  ['sciatic', 'nerve', 'sciatic nerve'],
  ['femoral-nerve', 'nerve', 'femoral nerve'],
  ['tibial', 'nerve', 'tibial nerve'],
  ['common-fibular', 'nerve', 'common fibular nerve'],
  ['greater-occipital', 'nerve', 'greater occipital nerve'],
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Every modelled structure; the index is the structure id in the asset. */
export const HAZARD_STRUCTURES: readonly HazardStructure[] = [
  { id: 'heart', name: 'Heart', kind: 'heart', side: 'midline' },
  { id: 'pericardium', name: 'Pericardium (around the heart)', kind: 'heart', side: 'midline' },
  { id: 'aorta', name: 'Aorta', kind: 'artery', side: 'midline' },
  ...PAIRED.flatMap(([id, kind, name]) => [
    { id: `l-${id}`, name: `Left ${name}`, kind, side: 'left' as const },
    { id: `r-${id}`, name: `Right ${name}`, kind, side: 'right' as const },
  ]),
];

/** Index of a structure id; throws on an unknown id (a generator typo). */
export function structureIndex(id: string): number {
  const i = HAZARD_STRUCTURES.findIndex((h) => h.id === id);
  if (i < 0) throw new Error(`hazards: unknown structure ${id}`);
  return i;
}

/** The structure's name without its side, capitalised ("Sciatic nerve"). */
export function plainName(h: HazardStructure): string {
  return cap(h.name.replace(/^(Left|Right) /, ''));
}
