/**
 * Atlas rules of the leg: thigh (thirds × front/outer/back/inner), knee, lower leg (thirds ×
 * shin/outer/calf/inner), ankle, foot (heel, arch, sole, ball, dorsum, outer edge) and toes.
 * Left leg; foot directions follow the foot frame (toes turned out 7°).
 */
import { type AnchorRules, type AtlasCtx, A } from './anchors.ts';
import { type Vec3, add, dot, lerp, norm, scale, sub } from '../math.ts';
import { TOES, footPoint } from '../skin/extremities.ts';

const perp = (v: Vec3, axis: Vec3): Vec3 => norm(sub(v, scale(axis, dot(v, axis))));

function thighDirs(c: AtlasCtx) {
  const ax = norm(sub(c.sk.knee, c.sk.hip));
  return {
    front: perp([0, 0, 1], ax),
    outer: perp([1, 0, 0], ax),
    back: perp([0, 0, -1], ax),
    inner: perp([-1, 0, 0], ax),
  };
}

function shankDirs(c: AtlasCtx) {
  const ax = norm(sub(c.sk.ankle, c.sk.knee));
  return {
    shin: perp([-0.25, 0, 1], ax),
    outer: perp([1, 0, 0.15], ax),
    calf: perp([0, 0, -1], ax),
    inner: perp([-1, 0, -0.1], ax),
  };
}

function legBands(): AnchorRules {
  const out: AnchorRules = {};
  const thirds: [string, number, number][] = [
    ['upper', 0.24, 0.42],
    ['middle', 0.46, 0.62],
    ['lower', 0.68, 0.82],
  ];
  for (const side of ['front', 'outer', 'back', 'inner'] as const) {
    for (const [lvl, t0, t1] of thirds) {
      out[`thigh-${side}-${lvl}`] = (c) =>
        A('leg', c.band(c.sk.hip, c.sk.knee, t0, t1, thighDirs(c)[side]));
    }
  }
  const shank: [string, number, number][] = [
    ['upper', 0.17, 0.36],
    ['middle', 0.42, 0.58],
    ['lower', 0.64, 0.8],
  ];
  const keys = { shin: 'shin-', outer: 'leg-outer-', calf: 'calf-', inner: 'leg-inner-' } as const;
  for (const side of ['shin', 'outer', 'calf', 'inner'] as const) {
    for (const [lvl, t0, t1] of shank) {
      out[`${keys[side]}${lvl}`] = (c) =>
        A('leg', c.band(c.sk.knee, c.sk.ankle, t0, t1, shankDirs(c)[side]));
    }
  }
  return out;
}

/** Foot point: u forward (× foot length) from the heel-plantar point, l lateral (× breadth). */
const FP = (c: AtlasCtx, u: number, l: number, y: number): Vec3 =>
  footPoint(c.sk, u * c.sk.spec.footLength, l * c.sk.spec.footBreadth, y);

const DOWN: Vec3 = [0, -1, 0];
const UP: Vec3 = [0, 1, 0];

function toeAnchors(c: AtlasCtx, idx: number[], dir: Vec3) {
  const pts: Vec3[] = [];
  for (const i of idx) {
    const t = TOES[i];
    if (!t) continue;
    const [u0, l0, u1, l1, r0] = t;
    // On the toes proper, in front of the web (the toe primitives start over the metatarsals).
    for (const f of [0.75, 0.92]) {
      const p = FP(c, u0 + (u1 - u0) * f, l0 + (l1 - l0) * f, r0 * c.sk.s + 0.003);
      pts.push(add(p, scale(dir, r0 * c.sk.s)));
    }
  }
  return pts;
}

export const LEG_RULES: AnchorRules = {
  ...legBands(),
  patella: (c) => A('leg', [c.surf(c.lm('patella'), [0, 0, 1])]),
  'above-patella': (c) =>
    A('leg', [c.surf(add(c.lm('patella'), [0, 0.05 * c.sk.s, -0.02]), [0, 0, 1])]),
  'below-patella': (c) =>
    A('leg', [c.surf(add(c.lm('patella'), [0, -0.042 * c.sk.s, -0.02]), [0, 0, 1])]),
  'knee-inner': (c) =>
    A('leg', [c.surf(c.sk.knee, [-1, 0, 0]), c.surf(add(c.sk.knee, [0, 0.02, 0]), [-1, 0, 0])]),
  'knee-outer': (c) =>
    A('leg', [c.surf(c.sk.knee, [1, 0, 0]), c.surf(add(c.sk.knee, [0, 0.02, 0]), [1, 0, 0])]),
  'knee-back': (c) =>
    A('leg', [
      c.surf(add(c.sk.knee, [0, 0.005, 0]), [0, 0, -1]),
      c.surf(add(c.sk.knee, [0, 0.03, 0]), [0, 0, -1]),
    ]),
  'lateral-malleolus': (c) => A('leg', [c.surf(c.sk.ankle, c.sk.foot.r)]),
  'medial-malleolus': (c) => A('leg', [c.surf(c.sk.ankle, scale(c.sk.foot.r, -1))]),
  'ankle-front': (c) => A('leg', [c.surf(add(c.sk.ankle, [0, -0.005, 0]), c.sk.foot.d)]),
  achilles: (c) =>
    A(
      'leg',
      [0.015, 0.04, 0.065].map((dy) => c.surf(add(c.sk.ankle, [0, dy, 0]), scale(c.sk.foot.d, -1))),
    ),
  'heel-back': (c) => A('leg', [c.surf(FP(c, 0.02, 0, 0.035), scale(c.sk.foot.d, -1))]),
  'heel-sole': (c) =>
    A('leg', [c.surf(FP(c, 0, 0, 0.03), DOWN), c.surf(FP(c, 0.06, 0.05, 0.03), DOWN)]),
  arch: (c) =>
    A('leg', [
      c.surf(FP(c, 0.27, -0.22, 0.035), DOWN),
      c.surf(FP(c, 0.3, -0.34, 0.03), [0, -1, 0]),
      c.surf(FP(c, 0.34, -0.2, 0.035), DOWN),
    ]),
  'sole-outer': (c) =>
    A('leg', [c.surf(FP(c, 0.3, 0.28, 0.03), DOWN), c.surf(FP(c, 0.44, 0.3, 0.03), DOWN)]),
  // Under the metatarsal heads, from the first to the fifth, behind the toe web.
  'ball-of-foot': (c) =>
    A(
      'leg',
      [
        [0.66, -0.2],
        [0.67, -0.02],
        [0.63, 0.16],
      ].map(([u, l]) => c.surf(FP(c, u as number, l as number, 0.025), DOWN)),
    ),
  'foot-top-inner': (c) =>
    A('leg', [c.surf(FP(c, 0.33, -0.12, 0.02), UP), c.surf(FP(c, 0.48, -0.18, 0.02), UP)]),
  'foot-top-outer': (c) =>
    A('leg', [c.surf(FP(c, 0.33, 0.2, 0.02), UP), c.surf(FP(c, 0.48, 0.24, 0.02), UP)]),
  'foot-outer-edge': (c) =>
    A(
      'leg',
      [0.25, 0.4, 0.52].map((u) => c.surf(FP(c, u, 0.1, 0.018), c.sk.foot.r)),
    ),
  'big-toe-top': (c) => A('hallux', toeAnchors(c, [0], UP)),
  'big-toe-sole': (c) => A('hallux', toeAnchors(c, [0], DOWN)),
  'toes-top': (c) => A('toes', toeAnchors(c, [1, 2, 3, 4], UP)),
  'toes-sole': (c) => A('toes', toeAnchors(c, [1, 2, 3, 4], DOWN)),
};

void lerp;
