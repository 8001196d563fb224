/**
 * The skin signed-distance field of a body shape: trunk loft, neck, head, shoulders, chest,
 * buttocks, arms, hands, legs and feet blended into one closed surface. Metres, body frame.
 */
import { type Vec3, add } from '../math.ts';
import type { Skeleton } from '../skeleton.ts';
import { SdfProgram } from '../sdf/core.ts';
import { loftY } from '../sdf/lofts.ts';
import { ellipsoid, roundCone } from '../sdf/prims.ts';
import { armPrims, legPrims } from './limbs.ts';
import { footPrims, handPrims } from './extremities.ts';
import { headPrims, neckPrims } from './head.ts';
import { trunkRows } from './trunk.ts';

function torsoFeatures(sk: Skeleton, prog: SdfProgram): void {
  const sp = sk.spec;
  const s = sk.s;
  const z0 = sk.z0;
  // Trapezius ridge from the side of the neck to the acromion.
  const nk: Vec3 = [0.04 * s, sp.cervicaleHeight - 0.01, z0 - 0.045 * s];
  prog.add(
    roundCone(nk, add(sk.acromion, [-0.015, 0.0, -0.005]), 0.04 * s, 0.028 * s, { k: 0.05 }),
  );
  // Buttocks.
  const bz = sk.hip[2] - 0.085 * s;
  const by = sp.crotchHeight + (sk.female ? 0.075 : 0.07) * s;
  const bR: Vec3 = sk.female ? [0.085, 0.1, 0.085] : [0.075, 0.095, 0.075];
  prog.add(
    ellipsoid([0.07 * s, by, bz], bR.map((x) => x * s) as Vec3, undefined, {
      k: 0.04,
      tag: 'buttock',
    }),
  );
  if (sk.female) {
    const bp = sp.breastProjection;
    const ny = sp.suprasternaleHeight - 0.175 * (sk.H / 1.629);
    const bc: Vec3 = [0.085, ny + 0.01, z0 + 0.07];
    prog.add(ellipsoid(bc, [0.065, 0.06, bp + 0.015], undefined, { k: 0.04, tag: 'breast' }));
  } else {
    const py = sp.suprasternaleHeight - 0.12 * s;
    prog.add(
      ellipsoid([0.075 * s, py, z0 + 0.085 * s], [0.08 * s, 0.06 * s, 0.035 * s], undefined, {
        k: 0.05,
      }),
    );
  }
}

/** Build the skin SDF program of a skeleton. */
export function buildSkin(sk: Skeleton): SdfProgram {
  const prog = new SdfProgram();
  prog.add(loftY(trunkRows(sk), { tag: 'trunk' }));
  for (const p of neckPrims(sk)) prog.add(p);
  torsoFeatures(sk, prog);
  for (const p of headPrims(sk)) prog.add(p);
  for (const p of armPrims(sk)) prog.add(p);
  for (const p of handPrims(sk)) prog.add(p);
  for (const p of legPrims(sk)) prog.add(p);
  for (const p of footPrims(sk)) prog.add(p);
  return prog;
}
