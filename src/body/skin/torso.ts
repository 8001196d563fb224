/**
 * Surface features of the trunk laid over the loft: trapezius slope, clavicles, pectorals or
 * breasts, scapulae, the spinal furrow between the erector ridges, navel, buttocks and the
 * gluteal cleft. Positions follow the skeleton's ANSUR II levels. Metres, left half (+X).
 */
import { type Vec3, add, norm, scale } from '../math.ts';
import type { Skeleton } from '../landmarks/skeleton.ts';
import type { Prim, SdfProgram } from '../sdf/core.ts';
import { ellipsoid, polyTube, roundCone, sphere } from '../sdf/prims.ts';

/** z of the surface of `p` crossed when walking from z = zIn towards dir (±1) at (x, y). */
export function surfaceZ(p: Prim, x: number, y: number, zIn: number, dir: 1 | -1): number {
  let a = zIn;
  let b = zIn + dir * 0.4;
  for (let i = 0; i < 40; i++) {
    const m = (a + b) / 2;
    if (p.f(x, y, m) < 0) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

/** Adds the raised features to `prog`; returns the carved ones (apply after the limbs). */
export function torsoFeatures(sk: Skeleton, prog: SdfProgram, trunk: Prim): Prim[] {
  const cuts: Prim[] = [];
  for (const part of [shoulderGirdle, chest, backFeatures, pelvis]) part(sk, prog, trunk, cuts);
  return cuts;
}

/** Trapezius slope and clavicles. */
function shoulderGirdle(sk: Skeleton, prog: SdfProgram, trunk: Prim, _cuts: Prim[]): void {
  const sp = sk.spec;
  const s = sk.s;
  const z0 = sk.z0;
  const front = (x: number, y: number) => surfaceZ(trunk, x, y, z0, 1);
  const supra = sp.suprasternaleHeight;
  // Trapezius slope from the side of the neck to the acromion.
  const nk: Vec3 = [0.036 * s, sp.cervicaleHeight + 0.005 * s, z0 - 0.022 * s];
  prog.add(
    roundCone(nk, add(sk.acromion, [-0.025, -0.01, -0.01]), 0.022 * s, 0.02 * s, { k: 0.045 }),
  );
  // Clavicles: sternal end to acromial end, just beneath the skin.
  const sc: Vec3 = [0.022 * s, supra + 0.006, front(0.022 * s, supra + 0.006) - 0.006];
  const ac: Vec3 = add(sk.acromion, [-0.022 * s, 0.004, 0.008]);
  prog.add(
    roundCone(sc, add(ac, [0, 0, 0.004]), 0.009 * s, 0.008 * s, { k: 0.018, tag: 'clavicle' }),
  );
}

/** Breasts (female) or pectorals (male), nipples. */
function chest(sk: Skeleton, prog: SdfProgram, trunk: Prim, _cuts: Prim[]): void {
  const sp = sk.spec;
  const s = sk.s;
  const z0 = sk.z0;
  const f = sk.female;
  const front = (x: number, y: number) => surfaceZ(trunk, x, y, z0, 1);
  const supra = sp.suprasternaleHeight;
  // Chest.
  const nippleY = f ? supra - 0.175 * (sk.H / 1.629) : supra - 0.155 * s;
  if (f) {
    const bp = sp.breastProjection;
    const wz = front(0.09, nippleY + 0.01);
    const bc: Vec3 = [0.092, nippleY + 0.008, wz + bp * 0.22];
    const tilt = [norm([1, 0, 0.25]), [0, 1, 0], norm([-0.25, 0, 1])] as [Vec3, Vec3, Vec3];
    prog.add(ellipsoid(bc, [0.06, 0.056, bp * 0.95], tilt, { k: 0.05, tag: 'breast' }));
    prog.add(
      ellipsoid(add(bc, [-0.006, 0.04, -bp * 0.45]), [0.055, 0.045, bp * 0.6], tilt, { k: 0.05 }),
    );
    const nip = surfaceZ(prog.prims[prog.prims.length - 2] as Prim, 0.093, nippleY, bc[2], 1);
    prog.add(sphere([0.093, nippleY, nip - 0.002], 0.0055, { k: 0.006, tag: 'nipple' }));
  } else {
    const py = nippleY + 0.038 * s;
    const pz = front(0.07 * s, py) - 0.028 * s;
    prog.add(
      ellipsoid([0.072 * s, py, pz], [0.085 * s, 0.06 * s, 0.04 * s], undefined, {
        k: 0.04,
        tag: 'pectoral',
      }),
    );
    const nz = front(0.095 * s, nippleY);
    prog.add(sphere([0.095 * s, nippleY, nz - 0.0015], 0.004, { k: 0.004, tag: 'nipple' }));
  }
}

/** Scapulae, lumbar erector ridges and the spinal furrow. */
function backFeatures(sk: Skeleton, prog: SdfProgram, trunk: Prim, cuts: Prim[]): void {
  const s = sk.s;
  const z0 = sk.z0;
  const back = (x: number, y: number) => surfaceZ(trunk, x, y, z0, -1);
  // Scapulae.
  const t4 = sk.spine['t4'] as number;
  prog.add(
    ellipsoid(
      [0.095 * s, t4, back(0.095 * s, t4) + 0.022 * s],
      [0.055 * s, 0.075 * s, 0.024 * s],
      undefined,
      {
        k: 0.04,
        tag: 'scapula',
      },
    ),
  );
  // Erector spinae ridges in the lumbar region.
  const l2 = (sk.spine['l2'] as number) + 0.01;
  prog.add(
    ellipsoid(
      [0.03 * s, l2, back(0.03 * s, l2) + 0.016 * s],
      [0.024 * s, 0.11 * s, 0.022 * s],
      undefined,
      {
        k: 0.03,
      },
    ),
  );
  // Spinal furrow: shallow groove along the spinous processes from T2 to L5.
  const levels = ['t3', 't5', 't7', 't9', 't11', 'l1', 'l2', 'l3', 'l4', 'l5'].map(
    (v) => sk.spine[v] as number,
  );
  const groove = levels.map((y, i): Vec3 => [
    0,
    y,
    back(0, y) - (i < 2 ? 0.0125 : i < 5 ? 0.0115 : 0.0102) * s,
  ]);
  cuts.push(polyTube(groove, 0.011 * s, { k: 0.014, op: 'sub', tag: 'spine' }));
}

/** Navel, buttocks and the gluteal cleft. */
function pelvis(sk: Skeleton, prog: SdfProgram, trunk: Prim, cuts: Prim[]): void {
  const sp = sk.spec;
  const s = sk.s;
  const z0 = sk.z0;
  const f = sk.female;
  const front = (x: number, y: number) => surfaceZ(trunk, x, y, z0, 1);
  // Navel.
  const ny = sp.waistHeight;
  cuts.push(
    sphere([0, ny, front(0, ny) + 0.004], 0.009 * s, { k: 0.008, op: 'sub', tag: 'navel' }),
  );
  // Buttocks and the gluteal cleft.
  const bz = sk.hip[2] - (f ? 0.09 : 0.085) * s;
  const by = sp.crotchHeight + (f ? 0.06 : 0.055) * s;
  const bR: Vec3 = f ? [0.085, 0.1, 0.085] : [0.078, 0.095, 0.078];
  prog.add(
    ellipsoid([0.075 * s, by, bz], scale(bR, s), undefined, {
      k: 0.035,
      tag: 'buttock',
    }),
  );
  cuts.push(
    ellipsoid([0, by + 0.01, bz - 0.08 * s], [0.007, 0.085 * s, 0.045 * s], undefined, {
      k: 0.02,
      op: 'sub',
    }),
  );
}
