/**
 * Whole-body assembly: builds the body's landmarks and skin field for a shape, generates every
 * muscle of the dataset (left side) and places every trigger point inside its muscle.
 */
import { landmarksFor } from '../landmarks.ts';
import type { Vec3 } from '../math.ts';
import type { BodyShapeSpec } from '../shapes.ts';
import { buildSkeleton } from '../skeleton.ts';
import { buildSkin } from '../skin/index.ts';
import type { MuscleAssetInput } from './asset.ts';
import { bodyInput } from './bodyInput.ts';
import { generateMuscle } from './generate.ts';
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

/** Body input (landmarks + skin SDF) of a shape, built with the body engineer's generators. */
export function bodyInputFor(spec: BodyShapeSpec): BodyInput {
  const sk = buildSkeleton(spec);
  const skin = buildSkin(sk);
  return bodyInput(landmarksFor(sk, skin), (x, y, z) => skin.eval(x, y, z), spec.stature);
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
    out.push({ id: m.id, index: m.index, layer: m.layer, mesh });
    for (const tp of m.triggerPoints) {
      const raw = rawTriggerPoint(body, tp.location) ?? mesh.axis[Math.floor(mesh.axis.length / 2)];
      if (raw) triggerPoints[tp.id] = placeInMuscle(mesh, raw);
    }
  }
  return { shape: spec.shape, muscles: out, triggerPoints, body, failures };
}
