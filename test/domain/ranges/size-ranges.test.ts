/**
 * Ranges and growth (SPEC §12): the four "checks any implementation must pass", nearest-rank
 * percentiles, pCheapest, the least-regret choice, EBS that never shrinks, and the result's shape.
 * Every expected figure comes from single sizings (`sizeScenario`) of scenarios built by hand from
 * the spec's description of a future, or from arithmetic written out here; none from the sampler.
 */
import { describe, expect, it } from 'vitest';
import {
  nearestRank,
  percentilesOf,
  RangesRun,
  sizeRanges,
  sizeScenario,
  withRanges,
  type RangeFigures,
  type RangesResult,
  type SizedOption,
  type SizingResult,
} from '../../../src/domain';
import { optionOf } from '../../support/factories';
import {
  blockOf,
  BUNDLED_PRICE_BOOK,
  CENTS,
  DEFAULT_THROUGHPUTS,
  isOffered,
  makeScenario,
  nearestRankOf,
  percentilesByHand,
  rangesFor,
  rangesOption,
  sizeScaled,
  specDraws,
  storageLineOf,
  totalOf,
  type Throughputs,
} from './ranges-factories';

/** A larger workload than the defaults, where T3 is out of room at once and MSK Serverless within two years of growth. */
const BUSY: Throughputs = { avgIngressMiBps: 50, peakIngressMiBps: 100, avgEgressMiBps: 100, peakEgressMiBps: 150 };

/** Asserts month `month` of the ranges is P10 = P50 = P90 = the single sizing of the option (or nothing where it is unavailable). */
function expectSameAsSingleSizing(ranges: RangesResult, month: number, option: SizedOption): void {
  expectFiguresOfSingleSizing(ranges.timeline[month]?.options[option.id], option, `${option.id}, month ${month}`);
}

function expectFiguresOfSingleSizing(figures: RangeFigures | null | undefined, option: SizedOption, label: string): void {
  if (!isOffered(option)) {
    expect(figures, label).toEqual({ monthlyCostUsd: null, brokers: null });
    return;
  }
  const total = totalOf(option);
  expect(figures?.monthlyCostUsd?.p10, label).toBeCloseTo(total, CENTS);
  expect(figures?.monthlyCostUsd?.p50, label).toBeCloseTo(total, CENTS);
  expect(figures?.monthlyCostUsd?.p90, label).toBeCloseTo(total, CENTS);
  expect(figures?.brokers, label).toEqual(
    option.brokers === null ? null : { p10: option.brokers, p50: option.brokers, p90: option.brokers },
  );
}

describe('nearest-rank percentiles', () => {
  it('take the ⌈q·N⌉-th smallest value, 1-based, without interpolation', () => {
    // N = 10: P10 = 1st, P50 = 5th, P90 = 9th smallest.
    const values = Float64Array.from([70, 10, 100, 40, 20, 90, 60, 30, 80, 50]);
    expect(percentilesOf(values, 10)).toEqual({ p10: 10, p50: 50, p90: 90 });
  });

  it('work out the ranks by hand for small and large N', () => {
    // ⌈0.1·7⌉ = 1, ⌈0.5·7⌉ = 4, ⌈0.9·7⌉ = 7; N = 250: 25, 125, 225; N = 2000: 200, 1000, 1800; N = 1: all 1.
    expect([nearestRank(7, 10), nearestRank(7, 50), nearestRank(7, 90)]).toEqual([1, 4, 7]);
    expect([nearestRank(250, 10), nearestRank(250, 50), nearestRank(250, 90)]).toEqual([25, 125, 225]);
    expect([nearestRank(2000, 10), nearestRank(2000, 50), nearestRank(2000, 90)]).toEqual([200, 1000, 1800]);
    expect([nearestRank(1, 10), nearestRank(1, 50), nearestRank(1, 90)]).toEqual([1, 1, 1]);
    expect([nearestRank(11, 10), nearestRank(11, 50), nearestRank(11, 90)]).toEqual([2, 6, 10]);
  });

  it('read only the first n values, keep whole numbers whole, and give nothing for no values', () => {
    // First 7 values 5, 3, 3, 9, 1, 7, 3 sorted: 1 3 3 3 5 7 9 → ranks 1, 4, 7.
    const values = Float64Array.from([5, 3, 3, 9, 1, 7, 3, 1000, -1000]);
    expect(percentilesOf(values, 7)).toEqual({ p10: 1, p50: 3, p90: 9 });
    expect(percentilesOf(Float64Array.from([4]), 1)).toEqual({ p10: 4, p50: 4, p90: 4 });
    expect(percentilesOf(new Float64Array(3), 0)).toBeNull();
  });

  it('agree with a sort for many orders of the same values, duplicates included', () => {
    for (let shift = 0; shift < 40; shift += 1) {
      const values = Array.from({ length: 97 }, (_, i) => ((i * 37 + shift * 11) % 41) * 1.5);
      expect(percentilesOf(Float64Array.from(values), values.length), `shift ${shift}`).toEqual(percentilesByHand(values));
    }
  });
});

describe('SPEC §12 check 1: all ranges certain and growth 0', () => {
  const uncertainty = {
    peakIngressMiBps: { low: 100, high: 100 },
    egressToIngress: { low: 1.5, high: 1.5 },
    retentionHours: { low: 168, high: 168 },
    partitions: { low: 300, high: 300 },
    horizonMonths: 3,
    samples: 250,
  };
  const single = sizeScenario(makeScenario({ ...BUSY }), BUNDLED_PRICE_BOOK);
  const ranges = rangesFor({ ...BUSY }, uncertainty);

  it('gives P10 = P50 = P90 = the single sizing for every option, at every month', () => {
    expect(ranges.timeline.map((m) => m.month)).toEqual([0, 1, 2, 3]);
    // The scenario has options on both sides: T3 is out of room (30 brokers), Serverless is not.
    expect(single.options.some((o) => !isOffered(o)) && single.options.some(isOffered)).toBe(true);
    for (let month = 0; month <= 3; month += 1) for (const option of single.options) expectSameAsSingleSizing(ranges, month, option);
    for (const option of single.options) {
      expectFiguresOfSingleSizing(rangesOption(ranges, option.id).now, option, `${option.id} now`);
      expectFiguresOfSingleSizing(rangesOption(ranges, option.id).atHorizon, option, `${option.id} at the horizon`);
    }
  });

  it("gives pCheapest 1 to the single sizing's overall recommendation and 0 to every other eligible option", () => {
    const overall = single.recommendations.overall;
    expect(overall).not.toBeNull();
    expect(rangesOption(ranges, overall ?? '').pCheapest).toBe(1);
    for (const option of ranges.options.filter((o) => o.id !== overall && o.pCheapest !== null))
      expect(option.pCheapest, option.id).toBe(0);
  });

  it('makes every option available in all samples or none, and never runs out later', () => {
    for (const option of single.options) {
      const r = rangesOption(ranges, option.id);
      expect(r.pAvailable, option.id).toBe(isOffered(option) ? 1 : 0);
      expect(r.limit, option.id).toEqual(
        isOffered(option)
          ? { firstMonthP10: null, firstMonthP50: null, pByHorizon: 0 }
          : { firstMonthP10: 0, firstMonthP50: 0, pByHorizon: 1 },
      );
    }
  });

  it('gives the same answer as no ranges at all: a certain range (low = high = value) is no range', () => {
    const none = rangesFor({ ...BUSY }, { horizonMonths: 3, samples: 250 });
    expect(none).toStrictEqual(ranges);
  });
});

describe('SPEC §12 check 2: growth certain at 6 % a month, no other range', () => {
  const horizon = 24;
  const growth = 1 + 6 / 100;
  const ranges = rangesFor({ ...BUSY }, { monthlyGrowthPct: { low: 6, likely: 6, high: 6 }, horizonMonths: horizon, samples: 250 });
  const singles: SizingResult[] = Array.from({ length: horizon + 1 }, (_, m) => sizeScaled({}, BUSY, growth ** m));

  it('equals at month m the single sizing of the scenario with every throughput × 1.06^m, to the cent', () => {
    expect(ranges.timeline).toHaveLength(horizon + 1);
    singles.forEach((single, month) => {
      for (const option of single.options) expectSameAsSingleSizing(ranges, month, option);
    });
    for (const option of singles[horizon]?.options ?? []) {
      expectFiguresOfSingleSizing(rangesOption(ranges, option.id).atHorizon, option, `${option.id} at the horizon`);
    }
  });

  it("reports as an option's first month out of room the first month whose single sizing says it is unavailable", () => {
    for (const option of singles[0]?.options ?? []) {
      const firstOut = singles.findIndex((single) => !isOffered(optionOf(single, option.id)));
      const expected = firstOut < 0 ? null : firstOut;
      const limit = rangesOption(ranges, option.id).limit;
      expect(limit, option.id).toEqual({ firstMonthP10: expected, firstMonthP50: expected, pByHorizon: expected === null ? 0 : 1 });
    }
  });

  it('runs MSK Serverless out of its 200 MiB/s ingress quota at month 12 (100 × 1.06^11 = 189.8, 100 × 1.06^12 = 201.2)', () => {
    expect(rangesOption(ranges, 'msk-serverless:serverless').limit.firstMonthP10).toBe(12);
    // Within two years the 60-broker quota stops kafka.m5.large too (checked month by month above).
    expect(rangesOption(ranges, 'msk-standard:kafka.m5.large').limit.firstMonthP10).not.toBeNull();
  });
});

describe('limits under uncertain growth', () => {
  // Growth 2–12 % a month around 6 %, nothing else uncertain, 100 MiB/s of peak ingress: sample i's MSK
  // Serverless runs out at the first month m with 100 × gᵢ^m > 200 MiB/s (its egress, 150 × gᵢ^m, reaches
  // 400 only later, and 300 partitions allow 1500 MiB/s). The growth draws are SPEC §12's formula on 1 + g/100.
  const horizon = 24;
  const samples = 250;
  const ranges = rangesFor({ ...BUSY }, { monthlyGrowthPct: { low: 2, likely: 6, high: 12 }, horizonMonths: horizon, samples, seed: 3 });
  const firstOut = specDraws(3, 'monthlyGrowthPct', samples, 1.02, 1.06, 1.12, 0.8).map((g) => {
    for (let m = 0; m <= horizon; m += 1) if (100 * g ** m > 200) return m;
    return null;
  });
  const outBy = (m: number) => firstOut.filter((f) => f !== null && f <= m).length;
  const firstMonthWith = (count: number) => {
    for (let m = 0; m <= horizon; m += 1) if (outBy(m) >= count) return m;
    return null;
  };

  it('give the first month by which at least 10 % and 50 % of samples are out of room, and the share out by the horizon', () => {
    // 10 % of 250 is 25 samples, 50 % is 125.
    expect(rangesOption(ranges, 'msk-serverless:serverless').limit).toEqual({
      firstMonthP10: firstMonthWith(25),
      firstMonthP50: firstMonthWith(125),
      pByHorizon: outBy(horizon) / samples,
    });
    // The three figures differ here: at 12 % a month Serverless is out by month 7 (1.12^6 = 1.97, 1.12^7 = 2.21), at 2 % never within 24 months (1.02^24 = 1.61).
    expect(firstMonthWith(25)).toBeLessThan(firstMonthWith(125) ?? Number.NaN);
    expect(outBy(horizon)).toBeLessThan(samples);
  });

  it('size each month over the samples still available, so a quota shows as fewer samples rather than as a cost', () => {
    const serverless = 'msk-serverless:serverless';
    const at12 = ranges.timeline[12]?.options[serverless]?.monthlyCostUsd;
    // Every sample still within the quota at month 12 is one that grows slowly: its cost is at most the cost at 200 MiB/s.
    const atQuota = totalOf(optionOf(sizeScaled({}, BUSY, 2), serverless));
    expect(at12?.p90 ?? Number.NaN).toBeLessThanOrEqual(atQuota + 0.005);
  });
});

describe('SPEC §12 check 3: only peak ingress uncertain, growth 0, N = 2000', () => {
  // Range 30–60 around 40 MiB/s. MSK Serverless stays within its quotas in every sample: the largest
  // draw is 2 × 60 = 120 MiB/s of ingress (≤ 200) and 240 of egress (≤ 400), with 300 partitions.
  const ranges = rangesFor({}, { peakIngressMiBps: { low: 30, high: 60 }, horizonMonths: 0 });
  const draws = specDraws(1, 'peakIngressMiBps', 2000, 30, 40, 60, 0.8);

  it("draws the multiplier's nearest-rank P10, P50 and P90 within 3 % of low, likely and high", () => {
    for (const [pct, value] of [
      [10, 30],
      [50, 40],
      [90, 60],
    ] as const) {
      expect(Math.abs((nearestRankOf(draws, pct) ?? Number.NaN) / value - 1), `P${pct}`).toBeLessThan(0.03);
    }
  });

  it("gives MSK Serverless's cost P10/P50/P90 equal to its single sizing at those draws, to the cent", () => {
    // Serverless's cost rises with throughput, so its k-th smallest cost is its cost at the k-th smallest draw.
    const serverless = rangesOption(ranges, 'msk-serverless:serverless');
    expect(serverless.pAvailable).toBe(1);
    const costAt = (pct: number) => {
      const x = nearestRankOf(draws, pct) ?? Number.NaN;
      return totalOf(optionOf(sizeScaled({}, DEFAULT_THROUGHPUTS, x / 40), serverless.id));
    };
    expect(serverless.now.monthlyCostUsd?.p10).toBeCloseTo(costAt(10), CENTS);
    expect(serverless.now.monthlyCostUsd?.p50).toBeCloseTo(costAt(50), CENTS);
    expect(serverless.now.monthlyCostUsd?.p90).toBeCloseTo(costAt(90), CENTS);
    expect(serverless.now.brokers).toBeNull();
  });
});

describe('SPEC §12 check 4: the seed', () => {
  const uncertainty = {
    peakIngressMiBps: { low: 20, high: 90 },
    egressToIngress: { low: 1, high: 3 },
    retentionHours: { low: 72, high: 336 },
    partitions: { low: 100, high: 900 },
    monthlyGrowthPct: { low: -2, likely: 3, high: 10 },
    horizonMonths: 2,
    samples: 250,
  };

  it('gives the same result, bit for bit, for the same seed', () => {
    expect(rangesFor({}, { ...uncertainty, seed: 17 })).toStrictEqual(rangesFor({}, { ...uncertainty, seed: 17 }));
  });

  it('gives a different result for a different seed', () => {
    const a = rangesFor({}, { ...uncertainty, seed: 17 });
    const b = rangesFor({}, { ...uncertainty, seed: 18 });
    expect(b.seed).toBe(18);
    expect(rangesOption(b, 'msk-serverless:serverless').now).not.toEqual(rangesOption(a, 'msk-serverless:serverless').now);
  });
});

describe('the month-0 summary, recomputed by hand from single sizings of the futures', () => {
  // Only peak ingress uncertain, 10–150 MiB/s around 40, 250 samples: at the high end Serverless runs
  // out (over 200 MiB/s), so availability, the cheapest option and regret all vary between samples.
  const samples = 250;
  const ranges = rangesFor({}, { peakIngressMiBps: { low: 10, high: 150 }, horizonMonths: 0, samples, seed: 5 });
  const futures = specDraws(5, 'peakIngressMiBps', samples, 10, 40, 150, 0.8).map((x) => sizeScaled({}, DEFAULT_THROUGHPUTS, x / 40));
  const ids = futures[0]?.options.map((o) => o.id) ?? [];
  /** SPEC §8, production: MSK Standard M5/M7g, Express and Serverless; never T3 or self-managed. */
  const isEligible = (o: SizedOption) => o.deployment !== 'self-managed' && o.family !== 't3';
  const eligibleIds = futures[0]?.options.filter(isEligible).map((o) => o.id) ?? [];
  const optionIn = (future: SizingResult, id: string) => future.options.find((o) => o.id === id);

  it('lists every option of a single sizing, in its order', () => {
    expect(ranges.options.map((o) => o.id)).toEqual(ids);
  });

  it("gives each option's share of samples where it is available", () => {
    for (const id of ids) {
      const available = futures.filter((f) => {
        const o = optionIn(f, id);
        return o !== undefined && isOffered(o);
      }).length;
      expect(rangesOption(ranges, id).pAvailable, id).toBe(available / samples);
    }
    expect(rangesOption(ranges, 'msk-serverless:serverless').pAvailable).toBeGreaterThan(0);
    expect(rangesOption(ranges, 'msk-serverless:serverless').pAvailable).toBeLessThan(1);
  });

  it('gives P10/P50/P90 of cost and brokers over the samples where the option is available', () => {
    for (const id of ids) {
      const offered = futures.map((f) => optionIn(f, id)).filter((o): o is SizedOption => o !== undefined && isOffered(o));
      const cost = percentilesByHand(offered.map(totalOf));
      const brokers = id === 'msk-serverless:serverless' ? null : percentilesByHand(offered.map((o) => o.brokers ?? Number.NaN));
      const now = rangesOption(ranges, id).now;
      if (cost === null) {
        expect(now, id).toEqual({ monthlyCostUsd: null, brokers: null });
        continue;
      }
      expect(now.monthlyCostUsd?.p10, id).toBeCloseTo(cost.p10, CENTS);
      expect(now.monthlyCostUsd?.p50, id).toBeCloseTo(cost.p50, CENTS);
      expect(now.monthlyCostUsd?.p90, id).toBeCloseTo(cost.p90, CENTS);
      expect(now.brokers, id).toEqual(brokers);
    }
  });

  it('gives pCheapest as the share of samples where the single sizing recommends the option, null for options never eligible', () => {
    const withChoice = futures.filter((f) => f.recommendations.overall !== null).length;
    for (const id of ids) {
      const eligible = eligibleIds.includes(id);
      const chosen = futures.filter((f) => f.recommendations.overall === id).length;
      const pCheapest = rangesOption(ranges, id).pCheapest;
      if (eligible) expect(pCheapest, id).toBeCloseTo(chosen / withChoice, 12);
      else expect(pCheapest, id).toBeNull();
    }
    expect(new Set(futures.map((f) => f.recommendations.overall)).size).toBeGreaterThan(1);
  });

  it('chooses least regret: the lowest mean of ((cost − best) / best)^1.2, unavailable counting 1', () => {
    expect(eligibleIds.length).toBeGreaterThan(0);
    const scores = new Map<string, number>();
    for (const id of eligibleIds) {
      let sum = 0;
      for (const future of futures) {
        const best = Math.min(...future.options.filter((o) => isEligible(o) && isOffered(o)).map(totalOf));
        const option = optionIn(future, id);
        const regret = option !== undefined && isOffered(option) ? (totalOf(option) - best) / best : 1;
        sum += regret ** 1.2;
      }
      scores.set(id, sum / samples);
    }
    const p50 = (id: string) => rangesOption(ranges, id).now.monthlyCostUsd?.p50 ?? Number.POSITIVE_INFINITY;
    const [winner, runnerUp] = [...scores.entries()].sort(([a, sa], [b, sb]) => sa - sb || p50(a) - p50(b));
    expect(ranges.leastRegret?.id).toBe(winner?.[0]);
    expect(ranges.leastRegret?.score).toBeCloseTo(winner?.[1] ?? Number.NaN, 10);
    // Not decided by one option alone: the runner-up regrets something, and Serverless pays 1 where it is out of room.
    expect(runnerUp?.[1]).toBeGreaterThan(0);
    expect(scores.get('msk-serverless:serverless')).toBeGreaterThan(
      1 - rangesOption(ranges, 'msk-serverless:serverless').pAvailable - 1e-12,
    );
  });
});

describe('pCheapest', () => {
  const uncertainty = {
    peakIngressMiBps: { low: 5, high: 150 },
    egressToIngress: { low: 0.5, high: 4 },
    partitions: { low: 50, high: 2000 },
    horizonMonths: 0,
    samples: 250,
    seed: 21,
  };

  it('sums to 1 over the eligible options, and is null for self-managed and, in production, T3', () => {
    const ranges = rangesFor({}, uncertainty);
    const shares = ranges.options.flatMap((o) => (o.pCheapest === null ? [] : [o.pCheapest]));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (const o of ranges.options) {
      const neverEligible = o.id.startsWith('self-managed:') || o.id === 'msk-standard:kafka.t3.small';
      expect(o.pCheapest === null, o.id).toBe(neverEligible);
    }
  });

  it('counts T3 among the eligible options for a development cluster, still summing to 1', () => {
    const ranges = rangesFor({ purpose: 'development' }, uncertainty);
    expect(rangesOption(ranges, 'msk-standard:kafka.t3.small').pCheapest).not.toBeNull();
    const shares = ranges.options.flatMap((o) => (o.pCheapest === null ? [] : [o.pCheapest]));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('provisioned EBS never shrinks', () => {
  // Growth certain at −20 % a month for 4 months: throughput × 0.8^m, so local storage falls every month.
  const horizon = 4;
  const fields = { retentionHours: 720 };
  const ranges = rangesFor(fields, { monthlyGrowthPct: { low: -20, likely: -20, high: -20 }, horizonMonths: horizon, samples: 250 });
  const singles = Array.from({ length: horizon + 1 }, (_, m) => sizeScaled(fields, DEFAULT_THROUGHPUTS, (1 - 20 / 100) ** m));
  const ids = singles[0]?.options.map((o) => o.id) ?? [];
  const optionAt = (m: number, id: string) => singles[m]?.options.find((o) => o.id === id);
  const alwaysOffered = ids.filter((id) =>
    singles.every((_, m) => {
      const o = optionAt(m, id);
      return o !== undefined && isOffered(o);
    }),
  );

  it("keeps a Standard or self-managed option's storage line at the largest of months 0..m: single cost + (largest earlier storage line − this month's)", () => {
    let keptSomeStorage = false;
    for (const id of alwaysOffered) {
      const keeps = id.startsWith('msk-standard:') || id.startsWith('self-managed:');
      let largest = 0;
      for (let m = 0; m <= horizon; m += 1) {
        const option = optionAt(m, id);
        if (option === undefined) throw new Error(`no ${id} at month ${m}`);
        const line = storageLineOf(option);
        largest = Math.max(largest, line);
        const expected = totalOf(option) + (keeps ? largest - line : 0);
        if (keeps && largest - line > 0.01) keptSomeStorage = true;
        const cost = ranges.timeline[m]?.options[id]?.monthlyCostUsd;
        expect(cost?.p10, `${id} month ${m}`).toBeCloseTo(expected, CENTS);
        expect(cost?.p90, `${id} month ${m}`).toBeCloseTo(expected, CENTS);
        expect(cost?.p50 ?? Number.NaN, `${id} month ${m}`).toBeGreaterThanOrEqual(totalOf(option) - 0.005);
        expect(ranges.timeline[m]?.options[id]?.brokers?.p50 ?? null, `${id} month ${m}`).toBe(option.brokers);
      }
    }
    expect(keptSomeStorage).toBe(true);
    expect(alwaysOffered).toContain('msk-standard:kafka.m5.large');
    expect(alwaysOffered).toContain('msk-express:express.m7g.large');
  });
});

describe('a run in steps', () => {
  const s = makeScenario({
    uncertainty: {
      peakIngressMiBps: { low: 20, high: 80 },
      monthlyGrowthPct: { low: 0, likely: 3, high: 8 },
      horizonMonths: 2,
      samples: 2000,
    },
  });

  it('reports a first answer after month 0, with no horizon figures yet, and the complete answer when done', () => {
    const run = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK, 250);
    expect(run.step()).toBe(true);
    const first = run.result();
    expect(first.monthsSized).toBe(1);
    expect(first.timeline).toHaveLength(1);
    expect(first.options.every((o) => o.atHorizon === null)).toBe(true);
    expect(run.step()).toBe(true);
    expect(run.step()).toBe(false);
    expect(run.done).toBe(true);
    expect(run.step()).toBe(false);
    const done = run.result();
    expect(done.monthsSized).toBe(3);
    expect(done.samples).toBe(250);
    expect(done.options.map((o) => o.now)).toEqual(first.options.map((o) => o.now));
    expect(done.options.every((o) => o.atHorizon !== null)).toBe(true);
  });

  it('sizes the same futures for the first 250 samples of a 2000-sample run', () => {
    const small = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK, 250);
    const large = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK, 2000);
    for (let i = 0; i < 250; i += 1) {
      for (const month of [0, 2])
        expect(small.futureScenario(i, month), `sample ${i} month ${month}`).toEqual(large.futureScenario(i, month));
    }
  });
});

describe('the ranges in a sizing result', () => {
  it("are added by withRanges when the scenario carries the block, with the block's samples, seed, confidence and horizon", () => {
    const s = makeScenario({
      uncertainty: { peakIngressMiBps: { low: 30, high: 50 }, horizonMonths: 1, samples: 250, seed: 99, confidence: 0.9 },
    });
    const result = withRanges(sizeScenario(s, BUNDLED_PRICE_BOOK), BUNDLED_PRICE_BOOK);
    expect(result.ranges).toMatchObject({ samples: 250, seed: 99, confidence: 0.9, horizonMonths: 1, monthsSized: 2 });
    expect(result.ranges?.timeline.map((m) => m.month)).toEqual([0, 1]);
    expect(result.ranges?.options.map((o) => o.id)).toEqual(result.options.map((o) => o.id));
  });

  it('are absent, and the result unchanged, when the scenario has no block', () => {
    const result = sizeScenario(makeScenario({}), BUNDLED_PRICE_BOOK);
    const same = withRanges(result, BUNDLED_PRICE_BOOK);
    expect(same).toBe(result);
    expect('ranges' in same).toBe(false);
  });

  it("run with the block's own sample count unless a first answer asks for fewer", () => {
    const s = makeScenario({ uncertainty: { horizonMonths: 0, samples: 300 } });
    expect(sizeRanges(s, blockOf(s), BUNDLED_PRICE_BOOK).samples).toBe(300);
    expect(sizeRanges(s, blockOf(s), BUNDLED_PRICE_BOOK, 250).samples).toBe(250);
  });
});
