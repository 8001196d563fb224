/**
 * Whole-body assembly: builds the body's landmarks and skin field for a shape, generates every
 * muscle of the dataset (left side) and places every trigger point inside its muscle.
 */
import { landmarksFor } from '../landmarks/landmarks.ts';
import type { Vec3 } from '../math.ts';
import { SdfProgram } from '../sdf/core.ts';
import type { BodyShapeSpec } from '../spec/shapes.ts';
import { buildSkeleton } from '../landmarks/skeleton.ts';
import { buildSkin } from '../skin/index.ts';
import type { MuscleAssetInput } from './asset.ts';
import { bodyInput } from './bodyInput.ts';
import { generateMuscle } from './generate.ts';
import { MUSCLE_HINTS } from './specs.ts';
import { placeInMuscle, rawTriggerPoint, type TriggerPointLocation } from './triggerPoints.ts';
import type { BodyInput, MuscleMesh, MuscleSource } from './types.ts';

export interface DatasetMuscle extends MuscleSource {
  /** Index in the dataset's muscle order. */
  readonly index: number;
  readonly triggerPoints: readonly {
    readonly id: string;
    readonly location: TriggerPointLocation;
  }[];
}

export interface AssembledMuscles extends MuscleAssetInput {
  readonly body: BodyInput;
  /** Ids of muscles whose generation failed, with the reason. */
  readonly failures: readonly string[];
}

/** Cell size (m) of the cache of primitive lists used to evaluate the skin field quickly. */
const CELL = 0.04;

/**
 * The skin field evaluated with per-cell lists of the primitives that can matter there
 * (`SdfProgram.cull`, with a band wide enough for the projections the generator makes).
 */
export function culledSkin(skin: SdfProgram): (x: number, y: number, z: number) => number {
  const lists = new Map<string, Int32Array>();
  const r = (CELL * Math.sqrt(3)) / 2;
  return (x, y, z) => {
    const i = Math.floor(Math.abs(x) / CELL);
    const j = Math.floor(y / CELL);
    const k = Math.floor(z / CELL);
    const key = `${i},${j},${k}`;
    let list = lists.get(key);
    if (!list) {
      list = skin.cull((i + 0.5) * CELL, (j + 0.5) * CELL, (k + 0.5) * CELL, r, 0.15);
      lists.set(key, list);
    }
    return list.length > 0 ? skin.eval(x, y, z, list) : skin.eval(x, y, z);
  };
}

/** Skin parts that are fat, not muscle: muscles lie under the chest wall, not inside the breast. */
const NOT_MUSCLE = new Set(['breast']);

/** Body input (landmarks + skin SDF) of a shape, built with the body engineer's generators. */
export function bodyInputFor(spec: BodyShapeSpec): BodyInput {
  const sk = buildSkeleton(spec);
  const skin = buildSkin(sk);
  // The muscle envelope: the skin field without its fat-only parts (inside the skin everywhere).
  const envelope = new SdfProgram();
  for (const p of skin.prims) if (!NOT_MUSCLE.has(p.tag ?? '')) envelope.add(p);
  return bodyInput(landmarksFor(sk, skin), culledSkin(envelope), spec.stature);
}

/**
 * Thin sheets drawn as a veil of fibres because they would hide the muscles under them (platysma
 * over the sternocleidomastoid, the intercostals over the ribs): only where the hint says so. Thin
 * scalp muscles (frontalis, occipitalis) stay solid: a comb of stripes there reads as an artefact.
 */
export function isVeil(m: MuscleSource): boolean {
  return MUSCLE_HINTS[m.id]?.veil ?? false;
}

/** Generates all muscles and their trigger point positions for one body shape. */
export function assembleMuscles(
  spec: BodyShapeSpec,
  muscles: readonly DatasetMuscle[],
  body: BodyInput = bodyInputFor(spec),
): AssembledMuscles {
  const out: MuscleAssetInput['muscles'][number][] = [];
  const triggerPoints: Record<string, Vec3> = {};
  const failures: string[] = [];
  for (const m of muscles) {
    let mesh: MuscleMesh;
    try {
      mesh = generateMuscle(body, m);
    } catch (e) {
      failures.push(`${m.id}: ${(e as Error).message}`);
      continue;
    }
    out.push({ id: m.id, index: m.index, layer: m.layer, veil: isVeil(m), mesh });
    for (const tp of m.triggerPoints) {
      const raw = rawTriggerPoint(body, tp.location) ?? mesh.axis[Math.floor(mesh.axis.length / 2)];
      if (raw) triggerPoints[tp.id] = placeInMuscle(mesh, raw);
    }
  }
  return { shape: spec.shape, muscles: out, triggerPoints, body, failures };
}
