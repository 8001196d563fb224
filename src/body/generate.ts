/**
 * Body generator: spec → skeleton → skin field → sparse surface nets → simplified, mirrored skin
 * mesh with field normals → landmarks → region atlas. Deterministic for a given spec.
 */
import { sphereAround, type BodyAsset } from './asset/bodyAsset.ts';
import { landmarksFor } from './landmarks/landmarks.ts';
import { finishSkin } from './mesh/finish.ts';
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
  const mesh = await finishSkin(skin, raw, o.targetTris ?? 110000, o.maxError ?? 0.0004);
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
