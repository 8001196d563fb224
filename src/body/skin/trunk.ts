/**
 * Trunk skin: a vertical loft of superellipse sections from the crotch to the base of the neck,
 * with exponents fitted so that section perimeters match the ANSUR II chest, waist and buttock
 * circumferences (Gordon et al. 2014; fit rule from shared/reference/anthropometry.md: n ≈ 2.7–2.8
 * at the waist, 3.4–3.6 at the buttock, chest fitted to its circumference). Metres, body frame.
 */
import type { Skeleton } from '../skeleton.ts';
import { type SectionRow, superellipseRadial } from '../sdf/lofts.ts';

/** Perimeter of an asymmetric superellipse section, by numeric integration. */
export function sectionPerimeter(a: number, bf: number, bb: number, n: number): number {
  const steps = 720;
  let per = 0;
  let prev: [number, number] | null = null;
  let first: [number, number] | null = null;
  for (let i = 0; i < steps; i++) {
    const th = (2 * Math.PI * i) / steps;
    const c = Math.cos(th);
    const s = Math.sin(th);
    const b = s > 0 ? bf : bb;
    const f = Math.pow(Math.abs(c) / a, n) + Math.pow(Math.abs(s) / b, n);
    const r = 1 / Math.pow(f, 1 / n);
    const p: [number, number] = [r * c, r * s];
    if (prev) per += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    else first = p;
    prev = p;
  }
  if (prev && first) per += Math.hypot(first[0] - prev[0], first[1] - prev[1]);
  return per;
}

/**
 * Fit the exponent n ∈ [2, nMax] so the perimeter equals `circ`; if even nMax is too small,
 * widen the half-breadth a instead. Returns the adjusted row.
 */
export function fitSection(row: SectionRow, circ: number, nMax = 3.6): SectionRow {
  let lo = 2;
  let hi = nMax;
  if (sectionPerimeter(row.a, row.bf, row.bb, hi) < circ) {
    let a = row.a;
    for (let i = 0; i < 40 && sectionPerimeter(a, row.bf, row.bb, hi) < circ; i++) a *= 1.01;
    return { ...row, a, n: hi };
  }
  if (sectionPerimeter(row.a, row.bf, row.bb, lo) > circ) return { ...row, n: lo };
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (sectionPerimeter(row.a, row.bf, row.bb, mid) < circ) lo = mid;
    else hi = mid;
  }
  return { ...row, n: (lo + hi) / 2 };
}

/** Section rows of the trunk loft, bottom (crotch) to top (neck base). */
export function trunkRows(sk: Skeleton): SectionRow[] {
  const sp = sk.spec;
  const f = sk.female;
  const z0 = sk.z0;
  const s = sk.s;
  const supra = sp.suprasternaleHeight;
  const xiphoidY = supra - (f ? 0.16 : 0.175) * s;
  const R = (y: number, zc: number, a: number, bf: number, bb: number, n: number): SectionRow => ({
    y,
    zc: z0 + zc * s,
    a: a,
    bf: bf * s,
    bb: bb * s,
    n,
  });
  const hb = sp.hipBreadth / 2;
  const rows: SectionRow[] = f
    ? [
        R(sp.crotchHeight + 0.005, -0.04, 0.05, 0.035, 0.045, 2.2),
        R(sp.crotchHeight + 0.03, -0.045, hb - 0.045, 0.08, 0.11, 2.6),
        fitSection(
          R(sp.trochanterionHeight, -0.04, hb - 0.014, 0.1, 0.13, 3),
          sp.buttockCirc * 0.97,
        ),
        R(sk.asis[1], -0.025, sp.bicristalBreadth / 2 + 0.012, 0.1, 0.115, 3),
        fitSection(R(sp.waistHeight, -0.005, sp.waistBreadth / 2, 0.105, 0.095, 2.7), sp.waistCirc),
        R(sp.rib10Height, -0.005, sp.waistBreadth / 2 - 0.008, 0.095, 0.1, 2.7),
        fitSection(
          R(xiphoidY, -0.01, sp.chestBreadth / 2, 0.095, 0.105, 3),
          sp.chestCirc * 0.91,
          3.2,
        ),
        R(sp.axillaHeight, -0.012, sp.chestBreadth / 2 + 0.006, 0.095, 0.108, 3),
        R(sp.axillaHeight + 0.045 * s, -0.014, sp.chestBreadth / 2 - 0.01, 0.085, 0.1, 2.8),
        R(supra, -0.02, 0.1, 0.062, 0.082, 2.5),
        R(sp.cervicaleHeight + 0.01, -0.022, 0.05, 0.045, 0.045, 2.2),
      ]
    : [
        R(sp.crotchHeight + 0.005, -0.035, 0.05, 0.035, 0.045, 2.2),
        R(sp.crotchHeight + 0.03, -0.04, hb - 0.045, 0.08, 0.105, 2.6),
        fitSection(
          R(sp.trochanterionHeight, -0.035, hb - 0.014, 0.105, 0.12, 3),
          sp.buttockCirc * 0.97,
        ),
        R(sk.asis[1], -0.02, sp.bicristalBreadth / 2 + 0.02, 0.112, 0.115, 3),
        fitSection(R(sp.waistHeight, 0.005, sp.waistBreadth / 2, 0.125, 0.108, 2.7), sp.waistCirc),
        R(sp.rib10Height, 0.0, sp.waistBreadth / 2 + 0.002, 0.115, 0.112, 2.8),
        fitSection(R(xiphoidY, -0.005, sp.chestBreadth / 2, 0.122, 0.13, 3), sp.chestCirc, 3.2),
        R(sp.axillaHeight, -0.008, sp.chestBreadth / 2 + 0.004, 0.118, 0.128, 3),
        R(sp.axillaHeight + 0.05 * s, -0.01, sp.chestBreadth / 2 - 0.012, 0.1, 0.118, 2.8),
        R(supra, -0.02, 0.115, 0.07, 0.092, 2.5),
        R(sp.cervicaleHeight + 0.01, -0.025, 0.06, 0.05, 0.05, 2.2),
      ];
  return rows;
}

/** Signed radial distance helper re-exported for the atlas (same section model). */
export { superellipseRadial };
