/**
 * Long tendons to the digits, as extra parts of the long finger and toe muscles: each tendon is a
 * thin cord from the muscle's end at the wrist or ankle along the back (extensors) or the front
 * (flexors) of its metacarpal or metatarsal and onto the digit. Left side, body frame (metres, for
 * a 1.756 m body; +Z anterior, so the palm and the sole-side offsets differ in sign — see each
 * table).
 */
import type { Vec3 } from '../math.ts';
import type { MuscleHint, PointSpec } from './types.ts';

/** One digit: weighted landmarks of its base (metacarpal/metatarsal head) and its tip. */
interface Digit {
  readonly base: readonly (readonly [string, number])[];
  readonly tip: readonly (readonly [string, number])[];
}

const one = (id: string): readonly (readonly [string, number])[] => [[id, 1]];
const half = (a: string, b: string): readonly (readonly [string, number])[] => [
  [a, 0.5],
  [b, 0.5],
];

/**
 * Second to fifth toe. Only the second toe's tip is a landmark: the bases lie along the line of
 * the first to fifth metatarsal heads and each tip is the second toe's tip moved sideways by the
 * same amount as its base (signed landmark weights; they still sum to one).
 */
export const LESSER_TOES: readonly Digit[] = [0.25, 0.5, 0.75, 1].map((f) => ({
  base: [
    ['mt1-head', 1 - f],
    ['mt5-head', f],
  ],
  tip: [
    ['toe2-tip', 1],
    ['mt5-head', f - 0.25],
    ['mt1-head', 0.25 - f],
  ],
}));

/** Index to little finger. */
export const FINGERS: readonly Digit[] = [
  { base: one('mc2-head'), tip: one('index-tip') },
  { base: one('mc3-head'), tip: one('middle-tip') },
  { base: half('mc3-head', 'mc5-head'), tip: half('middle-tip', 'little-tip') },
  { base: one('mc5-head'), tip: one('little-tip') },
];

/** A point a fraction `t` of the way from `a` to `b` (weighted landmark blends) plus an offset. */
function along(
  a: readonly (readonly [string, number])[],
  b: readonly (readonly [string, number])[],
  t: number,
  off: Vec3,
): PointSpec {
  return {
    lm: [
      ...a.map(([id, w]) => [id, w * (1 - t)] as const),
      ...b.map(([id, w]) => [id, w * t] as const),
    ],
    off,
  };
}

export interface CordOptions {
  /** Where the cords start: the muscle's distal end (weighted landmarks) and its offset. */
  readonly from: readonly (readonly [string, number])[];
  readonly fromOffset: Vec3;
  /** Offset of the cord from the bone line, towards the skin it runs under (m). */
  readonly side: Vec3;
  /** Fraction of the way from the digit's base to its tip where the cord ends. */
  readonly end: number;
  /** Points the cords pass on the way to the digits (e.g. under the arch of the foot). */
  readonly via?: readonly PointSpec[];
}

export interface DigitTendons {
  /** The insertion line across the digits (first to last tendon end). */
  readonly insertion: readonly PointSpec[];
  /** One part per digit. */
  readonly parts: readonly MuscleHint[];
}

/**
 * The tendon parts of a long digit muscle and its insertion line; the muscle's own belly is the
 * first part, ending where the cords start.
 */
export function digitTendons(digits: readonly Digit[], o: CordOptions): DigitTendons {
  const ends = digits.map((d) => along(d.base, d.tip, o.end, o.side));
  return {
    insertion: [ends[0] as PointSpec, ends[ends.length - 1] as PointSpec],
    parts: digitCords(digits, o),
  };
}

/** One tendon part per digit (a thin, nearly all-tendon sweep). */
function digitCords(digits: readonly Digit[], o: CordOptions): MuscleHint[] {
  return digits.map((d) => ({
    origin: [along(o.from, d.base, 0.25, o.fromOffset)],
    via: [...(o.via ?? []).map((p) => [p]), [along(d.base, d.tip, 0, o.side)]],
    insertion: [along(d.base, d.tip, o.end, o.side)],
    thickness: 0.014,
    width: 0.02,
    flat: 0.45,
    tendon: [0.48, 0.48],
    follow: 'free',
    rings: 10,
    around: 8,
  }));
}

/**
 * Hint fields for a muscle whose belly (`belly`: overrides for the first part, normally its end
 * at the wrist or ankle) continues as tendons to the digits.
 */
export function withTendons(
  belly: MuscleHint,
  t: DigitTendons,
): Pick<MuscleHint, 'insertion' | 'parts'> {
  return { insertion: t.insertion, parts: [belly, ...t.parts] };
}

/** Finger tendons: extensors over the backs of the fingers, the two flexors in the palm. */
export const FINGER_EXTENSORS = digitTendons(FINGERS, {
  from: [['wrist-centre', 1]],
  fromOffset: [0, 0, -0.015],
  side: [0, 0, -0.006],
  end: 0.45,
});
export const FDS_TENDONS = digitTendons(FINGERS, {
  from: [['wrist-centre', 1]],
  fromOffset: [0, 0, 0.012],
  side: [0, 0, 0.007],
  end: 0.5,
});
export const FDP_TENDONS = digitTendons(FINGERS, {
  from: [['wrist-centre', 1]],
  fromOffset: [0, 0, 0.009],
  side: [0, 0, 0.005],
  end: 0.82,
});

/** The big toe (for flexor hallucis longus). */
export const HALLUX: readonly Digit[] = [{ base: one('mt1-head'), tip: one('hallux-tip') }];

/** Toe tendons: extensor over the top of the foot; the flexors under the arch to the toe pads. */
export const TOE_EXTENSORS = digitTendons(LESSER_TOES, {
  from: [['ankle-centre', 1]],
  fromOffset: [0.01, 0.01, 0.04],
  side: [0, 0.007, 0],
  end: 0.5,
});
export const FDL_TENDONS = digitTendons(LESSER_TOES, {
  from: [['medial-malleolus', 1]],
  fromOffset: [0, -0.02, -0.015],
  via: [{ lm: 'navicular', off: [-0.01, -0.028, 0] }],
  side: [0, -0.008, 0],
  end: 0.55,
});
export const FHL_TENDON = digitTendons(HALLUX, {
  from: [['medial-malleolus', 1]],
  fromOffset: [0.01, -0.025, -0.02],
  via: [{ lm: 'navicular', off: [0.0, -0.03, -0.01] }],
  side: [0, -0.009, 0],
  end: 0.6,
});
