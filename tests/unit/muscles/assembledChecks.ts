/** Checks over a whole assembled body of muscles, shared by the male and female suites. */
import type { AssembledMuscles, DatasetMuscle } from '../../../src/body/muscles/assemble';
import { insideMesh } from './insideMesh';

/** Ids of the trigger points that are not inside their muscle's mesh (empty when all are). */
export function triggerPointsOutside(
  a: AssembledMuscles,
  muscles: readonly DatasetMuscle[],
): string[] {
  const outside: string[] = [];
  for (const m of muscles) {
    const mesh = a.muscles.find((x) => x.id === m.id)?.mesh;
    for (const tp of m.triggerPoints) {
      const p = a.triggerPoints[tp.id];
      if (!mesh || !p || !insideMesh(mesh, p)) outside.push(tp.id);
    }
  }
  return outside;
}

/** Superficial muscles with a vertex more than `limit` metres outside the skin, with how far. */
export function skinOverhangs(a: AssembledMuscles, limit: number): string[] {
  const out: string[] = [];
  for (const m of a.muscles) {
    if (m.layer !== 'superficial') continue;
    const p = m.mesh.positions;
    let worst = -Infinity;
    for (let i = 0; i < p.length; i += 3) {
      worst = Math.max(worst, a.body.skin(p[i] as number, p[i + 1] as number, p[i + 2] as number));
    }
    if (worst > limit) out.push(`${m.id}: ${(worst * 1000).toFixed(1)} mm`);
  }
  return out;
}
