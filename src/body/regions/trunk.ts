/**
 * Atlas rules of the trunk: shoulder girdle, chest, abdomen, groin, back, buttocks and hips.
 * Anchors are skin points found from the landmarks (sternum, clavicle, nipple, xiphoid,
 * omphalion, ASIS, pubic tubercle, spinous processes, scapular angles, PSIS, trochanter…).
 */
import { type AnchorRules, type AtlasCtx, A, mix } from './anchors.ts';
import { type Vec3, add, lerp } from '../math.ts';

const FWD: Vec3 = [0, 0, 1];
const BACK: Vec3 = [0, 0, -1];
const LAT: Vec3 = [1, 0, 0];
const UP: Vec3 = [0, 1, 0];

const front = (c: AtlasCtx, x: number, y: number, dir: Vec3 = FWD) =>
  c.surf([x * c.sk.s, y, c.sk.z0], dir);
const side = (c: AtlasCtx, y: number, dz: number) => c.surf([0, y, c.sk.z0 - 0.005], [1, 0, dz]);
const L = (c: AtlasCtx, id: string) => c.lm(id)[1];

export const SHOULDER_RULES: AnchorRules = {
  'shoulder-top': (c) => {
    const c7 = c.lm('c7');
    const n: Vec3 = [0.06 * c.sk.s, c7[1] - 0.02, c7[2] + 0.045];
    const ac = c.lm('acromioclavicular');
    return A(
      'arm',
      [0.2, 0.45, 0.7].map((t) => c.surf(add(lerp(n, ac, t), [0, -0.03, 0]), UP)),
    );
  },
  acromion: (c) => A('arm', [c.surf(add(c.lm('acromion'), [-0.02, -0.02, 0]), [0.6, 1, 0])]),
  'deltoid-front': (c) => deltoid(c, mix(FWD, 1, LAT, 0.35)),
  'deltoid-side': (c) => deltoid(c, [1, -0.1, 0]),
  'deltoid-back': (c) => deltoid(c, mix(BACK, 1, LAT, 0.35)),
  axilla: (c) => {
    const { x, y } = armpitApex(c);
    const z = c.sk.gh[2];
    return A(
      'axilla',
      [0, -0.015, 0.015].map((dz): Vec3 => [x + 0.004, y - 0.006, z + dz]),
    );
  },
};

/**
 * Apex of the armpit: the highest level below the shoulder joint at which a horizontal walk
 * from the trunk towards the arm leaves the skin before entering the arm.
 */
export function armpitApex(c: AtlasCtx): { x: number; y: number } {
  const g = c.sk.gh;
  for (let y = g[1]; y > g[1] - 0.3; y -= 0.002) {
    let gap = -1;
    for (let x = 0.06; x < g[0] + 0.08; x += 0.001) {
      const v = c.skin.eval(x, y, g[2]);
      if (gap < 0 && v > 0) gap = x;
      else if (gap > 0 && v < 0) return { x: gap, y };
    }
  }
  return { x: g[0] - 0.03, y: c.sk.spec.axillaHeight };
}

function deltoid(c: AtlasCtx, dir: Vec3) {
  const g = c.sk.gh;
  return A(
    'arm',
    [-0.015, -0.04, -0.065].map((dy) => c.surf(add(g, [0, dy * c.sk.s, 0]), dir)),
  );
}

export const CHEST_RULES: AnchorRules = {
  clavicle: (c) => {
    const a = c.lm('sternoclavicular');
    const b = c.lm('acromioclavicular');
    return A(
      'axial',
      [0.15, 0.45, 0.75].map((t) => c.surf(add(lerp(a, b, t), [0, -0.01, -0.03]), [0, 0.35, 1])),
    );
  },
  infraclavicular: (c) => {
    const y = L(c, 'clavicle-mid') - 0.035 * c.sk.s;
    return A(
      'axial',
      [0.05, 0.085, 0.115].map((x) => front(c, x, y)),
    );
  },
  pectoral: (c) => {
    const y = L(c, 'nipple') + (c.sk.female ? 0.075 : 0.045) * c.sk.s;
    return A(
      'axial',
      [0.065, 0.1, 0.125].map((x) => front(c, x, y)),
    );
  },
  breast: (c) => {
    const n = c.lm('nipple');
    const r = (c.sk.female ? 0.042 : 0.022) * c.sk.s;
    const pts = [c.surf([n[0], n[1], c.sk.z0], FWD)];
    for (let k = 0; k < 6; k++) {
      const a = (k * Math.PI) / 3;
      pts.push(c.surf([n[0] + r * Math.cos(a), n[1] + r * Math.sin(a), c.sk.z0], FWD));
    }
    return A('axial', pts);
  },
  parasternal: (c) => {
    const a = L(c, 'sternal-angle') + 0.01;
    const b = L(c, 'xiphoid') + 0.02;
    return A(
      'axial',
      [0, 0.5, 1].map((t) => front(c, 0.028, a + (b - a) * t)),
    );
  },
  'lower-chest': (c) => {
    const y = L(c, 'xiphoid') - 0.01 * c.sk.s;
    return A(
      'axial',
      [0.06, 0.095].map((x) => front(c, x, y)),
    );
  },
  'chest-side': (c) => {
    const y = c.sk.spec.axillaHeight;
    return A('axial', [side(c, y - 0.04, 0.15), side(c, y - 0.085, 0.15)]);
  },
  'ribs-side': (c) => {
    const y = c.sk.spec.rib10Height;
    return A('axial', [side(c, y + 0.035, 0.25), side(c, y + 0.065, 0.25)]);
  },
  'sternum-upper': (c) => {
    const a = L(c, 'suprasternale') - 0.015;
    const b = L(c, 'sternal-angle') - 0.012;
    return A(
      'axial',
      [0, 0.5, 1].map((t) => front(c, 0, a + (b - a) * t)),
    );
  },
  'sternum-lower': (c) => {
    const a = L(c, 'sternal-angle') - 0.035;
    const b = L(c, 'xiphoid') + 0.005;
    return A(
      'axial',
      [0, 0.5, 1].map((t) => front(c, 0, a + (b - a) * t)),
    );
  },
};

export const ABDOMEN_RULES: AnchorRules = {
  epigastrium: (c) => {
    const y = L(c, 'xiphoid');
    return A('axial', [front(c, 0, y - 0.03), front(c, 0.02, y - 0.055), front(c, 0, y - 0.07)]);
  },
  hypochondrium: (c) => {
    const a = L(c, 'xiphoid') - 0.05;
    const b = c.sk.spec.rib10Height + 0.01;
    return A('axial', [front(c, 0.075, a), front(c, 0.095, (a + b) / 2), front(c, 0.1, b)]);
  },
  navel: (c) => {
    const y = L(c, 'omphalion');
    return A('axial', [front(c, 0, y), front(c, 0.01, y + 0.006), front(c, 0.01, y - 0.006)]);
  },
  'abdomen-side-navel': (c) => {
    const y = L(c, 'omphalion');
    return A('axial', [front(c, 0.05, y + 0.012), front(c, 0.065, y - 0.012), front(c, 0.075, y)]);
  },
  flank: (c) => {
    const y = L(c, 'omphalion');
    return A('axial', [side(c, y + 0.015, 0.35), side(c, y - 0.02, 0.35)]);
  },
  'lower-belly': (c) => {
    const a = L(c, 'omphalion') - 0.04;
    const b = L(c, 'symphysis') + 0.04;
    return A('axial', [front(c, 0, a), front(c, 0.012, (a + b) / 2), front(c, 0, b)]);
  },
  'lower-abdomen': (c) => {
    const y = L(c, 'omphalion') - 0.05 * c.sk.s;
    return A('axial', [front(c, 0.05, y), front(c, 0.07, y - 0.015)]);
  },
  'iliac-fossa': (c) => {
    const a = c.lm('asis');
    return A('axial', [
      front(c, a[0] / c.sk.s - 0.03, a[1] - 0.015),
      front(c, a[0] / c.sk.s - 0.045, a[1] - 0.035),
    ]);
  },
  groin: (c) => {
    const a = c.lm('asis');
    const p = c.lm('pubic-tubercle');
    return A(
      'axial',
      [0.4, 0.6, 0.8, 0.95].map((t) =>
        c.surf([lerp(a, p, t)[0], lerp(a, p, t)[1] - 0.02, c.sk.z0], [0, -0.35, 1]),
      ),
    );
  },
  pubis: (c) => {
    const y = L(c, 'symphysis');
    return A('axial', [front(c, 0, y + 0.005), front(c, 0.015, y - 0.01)]);
  },
  perineum: (c) => {
    const p = c.lm('perineum-centre');
    return A(
      'axial',
      [-0.02, 0, 0.02].map((dz) => c.surf([0, p[1] + 0.03, p[2] + dz], [0, -1, 0])),
    );
  },
};
