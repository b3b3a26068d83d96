/**
 * Properties of the ranges (SPEC §12) over random blocks, seeds and workloads. Each run sizes 250
 * futures (the schema's minimum) over a few months, so a property costs well under a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  drawFutures,
  MAX_SEED,
  percentilesOf,
  wholePercentilesOf,
  type OptionRanges,
  type Percentiles,
  type RangesResult,
} from '../../../src/domain';
import { blockOf, makeScenario, nearestRankOf, percentilesByHand, rangesFor, rangesOption } from './ranges-factories';

const RUNS = 15;
/** The sizing properties take one to two seconds on a quiet machine; room for a busy one. */
const TIMEOUT_MS = 30_000;
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
/** A micro-dollar: room for the last bit of a float, far below a cent. */
const MICRO = 1e-6;

function percentilesIn(ranges: RangesResult, id: string, what: 'monthlyCostUsd' | 'brokers'): Percentiles {
  const found = rangesOption(ranges, id).now[what];
  if (found === null) throw new Error(`${id} has no ${what} percentiles`);
  return found;
}

/** Null (never within the horizon) counts as later than any month. */
function monthOrNever(month: number | null): number {
  return month ?? Number.POSITIVE_INFINITY;
}

describe('nearest-rank percentiles', () => {
  it('are the sorted values at ranks ⌈0.1 N⌉, ⌈0.5 N⌉ and ⌈0.9 N⌉ for any values, duplicates and extra values after the first N included', () => {
    // Cheap (no sizing), so more runs than the properties below.
    fc.assert(
      fc.property(
        // + 0 turns −0 into 0: the two compare equal, so which one a selection returns is not a percentile's concern.
        fc.array(
          fc.oneof(fc.integer({ min: -5, max: 5 }), real(-1e6, 1e6)).map((v) => v + 0),
          { minLength: 1, maxLength: 400 },
        ),
        fc.nat(),
        (values, cut) => {
          const n = 1 + (cut % values.length);
          expect(percentilesOf(Float64Array.from(values), n)).toEqual(percentilesByHand(values.slice(0, n)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('of whole numbers (broker counts) are the same when counted, and leave the counting space empty', () => {
    const counts = new Int32Array(10_001);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 10_001, max: 20_000 })), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.nat(),
        (values, cut) => {
          const n = 1 + (cut % values.length);
          expect(wholePercentilesOf(Float64Array.from(values), n, counts)).toEqual(percentilesByHand(values.slice(0, n)));
          expect(counts.every((c) => c === 0)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('wider ranges', () => {
  /*
   * With the same seed, sample i draws the same z in both runs (common random numbers, one stream per
   * field). A draw is f(z) = clamp(likely × exp(σ z), low/2, 2 × high), increasing in z; widening the
   * range (low' ≤ low, high' ≥ high) raises σ on each side and loosens the clamp, so f'(z) ≤ f(z) for
   * z < 0 and f'(z) ≥ f(z) for z ≥ 0. The k-th smallest draw is f(z₍ₖ₎) in both runs, so P10 can only
   * fall and P90 only rise, as long as z₍₂₅₎ < 0 ≤ z₍₂₂₅₎ among 250 samples (asserted below: it fails
   * with a probability far below 1e-30). The same holds for any figure that rises with throughput in
   * every sample: MSK Serverless's cost and express.m7g.large's brokers and cost, kept within their
   * quotas here (2 × 90 = 180 MiB/s ≤ 200 of ingress, 360 ≤ 400 of egress, 18 Express brokers ≤ 60).
   * It is not claimed for every option: a Standard option's PST choice and broker quota make its cost
   * and the set of samples where it is available move differently.
   */
  it(
    "never narrow the P10–P90 band of the throughput draws, of MSK Serverless's cost, or of an Express option's brokers and cost",
    () => {
      fc.assert(
        fc.property(
          fc.record({
            seed: fc.integer({ min: 0, max: MAX_SEED }),
            confidence: real(0.5, 0.99),
            low: real(1, 40),
            high: real(40, 90),
            lowShare: real(0.05, 1),
            highExtra: real(0, 1),
          }),
          ({ seed, confidence, low, high, lowShare, highExtra }) => {
            const wideLow = low * lowShare;
            const wideHigh = high + (90 - high) * highExtra;
            const block = (lo: number, hi: number) => ({
              peakIngressMiBps: { low: lo, high: hi },
              seed,
              confidence,
              horizonMonths: 0,
              samples: 250,
            });
            const narrowScenario = makeScenario({ uncertainty: block(low, high) });
            const wideScenario = makeScenario({ uncertainty: block(wideLow, wideHigh) });
            const narrowDraws = [...drawFutures(blockOf(narrowScenario), narrowScenario, 250).throughput];
            const wideDraws = [...drawFutures(blockOf(wideScenario), wideScenario, 250).throughput];
            // The condition of the argument above: the P10 draw is at or below the median, the P90 at or above.
            expect(nearestRankOf(narrowDraws, 10)).toBeLessThanOrEqual(1);
            expect(nearestRankOf(narrowDraws, 90)).toBeGreaterThanOrEqual(1);
            expect(nearestRankOf(wideDraws, 10)).toBeLessThanOrEqual(nearestRankOf(narrowDraws, 10) ?? Number.NaN);
            expect(nearestRankOf(wideDraws, 90)).toBeGreaterThanOrEqual(nearestRankOf(narrowDraws, 90) ?? Number.NaN);

            const narrow = rangesFor({}, block(low, high));
            const wide = rangesFor({}, block(wideLow, wideHigh));
            for (const [id, what] of [
              ['msk-serverless:serverless', 'monthlyCostUsd'],
              ['msk-express:express.m7g.large', 'monthlyCostUsd'],
              ['msk-express:express.m7g.large', 'brokers'],
            ] as const) {
              expect(rangesOption(narrow, id).pAvailable).toBe(1);
              expect(rangesOption(wide, id).pAvailable).toBe(1);
              const before = percentilesIn(narrow, id, what);
              const after = percentilesIn(wide, id, what);
              expect(after.p10, `${id} ${what} P10`).toBeLessThanOrEqual(before.p10 + MICRO);
              expect(after.p90, `${id} ${what} P90`).toBeGreaterThanOrEqual(before.p90 - MICRO);
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe('more growth', () => {
  /*
   * With certain growth g every sample is the same future: throughput × (1 + g/100)^m. For m ≥ 1 a
   * higher g gives more throughput, and every way an option runs out of room rises with throughput
   * (Serverless's quotas; broker counts, and so the broker quotas, since capacities per broker do not
   * depend on throughput when every throughput scales together). So the month it first runs out can
   * only come earlier, for every option.
   */
  it(
    'never makes an option run out of room later',
    () => {
      fc.assert(
        fc.property(
          fc.record({
            peakIngressMiBps: real(20, 180),
            egressToIngress: real(0.5, 3),
            partitions: fc.integer({ min: 50, max: 3000 }),
            slower: fc.integer({ min: -50, max: 100 }),
            faster: fc.integer({ min: -50, max: 100 }),
          }),
          ({ peakIngressMiBps, egressToIngress, partitions, slower, faster }) => {
            const [gLow, gHigh] = slower <= faster ? [slower, faster] : [faster, slower];
            const fields = {
              avgIngressMiBps: peakIngressMiBps / 2,
              peakIngressMiBps,
              avgEgressMiBps: (peakIngressMiBps * egressToIngress) / 2,
              peakEgressMiBps: peakIngressMiBps * egressToIngress,
              partitions,
            };
            const run = (g: number) =>
              rangesFor(fields, { monthlyGrowthPct: { low: g, likely: g, high: g }, horizonMonths: 8, samples: 250 });
            const slow = run(gLow);
            const fast = run(gHigh);
            slow.options.forEach((option, i) => {
              const other = fast.options[i] as OptionRanges;
              expect(other.id).toBe(option.id);
              expect(monthOrNever(other.limit.firstMonthP10), option.id).toBeLessThanOrEqual(monthOrNever(option.limit.firstMonthP10));
              expect(monthOrNever(other.limit.firstMonthP50), option.id).toBeLessThanOrEqual(monthOrNever(option.limit.firstMonthP50));
              expect(other.limit.pByHorizon, option.id).toBeGreaterThanOrEqual(option.limit.pByHorizon);
            });
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

describe('any uncertainty block', () => {
  const range = (likely: number, maxBelow: number, maxAbove: number) =>
    fc
      .record({ below: real(0, maxBelow), above: real(0, maxAbove) })
      .map(({ below, above }) => ({ low: likely * (1 - below), high: likely * (1 + above) }));

  it(
    'gives ordered percentiles, whole broker counts, shares between 0 and 1, pCheapest summing to 1 and P10 limits no later than P50',
    () => {
      fc.assert(
        fc.property(
          fc.record({
            seed: fc.integer({ min: 0, max: MAX_SEED }),
            confidence: real(0.5, 0.99),
            purpose: fc.constantFrom('production', 'development'),
            peakIngressMiBps: fc.option(range(40, 0.95, 5), { nil: null }),
            egressToIngress: fc.option(range(2, 0.95, 3), { nil: null }),
            retentionHours: fc.option(range(168, 0.9, 10), { nil: null }),
            partitions: fc.option(range(300, 0.99, 10), { nil: null }),
            growth: fc.tuple(fc.integer({ min: -50, max: 100 }), fc.integer({ min: -50, max: 100 }), fc.integer({ min: -50, max: 100 })),
            horizonMonths: fc.integer({ min: 0, max: 2 }),
          }),
          ({ purpose, growth, ...block }) => {
            const [low, likely, high] = [...growth].sort((a, b) => a - b);
            const ranges = rangesFor({ purpose }, { ...block, monthlyGrowthPct: { low, likely, high }, samples: 250 });
            expect(ranges.timeline.map((m) => m.month)).toEqual(Array.from({ length: block.horizonMonths + 1 }, (_, m) => m));
            for (const month of ranges.timeline) {
              for (const [id, figures] of Object.entries(month.options)) {
                for (const p of [figures.monthlyCostUsd, figures.brokers]) {
                  if (p === null) continue;
                  expect(p.p10, `${id} month ${month.month}`).toBeLessThanOrEqual(p.p50);
                  expect(p.p50, `${id} month ${month.month}`).toBeLessThanOrEqual(p.p90);
                }
                if (figures.brokers !== null)
                  expect([figures.brokers.p10, figures.brokers.p50, figures.brokers.p90].every(Number.isInteger), id).toBe(true);
              }
            }
            let cheapest = 0;
            for (const option of ranges.options) {
              expect(option.pAvailable).toBeGreaterThanOrEqual(0);
              expect(option.pAvailable).toBeLessThanOrEqual(1);
              // Unavailable at month 0 is unavailable by the horizon.
              expect(option.limit.pByHorizon, option.id).toBeGreaterThanOrEqual(1 - option.pAvailable - 1e-12);
              expect(monthOrNever(option.limit.firstMonthP10), option.id).toBeLessThanOrEqual(monthOrNever(option.limit.firstMonthP50));
              cheapest += option.pCheapest ?? 0;
            }
            expect(cheapest).toBeCloseTo(1, 12);
            expect(ranges.leastRegret === null || ranges.options.some((o) => o.id === ranges.leastRegret?.id && o.pCheapest !== null)).toBe(
              true,
            );
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
