/**
 * Lungs with their pleural outline, the heart in its pericardium, and the kidneys, as closed
 * star-shaped surfaces around a centre. Metres, body frame; θ is the angle around the trunk's
 * vertical axis (0 straight back, π/2 lateral, π straight forward), as in the rib builder.
 *
 * Anatomy used (Standring S, ed. Gray's Anatomy, 41st ed., 2016; Moore KL, Dalley AF, Agur AMR.
 * Clinically Oriented Anatomy, 7th ed., 2014):
 * - Parietal pleura: the cervical pleura rises 2–3 cm above the medial third of the clavicle;
 *   the lower reflection crosses the 8th rib in the midclavicular line, the 10th in the
 *   midaxillary line and the 12th rib (T12) beside the spine, so the costodiaphragmatic recess
 *   reaches lowest at the back; in front the reflections nearly meet behind the sternum. We model
 *   the pleural cavity (the lung surface is a few cm higher at the base in quiet breathing).
 * - Chest wall: pleura just inside the ribs (rib centre line 24–34 mm under the muscle envelope in
 *   this model, rib radius ≈ 6 mm), plus 3 mm of intercostal membrane and endothoracic fascia.
 * - Diaphragm domes: right at the 5th rib, left at the 5th intercostal space in expiration.
 * - Heart: apex in the left 5th intercostal space ≈ 9 cm from the midline; right border ≈ 1–2 cm
 *   right of the sternum; ≈ 12 × 8.5 × 6 cm; right ventricle directly behind the sternum and the
 *   left 4th–5th costal cartilages. Fibrous pericardium a few mm around it.
 * - Kidneys: ≈ 11 × 6 × 3 cm, long axis tilted (upper pole medial and posterior); hilum at L1
 *   (transpyloric plane), left upper pole at T11–T12, right kidney 1–2 cm lower; posterior surface
 *   on quadratus lumborum and psoas, the upper pole against the diaphragm and 12th rib.
 */
import { type Vec3, add, clamp, dot, lerp, norm, rotate, smoothstep, sub } from '../math.ts';
import type { HazardCtx } from './ctx.ts';

/** Rib radius of ribs 2–10 in the bone model, ×s. */
const RIB_R = 0.0056;

/** Signed distance (approximate) to an ellipsoid with semi-axes r along the frame (a, b, c). */
export function ellipsoidField(c: Vec3, r: Vec3, a: Vec3, b: Vec3, d: Vec3): (p: Vec3) => number {
  return (p) => {
    const q = sub(p, c);
    const x = dot(q, a) / r[0];
    const y = dot(q, b) / r[1];
    const z = dot(q, d) / r[2];
    const k = Math.sqrt(x * x + y * y + z * z);
    return (k - 1) * Math.min(r[0], r[1], r[2]);
  };
}

export interface HeartGeom {
  /** Pericardium (outer) field, heart field. */
  peri: (p: Vec3) => number;
  heart: (p: Vec3) => number;
  centre: Vec3;
}

/** Heart and pericardium from the sternum, nipple and xiphoid landmarks. */
export function heartGeom(c: HazardCtx): HeartGeom {
  const s = c.s;
  const xi = c.lm('xiphoid');
  const angle = c.lm('sternal-angle');
  const y = lerp(angle, xi, 0.62)[1];
  const front = c.under([0, y, c.sk.z0], [0, 0, 1], 0.024 * s)[2];
  const centre: Vec3 = [0.018 * s, y, front - 0.04 * s];
  const axis = norm([0.62, -0.45, 0.5]);
  const side = norm(rotate([1, 0, 0], [0, 0, 1], 0.6));
  const b = norm(
    sub(side, [axis[0] * dot(side, axis), axis[1] * dot(side, axis), axis[2] * dot(side, axis)]),
  );
  const d: Vec3 = [
    axis[1] * b[2] - axis[2] * b[1],
    axis[2] * b[0] - axis[0] * b[2],
    axis[0] * b[1] - axis[1] * b[0],
  ];
  const r: Vec3 = [0.058 * s, 0.043 * s, 0.032 * s];
  const peri = 0.004 * s;
  return {
    centre,
    heart: ellipsoidField(centre, r, axis, b, d),
    peri: ellipsoidField(centre, [r[0] + peri, r[1] + peri, r[2] + peri], axis, b, d),
  };
}

const trunkZ = (c: HazardCtx, y: number): number => c.trunkZ(y);

/** Piecewise-linear interpolation over sorted keys. */
function interp(keys: readonly (readonly [number, number])[], x: number): number {
  const first = keys[0] as readonly [number, number];
  if (x <= first[0]) return first[1];
  for (let i = 1; i < keys.length; i++) {
    const [x1, y1] = keys[i] as readonly [number, number];
    const [x0, y0] = keys[i - 1] as readonly [number, number];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return (keys[keys.length - 1] as readonly [number, number])[1];
}

export interface LungField {
  /** Negative inside the pleural cavity of the side. */
  f: (p: Vec3) => number;
  centre: Vec3;
}

/** The pleural cavity of one side (`sign` +1 left, −1 right) as an implicit field. */
export function lungField(c: HazardCtx, sign: 1 | -1, heart: HeartGeom): LungField {
  const { s, sk } = c;
  const sp = sk.spine;
  const xi = c.lm('xiphoid')[1];
  const rib10 = c.lm('rib10-lateral')[1];
  const t12 = sp['t12'] as number;
  const sc = c.lm('sternoclavicular');
  const cm = c.lm('clavicle-mid');
  // Lowest pleural reflection around the wall (θ 0 back → π front).
  // Deepest at the back: the recess passes below the 12th rib beside the spine.
  const back = Math.min(t12 - 0.012 * s, rib10 - 0.014 * s);
  const low: [number, number][] = [
    [0, back],
    [0.7, back + 0.004 * s],
    [Math.PI / 2, rib10],
    [2.5, xi - 0.04 * s],
    [Math.PI, xi - 0.012 * s],
  ];
  const dome = xi + (sign > 0 ? 0.014 : 0.028) * s;
  // Cervical pleura: 2–3 cm above the medial third of the clavicle, towards the back.
  const ax = lerp(sc, cm, 0.35)[0];
  const ay = lerp(sc, cm, 0.35)[1] + 0.026 * s;
  const az = trunkZ(c, ay) - 0.012 * s;
  // Lateral reach of the upper ribs (the bone model caps ribs 1–6 inside the shoulders).
  const halfW = sk.spec.chestBreadth / 2 - 0.03 * s;
  const caps: [number, number][] = [0.4, 0.6, 0.75, 0.86, 0.93, 0.97, 1].map((f, i) => {
    const drop = (0.05 + 0.0075 * (i + 1)) * s;
    return [(sp[`t${i + 1}`] as number) - 0.55 * drop, f * halfW];
  });
  caps.reverse();
  const wallOf = (th: number): number =>
    (0.034 - 0.01 * smoothstep(0.5, 2.4, th)) * s + RIB_R * s + 0.003;
  const f = (p: Vec3): number => {
    const x = p[0] * sign;
    const y = p[1];
    const zc = trunkZ(c, clamp(y, rib10, ay));
    const th = Math.atan2(Math.max(x, 0), -(p[2] - zc));
    const e = c.env(p[0], y, p[2]);
    const inner = e + wallOf(th);
    const capX = x - (interp(caps, y) - RIB_R * s - 0.004);
    const top = y - (ay - (3.5 / s) * ((x - ax) ** 2 + (p[2] - az) ** 2));
    const depthIn = Math.max(0, -inner);
    const lo = interp(low, th);
    const floor = lo + (dome - lo) * smoothstep(0, 0.07 * s, depthIn) - y;
    const spineR = 0.03 * s;
    const col = Math.hypot(x, p[2] - c.spineZ(y)) - spineR;
    const medial = Math.min(heart.peri(p) - 0.003, col - 0.003, x - 0.007 * s);
    return Math.max(inner, capX, top, floor, -medial);
  };
  const cy = lerp([0, ay, 0], [0, xi, 0], 0.45)[1];
  return { f, centre: [sign * 0.085 * s, cy, trunkZ(c, cy) - 0.01 * s] };
}

/** Point where the ray from `o` along `u` first leaves the region f < 0 (bisection), ≤ maxR. */
export function rayExit(f: (p: Vec3) => number, o: Vec3, u: Vec3, maxR = 0.4, step = 0.004): Vec3 {
  let a = 0;
  let b = step;
  const at = (t: number): Vec3 => [o[0] + u[0] * t, o[1] + u[1] * t, o[2] + u[2] * t];
  while (b < maxR && f(at(b)) < 0) {
    a = b;
    b += step;
  }
  for (let i = 0; i < 18; i++) {
    const m = (a + b) / 2;
    if (f(at(m)) < 0) a = m;
    else b = m;
  }
  return at(a);
}

export interface KidneyGeom {
  f: (p: Vec3) => number;
  centre: Vec3;
}

/** Kidney of one side (`sign` +1 left, −1 right). */
export function kidneyGeom(c: HazardCtx, sign: 1 | -1): KidneyGeom {
  const s = c.s;
  const sp = c.sk.spine;
  const y =
    lerp([0, sp['l1'] as number, 0], [0, sp['l2'] as number, 0], 0.3)[1] -
    (sign < 0 ? 0.016 * s : 0);
  const x = 0.068 * s;
  const back = c.under([x, y, c.sk.z0], [0, 0, -1], 0)[2];
  const centre: Vec3 = [sign * x, y, back + 0.072 * s];
  // Long axis: upper pole medial and posterior.
  const a = norm([-0.25 * sign, 1, -0.2]);
  const b = norm([sign, 0.25 * sign, 0]);
  const d = norm([a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]);
  return { f: ellipsoidField(centre, [0.056 * s, 0.03 * s, 0.02 * s], a, b, d), centre };
}

/** Direction helper: add to a point (exported for the vessel builders). */
export const offset = (p: Vec3, d: Vec3): Vec3 => add(p, d);
