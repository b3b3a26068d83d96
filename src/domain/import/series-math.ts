/**
 * The arithmetic every metric source shares (SPEC §13.3): sort by instant and merge equal instants,
 * combine brokers per instant (dropping instants some broker lacks), then statistics over time:
 * mean, and the nearest-rank P99 (the maximum when n ≤ 99). Typed arrays and plain loops: a month
 * of one-minute points for six brokers is a million values.
 */

/** Points in time order: instants in UTC ms, strictly increasing, one value each. */
export interface TimeSeries {
  readonly times: Float64Array;
  readonly values: Float64Array;
}

/** How equal instants of one series merge: a repeated page or record agrees, so the mean; counters keep the larger. */
export type MergeRule = 'mean' | 'max';

/** How brokers combine per instant: rates and replica counts add, controller-only counts take the maximum, percentages the mean. */
export type Combine = 'sum' | 'max' | 'mean';

function isStrictlyIncreasing(times: ArrayLike<number>): boolean {
  for (let i = 1; i < times.length; i += 1) if (!((times[i] as number) > (times[i - 1] as number))) return false;
  return true;
}

function isStrictlyDecreasing(times: ArrayLike<number>): boolean {
  for (let i = 1; i < times.length; i += 1) if (!((times[i] as number) < (times[i - 1] as number))) return false;
  return true;
}

/** The points sorted by instant with equal instants merged; CloudWatch returns newest first by default, so reversal is the fast path. */
export function sortedSeries(times: ArrayLike<number>, values: ArrayLike<number>, merge: MergeRule): TimeSeries {
  const n = times.length;
  if (isStrictlyIncreasing(times)) return { times: Float64Array.from(times), values: Float64Array.from(values) };
  if (isStrictlyDecreasing(times)) return { times: Float64Array.from(times).reverse(), values: Float64Array.from(values).reverse() };
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  order.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  const outTimes = new Float64Array(n);
  const outValues = new Float64Array(n);
  const merged = new Uint32Array(n);
  let last = -1;
  for (let k = 0; k < n; k += 1) {
    const i = order[k] as number;
    const time = times[i] as number;
    const value = values[i] as number;
    if (last >= 0 && outTimes[last] === time) {
      outValues[last] = merge === 'max' ? Math.max(outValues[last] as number, value) : (outValues[last] as number) + value;
      merged[last] = (merged[last] as number) + 1;
    } else {
      last += 1;
      outTimes[last] = time;
      outValues[last] = value;
      merged[last] = 1;
    }
  }
  if (merge === 'mean') for (let k = 0; k <= last; k += 1) outValues[k] = (outValues[k] as number) / (merged[k] as number);
  return { times: outTimes.slice(0, last + 1), values: outValues.slice(0, last + 1) };
}

/** Brokers combined per instant, and how many instants were dropped because some broker had no value there. */
export interface CombinedSeries extends TimeSeries {
  readonly dropped: number;
  readonly members: number;
}

/** The sorted distinct instants of all the series. */
function unionOfInstants(series: readonly TimeSeries[]): Float64Array {
  let total = 0;
  for (const s of series) total += s.times.length;
  const all = new Float64Array(total);
  let offset = 0;
  for (const s of series) {
    all.set(s.times, offset);
    offset += s.times.length;
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < total; i += 1) if (i === 0 || all[i] !== all[unique - 1]) all[unique++] = all[i] as number;
  return all.slice(0, unique);
}

/**
 * Combines per instant: `sum` for rates (SPEC §13.3: sum across brokers per instant, then
 * statistics over time, never the sum of per-broker peaks), `max` for controller-only counts,
 * `mean` for a percentage of equal volumes. Only instants every series has are kept.
 */
export function combineAcrossMembers(series: readonly TimeSeries[], combine: Combine): CombinedSeries {
  const first = series[0];
  if (series.length === 1 && first) return { times: first.times, values: first.values, dropped: 0, members: 1 };
  const grid = unionOfInstants(series);
  const accumulated = new Float64Array(grid.length).fill(combine === 'max' ? Number.NEGATIVE_INFINITY : 0);
  const present = new Uint32Array(grid.length);
  for (const s of series) {
    let j = 0;
    for (let i = 0; i < s.times.length; i += 1) {
      const time = s.times[i] as number;
      while ((grid[j] as number) < time) j += 1;
      const value = s.values[i] as number;
      accumulated[j] = combine === 'max' ? Math.max(accumulated[j] as number, value) : (accumulated[j] as number) + value;
      present[j] = (present[j] as number) + 1;
    }
  }
  const times = new Float64Array(grid.length);
  const values = new Float64Array(grid.length);
  let kept = 0;
  for (let j = 0; j < grid.length; j += 1) {
    if (present[j] !== series.length) continue;
    times[kept] = grid[j] as number;
    values[kept] = combine === 'mean' ? (accumulated[j] as number) / series.length : (accumulated[j] as number);
    kept += 1;
  }
  return { times: times.slice(0, kept), values: values.slice(0, kept), dropped: grid.length - kept, members: series.length };
}

/** The nearest-rank P99: the value at rank ceil(0.99 n) of the sorted values, which is the maximum when n ≤ 99. */
export function nearestRankP99(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = values.slice().sort();
  const rank = Math.ceil((99 * n) / 100);
  return sorted[rank - 1] as number;
}

export function meanOf(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i += 1) total += values[i] as number;
  return values.length === 0 ? Number.NaN : total / values.length;
}

export function maxOf(values: Float64Array): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i += 1) max = Math.max(max, values[i] as number);
  return values.length === 0 ? Number.NaN : max;
}

/** The smallest gap between consecutive instants, in seconds (Infinity with fewer than two). */
export function smallestGapSeconds(times: Float64Array): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < times.length; i += 1) gap = Math.min(gap, (times[i] as number) - (times[i - 1] as number));
  return gap / 1000;
}
