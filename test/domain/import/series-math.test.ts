/**
 * The arithmetic every metric source shares (SPEC §13.3): sorted instants with equal ones merged,
 * brokers combined per instant with incomplete instants dropped, mean and nearest-rank P99.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineAcrossMembers, maxOf, meanOf, nearestRankP99, sortedSeries } from '../../../src/domain/import/series-math';

const series = (times: number[], values: number[]) => ({ times: Float64Array.from(times), values: Float64Array.from(values) });

describe('sorting and merging one series', () => {
  it('sorts points given newest first (CloudWatch default) or in any order', () => {
    expect(sortedSeries([3, 2, 1], [30, 20, 10], 'mean')).toEqual(series([1, 2, 3], [10, 20, 30]));
    expect(sortedSeries([2, 3, 1], [20, 30, 10], 'mean')).toEqual(series([1, 2, 3], [10, 20, 30]));
  });

  it('merges equal instants: a repeated page by the mean, counters by the larger value', () => {
    // instant 2 appears twice with 20 and 40: mean 30, max 40.
    expect(sortedSeries([2, 1, 2], [20, 10, 40], 'mean')).toEqual(series([1, 2], [10, 30]));
    expect(sortedSeries([2, 1, 2], [20, 10, 40], 'max')).toEqual(series([1, 2], [10, 40]));
  });
});

describe('combining brokers per instant', () => {
  it('adds brokers at each instant and drops instants a broker lacks', () => {
    // broker A at 1, 2, 3; broker B at 2, 3 only: instant 1 is dropped, sums 20+5=25 and 30+6=36.
    const combined = combineAcrossMembers([series([1, 2, 3], [10, 20, 30]), series([2, 3], [5, 6])], 'sum');
    expect(Array.from(combined.times)).toEqual([2, 3]);
    expect(Array.from(combined.values)).toEqual([25, 36]);
    expect(combined.dropped).toBe(1);
  });

  it('takes the maximum for controller-only counts and the mean for shares', () => {
    // instant 1: 475 and 0 → max 475, mean 237.5; instant 2: 0 and 480 → max 480, mean 240.
    const a = series([1, 2], [475, 0]);
    const b = series([1, 2], [0, 480]);
    expect(Array.from(combineAcrossMembers([a, b], 'max').values)).toEqual([475, 480]);
    expect(Array.from(combineAcrossMembers([a, b], 'mean').values)).toEqual([237.5, 240]);
  });
});

describe('nearest-rank P99', () => {
  it('is the maximum for 99 values or fewer', () => {
    // ceil(0.99 × 99) = ceil(98.01) = 99: the 99th of 99 sorted values, the largest.
    const values = Float64Array.from({ length: 99 }, (_, i) => i + 1);
    expect(nearestRankP99(values)).toBe(99);
    expect(nearestRankP99(Float64Array.from([5]))).toBe(5);
  });

  it('drops the top 1 % from 100 values on', () => {
    // n = 100: rank ceil(99) = 99 → 99; n = 200: rank ceil(198) = 198 → 198 of 1..200.
    expect(nearestRankP99(Float64Array.from({ length: 100 }, (_, i) => i + 1))).toBe(99);
    expect(nearestRankP99(Float64Array.from({ length: 200 }, (_, i) => 200 - i))).toBe(198);
  });

  it('never adds per-broker peaks: the peak of the sums is at most the sum of the peaks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((brokers) =>
          fc.integer({ min: 1, max: 99 }).chain((instants) =>
            fc.array(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: instants, maxLength: instants }), {
              minLength: brokers,
              maxLength: brokers,
            }),
          ),
        ),
        (rows) => {
          const times = rows[0]?.map((_, i) => i) ?? [];
          const combined = combineAcrossMembers(
            rows.map((row) => series(times, row)),
            'sum',
          );
          const sums = times.map((i) => rows.reduce((total, row) => total + (row[i] ?? 0), 0));
          const peak = nearestRankP99(combined.values);
          expect(peak).toBe(Math.max(...sums));
          expect(peak).toBeLessThanOrEqual(rows.reduce((total, row) => total + Math.max(...row), 0));
          expect(meanOf(combined.values)).toBeCloseTo(sums.reduce((a, b) => a + b, 0) / sums.length, 9);
          expect(maxOf(combined.values)).toBe(peak);
        },
      ),
    );
  });
});
