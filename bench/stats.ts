/** Small statistics helpers for the benchmark. */

/** Linear-interpolated quantile `q` (0…1) of an ascending array. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Half the interquartile range over the median, in % (0 when n < 2). */
  readonly spreadPct: number;
  readonly n: number;
}

export function summarise(values: readonly number[]): Summary | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const median = percentile(v, 0.5);
  const iqr = percentile(v, 0.75) - percentile(v, 0.25);
  return {
    median,
    min: v[0] as number,
    max: v[v.length - 1] as number,
    spreadPct: median !== 0 && v.length > 1 ? (50 * iqr) / Math.abs(median) : 0,
    n: v.length,
  };
}

export const median = (values: readonly number[]): number => summarise(values)?.median ?? NaN;
