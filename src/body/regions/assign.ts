/**
 * Region atlas: every skin vertex gets an index into data/regions.json `regions`.
 *
 * Rules (head.ts, trunk.ts, back.ts, arm.ts, leg.ts in this folder) give each region key a set of anchor points placed from the
 * landmarks of the current body, so the atlas follows the body when its shape changes. A vertex
 * takes the region of the nearest anchor among those it may belong to:
 * - side: x > 0 → left (`l-`) or midline regions, x < 0 → right (`r-`) or midline (left = +X);
 * - head: above the plane through the menton and the C2 level behind → head anchors only;
 * - digits and toes: a vertex whose nearest skin primitive is a finger, thumb or toe only sees
 *   that digit's anchors; the palm sees the hand and the digits;
 * - below the axilla, arm and trunk anchors are kept apart by the nearest skin primitive;
 *   below the crotch only leg anchors are used.
 * Finally each region keeps its largest connected piece; stray pieces join their neighbours.
 */
import regionsFile from '../../../data/regions.json' with { type: 'json' };
import type { Vec3 } from '../math.ts';
import { type AnchorRules, type Part, makeCtx } from './anchors.ts';
import { ARM_RULES } from './arm.ts';
import { HEAD_RULES, NECK_RULES } from './head.ts';
import { LEG_RULES } from './leg.ts';
import { BACK_RULES, BUTTOCK_RULES } from './back.ts';
import { ABDOMEN_RULES, CHEST_RULES, SHOULDER_RULES } from './trunk.ts';
import type { LandmarkMap } from '../landmarks/landmarks.ts';
import type { SdfProgram } from '../sdf/core.ts';
import type { Skeleton } from '../landmarks/skeleton.ts';
import { cleanRegions } from './clean.ts';

export const REGION_IDS: string[] = regionsFile.regions.map((r) => r.id);

/** All atlas rules keyed by region key (paired keys without prefix, midline ids as is). */
export const ATLAS_RULES: AnchorRules = {
  ...HEAD_RULES,
  ...NECK_RULES,
  ...SHOULDER_RULES,
  ...CHEST_RULES,
  ...ABDOMEN_RULES,
  ...BACK_RULES,
  ...BUTTOCK_RULES,
  ...ARM_RULES,
  ...LEG_RULES,
};

interface Anchors {
  part: Part;
  xyz: Float64Array;
  left: Uint16Array;
  right: Uint16Array;
}

function buildAnchors(sk: Skeleton, skin: SdfProgram, lms: LandmarkMap): Map<Part, Anchors> {
  const ctx = makeCtx(sk, skin, lms);
  const index = new Map(REGION_IDS.map((id, i) => [id, i]));
  const acc = new Map<Part, { xyz: number[]; left: number[]; right: number[] }>();
  for (const [key, rule] of Object.entries(ATLAS_RULES)) {
    const mid = index.get(key);
    const li = mid ?? index.get(`l-${key}`);
    const ri = mid ?? index.get(`r-${key}`);
    if (li === undefined || ri === undefined) throw new Error(`atlas: no region for rule ${key}`);
    const set = rule(ctx);
    const a = acc.get(set.part) ?? { xyz: [], left: [], right: [] };
    for (const p of set.pts) {
      a.xyz.push(p[0], p[1], p[2]);
      a.left.push(li);
      a.right.push(ri);
    }
    acc.set(set.part, a);
  }
  const out = new Map<Part, Anchors>();
  for (const [part, a] of acc) {
    out.set(part, {
      part,
      xyz: Float64Array.from(a.xyz),
      left: Uint16Array.from(a.left),
      right: Uint16Array.from(a.right),
    });
  }
  return out;
}

const ARM_TAGS = new Set(['arm', 'deltoid', 'forearm']);

/** Fraction of the foot length, from the heel, where the toes part from the sole (the web). */
const TOE_WEB = 0.72;

/** Position along the foot (0 heel … 1 longest toe tip) of a point on the left foot. */
function footFraction(sk: Skeleton, x: number, y: number, z: number): number {
  const { o, d } = sk.foot;
  return ((x - o[0]) * d[0] + (y - o[1]) * d[1] + (z - o[2]) * d[2]) / sk.spec.footLength;
}
const HAND_PARTS: Part[] = ['arm', 'thumb', 'index', 'middle', 'ring', 'little'];

/** Parts a vertex may belong to (see the module comment). */
function allowedParts(
  sk: Skeleton,
  lms: LandmarkMap,
  x: number,
  y: number,
  z: number,
  tag: string | undefined,
): Part[] {
  const m = lms['menton'] as Vec3;
  const c2 = lms['c2'] as Vec3;
  const yB = m[1] + 0.002 + ((z - m[2]) / (c2[2] - m[2])) * (c2[1] + 0.012 - m[1] - 0.002);
  if (y > yB) return ['head'];
  if (tag?.startsWith('digit-')) return [tag.slice(6) as Part];
  if (tag === 'toe-hallux' || tag === 'toe-small') {
    const toe: Part = tag === 'toe-hallux' ? 'hallux' : 'toes';
    // The toe primitives start over the metatarsal shafts: behind the toe web the skin is the
    // ball and the top of the foot, which belong to the foot's regions.
    return footFraction(sk, x, y, z) < TOE_WEB ? ['leg', toe] : [toe];
  }
  if (tag === 'palm') return HAND_PARTS;
  const ax = sk.spec.axillaHeight - 0.01;
  if (y < ax && tag && ARM_TAGS.has(tag)) return ['arm', 'axilla'];
  if (y >= ax) return ['axial', 'arm', 'axilla'];
  if (y < sk.spec.crotchHeight - 0.03) return ['leg', 'hallux', 'toes'];
  void x;
  return ['axial', 'leg', 'axilla'];
}

/** Tag of the skin primitive with the smallest field value at a point. */
function nearestTag(skin: SdfProgram, x: number, y: number, z: number): string | undefined {
  let best = Infinity;
  let tag: string | undefined;
  const ax = Math.abs(x);
  for (const p of skin.prims) {
    if (p.op !== 'add') continue;
    const d = p.f(ax, y, z);
    if (d < best) {
      best = d;
      tag = p.tag;
    }
  }
  return tag;
}

export function assignRegions(
  positions: Float32Array,
  indices: Uint32Array,
  lms: LandmarkMap,
  sk: Skeleton,
  skin: SdfProgram,
): Uint16Array {
  const anchors = buildAnchors(sk, skin, lms);
  const n = positions.length / 3;
  const out = new Uint16Array(n);
  for (let v = 0; v < n; v++) {
    const x = positions[3 * v] as number;
    const y = positions[3 * v + 1] as number;
    const z = positions[3 * v + 2] as number;
    const ax = Math.abs(x);
    const parts = allowedParts(sk, lms, ax, y, z, nearestTag(skin, x, y, z));
    let best = Infinity;
    let r = 0;
    for (const part of parts) {
      const a = anchors.get(part);
      if (!a) continue;
      const xyz = a.xyz;
      for (let i = 0; i < a.left.length; i++) {
        const dx = ax - (xyz[3 * i] as number);
        const dy = y - (xyz[3 * i + 1] as number);
        const dz = z - (xyz[3 * i + 2] as number);
        const d = dx * dx + dy * dy + dz * dz;
        if (d < best) {
          best = d;
          r = x < 0 ? (a.right[i] as number) : (a.left[i] as number);
        }
      }
    }
    out[v] = r;
  }
  return cleanRegions(out, indices);
}
