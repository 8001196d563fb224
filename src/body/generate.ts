/**
 * Body generator: spec → skeleton → skin field → sparse surface nets → simplified, mirrored skin
 * mesh with field normals → landmarks → region atlas. Deterministic for a given spec.
 */
import { sphereAround, type BodyAsset } from './asset/bodyAsset.ts';
import { landmarksFor } from './landmarks/landmarks.ts';
import { finishSkin } from './mesh/finish.ts';
import { NearSurfaceView } from './sdf/core.ts';
import { surfaceNets } from './mesh/surfaceNets.ts';
import type { BodyShapeSpec } from './spec/shapes.ts';
import { buildSkeleton } from './landmarks/skeleton.ts';
import { buildSkin } from './skin/index.ts';
import { assignRegions, REGION_IDS } from './regions/assign.ts';
import { regionListHash } from './asset/regionHash.ts';

export interface GenerateOptions {
  /** Surface-nets cell size, m (default 3 mm). */
  cell?: number;
  /** Triangle budget of the whole skin after simplification. */
  targetTris?: number;
  /** Maximum simplification error, m. */
  maxError?: number;
  /** Restrict meshing to a height range (development previews only). */
  yRange?: [number, number] | undefined;
}

/**
 * Cell (m) and band (m) of the skin's per-cell primitive lists used on its surface. A 1-3 cm band
 * changed a few normals of one shape in their last digits (the lofts' distances are bounds, so
 * their cull margins are not exact); at 5 cm both shapes' meshes are bit-identical to the whole
 * chain's (SHA-256 of every array).
 */
export const SKIN_LIST_CELL = 0.02;
export const SKIN_LIST_BAND = 0.05;

export async function generateBody(
  spec: BodyShapeSpec,
  o: GenerateOptions = {},
): Promise<BodyAsset> {
  const sk = buildSkeleton(spec);
  const skin = buildSkin(sk);
  const raw = surfaceNets(skin, {
    h: o.cell ?? 0.003,
    halfX: 0.62,
    yRange: o.yRange ?? [-0.02, sk.H + 0.02],
    zRange: [-0.25, 0.35],
  });
  // The simplifier's fold check and the normals evaluate the field on the surface: through
  // per-cell primitive lists instead of all of them (same meshes, about a third less time).
  const nearSkin = new NearSurfaceView(skin, SKIN_LIST_CELL, SKIN_LIST_BAND);
  const mesh = await finishSkin(nearSkin, raw, o.targetTris ?? 110000, o.maxError ?? 0.0004);
  const lms = landmarksFor(sk, skin);
  const regionIndex = assignRegions(mesh.positions, mesh.indices, lms, sk, skin);
  const landmarks: BodyAsset['landmarks'] = {};
  for (const [k, v] of Object.entries(lms)) landmarks[k] = [v[0], v[1], v[2]];
  return {
    shape: spec.shape,
    stature: spec.stature,
    positions: mesh.positions,
    normals: mesh.normals,
    indices: mesh.indices,
    regionIndex,
    landmarks,
    bounds: sphereAround(mesh.positions),
    regionsHash: regionListHash(REGION_IDS),
  };
}
