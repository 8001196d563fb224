/**
 * The skin signed-distance field of a body shape: trunk loft, neck, head, shoulders, chest,
 * buttocks, arms, hands, legs and feet blended into one closed surface. Metres, body frame.
 */
import type { Skeleton } from '../landmarks/skeleton.ts';
import { SdfProgram } from '../sdf/core.ts';
import { loftY } from '../sdf/lofts.ts';
import { armPrims, legPrims } from './limbs.ts';
import { footPrims, handPrims } from './extremities.ts';
import { headPrims, neckPrims } from './head.ts';
import { trunkRows } from './trunk.ts';
import { torsoFeatures } from './torso.ts';

/** Build the skin SDF program of a skeleton. */
export function buildSkin(sk: Skeleton): SdfProgram {
  const prog = new SdfProgram();
  const trunk = loftY(trunkRows(sk), { tag: 'trunk' });
  prog.add(trunk);
  for (const p of neckPrims(sk)) prog.add(p);
  const cuts = torsoFeatures(sk, prog, trunk);
  for (const p of armPrims(sk)) prog.add(p);
  for (const p of legPrims(sk)) prog.add(p);
  for (const p of cuts) prog.add(p);
  for (const p of headPrims(sk)) prog.add(p);
  for (const p of handPrims(sk)) prog.add(p);
  for (const p of footPrims(sk)) prog.add(p);
  return prog;
}
