/**
 * Limb girdles. Shoulder: S-curved clavicle between the sternoclavicular and acromioclavicular
 * landmarks; scapula as a triangular blade (superior angle, inferior angle, glenoid neck) on the
 * back of the rib cage with its spine, acromion, glenoid and coracoid. Pelvis: iliac wing fanned
 * from the crest (PSIS → iliocristale → ASIS) to the acetabulum, acetabular cup, pubic body and
 * rami, ischium to the ischial tuberosity. Left half; metres, body frame.
 */
import { type Vec3, add, lerp } from '../math.ts';
import type { Prim } from '../sdf/core.ts';
import { ellipsoid, polyTube, roundCone, sphere } from '../sdf/prims.ts';
import { type BoneCtx, triPlate } from './kit.ts';

const BACK: Vec3 = [0, 0, -1];

/** Clavicle: medial two thirds bowed forward, lateral third bowed back, flattened lateral end. */
export function claviclePrims(c: BoneCtx): Prim[] {
  const s = c.s;
  const sc = add(c.lm('sternoclavicular'), [-0.004 * s, -0.002, -0.004]);
  const ac = add(c.lm('acromioclavicular'), [0, -0.004, 0]);
  const pts: Vec3[] = [];
  for (let k = 0; k <= 10; k++) {
    const t = k / 10;
    const bow =
      t < 0.62
        ? 0.011 * Math.sin((Math.PI * t) / 0.62)
        : -0.009 * Math.sin((Math.PI * (t - 0.62)) / 0.38);
    pts.push(add(lerp(sc, ac, t), [0, 0.006 * Math.sin(Math.PI * t) * s, bow * s]));
  }
  return [
    polyTube(pts, 0.0058 * s, { k: 0.003, tag: 'clavicle' }),
    sphere(sc, 0.0085 * s, { k: 0.006 }),
    ellipsoid(lerp(sc, ac, 0.9), [0.012 * s, 0.004 * s, 0.009 * s], undefined, { k: 0.006 }),
  ];
}

/** Scapula: blade, lateral border, spine, acromion, glenoid and coracoid. */
export function scapulaPrims(c: BoneCtx): Prim[] {
  const { s, sk } = c;
  const depth = 0.021 * s;
  const onBack = (id: string, dx = 0): Vec3 => {
    const p = c.lm(id);
    return c.under([p[0] + dx, p[1], sk.z0], BACK, depth);
  };
  const sup = onBack('scapula-superior-angle');
  const inf = onBack('scapula-inferior-angle');
  const root = onBack('scapula-spine-root');
  const glenoid: Vec3 = add(sk.gh, [-0.021 * s, 0.002, -0.005 * s]);
  const neck: Vec3 = add(glenoid, [-0.016 * s, -0.006 * s, -0.014 * s]);
  const lat = lerp(inf, neck, 0.55);
  const latB = c.under([lat[0] + 0.01 * s, lat[1], sk.z0], BACK, depth);
  const acAngle = add(c.lm('acromial-angle'), [-0.004 * s, -0.004, 0.006]);
  const acr = add(c.lm('acromion'), [-0.008 * s, -0.004, -0.002]);
  const spineMid = c.under(lerp(root, acAngle, 0.5), BACK, 0.012 * s);
  const cor = add(c.lm('coracoid'), [0, -0.004, -0.004]);
  const r = 0.0032 * s;
  return [
    triPlate(sup, root, neck, r, { k: 0.004, tag: 'scapula' }),
    triPlate(root, inf, latB, r, { k: 0.006 }),
    triPlate(root, latB, neck, r, { k: 0.006 }),
    polyTube([inf, latB, neck], 0.0055 * s, { k: 0.005 }),
    polyTube([sup, root, inf], 0.0042 * s, { k: 0.004 }),
    polyTube([root, spineMid, acAngle], 0.0055 * s, { k: 0.005 }),
    triPlate(root, spineMid, add(lerp(root, neck, 0.6), [0, 0.01 * s, 0]), r * 1.1, { k: 0.004 }),
    polyTube([acAngle, acr, add(acr, [-0.012 * s, 0.002, 0.01 * s])], 0.0065 * s, { k: 0.006 }),
    ellipsoid(glenoid, [0.008 * s, 0.018 * s, 0.013 * s], undefined, { k: 0.006 }),
    roundCone(neck, glenoid, 0.008 * s, 0.01 * s, { k: 0.006 }),
    polyTube(
      [add(glenoid, [-0.008 * s, 0.012 * s, 0.004]), add(cor, [-0.01 * s, 0.004, -0.012]), cor],
      0.005 * s,
      {
        k: 0.005,
      },
    ),
  ];
}

/** Hip bone: iliac wing, crest, acetabulum, pubis and ischium. Acetabular socket cut last. */
export function pelvisPrims(c: BoneCtx): Prim[] {
  const { s, sk } = c;
  const hip = sk.hip;
  const asis = add(c.lm('asis'), [-0.004, -0.003, -0.006]);
  const psis = add(c.lm('psis'), [-0.006 * s, 0, 0.012 * s]);
  const crestTop = add(c.lm('iliocristale'), [-0.008 * s, -0.006, 0.004]);
  // The crest arcs from the PSIS out to its widest point and forward to the ASIS.
  const crestBack = add(lerp(crestTop, psis, 0.5), [0.016 * s, 0.004 * s, -0.006 * s]);
  const crestFront = add(lerp(crestTop, asis, 0.5), [0.01 * s, 0.004 * s, 0.004 * s]);
  const crest = [asis, crestFront, crestTop, crestBack, psis];
  const acet: Vec3 = add(hip, [-0.004 * s, 0.018 * s, -0.002 * s]);
  const si: Vec3 = [0.04 * s, psis[1] - 0.02 * s, psis[2] + 0.024 * s];
  // Lower row: anterior inferior iliac spine, acetabular roof (front, top, back), sciatic notch.
  const lower: Vec3[] = [
    add(asis, [-0.006 * s, -0.032 * s, -0.004 * s]),
    add(acet, [0.002, 0.006 * s, 0.016 * s]),
    add(acet, [0, 0.012 * s, 0]),
    add(acet, [-0.006 * s, 0.008 * s, -0.022 * s]),
    si,
  ];
  // Middle row pushed medially: the iliac fossa makes the wing concave inside.
  const midRow = crest.map((p, i) =>
    add(lerp(p, lower[i] as Vec3, 0.5), [-0.018 * s, 0, 0.004 * s]),
  );
  const out: Prim[] = [polyTube(crest, 0.0068 * s, { k: 0.004, tag: 'pelvis' })];
  for (const [r0, r1] of [
    [crest, midRow],
    [midRow, lower],
  ] as const) {
    for (let i = 0; i + 1 < r0.length; i++) {
      const a = r0[i] as Vec3;
      const b = r0[i + 1] as Vec3;
      const cc = r1[i] as Vec3;
      const d = r1[i + 1] as Vec3;
      out.push(triPlate(a, b, d, 0.0045 * s, { k: 0.005 }));
      out.push(triPlate(a, d, cc, 0.0045 * s, { k: 0.005 }));
    }
  }
  // Sacroiliac part of the ilium.
  out.push(roundCone(psis, si, 0.011 * s, 0.01 * s, { k: 0.008 }));
  // Acetabulum, pubis and ischium.
  const sym = c.lm('symphysis');
  const pubis: Vec3 = [0.016 * s, sym[1] + 0.002, sym[2] - 0.012 * s];
  const tub = add(c.lm('ischial-tuberosity'), [0, 0.006 * s, 0.004 * s]);
  const ramus = lerp(pubis, tub, 0.5);
  out.push(
    sphere(add(hip, [-0.012 * s, 0.006 * s, -0.002]), 0.026 * s, { k: 0.01 }),
    roundCone(add(hip, [-0.012 * s, -0.006 * s, 0.016 * s]), pubis, 0.01 * s, 0.009 * s, {
      k: 0.006,
    }),
    roundCone(pubis, add(pubis, [0, -0.03 * s, -0.004 * s]), 0.011 * s, 0.009 * s, { k: 0.006 }),
    roundCone(
      add(pubis, [0, -0.026 * s, -0.004 * s]),
      add(ramus, [0.004 * s, -0.012 * s, 0]),
      0.007 * s,
      0.006 * s,
      {
        k: 0.005,
      },
    ),
    roundCone(add(ramus, [0.004 * s, -0.012 * s, 0]), tub, 0.006 * s, 0.011 * s, { k: 0.005 }),
    roundCone(add(hip, [-0.01 * s, -0.01 * s, -0.018 * s]), tub, 0.014 * s, 0.012 * s, {
      k: 0.008,
    }),
  );
  return out;
}
