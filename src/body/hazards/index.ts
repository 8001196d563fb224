/**
 * Procedural hazard anatomy of a body shape: lungs with their pleural outline, heart and
 * pericardium, kidneys, the aorta and the major arteries and nerves of both sides, generated from
 * the skeleton and the landmarks (no third-party meshes), all inside the skin and clear of the
 * bones, as one mesh with a structure id per vertex ({@link HAZARD_STRUCTURES}). Deterministic.
 * Metres, body frame (origin on the floor between the heels, +Y up, +X the body's left, +Z
 * anterior).
 */
import { type Vec3, lerp, mirrorX } from '../math.ts';
import type { BodyShapeSpec } from '../spec/shapes.ts';
import { structureIndex } from './catalogue.ts';
import { type HazardCtx, hazardCtx } from './ctx.ts';
import { type HazardMesh, MeshAccumulator } from './meshKit.ts';
import { lowerNerves, upperNerves } from './nerves.ts';
import { heartGeom, kidneyGeom, lungField, rayExit } from './organs.ts';
import { type Route, radiusAt, routePath } from './route.ts';
import { aortaRoute, lowerArteries, upperArteries } from './vessels.ts';

export type { HazardMesh } from './meshKit.ts';

/** Least depth of an organ surface beneath the skin envelope, and its gap from the bones, m. */
const ORGAN_COVER = 0.004;
const ORGAN_BONE_GAP = 0.0008;

/**
 * The organ surface point in direction u from the centre, drawn back towards the centre where it
 * would come closer than the set cover to the skin or the gap to a bone.
 */
function organPoint(c: HazardCtx, f: (p: Vec3) => number, o: Vec3, u: Vec3, maxR: number): Vec3 {
  const ok = (p: Vec3): boolean =>
    f(p) < 0 && c.env(p[0], p[1], p[2]) < -ORGAN_COVER && c.bone(p[0], p[1], p[2]) > ORGAN_BONE_GAP;
  return rayExit((p) => (ok(p) ? -1 : 1), o, u, maxR, 0.003);
}

function addOrgan(
  c: HazardCtx,
  m: MeshAccumulator,
  id: string,
  f: (p: Vec3) => number,
  centre: Vec3,
  grid: [number, number],
  maxR: number,
): void {
  if (f(centre) >= 0) throw new Error(`hazards: centre of ${id} is outside it`);
  m.star(structureIndex(id), grid[0], grid[1], (u) => organPoint(c, f, centre, u, maxR));
}

function addRoute(c: HazardCtx, m: MeshAccumulator, r: Route, side: 'l' | 'r' | ''): void {
  const mirror = side === 'r';
  const route = mirror ? { ...r, points: r.points.map(mirrorX) } : r;
  const path = routePath(c, route);
  const id = side ? `${side}-${r.id}` : r.id;
  const sides = radiusAt(r.radius, 0, 2) > 0.004 ? 10 : 7;
  m.tube(structureIndex(id), path, (i) => radiusAt(r.radius, i, path.length), sides);
}

/** Generate the hazard anatomy of a body shape. */
export function generateHazards(spec: BodyShapeSpec): HazardMesh {
  const c = hazardCtx(spec);
  const m = new MeshAccumulator();
  const heart = heartGeom(c);
  addOrgan(c, m, 'heart', heart.heart, heart.centre, [16, 24], 0.12);
  addOrgan(c, m, 'pericardium', heart.peri, heart.centre, [18, 28], 0.12);
  for (const sign of [1, -1] as const) {
    const side = sign > 0 ? 'l' : 'r';
    const lung = lungField(c, sign, heart);
    addOrgan(c, m, `${side}-lung`, lung.f, lung.centre, [30, 44], 0.35);
    const kidney = kidneyGeom(c, sign);
    addOrgan(c, m, `${side}-kidney`, kidney.f, kidney.centre, [14, 20], 0.1);
  }
  addRoute(c, m, aortaRoute(c, heart.centre), '');
  const paired = [...upperArteries(c), ...lowerArteries(c), ...upperNerves(c), ...lowerNerves(c)];
  for (const side of ['l', 'r'] as const) for (const r of paired) addRoute(c, m, r, side);
  return m.finish();
}

/** Centre of a closed structure's vertices (for tests and framing). */
export function structureCentre(mesh: HazardMesh, index: number): Vec3 {
  let sum: Vec3 = [0, 0, 0];
  let n = 0;
  for (let v = 0; v < mesh.structure.length; v++) {
    if (mesh.structure[v] !== index) continue;
    sum = [
      sum[0] + (mesh.positions[3 * v] as number),
      sum[1] + (mesh.positions[3 * v + 1] as number),
      sum[2] + (mesh.positions[3 * v + 2] as number),
    ];
    n++;
  }
  return lerp([0, 0, 0], sum, 1 / Math.max(n, 1));
}
