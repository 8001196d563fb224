/**
 * Arm and leg skin: limb lofts along the humerus, forearm, thigh and shank, with radii scaled
 * from ANSUR II circumferences (thigh, calf, biceps, forearm, wrist, knee, ankle; Gordon et al.
 * 2014), plus the shoulder cap (deltoid), knee cap and calf bellies. Left half, metres.
 */
import { type Vec3, add, along, cross, lerp, norm, scale, sub } from '../math.ts';
import type { Skeleton } from '../landmarks/skeleton.ts';
import type { Prim } from '../sdf/core.ts';
import { type LimbRow, limb } from '../sdf/lofts.ts';
import { axesAlong, ellipsoid, roundCone } from '../sdf/prims.ts';

const row = (t: number, up: number, un: number, vp: number, vn: number, k = 1): LimbRow => ({
  t,
  up: up * k,
  un: un * k,
  vp: vp * k,
  vn: vn * k,
});

export function armPrims(sk: Skeleton): Prim[] {
  const sp = sk.spec;
  const out: Prim[] = [];
  const ant: Vec3 = [0, 0, 1];
  const lat = norm(cross(sk.humerusDir, ant));
  const latV: Vec3 = lat[0] > 0 ? lat : scale(lat, -1);
  const ku = (sp.bicepsCirc / 0.33) * 1.07;
  out.push(
    limb(
      sk.gh,
      along(sk.elbow, sk.humerusDir, 0.025 * sk.s),
      ant,
      latV,
      [
        row(0, 0.05, 0.05, 0.048, 0.044, ku),
        row(0.3, 0.045, 0.048, 0.045, 0.042, ku),
        row(0.58, 0.047, 0.046, 0.04, 0.04, ku),
        row(0.84, 0.036, 0.038, 0.038, 0.04, ku),
        row(0.93, 0.034, 0.036, 0.04, 0.041, ku),
        row(1, 0.033, 0.035, 0.04, 0.041, ku),
      ],
      { k: 0.02, tag: 'arm' },
    ),
  );
  // Deltoid cap over the shoulder joint.
  const dc = add(sk.gh, [0.012 * sk.s, -0.022 * sk.s, 0]);
  out.push(
    ellipsoid(
      dc,
      [0.05 * sk.s * ku, 0.07 * sk.s, 0.055 * sk.s],
      axesAlong(sk.humerusDir, [1, 0, 0]),
      {
        k: 0.03,
        tag: 'deltoid',
      },
    ),
  );
  const kf = sp.forearmCirc / 0.29;
  const kw = sp.wristCirc / 0.175;
  const palmar = sk.hand.n;
  const radial = sk.hand.r;
  const W = (x: number) => x * kw;
  out.push(
    limb(
      along(sk.elbow, sk.forearmDir, -0.025 * sk.s),
      sk.wrist,
      palmar,
      radial,
      [
        row(0, 0.035, 0.037, 0.041, 0.042, kf),
        row(0.08, 0.036, 0.037, 0.042, 0.042, kf),
        row(0.24, 0.041, 0.036, 0.045, 0.04, kf),
        row(0.45, 0.033, 0.029, 0.036, 0.032, kf),
        { t: 0.82, up: W(0.02), un: W(0.019), vp: W(0.03), vn: W(0.028) },
        { t: 1, up: W(0.019), un: W(0.018), vp: W(0.03), vn: W(0.029) },
      ],
      { k: 0.025, tag: 'forearm' },
    ),
  );
  return out;
}

export function legPrims(sk: Skeleton): Prim[] {
  const sp = sk.spec;
  const out: Prim[] = [];
  const ant: Vec3 = [0, 0, 1];
  const kt = sp.thighCirc / 0.625;
  const kk = sp.kneeCirc / 0.39;
  const kc = sp.calfCirc / 0.392;
  const ka = sp.ankleCirc / 0.226;
  // One loft from deep inside the pelvis to the ankle (hip, knee and ankle centres are nearly
  // collinear), so the knee has no seam and the rounded top stays far beneath the skin. Rows are
  // placed by height; Y(y) is the loft fraction at height y.
  const top = add(sk.hip, [0.005 * sk.s, 0.13 * sk.s, -0.02]);
  const Y = (y: number) => (top[1] - y) / (top[1] - sk.ankle[1]);
  const hy = sk.hip[1];
  const ky = sk.knee[1];
  const L = ky - sk.ankle[1];
  const S = (t: number) => Y(ky - t * L);
  const m = sk.s;
  out.push(
    limb(
      top,
      sk.ankle,
      ant,
      [1, 0, 0],
      [
        row(0, 0.03, 0.035, 0.035, 0.025, kt),
        row(Y(hy + 0.05 * m), 0.065, 0.07, 0.075, 0.04, kt),
        row(Y(hy), 0.08, 0.09, 0.09, 0.05, kt),
        row(Y(hy - 0.03 * m), 0.092, 0.1, 0.095, 0.078, kt),
        row(Y(hy - 0.165 * m), 0.083, 0.08, 0.075, 0.07, kt),
        row(Y(hy - 0.31 * m), 0.068, 0.062, 0.06, 0.064, kk),
        row(Y(ky + 0.035 * m), 0.054, 0.052, 0.054, 0.057, kk),
        row(S(0), 0.05, 0.047, 0.052, 0.054, kk),
        row(S(0.12), 0.043, 0.055, 0.048, 0.05, kc),
        row(S(0.3), 0.037, 0.068, 0.048, 0.052, kc),
        row(S(0.55), 0.032, 0.052, 0.04, 0.04, kc),
        row(S(0.82), 0.026, 0.03, 0.028, 0.029, ka),
        row(S(1), 0.026, 0.028, 0.03, 0.031, ka),
      ],
      { k: 0.06, tag: 'leg' },
    ),
  );
  // Patella.
  const pat = add(sk.knee, [0, 0.018, 0.035 * sk.s]);
  out.push(ellipsoid(pat, [0.023, 0.027, 0.011], undefined, { k: 0.03, tag: 'patella' }));
  // Medial gastrocnemius head (lower, bigger) and lateral head.
  const gm = add(lerp(sk.knee, sk.ankle, 0.3), [-0.018, 0, -0.03 * kc]);
  const gl = add(lerp(sk.knee, sk.ankle, 0.25), [0.02, 0, -0.028 * kc]);
  out.push(ellipsoid(gm, scale([0.034, 0.08, 0.035], kc), undefined, { k: 0.03 }));
  out.push(ellipsoid(gl, scale([0.03, 0.07, 0.03], kc), undefined, { k: 0.03 }));
  // Achilles tendon.
  const ach0 = along(lerp(sk.knee, sk.ankle, 0.6), [0, 0, -1], 0.025);
  const ach1 = add(sk.ankle, [0, -0.01, -0.032 * sk.s]);
  out.push(roundCone(ach0, ach1, 0.016, 0.011, { k: 0.02 }));
  void sub;
  return out;
}
