/**
 * Procedural skeleton: one merged bone mesh per body shape, built as a signed-distance field of
 * bone primitives placed from the skeleton's joint centres and the body's landmarks, meshed with
 * the skin's sparse surface nets, simplified and mirrored like the skin. Deterministic.
 * Positions in metres in the body frame (origin on the floor midway between the heels, +Y up,
 * +X to the body's left, +Z anterior); triangles wind counter-clockwise seen from outside.
 */
import { landmarksFor } from '../landmarks/landmarks.ts';
import { type SkinMesh, finishSkin } from '../mesh/finish.ts';
import { surfaceNets } from '../mesh/surfaceNets.ts';
import type { BodyShapeSpec } from '../spec/shapes.ts';
import { buildSkeleton } from '../landmarks/skeleton.ts';
import { buildSkin } from '../skin/index.ts';
import { humerusPrims, forearmPrims, handPrims } from './arm.ts';
import { sacrumPrims, skullPrims, spinePrims } from './axial.ts';
import { claviclePrims, pelvisPrims, scapulaPrims } from './girdles.ts';
import { boneCtx, insideSkin } from './kit.ts';
import { NearSurfaceView, SdfProgram, cachedField } from '../sdf/core.ts';
import { femurPrims, footPrims, shankPrims } from './leg.ts';
import { reduceMirrored } from './reduce.ts';
import { ribPrims, sternumPrims } from './thorax.ts';

export type BoneMesh = SkinMesh;

export interface BoneOptions {
  /** Surface-nets cell size, m (default 3 mm). */
  cell?: number;
  /** Triangle budget of the whole skeleton after simplification (default 44 000). */
  targetTris?: number;
  /** Maximum simplification error, m (default 0.8 mm). */
  maxError?: number;
  /** Least depth of bone beneath the skin envelope, m (default 2 mm). */
  margin?: number;
}

/** The muscle envelope: the skin field without its fat-only parts (breasts). */
export function skinEnvelope(skin: SdfProgram): SdfProgram {
  const env = new SdfProgram();
  for (const p of skin.prims) if (p.tag !== 'breast') env.add(p);
  return env;
}

/** Least depth of the skull under the skin of the head, m. */
const SCALP = 0.0065;

/** The bone field of a body shape (left half authored, mirrored by the field's |x|). */
export function buildBoneField(spec: BodyShapeSpec, margin = 0.002): SdfProgram {
  const sk = buildSkeleton(spec);
  const skin = buildSkin(sk);
  const env = skinEnvelope(skin);
  const c = boneCtx(sk, landmarksFor(sk, skin), env);
  const prog = new SdfProgram();
  const parts = [
    skullPrims(c),
    spinePrims(c),
    sacrumPrims(c),
    ribPrims(c),
    sternumPrims(c),
    claviclePrims(c),
    scapulaPrims(c),
    pelvisPrims(c),
    humerusPrims(c),
    forearmPrims(c),
    handPrims(c),
    femurPrims(c),
    shankPrims(c),
    footPrims(c),
  ];
  for (const list of parts) for (const p of list) prog.add(p);
  // The scalp (skin, fat, the thin scalp muscles and their aponeurosis) is about 5–7 mm thick:
  // over the head the bone stays deeper than elsewhere, blending in over 3 cm below the chin.
  const y0 = sk.mentonY - 0.02 * sk.s;
  const y1 = sk.mentonY + 0.01 * sk.s;
  const headMargin = (y: number): number => {
    const t = Math.min(1, Math.max(0, (y - y0) / (y1 - y0)));
    return margin + (SCALP - margin) * t * t * (3 - 2 * t);
  };
  prog.add(insideSkin(cachedField(env, 0.03, 0.02), headMargin));
  // Evaluated near its surface only (meshing, hazards' depths): per-cell primitive lists.
  return new NearSurfaceView(prog, 0.02, 0.01);
}

/** Generate the bone mesh of a body shape. */
export async function generateBones(spec: BodyShapeSpec, o: BoneOptions = {}): Promise<BoneMesh> {
  const prog = buildBoneField(spec, o.margin ?? 0.002);
  const raw = surfaceNets(prog, {
    h: o.cell ?? 0.003,
    halfX: 0.62,
    yRange: [-0.01, spec.stature],
    zRange: [-0.2, 0.26],
  });
  const target = o.targetTris ?? 44000;
  const maxError = o.maxError ?? 0.0008;
  return reduceMirrored(prog, await finishSkin(prog, raw, target, maxError), target, maxError);
}
