/**
 * Ranking micro-benchmark (Node): the domain's `rank` over every sided trigger point of the
 * validated dataset, for random pain drawings of 1, 5 and 20 regions, timed one query at a time
 * (a query = `rank()`: score every trigger point, sort, greedy explaining set).
 *
 * Drawings are drawn (seeded, so every run asks the same questions) from the regions that some
 * trigger point refers pain to — the regions a person's drawing is ranked on in practice, and
 * the ones that produce the most candidates (the expensive case) — each with a random
 * intensity 1–10 or none. Zone sets are indexed once, as the app's store does.
 */
import type { Atlas } from '../src/domain/atlas';
import type { RegionId } from '../src/domain/ids';
import { indexTriggerPoints, rank, type DrawingMark } from '../src/domain/rank';
import { percentile } from './stats';

export const RANK_SIZES = [1, 5, 20] as const;
export type RankSize = (typeof RANK_SIZES)[number];

export interface RankRun {
  /** Per drawing size: p50 and p99 of one query, in microseconds. */
  readonly p50: Record<RankSize, number>;
  readonly p99: Record<RankSize, number>;
  /** Plain p99 of single timings (first pass), preemption and GC included. */
  readonly rawP99: Record<RankSize, number>;
  readonly queries: number;
  readonly triggerPoints: number;
}

/** Mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Regions that at least one trigger point refers pain to (essential or spillover). */
export function referredRegions(atlas: Atlas): RegionId[] {
  const s = new Set<RegionId>();
  for (const tp of atlas.sidedTriggerPoints)
    for (const r of [...tp.essential, ...tp.spillover]) s.add(r);
  return [...s].sort();
}

function drawing(pool: readonly RegionId[], size: number, rnd: () => number): DrawingMark[] {
  const picked = new Set<RegionId>();
  while (picked.size < Math.min(size, pool.length)) {
    picked.add(pool[Math.floor(rnd() * pool.length)] as RegionId);
  }
  return [...picked].map((region) =>
    rnd() < 0.5 ? { region } : { region, intensity: 1 + Math.floor(rnd() * 10) },
  );
}

/**
 * One run: `warmup` untimed queries, then per size `queries` drawings, each timed `repeats`
 * times (passes over the whole set, so repeats of one drawing are spread in time). `p50`/`p99`
 * are quantiles over drawings of each drawing's best time, which keeps the drawing-to-drawing
 * variation but filters out scheduler preemption and GC pauses on a shared 2-core machine;
 * `rawP99` is the plain p99 of the first pass, for comparison.
 */
export function runRankBench(
  atlas: Atlas,
  opts: { queries: number; repeats: number; warmup: number; seed: number },
): RankRun {
  const tps = atlas.sidedTriggerPoints;
  const zones = indexTriggerPoints(tps);
  const pool = referredRegions(atlas);
  if (pool.length === 0) throw new Error('no trigger point refers pain to any region');
  const rnd = prng(opts.seed);
  let sink = 0; // keeps the optimiser from dropping the work
  for (let i = 0; i < opts.warmup; i++) {
    const size = RANK_SIZES[i % RANK_SIZES.length] as RankSize;
    sink += rank(tps, drawing(pool, size, rnd), zones, atlas.commonness).candidates.length;
  }
  const p50 = {} as Record<RankSize, number>;
  const p99 = {} as Record<RankSize, number>;
  const rawP99 = {} as Record<RankSize, number>;
  for (const size of RANK_SIZES) {
    const n = opts.queries;
    const drawings = Array.from({ length: n }, () => drawing(pool, size, rnd));
    const best = new Float64Array(n).fill(Infinity);
    const first = new Float64Array(n);
    for (let rep = 0; rep < opts.repeats; rep++) {
      for (let i = 0; i < n; i++) {
        const d = drawings[i] as DrawingMark[];
        const t0 = process.hrtime.bigint();
        sink += rank(tps, d, zones, atlas.commonness).candidates.length;
        const us = Number(process.hrtime.bigint() - t0) / 1000;
        if (rep === 0) first[i] = us;
        if (us < (best[i] as number)) best[i] = us;
      }
    }
    const sorted = [...best].sort((a, b) => a - b);
    p50[size] = percentile(sorted, 0.5);
    p99[size] = percentile(sorted, 0.99);
    rawP99[size] = percentile(
      [...first].sort((a, b) => a - b),
      0.99,
    );
  }
  if (sink < 0) throw new Error('unreachable');
  return { p50, p99, rawP99, queries: opts.queries, triggerPoints: tps.length };
}
