/** Nearest-rank percentiles (SPEC §12): no interpolation, so broker counts stay whole. */
import type { Percentiles } from './ranges-result';

/** Nearest rank (SPEC §12): the rank (1-based) of percentile `pct` among `n` values, ⌈pct·n/100⌉, in whole-number arithmetic. */
export function nearestRank(n: number, pct: number): number {
  return Math.max(1, Math.ceil((pct * n) / 100));
}

/**
 * Rearranges values[from..to] so that values[k] is the value a sort would put there, smaller or equal
 * values before it and larger or equal after (Hoare's selection, median-of-three pivot): the three
 * ranks of a percentile set cost a few passes instead of a sort, which dominated the timeline's time.
 */
function selectInPlace(values: Float64Array, from: number, to: number, k: number): void {
  let lo = from;
  let hi = to;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const a = values[lo] ?? 0;
    const b = values[mid] ?? 0;
    const c = values[hi] ?? 0;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i += 1;
      while ((values[j] ?? 0) > pivot) j -= 1;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** P10, P50 and P90 by nearest rank of the first `n` values (reordered in place); null when n = 0. */
export function percentilesOf(values: Float64Array, n: number): Percentiles | null {
  if (n === 0) return null;
  const r10 = nearestRank(n, 10) - 1;
  const r50 = nearestRank(n, 50) - 1;
  const r90 = nearestRank(n, 90) - 1;
  selectInPlace(values, 0, n - 1, r50);
  selectInPlace(values, 0, r50, r10);
  selectInPlace(values, r50, n - 1, r90);
  return { p10: values[r10] ?? Number.NaN, p50: values[r50] ?? Number.NaN, p90: values[r90] ?? Number.NaN };
}

/**
 * The same percentiles for whole numbers from 0 to `counts.length − 1` (broker counts), by counting:
 * one pass instead of three selections. `counts` is scratch space, left zeroed.
 */
export function wholePercentilesOf(values: Float64Array, n: number, counts: Int32Array): Percentiles | null {
  if (n === 0) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return { p10: min, p50: min, p90: min };
  if (max >= counts.length || !Number.isInteger(min) || !Number.isInteger(max)) return percentilesOf(values, n);
  for (let i = 0; i < n; i += 1) {
    const v = values[i] ?? 0;
    counts[v] = (counts[v] ?? 0) + 1;
  }
  const r10 = nearestRank(n, 10);
  const r50 = nearestRank(n, 50);
  const r90 = nearestRank(n, 90);
  let p10 = max;
  let p50 = max;
  let p90 = max;
  let seen = 0;
  for (let v = min; v <= max; v += 1) {
    const c = counts[v] ?? 0;
    if (c === 0) continue;
    counts[v] = 0;
    const before = seen;
    seen += c;
    if (before < r10 && seen >= r10) p10 = v;
    if (before < r50 && seen >= r50) p50 = v;
    if (before < r90 && seen >= r90) p90 = v;
  }
  return { p10, p50, p90 };
}
