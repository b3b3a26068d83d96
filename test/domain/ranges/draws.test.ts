/**
 * The futures SPEC §12 samples: split log-normal draws with median = likely that hit low and high at
 * the confidence's quantiles, clamped to [low/2, 2 × high] and to the inputs' bounds; growth in the
 * same form on 1 + g/100; one stream per field; and how a draw turns into a future scenario.
 * Expected draws come from the spec's formula written out in `specDraws` (ranges-factories.ts).
 */
import { describe, expect, it } from 'vitest';
import { confidenceZ, drawAt, drawFutures, RangesRun, splitLogNormal } from '../../../src/domain';
import { blockOf, BUNDLED_PRICE_BOOK, makeScenario, nearestRankOf, specDraws } from './ranges-factories';

/** Relative closeness for draws computed by the same formula in a different order of operations. */
function expectRelativelyClose(actual: number, expected: number, label: string): void {
  expect(Math.abs(actual - expected), label).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
}

describe('the split log-normal', () => {
  for (const confidence of [0.5, 0.8, 0.95, 0.99]) {
    it(`is low, likely and high at z = −zc, 0 and zc for confidence ${confidence}`, () => {
      const d = splitLogNormal(30, 40, 60, confidence, 0, Number.POSITIVE_INFINITY);
      const zc = confidenceZ(confidence);
      expect(drawAt(d, 0)).toBe(40);
      expectRelativelyClose(drawAt(d, -zc), 30, 'low');
      expectRelativelyClose(drawAt(d, zc), 60, 'high');
    });
  }

  it('has a different spread on each side of the median: halfway to the ends in z is the geometric midpoint', () => {
    // x = likely × exp(σ z): at z = ±zc/2, x = √(likely × end).
    const d = splitLogNormal(10, 40, 90, 0.8, 0, Number.POSITIVE_INFINITY);
    const zc = confidenceZ(0.8);
    expectRelativelyClose(drawAt(d, -zc / 2), Math.sqrt(10 * 40), 'below');
    expectRelativelyClose(drawAt(d, zc / 2), Math.sqrt(40 * 90), 'above');
  });

  it('is clamped to [low/2, 2 × high]', () => {
    const d = splitLogNormal(30, 40, 60, 0.8, 0, Number.POSITIVE_INFINITY);
    expect(drawAt(d, -8)).toBe(15);
    expect(drawAt(d, 8)).toBe(120);
  });

  it("is clamped to the input's own bounds where they are tighter", () => {
    const d = splitLogNormal(30, 40, 60, 0.8, 20, 100);
    expect(drawAt(d, -8)).toBe(20);
    expect(drawAt(d, 8)).toBe(100);
  });

  it('increases with z', () => {
    const d = splitLogNormal(5, 40, 300, 0.8, 0, Number.POSITIVE_INFINITY);
    const zs = Array.from({ length: 81 }, (_, i) => -4 + i / 10);
    zs.slice(1).forEach((z, i) => expect(drawAt(d, z), `z = ${z}`).toBeGreaterThanOrEqual(drawAt(d, zs[i] ?? 0)));
  });
});

describe("the draws of a scenario's futures", () => {
  it("are the scenario's values in every sample when nothing is uncertain", () => {
    const s = makeScenario({ retentionHours: 72, partitions: 120, uncertainty: { samples: 250 } });
    const draws = drawFutures(blockOf(s), s, 250);
    expect(draws.samples).toBe(250);
    expect(new Set(draws.throughput)).toEqual(new Set([1]));
    expect(new Set(draws.egress)).toEqual(new Set([1]));
    expect(new Set(draws.retentionHours)).toEqual(new Set([72]));
    expect(new Set(draws.partitions)).toEqual(new Set([120]));
    expect(new Set(draws.growth)).toEqual(new Set([1]));
  });

  it("scale throughput by draw ÷ likely, the draw being SPEC §12's formula on the field's own stream", () => {
    const s = makeScenario({ uncertainty: { peakIngressMiBps: { low: 25, high: 70 }, seed: 11, confidence: 0.9 } });
    const draws = drawFutures(blockOf(s), s, 300);
    const expected = specDraws(11, 'peakIngressMiBps', 300, 25, 40, 70, 0.9);
    expected.forEach((x, i) => expectRelativelyClose(draws.throughput[i] ?? Number.NaN, x / 40, `sample ${i}`));
  });

  it("scale egress by the egress ratio's draw ÷ the scenario's ratio (80 ÷ 40 = 2)", () => {
    const s = makeScenario({ uncertainty: { egressToIngress: { low: 1, high: 5 }, seed: 3 } });
    const draws = drawFutures(blockOf(s), s, 300);
    const expected = specDraws(3, 'egressToIngress', 300, 1, 2, 5, 0.8);
    expected.forEach((x, i) => expectRelativelyClose(draws.egress[i] ?? Number.NaN, x / 2, `sample ${i}`));
    expect(new Set(draws.throughput)).toEqual(new Set([1]));
  });

  it('draw retention in hours', () => {
    const s = makeScenario({ retentionHours: 168, uncertainty: { retentionHours: { low: 72, high: 720 }, seed: 5 } });
    const draws = drawFutures(blockOf(s), s, 300);
    const expected = specDraws(5, 'retentionHours', 300, 72, 168, 720, 0.8);
    expected.forEach((x, i) => expectRelativelyClose(draws.retentionHours[i] ?? Number.NaN, x, `sample ${i}`));
  });

  it('round partitions to whole numbers of at least 1', () => {
    // low/2 = 0.5 rounds to 1 at the bottom; 2 × high = 8 at the top.
    const s = makeScenario({ partitions: 2, uncertainty: { partitions: { low: 1, high: 4 }, seed: 9 } });
    const draws = drawFutures(blockOf(s), s, 2000);
    for (const p of draws.partitions) expect(Number.isInteger(p) && p >= 1 && p <= 8, `partitions ${p}`).toBe(true);
    const expected = specDraws(9, 'partitions', 2000, 1, 2, 4, 0.8).map((x) => Math.max(1, Math.round(x)));
    expect([...draws.partitions]).toEqual(expected);
  });

  it('draw growth in the same form on 1 + g/100, hitting 0.90, 1.05 and 1.20 at P10, P50 and P90 within 1 % for N = 2000', () => {
    const s = makeScenario({ uncertainty: { monthlyGrowthPct: { low: -10, likely: 5, high: 20 }, seed: 2 } });
    const draws = drawFutures(blockOf(s), s, 2000);
    const expected = specDraws(2, 'monthlyGrowthPct', 2000, 0.9, 1.05, 1.2, 0.8);
    expected.forEach((x, i) => expectRelativelyClose(draws.growth[i] ?? Number.NaN, x, `sample ${i}`));
    const growth = [...draws.growth];
    for (const [pct, value] of [
      [10, 0.9],
      [50, 1.05],
      [90, 1.2],
    ] as const) {
      expect(Math.abs((nearestRankOf(growth, pct) ?? Number.NaN) / value - 1), `P${pct}`).toBeLessThan(0.01);
    }
  });

  it('clamp growth to the −50 to 100 % bounds: factors from 0.5 to 2', () => {
    // Factor range 0.55–1.9: low/2 = 0.275 and 2 × high = 3.8 lie beyond the bounds, so the bounds clamp.
    // P(x < 0.5) = Φ(ln(0.5) / (ln(1/0.55)/1.2816)) ≈ 7 % and P(x > 2) = 1 − Φ(ln 2 / (ln 1.9/1.2816)) ≈ 8 %.
    const s = makeScenario({ uncertainty: { monthlyGrowthPct: { low: -45, likely: 0, high: 90 } } });
    const growth = [...drawFutures(blockOf(s), s, 2000).growth];
    expect(Math.min(...growth)).toBe(0.5);
    expect(Math.max(...growth)).toBe(2);
    const atBounds = growth.filter((g) => g === 0.5 || g === 2).length;
    expect(atBounds).toBeGreaterThan(2000 * 0.1);
    expect(atBounds).toBeLessThan(2000 * 0.2);
  });

  it("leave every other field's draws unchanged when a range is added (one stream per field)", () => {
    const one = makeScenario({ uncertainty: { peakIngressMiBps: { low: 30, high: 60 }, seed: 4 } });
    const more = makeScenario({
      uncertainty: {
        peakIngressMiBps: { low: 30, high: 60 },
        retentionHours: { low: 100, high: 400 },
        partitions: { low: 100, high: 900 },
        egressToIngress: { low: 1, high: 3 },
        monthlyGrowthPct: { low: 0, likely: 2, high: 5 },
        seed: 4,
      },
    });
    expect(drawFutures(blockOf(more), more, 500).throughput).toEqual(drawFutures(blockOf(one), one, 500).throughput);
  });

  it('are the same futures for the first k samples of a larger run (a first answer from 250 samples, then refined)', () => {
    const s = makeScenario({
      uncertainty: {
        peakIngressMiBps: { low: 30, high: 60 },
        retentionHours: { low: 100, high: 400 },
        monthlyGrowthPct: { low: -2, likely: 2, high: 8 },
      },
    });
    const small = drawFutures(blockOf(s), s, 250);
    const large = drawFutures(blockOf(s), s, 2000);
    for (const key of ['throughput', 'egress', 'retentionHours', 'partitions', 'growth'] as const) {
      expect(small[key], key).toEqual(large[key].slice(0, 250));
    }
  });
});

describe("a sample's future scenario", () => {
  it('scales average and peak ingress and egress by the peak-ingress draw ÷ likely, so peak ≥ avg still holds', () => {
    const s = makeScenario({ uncertainty: { peakIngressMiBps: { low: 20, high: 80 }, seed: 8, samples: 250 } });
    const run = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK);
    specDraws(8, 'peakIngressMiBps', 250, 20, 40, 80, 0.8).forEach((x, i) => {
      const f = run.futureScenario(i, 0);
      const k = x / 40;
      expectRelativelyClose(f.peakIngressMiBps, 40 * k, `peak ingress ${i}`);
      expectRelativelyClose(f.avgIngressMiBps, 20 * k, `avg ingress ${i}`);
      expectRelativelyClose(f.peakEgressMiBps, 80 * k, `peak egress ${i}`);
      expectRelativelyClose(f.avgEgressMiBps, 40 * k, `avg egress ${i}`);
      expect(f.peakIngressMiBps).toBeGreaterThanOrEqual(f.avgIngressMiBps);
      expect(f.peakEgressMiBps).toBeGreaterThanOrEqual(f.avgEgressMiBps);
      expect([f.retentionHours, f.partitions]).toEqual([168, 300]);
    });
  });

  it("scales only egress by the egress ratio's draw", () => {
    const s = makeScenario({ uncertainty: { egressToIngress: { low: 1.2, high: 4 }, seed: 8, samples: 250 } });
    const run = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK);
    specDraws(8, 'egressToIngress', 250, 1.2, 2, 4, 0.8).forEach((ratio, i) => {
      const f = run.futureScenario(i, 0);
      expect([f.avgIngressMiBps, f.peakIngressMiBps]).toEqual([20, 40]);
      expectRelativelyClose(f.peakEgressMiBps / f.peakIngressMiBps, ratio, `ratio ${i}`);
      expectRelativelyClose(f.avgEgressMiBps, 40 * (ratio / 2), `avg egress ${i}`);
    });
  });

  it('keeps egress derived from consumer groups, scaled with ingress', () => {
    // consumerGroups 2: egress = 2 × ingress = 40 avg, 80 peak; the future carries the scaled values.
    const s = makeScenario({ consumerGroups: 2, uncertainty: { peakIngressMiBps: { low: 20, high: 80 }, samples: 250 } });
    const run = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK);
    for (let i = 0; i < 250; i += 1) {
      const f = run.futureScenario(i, 0);
      expectRelativelyClose(f.peakEgressMiBps, 2 * f.peakIngressMiBps, `peak egress ${i}`);
      expectRelativelyClose(f.avgEgressMiBps, 2 * f.avgIngressMiBps, `avg egress ${i}`);
    }
  });

  it('scales local retention in proportion to the retention draw', () => {
    // Tiered: 48 h of 168 h on the brokers, a share of 2/7 kept in every future.
    const s = makeScenario({
      retentionHours: 168,
      localRetentionHours: 48,
      uncertainty: { retentionHours: { low: 96, high: 400 }, seed: 6, samples: 250 },
    });
    const run = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK);
    specDraws(6, 'retentionHours', 250, 96, 168, 400, 0.8).forEach((hours, i) => {
      const f = run.futureScenario(i, 0);
      expectRelativelyClose(f.retentionHours, hours, `retention ${i}`);
      expectRelativelyClose(f.localRetentionHours, (hours * 48) / 168, `local retention ${i}`);
    });
  });

  it("grows throughput by the sample's growth factor to the power of the month", () => {
    const s = makeScenario({ uncertainty: { monthlyGrowthPct: { low: 1, likely: 4, high: 10 }, seed: 12, samples: 250 } });
    const run = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK);
    specDraws(12, 'monthlyGrowthPct', 250, 1.01, 1.04, 1.1, 0.8).forEach((g, i) => {
      for (const month of [0, 1, 12]) {
        const f = run.futureScenario(i, month);
        expectRelativelyClose(f.peakIngressMiBps, 40 * g ** month, `peak ingress ${i} month ${month}`);
        expectRelativelyClose(f.avgEgressMiBps, 40 * g ** month, `avg egress ${i} month ${month}`);
      }
    });
  });
});
