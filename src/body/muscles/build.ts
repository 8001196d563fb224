/**
 * One muscle's geometry from its attachment lines: a fibre field from the origin line to the
 * insertion line (through via lines), widened and thickened by the belly profile, laid on an
 * offset shell of the skin (or left free for deep muscles), then swept into a closed mesh.
 */
import { type Vec3, add, cross, dist, dot, lerp, norm, scale, sub } from '../math.ts';

import { alignLine, arcLengthParams, catmullRom, curveLength, linePoint } from './curves.ts';
import { gradient, keepInside, type Sdf, toShell, toShellAlong } from './field.ts';
import { type ResolvedProfile, belly, sized } from './profile.ts';
import { sweepRings, type Ring } from './sweep.ts';
import type { MuscleMesh } from './types.ts';

/** Fraction of the length at each end over which a shell muscle leaves the shell for its attachment. */
const END_BLEND = 0.14;

export interface BuildInput {
  readonly id: string;
  readonly origin: readonly Vec3[];
  readonly insertion: readonly Vec3[];
  readonly via: readonly (readonly Vec3[])[];
  readonly profile: ResolvedProfile;
  readonly sdf: Sdf;
  readonly facing?: Vec3 | undefined;
  readonly rings?: number | undefined;
  readonly around?: number | undefined;
  /** Minimum depth of every vertex under the skin (m). */
  readonly skinGap: number;
}

/** The fibre field: point of the fibre at v (across) and s (along, spline parameter). */
function fibreField(inp: BuildInput): (s: number, v: number) => Vec3 {
  const origin = [...inp.origin];
  const insertion = alignLine(inp.insertion, origin);
  const via = inp.via.map((l) => alignLine(l, origin));
  return (s, v) =>
    catmullRom(
      [linePoint(origin, v), ...via.map((l) => linePoint(l, v)), linePoint(insertion, v)],
      s,
    );
}

const safeNorm = (a: Vec3, fallback: Vec3): Vec3 =>
  Math.hypot(a[0], a[1], a[2]) > 1e-9 ? norm(a) : fallback;

/** Outward reference direction at a point: the hinted facing blended with the skin normal. */
function outwardAt(inp: BuildInput, p: Vec3): Vec3 {
  const g = gradient(inp.sdf, p);
  return inp.facing ? norm(add(scale(norm(inp.facing), 2), g)) : g;
}

interface RingFrame {
  centre: Vec3;
  t: Vec3;
  x: Vec3;
  o: Vec3;
}

function ringFrame(
  inp: BuildInput,
  F: (s: number, v: number) => Vec3,
  s: number,
  prevX?: Vec3,
): RingFrame {
  const ds = 0.01;
  const centre = F(s, 0.5);
  const t = safeNorm(sub(F(Math.min(1, s + ds), 0.5), F(Math.max(0, s - ds), 0.5)), [0, -1, 0]);
  const o = outwardAt(inp, centre);
  const span = sub(F(s, 1), F(s, 0));
  const w = Math.hypot(span[0], span[1], span[2]);
  let xo = safeNorm(cross(o, t), [1, 0, 0]);
  if (w > 1e-6 && dot(xo, span) < 0) xo = scale(xo, -1);
  if (prevX && dot(xo, prevX) < 0) xo = scale(xo, -1);
  const k = Math.min(1, w / 0.012);
  let x = safeNorm(add(scale(safeNorm(span, xo), k), scale(xo, 1 - k)), xo);
  x = safeNorm(sub(x, scale(t, dot(x, t))), xo);
  return { centre, t, x, o };
}

/** Scale of the attachment-line width near the ends (0.8 at the very end, 1 from 12 % in). */
function roundCorner(u: number): number {
  const w = Math.min(1, Math.min(u, 1 - u) / 0.12);
  return 0.8 + 0.2 * Math.sqrt(w * (2 - w));
}

/** Number of points around a ring: more for wide muscles. Even. */
function aroundCount(inp: BuildInput, maxWidth: number): number {
  if (inp.around) return inp.around + (inp.around % 2);
  const n = Math.round(12 + maxWidth / 0.009);
  return Math.min(36, Math.max(12, n + (n % 2)));
}

/** Builds one muscle's closed mesh. */
export function buildMuscle(inp: BuildInput): MuscleMesh {
  const p = inp.profile;
  const F = fibreField(inp);
  const L = curveLength((s) => F(s, 0.5));
  const nU = inp.rings ?? Math.min(30, Math.max(12, Math.round(L / 0.012)));
  const params = arcLengthParams((s) => F(s, 0.5), nU);
  let maxWidth = 0;
  for (const s of params) maxWidth = Math.max(maxWidth, dist(F(s, 0), F(s, 1)));
  const nA = aroundCount(inp, maxWidth + p.width);
  const rings: Ring[] = [];
  let prevX: Vec3 | undefined;
  params.forEach((s, i) => {
    const u = i / (nU - 1);
    const fr = ringFrame(inp, F, s, prevX);
    prevX = fr.x;
    rings.push(ringPoints(inp, F, s, u, fr, nA));
  });
  return sweepRings(inp.id, rings, inp.sdf, inp.skinGap);
}

/** The points of one ring (cross-section) at fibre parameter s, belly coordinate u. */
function ringPoints(
  inp: BuildInput,
  F: (s: number, v: number) => Vec3,
  s: number,
  u: number,
  fr: RingFrame,
  nA: number,
): Ring {
  const p = inp.profile;
  const half = sized(u, p, p.thickness) / 2;
  const extra =
    p.width * (p.tendonFrac * 0.6 + (1 - p.tendonFrac * 0.6) * Math.pow(belly(u, p), 0.8));
  // Wide, thin sections get a boxier profile so their rims stay blunt (no razor edges).
  const span = dist(F(s, 0), F(s, 1)) + extra;
  const flat = Math.min(p.flat, Math.max(0.45, (3 * half) / Math.max(span, 1e-6)));
  const pts: Vec3[] = [];
  const vs: number[] = [];
  const mids: Vec3[] = [];
  const midHalf: number[] = [];
  for (let j = 0; j < nA; j++) {
    const th = (2 * Math.PI * j) / nA;
    const v = (1 - Math.cos(th)) / 2;
    // Corners of wide attachment lines are drawn in, so borders curve like real muscle edges.
    const f = F(s, v);
    let c = add(lerp(fr.centre, f, roundCorner(u)), scale(fr.x, (v - 0.5) * extra));
    let n: Vec3;
    if (p.follow === 'shell') {
      // Fully on the shell over the belly; towards the ends the muscle dives to its attachments.
      const w = Math.min(1, Math.min(u, 1 - u) / END_BLEND);
      const ws = w * w * (3 - 2 * w);
      const d = p.depth + half * 0.9;
      const shell = inp.facing ? toShellAlong(inp.sdf, c, inp.facing, d) : toShell(inp.sdf, c, d);
      c = lerp(c, shell, ws);
      n = gradient(inp.sdf, c);
    } else {
      n = safeNorm(cross(fr.t, fr.x), fr.o);
      if (dot(n, fr.o) < 0) n = scale(n, -1);
    }
    if (j <= nA / 2) {
      mids.push(keepInside(inp.sdf, c, inp.skinGap + half * 0.5));
      midHalf.push(half * Math.pow(Math.abs(Math.sin(th)), flat));
    }
    const sn = Math.sin(th);
    const prof = Math.sign(sn) * Math.pow(Math.abs(sn), flat);
    pts.push(keepInside(inp.sdf, add(c, scale(n, half * prof)), inp.skinGap));
    vs.push(v);
  }
  const centre = mids[Math.round(nA / 4)] ?? fr.centre;
  const b = Math.min(1, belly(u, p) * 2.5);
  const fleshy = p.tendinous ? b : 0.6 + 0.4 * b;
  return { pts, vs, u, fleshy, centre, half, t: fr.t, mids, midHalf };
}
