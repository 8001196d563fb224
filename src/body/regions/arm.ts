/**
 * Atlas rules of the arm: upper arm (halves × front/outer/back/inner), elbow, forearm (thirds ×
 * palm/thumb/back/little side, anatomical position with the palm forward), wrist, hand and
 * digits. Directions come from the skeleton's humerus and hand frames. Left arm.
 */
import { type AnchorRules, type AtlasCtx, type Part, A } from './anchors.ts';
import { type Vec3, add, along, cross, dot, lerp, norm, scale, sub } from '../math.ts';
import type { FingerChain } from '../landmarks/skeleton.ts';

const perp = (v: Vec3, axis: Vec3): Vec3 => norm(sub(v, scale(axis, dot(v, axis))));

function armDirs(c: AtlasCtx) {
  const hd = c.sk.humerusDir;
  const front = perp([0, 0, 1], hd);
  const outer = norm(cross(hd, front));
  const o: Vec3 = outer[0] > 0 ? outer : scale(outer, -1);
  return { front, outer: o, back: scale(front, -1), inner: scale(o, -1) };
}

function foreDirs(c: AtlasCtx) {
  const fd = c.sk.forearmDir;
  const palm = perp(c.sk.hand.n, fd);
  const thumb = perp(c.sk.hand.r, fd);
  return { palm, thumb, back: scale(palm, -1), little: scale(thumb, -1) };
}

type ArmSide = keyof ReturnType<typeof armDirs>;
type ForeSide = keyof ReturnType<typeof foreDirs>;

const upperArm = (side: ArmSide, t0: number, t1: number) => (c: AtlasCtx) =>
  A('arm', c.band(c.sk.gh, c.sk.elbow, t0, t1, armDirs(c)[side]));

const forearm = (side: ForeSide, t0: number, t1: number) => (c: AtlasCtx) =>
  A('arm', c.band(c.sk.elbow, c.sk.wrist, t0, t1, foreDirs(c)[side]));

function armBands(): AnchorRules {
  const out: AnchorRules = {};
  for (const side of ['front', 'outer', 'back', 'inner'] as const) {
    out[`arm-${side}-upper`] = upperArm(side, 0.3, 0.56);
    out[`arm-${side}-lower`] = upperArm(side, 0.62, 0.84);
  }
  for (const side of ['palm', 'thumb', 'back', 'little'] as const) {
    out[`forearm-${side}-upper`] = forearm(side, 0.14, 0.34);
    out[`forearm-${side}-middle`] = forearm(side, 0.41, 0.59);
    out[`forearm-${side}-lower`] = forearm(side, 0.66, 0.84);
    out[`wrist-${side}`] = forearm(side, 0.95, 1.03);
  }
  return out;
}

/** Hand-frame point: along d (× hand length), r (× breadth), n (× breadth). */
function hp(c: AtlasCtx, dd: number, rr: number, nn = 0): Vec3 {
  const h = c.sk.hand;
  const hl = c.sk.spec.handLength;
  const hb = c.sk.spec.handBreadth;
  return add(add(along(h.o, h.d, dd * hl), scale(h.r, rr * hb)), scale(h.n, nn * hb));
}

/** Anchors along one digit: segment midpoints offset to the palmar (+1) or dorsal (−1) side. */
function digit(c: AtlasCtx, ch: FingerChain, part: Part, sideSign: 1 | -1, thumb: boolean) {
  const h = c.sk.hand;
  const pts: Vec3[] = [];
  for (let i = 0; i + 1 < ch.joints.length; i++) {
    const a = ch.joints[i] as Vec3;
    const b = ch.joints[i + 1] as Vec3;
    const dir = norm(sub(b, a));
    const palmar = perp(thumb ? norm(sub(h.n, scale(h.r, 0.6))) : h.n, dir);
    const r = (ch.radii[i] as number) * 0.9;
    for (const t of [0.3, 0.7]) pts.push(add(lerp(a, b, t), scale(palmar, sideSign * r)));
  }
  return A(part, thumb ? pts.slice(2) : pts);
}

export const ARM_RULES: AnchorRules = {
  ...armBands(),
  'lateral-epicondyle': (c) => A('arm', [c.surf(c.sk.elbow, armDirs(c).outer)]),
  'medial-epicondyle': (c) => A('arm', [c.surf(c.sk.elbow, armDirs(c).inner)]),
  olecranon: (c) => A('arm', [c.surf(along(c.sk.elbow, c.sk.humerusDir, -0.012), armDirs(c).back)]),
  'elbow-crease': (c) => A('arm', [c.surf(c.sk.elbow, armDirs(c).front)]),
  palm: (c) =>
    A(
      'arm',
      [0.3, 0.38].map((d) => c.surf(hp(c, d, -0.05, -0.1), c.sk.hand.n)),
    ),
  thenar: (c) =>
    A('arm', [
      c.surf(hp(c, 0.2, 0.22, -0.05), c.sk.hand.n),
      c.surf(hp(c, 0.14, 0.2, -0.05), c.sk.hand.n),
    ]),
  hypothenar: (c) =>
    A(
      'arm',
      [0.16, 0.26].map((d) => c.surf(hp(c, d, -0.32, -0.05), c.sk.hand.n)),
    ),
  'hand-back-thumb': (c) =>
    A(
      'arm',
      [0.22, 0.36].map((d) => c.surf(hp(c, d, 0.18, 0.05), scale(c.sk.hand.n, -1))),
    ),
  'hand-back-little': (c) =>
    A(
      'arm',
      [0.22, 0.36].map((d) => c.surf(hp(c, d, -0.24, 0.05), scale(c.sk.hand.n, -1))),
    ),
  'thumb-web': (c) => {
    const mc1 = c.sk.thumb.joints[1] as Vec3;
    const mc2 = (c.sk.fingers[0] as FingerChain).joints[0] as Vec3;
    return A('arm', [lerp(mc1, mc2, 0.5), add(lerp(mc1, mc2, 0.35), scale(c.sk.hand.d, -0.012))]);
  },
  'thumb-back': (c) => digit(c, c.sk.thumb, 'thumb', -1, true),
  'thumb-palm': (c) => digit(c, c.sk.thumb, 'thumb', 1, true),
  'index-back': (c) => digit(c, c.sk.fingers[0] as FingerChain, 'index', -1, false),
  'index-palm': (c) => digit(c, c.sk.fingers[0] as FingerChain, 'index', 1, false),
  'middle-back': (c) => digit(c, c.sk.fingers[1] as FingerChain, 'middle', -1, false),
  'middle-palm': (c) => digit(c, c.sk.fingers[1] as FingerChain, 'middle', 1, false),
  'ring-back': (c) => digit(c, c.sk.fingers[2] as FingerChain, 'ring', -1, false),
  'ring-palm': (c) => digit(c, c.sk.fingers[2] as FingerChain, 'ring', 1, false),
  'little-back': (c) => digit(c, c.sk.fingers[3] as FingerChain, 'little', -1, false),
  'little-palm': (c) => digit(c, c.sk.fingers[3] as FingerChain, 'little', 1, false),
};
