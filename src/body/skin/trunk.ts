/**
 * Trunk skin: a vertical loft of superellipse sections from the crotch to the base of the neck,
 * with exponents fitted so that section perimeters match the ANSUR II chest, waist and buttock
 * circumferences (Gordon et al. 2014; fit rule from shared/reference/anthropometry.md: n ≈ 2.7–2.8
 * at the waist, 3.4–3.6 at the buttock, chest fitted to its circumference). Metres, body frame.
 */
import type { Skeleton } from '../landmarks/skeleton.ts';
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
export function fitSection(
  row: SectionRow,
  circ: number,
  nMax = 3.6,
  keepBreadth = false,
): SectionRow {
  let lo = 2;
  let hi = nMax;
  if (sectionPerimeter(row.a, row.bf, row.bb, hi) < circ) {
    // Breadth × depth cannot carry the circumference even at nMax: grow the section (evenly, or
    // in depth only when the measured breadth must be kept, e.g. where the arms hang beside it).
    let k = circ / sectionPerimeter(row.a, row.bf, row.bb, hi);
    if (!keepBreadth) return { ...row, a: row.a * k, bf: row.bf * k, bb: row.bb * k, n: hi };
    const a = row.a * Math.min(k, 1.025);
    for (let i = 0; i < 60 && sectionPerimeter(a, row.bf * k, row.bb * k, hi) < circ; i++)
      k *= 1.005;
    return { ...row, a, bf: row.bf * k, bb: row.bb * k, n: hi };
  }
  if (sectionPerimeter(row.a, row.bf, row.bb, lo) > circ) return { ...row, n: lo };
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (sectionPerimeter(row.a, row.bf, row.bb, mid) < circ) lo = mid;
    else hi = mid;
  }
  return { ...row, n: (lo + hi) / 2 };
}

/**
 * Sagittal profile of the trunk: [height key, front z, back z, half-breadth, exponent] with z
 * relative to the ankle plumb line (m, scaled by stature). Widest point at 52 % of the depth
 * from the back. Heights are ANSUR II levels (crotch, trochanterion, waist, 10th rib,
 * suprasternale, cervicale) and levels derived from them.
 */
type ProfileRow = [y: number, zf: number, zb: number, a: number, n: number];

function profile(sk: Skeleton): { rows: ProfileRow[]; waistI: number; chestI: number } {
  const sp = sk.spec;
  const s = sk.s;
  const f = sk.female;
  const supra = sp.suprasternaleHeight;
  const xiphoidY = supra - (f ? 0.16 : 0.175) * s;
  const c = sp.crotchHeight;
  const rows: ProfileRow[] = f
    ? [
        [c - 0.005, 0.0, -0.07, 0.035, 2.2],
        [c + 0.02, 0.045, -0.11, 0.09, 2.5],
        [sp.trochanterionHeight, 0.075, -0.12, 0.138, 3],
        [sk.asis[1] - 0.03 * s, 0.092, -0.112, 0.158, 3.1],
        [sp.waistHeight, 0.105, -0.112, sp.waistBreadth / 2, 2.7],
        [sp.rib10Height, 0.098, -0.112, 0.136, 2.9],
        [xiphoidY, 0.098, -0.114, sp.chestBreadth / 2, 3],
        [sp.axillaHeight, 0.094, -0.114, 0.138, 3],
        [sp.axillaHeight + 0.045 * s, 0.084, -0.11, 0.128, 2.8],
        [supra, 0.066, -0.1, 0.158, 2.4],
        [supra + 0.03 * s, 0.05, -0.086, 0.11, 2.3],
        [sp.cervicaleHeight - 0.02 * s, 0.03, -0.065, 0.068, 2.2],
        [sp.cervicaleHeight + 0.025 * s, 0.008, -0.038, 0.03, 2.2],
      ]
    : [
        [c - 0.005, 0.0, -0.07, 0.035, 2.2],
        [c + 0.02, 0.05, -0.105, 0.09, 2.5],
        [sp.trochanterionHeight, 0.085, -0.115, 0.138, 3],
        [sk.asis[1] - 0.03 * s, 0.104, -0.108, 0.156, 3.1],
        [sp.waistHeight, 0.122, -0.115, sp.waistBreadth / 2, 2.7],
        [sp.rib10Height, 0.122, -0.12, 0.162, 2.9],
        [xiphoidY, 0.126, -0.13, sp.chestBreadth / 2, 3],
        [sp.axillaHeight, 0.12, -0.128, 0.16, 3],
        [sp.axillaHeight + 0.05 * s, 0.105, -0.124, 0.15, 2.8],
        [supra, 0.076, -0.11, 0.176, 2.4],
        [supra + 0.03 * s, 0.056, -0.094, 0.125, 2.3],
        [sp.cervicaleHeight - 0.02 * s, 0.035, -0.072, 0.075, 2.2],
        [sp.cervicaleHeight + 0.025 * s, 0.01, -0.042, 0.034, 2.2],
      ];
  return { rows, waistI: 4, chestI: 6 };
}

/** Section rows of the trunk loft, bottom (crotch) to top (neck base). */
export function trunkRows(sk: Skeleton): SectionRow[] {
  const sp = sk.spec;
  const s = sk.s;
  const { rows, waistI, chestI } = profile(sk);
  const out = rows.map(([y, zf, zb, a, n]): SectionRow => {
    const zc = zb + 0.52 * (zf - zb);
    return { y, zc: sk.z0 + zc * s, a, bf: (zf - zc) * s, bb: (zc - zb) * s, n };
  });
  // Fit the waist and chest sections to the ANSUR II circumferences (female chest: chest wall
  // only, the breasts add the rest).
  const w = out[waistI] as SectionRow;
  out[waistI] = fitSection(w, sp.waistCirc, 3);
  const ch = out[chestI] as SectionRow;
  out[chestI] = fitSection(ch, sp.chestCirc * (sk.female ? 0.9 : 1), 3.2, true);
  // Neighbours follow the fitted exponents so no crease forms between rows.
  const nW = (out[waistI] as SectionRow).n;
  const nC = (out[chestI] as SectionRow).n;
  const rib = out[waistI + 1] as SectionRow;
  out[waistI + 1] = { ...rib, n: (nW + nC) / 2 };
  const ax = out[chestI + 1] as SectionRow;
  out[chestI + 1] = { ...ax, n: nC };
  void s;
  return out;
}

/** Signed radial distance helper re-exported for the atlas (same section model). */
export { superellipseRadial };
