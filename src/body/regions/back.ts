/**
 * Atlas rules of the back, buttocks and hips: spinous processes (C7–L5, sacrum, coccyx),
 * scapular landmarks, paraspinal and lateral bands, iliac crest, PSIS, gluteal quadrants,
 * gluteal fold, ischial tuberosity and greater trochanter. Left half and midline.
 */
import { type AnchorRules, type AtlasCtx, A, mix } from './anchors.ts';
import { type Vec3, add, lerp } from '../math.ts';

const FWD: Vec3 = [0, 0, 1];
const BACK: Vec3 = [0, 0, -1];
const LAT: Vec3 = [1, 0, 0];

const front = (c: AtlasCtx, x: number, y: number, dir: Vec3 = FWD) =>
  c.surf([x * c.sk.s, y, c.sk.z0], dir);
const back = (c: AtlasCtx, x: number, y: number, dir: Vec3 = BACK) =>
  c.surf([x * c.sk.s, y, c.sk.z0 - 0.01], dir);
const side = (c: AtlasCtx, y: number, dz: number) => c.surf([0, y, c.sk.z0 - 0.005], [1, 0, dz]);
const ys = (c: AtlasCtx, ids: string[]) => ids.map((v) => c.sk.spine[v] as number);
const L = (c: AtlasCtx, id: string) => c.lm(id)[1];

export const BACK_RULES: AnchorRules = {
  'spine-upper-thoracic': (c) =>
    A(
      'axial',
      ys(c, ['t1', 't2', 't3', 't4']).map((y) => back(c, 0, y)),
    ),
  'spine-mid-thoracic': (c) =>
    A(
      'axial',
      ys(c, ['t5', 't6', 't7', 't8']).map((y) => back(c, 0, y)),
    ),
  'spine-lower-thoracic': (c) =>
    A(
      'axial',
      ys(c, ['t9', 't10', 't11', 't12']).map((y) => back(c, 0, y)),
    ),
  'spine-lumbar': (c) =>
    A(
      'axial',
      ys(c, ['l1', 'l2', 'l3', 'l4', 'l5']).map((y) => back(c, 0, y)),
    ),
  sacrum: (c) => {
    const s2 = L(c, 's2');
    const cx = L(c, 'coccyx');
    return A(
      'axial',
      [0.2, 0.5, 0.8].map((t) => back(c, 0, s2 + 0.015 + (cx + 0.02 - s2 - 0.015) * t)),
    );
  },
  coccyx: (c) => {
    const p = c.lm('coccyx');
    return A('axial', [c.surf([0, p[1] + 0.008, p[2] + 0.03], [0, -0.3, -1])]);
  },
  supraspinous: (c) => {
    const y = L(c, 'scapula-spine-root') + 0.025 * c.sk.s;
    return A(
      'axial',
      [0.09, 0.12].map((x) => back(c, x, y, [0, 0.3, -1])),
    );
  },
  'infraspinous-upper': (c) => {
    const y = L(c, 'scapula-spine-root') - 0.025 * c.sk.s;
    return A(
      'axial',
      [0.1, 0.125].map((x) => back(c, x, y)),
    );
  },
  'infraspinous-lower': (c) => {
    const y = L(c, 'scapula-spine-root') - 0.065 * c.sk.s;
    return A(
      'axial',
      [0.1, 0.12].map((x) => back(c, x, y)),
    );
  },
  'scapula-medial-border': (c) => {
    const a = L(c, 'scapula-superior-angle') - 0.01;
    const b = L(c, 'scapula-inferior-angle') + 0.025;
    return A(
      'axial',
      [0, 0.5, 1].map((t) => back(c, 0.068, a + (b - a) * t)),
    );
  },
  'interscapular-upper': (c) =>
    A(
      'axial',
      ys(c, ['t2', 't3']).map((y) => back(c, 0.034, y)),
    ),
  'interscapular-lower': (c) =>
    A(
      'axial',
      ys(c, ['t5', 't6']).map((y) => back(c, 0.034, y)),
    ),
  'scapula-tip': (c) => {
    const p = c.lm('scapula-inferior-angle');
    return A('axial', [back(c, p[0] / c.sk.s, p[1] - 0.008)]);
  },
  'armpit-back': (c) => {
    const p = c.lm('axilla-back');
    return A('axial', [c.surf([p[0] - 0.03, p[1] - 0.01, c.sk.z0 - 0.02], [0.5, 0, -1])]);
  },
  'upper-back-side': (c) => {
    const y = c.sk.spec.axillaHeight;
    return A('axial', [side(c, y - 0.035, -0.8), side(c, y - 0.075, -0.8)]);
  },
  'thoracic-paraspinal-mid': (c) =>
    A(
      'axial',
      ys(c, ['t7', 't8', 't9']).map((y) => back(c, 0.034, y)),
    ),
  'thoracic-paraspinal-low': (c) =>
    A(
      'axial',
      ys(c, ['t10', 't11', 't12']).map((y) => back(c, 0.034, y)),
    ),
  'mid-back-side': (c) =>
    A(
      'axial',
      ys(c, ['t8', 't10']).map((y) => side(c, y, -0.7)),
    ),
  'lower-ribs-back': (c) =>
    A(
      'axial',
      ys(c, ['t11', 't12']).map((y) => back(c, 0.085, y, [0.35, 0, -1])),
    ),
  'lumbar-upper': (c) =>
    A(
      'axial',
      ys(c, ['l1', 'l2']).map((y) => back(c, 0.034, y)),
    ),
  'lumbar-lower': (c) =>
    A(
      'axial',
      ys(c, ['l3', 'l4', 'l5']).map((y) => back(c, 0.034, y)),
    ),
  loin: (c) =>
    A(
      'axial',
      ys(c, ['l2', 'l3']).map((y) => side(c, y, -0.55)),
    ),
  'iliac-crest': (c) => {
    const p = c.lm('psis');
    const i = c.lm('iliocristale');
    return A(
      'axial',
      [0.35, 0.65, 0.9].map((t) =>
        c.surf(add(lerp(p, i, t), [-0.02, 0.012, 0.02]), [0.6, 0.25, -1]),
      ),
    );
  },
  sacroiliac: (c) => {
    const p = c.lm('psis');
    return A('axial', [back(c, p[0] / c.sk.s, p[1]), back(c, p[0] / c.sk.s - 0.005, p[1] - 0.025)]);
  },
};

/** Buttock grid around the centre of the gluteal mass. */
function buttock(c: AtlasCtx, dx: number, dy: number) {
  const s = c.sk.s;
  const by = c.sk.spec.crotchHeight + (c.sk.female ? 0.065 : 0.06) * s;
  return A('axial', [c.surf([(0.075 + dx) * s, by + dy * s, c.sk.hip[2]], BACK)]);
}

export const BUTTOCK_RULES: AnchorRules = {
  'buttock-upper-outer': (c) => buttock(c, 0.04, 0.05),
  'buttock-upper-inner': (c) => buttock(c, -0.035, 0.05),
  'buttock-centre': (c) => buttock(c, 0, 0.005),
  'buttock-lower-outer': (c) => buttock(c, 0.04, -0.035),
  'buttock-lower-inner': (c) => buttock(c, -0.03, -0.035),
  'gluteal-fold': (c) => {
    const y = c.sk.spec.crotchHeight - 0.012;
    return A(
      'axial',
      [0.045, 0.075, 0.1].map((x) =>
        c.surf([x * c.sk.s, y + 0.02, c.sk.hip[2] - 0.04], [0, -0.6, -1]),
      ),
    );
  },
  'sit-bone': (c) => {
    const p = c.lm('ischial-tuberosity');
    return A('axial', [c.surf(p, BACK), c.surf(add(p, [0, 0.01, 0.02]), [0, -0.6, -1])]);
  },
  trochanter: (c) => {
    const t = c.lm('greater-trochanter');
    return A('axial', [
      c.surf([c.sk.hip[0], t[1], t[2]], LAT),
      c.surf([c.sk.hip[0], t[1] - 0.025, t[2]], LAT),
    ]);
  },
  'hip-side-upper': (c) => {
    const y = (L(c, 'iliocristale') + L(c, 'greater-trochanter')) / 2 + 0.01;
    return A('axial', [
      c.surf([0.05, y, c.sk.hip[2] - 0.01], LAT),
      c.surf([0.05, y + 0.025, c.sk.hip[2] - 0.02], LAT),
    ]);
  },
  'hip-front': (c) => {
    const a = c.lm('asis');
    return A('axial', [
      front(c, a[0] / c.sk.s + 0.005, c.sk.hip[1] + 0.01, mix(FWD, 1, LAT, 0.4)),
      front(c, a[0] / c.sk.s, a[1] - 0.045),
    ]);
  },
};
