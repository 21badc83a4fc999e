/** Summary of repeated measurements: the median with the spread, as the bench prints them. */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p95: number;
  readonly mean: number;
}

/** Nearest-rank percentile (p in 0..100) of an unsorted list; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  // Even count: the mean of the two middle values, so [1, 2] gives 1.5 rather than 2.
  return sorted.length % 2 === 0 ? ((sorted[mid - 1] ?? upper) + upper) / 2 : upper;
}

export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  return {
    n,
    median: median(values),
    min: n === 0 ? Number.NaN : Math.min(...values),
    max: n === 0 ? Number.NaN : Math.max(...values),
    p95: percentile(values, 95),
    mean: n === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / n,
  };
}
