/**
 * Atlas rules of the head and neck: anchors per region key, placed from the face layout
 * (tragion, eye level, stomion, menton) and the head/neck landmarks. Left half and midline.
 */
import { type AnchorRules, type AtlasCtx, A, mix } from './anchors.ts';
import { type Vec3, add, lerp } from '../math.ts';
import { faceLayout } from '../skin/head.ts';

const FWD: Vec3 = [0, 0, 1];
const BACK: Vec3 = [0, 0, -1];
const LAT: Vec3 = [1, 0, 0];
const UP: Vec3 = [0, 1, 0];

/** Face point: inner point (x, y, head-centre z) projected forward (or along dir). */
function face(c: AtlasCtx, x: number, y: number, dir: Vec3 = FWD): Vec3 {
  return c.surf([x * c.sk.s, y, c.sk.headCentre[2]], dir);
}

function grid(c: AtlasCtx, xs: number[], ys: number[], dir: Vec3 = FWD): Vec3[] {
  return xs.flatMap((x) => ys.map((y) => face(c, x, y, dir)));
}

export const HEAD_RULES: AnchorRules = {
  vertex: (c) => {
    const hc = c.sk.headCentre;
    return A('head', [
      c.surf(hc, UP),
      c.surf(hc, [0.2, 1, 0]),
      c.surf(hc, [0, 1, 0.25]),
      c.surf(hc, [0, 1, -0.25]),
    ]);
  },
  forehead: (c) =>
    A(
      'head',
      grid(c, [0.012, 0.03, 0.045], [c.sk.eyeY + 0.04 * c.sk.s, c.sk.eyeY + 0.065 * c.sk.s]),
    ),
  eyebrow: (c) => A('head', grid(c, [0.016, 0.03, 0.044], [c.sk.eyeY + 0.021 * c.sk.s])),
  eye: (c) => A('head', grid(c, [0.022, 0.032, 0.042], [c.sk.eyeY, c.sk.eyeY - 0.007 * c.sk.s])),
  temple: (c) => {
    const t = c.lm('temple');
    const i: Vec3 = [0.02, t[1], t[2]];
    return A('head', [
      c.surf(i, LAT),
      c.surf(add(i, [0, 0.016, 0]), LAT),
      c.surf(add(i, [0, 0.008, -0.012]), LAT),
    ]);
  },
  cheek: (c) => {
    const e = c.sk.eyeY;
    const s = c.sk.s;
    return A(
      'head',
      grid(c, [0.036, 0.048], [e - 0.028 * s, e - 0.042 * s], mix(FWD, 1, LAT, 0.7)),
    );
  },
  'upper-teeth': (c) => {
    const y = faceLayout(c.sk).stomion[1];
    return A('head', grid(c, [0.02, 0.03], [y + 0.012 * c.sk.s], mix(FWD, 1, LAT, 0.3)));
  },
  'lower-teeth': (c) => {
    const y = faceLayout(c.sk).stomion[1];
    return A('head', grid(c, [0.02, 0.03], [y - 0.017 * c.sk.s], mix(FWD, 1, LAT, 0.3)));
  },
  jaw: (c) => {
    const m = c.lm('mental');
    const g = c.lm('gonion');
    const dir = mix(LAT, 1, [0, -1, 0.2], 0.8);
    return A(
      'head',
      [0.35, 0.55, 0.72].map((t) => c.surf(add(lerp(m, g, t), [-0.015, 0.01, 0]), dir)),
    );
  },
  'jaw-angle': (c) =>
    A('head', [c.surf(add(c.lm('gonion'), [-0.02, 0.008, 0.005]), [1, -0.6, -0.3])]),
  tmj: (c) => {
    const k = c.lm('condyle');
    return A('head', [
      c.surf([0.03, k[1], k[2] + 0.004], LAT),
      c.surf([0.03, k[1] - 0.01, k[2] + 0.008], LAT),
    ]);
  },
  ear: (c) => {
    const L = faceLayout(c.sk);
    const s = c.sk.s;
    const e = add(L.tragion, [0.016 * s, 0.01 * s, -0.014 * s]);
    return A('head', [
      e,
      add(e, [0, 0.02 * s, -0.004]),
      add(e, [0, -0.02 * s, 0.004]),
      add(e, [-0.004, 0, -0.012 * s]),
    ]);
  },
  mastoid: (c) => {
    const m = c.lm('mastoid');
    return A('head', [
      c.surf([0.03, m[1], m[2]], [1, 0, -0.6]),
      c.surf([0.03, m[1] + 0.012, m[2]], [1, 0, -0.6]),
    ]);
  },
  parietal: (c) => {
    const T = c.sk.tragionY;
    const z = c.sk.headCentre[2];
    const s = c.sk.s;
    return A('head', [
      c.surf([0, T + 0.06 * s, z], [1, 0.45, 0]),
      c.surf([0, T + 0.04 * s, z + 0.02], [1, 0.2, 0]),
      c.surf([0, T + 0.04 * s, z - 0.035], [1, 0.2, 0]),
    ]);
  },
  occiput: (c) => {
    const T = c.sk.tragionY;
    const s = c.sk.s;
    return A('head', grid(c, [0.018, 0.04], [T + 0.035 * s, T + 0.065 * s], BACK));
  },
  suboccipital: (c) => {
    const T = c.sk.tragionY;
    const s = c.sk.s;
    return A(
      'head',
      grid(c, [0.018, 0.038], [T - 0.005 * s, T - 0.022 * s], mix(BACK, 1, LAT, 0.2)),
    );
  },
  nose: (c) => {
    const L = faceLayout(c.sk);
    const s = c.sk.s;
    const n = c.lm('nasion');
    const p = c.lm('pronasale');
    const pts = [0.1, 0.4, 0.7, 1].map((t) =>
      c.surf(lerp([0, n[1], n[2] - 0.03], [0, p[1], p[2] - 0.03], t), FWD),
    );
    pts.push(face(c, 0.012, L.pronasale[1] - 0.007 * s, mix(FWD, 1, LAT, 0.6)));
    return A('head', pts);
  },
  mouth: (c) => {
    const y = faceLayout(c.sk).stomion[1];
    return A('head', grid(c, [0, 0.01, 0.019], [y + 0.004, y - 0.004]));
  },
  chin: (c) => {
    const m = c.lm('menton');
    const s = c.sk.s;
    return A('head', [
      ...grid(c, [0, 0.012], [m[1] + 0.018 * s]),
      c.surf(add(m, [0, 0.02, -0.005]), [0, -1, 0.2]),
    ]);
  },
};

export const NECK_RULES: AnchorRules = {
  'neck-front-upper': (c) => {
    const m = c.lm('menton');
    const h = c.lm('hyoid');
    return A(
      'axial',
      [0.018, 0.034].map((x) => c.surf([x, m[1] + 0.01, (m[2] + h[2]) / 2 - 0.01], [0, -1, 0.5])),
    );
  },
  throat: (c) => {
    const h = c.lm('hyoid');
    const sn = c.lm('suprasternale');
    return A(
      'axial',
      [0, 0.33, 0.66, 0.9].map((t) =>
        c.surf(lerp([0, h[1] - 0.008, h[2] - 0.03], [0, sn[1] + 0.02, sn[2] - 0.03], t), FWD),
      ),
    );
  },
  'neck-front-lower': (c) => {
    const sn = c.lm('suprasternale');
    const h = c.lm('hyoid');
    const y = (sn[1] + h[1]) / 2;
    return A('axial', [
      c.surf([0.02, y - 0.01, sn[2] - 0.04], mix(FWD, 1, LAT, 0.6)),
      c.surf([0.02, sn[1] + 0.02, sn[2] - 0.04], mix(FWD, 1, LAT, 0.6)),
    ]);
  },
  'neck-side-upper': (c) => neckSide(c, 0.15, 0.45),
  'neck-side-lower': (c) => neckSide(c, 0.6, 0.85),
  'neck-back-upper': (c) => neckBack(c, 0.1, 0.45),
  'neck-back-lower': (c) => neckBack(c, 0.55, 0.85),
  'spine-c7': (c) => {
    const p = c.lm('c7');
    return A(
      'axial',
      [-0.012, 0, 0.012].map((dy) => c.surf([0, p[1] + dy, p[2] + 0.04], BACK)),
    );
  },
  supraclavicular: (c) => {
    const m = c.lm('clavicle-mid');
    return A('axial', [
      c.surf([m[0], m[1] + 0.022, m[2] - 0.03], [0, 1, 0.7]),
      c.surf([m[0] - 0.015, m[1] + 0.03, m[2] - 0.035], [0, 1, 0.7]),
    ]);
  },
};

/** Neck levels between C2 (t = 0) and C7 (t = 1); neck axis z midway between hyoid and C4. */
function neckLevel(c: AtlasCtx, t: number): { y: number; z: number } {
  const top = c.lm('c2');
  const bot = c.lm('c7');
  const z = (c.lm('hyoid')[2] + c.lm('c4')[2]) / 2;
  return { y: top[1] + (bot[1] - top[1]) * t, z };
}

function neckSide(c: AtlasCtx, t0: number, t1: number) {
  const pts = [t0, (t0 + t1) / 2, t1].map((t) => {
    const { y, z } = neckLevel(c, t);
    return c.surf([0, y, z], LAT);
  });
  return A('axial', pts);
}

function neckBack(c: AtlasCtx, t0: number, t1: number) {
  const pts = [t0, (t0 + t1) / 2, t1].map((t) => {
    const { y, z } = neckLevel(c, t);
    return c.surf([0.024 * c.sk.s, y, z], mix(BACK, 1, LAT, 0.15));
  });
  return A('axial', pts);
}
