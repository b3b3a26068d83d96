/**
 * The scenario's `uncertainty` block (SPEC §12 "Input"): its defaults and bounds are the SPEC §12
 * table; each `{low, high}` must contain the scenario's value and growth must read low ≤ likely ≤
 * high, with a message per field that names the field, the value and the scenario value it must contain.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_UNCERTAINTY, parseScenario, scenarioContextOf, type FieldError } from '../../../src/domain';
import { BUNDLED_PRICE_BOOK } from './ranges-factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

function isAccepted(input: Record<string, unknown>): boolean {
  return parseScenario(input, ctx).ok;
}

function errorsOf(input: Record<string, unknown>): readonly FieldError[] {
  const parsed = parseScenario(input, ctx);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return parsed.errors;
}

/** The SPEC §12 table's defaults, written out. */
const SPEC_DEFAULT_BLOCK = {
  confidence: 0.8,
  peakIngressMiBps: null,
  egressToIngress: null,
  retentionHours: null,
  partitions: null,
  monthlyGrowthPct: { low: 0, likely: 0, high: 0 },
  horizonMonths: 24,
  samples: 2000,
  seed: 1,
};

describe("the uncertainty block's defaults", () => {
  it('is absent (one answer) when the scenario does not carry it', () => {
    const parsed = parseScenario({}, ctx);
    expect(parsed.ok && parsed.value.uncertainty).toBeNull();
  });

  it('fills an empty block with the SPEC §12 defaults: confidence 0.8, every input certain, no growth, 24 months, 2000 samples, seed 1', () => {
    const parsed = parseScenario({ uncertainty: {} }, ctx);
    expect(parsed.ok && parsed.value.uncertainty).toEqual(SPEC_DEFAULT_BLOCK);
    expect(DEFAULT_UNCERTAINTY).toEqual(SPEC_DEFAULT_BLOCK);
  });

  it('keeps the ranges it is given and defaults the rest', () => {
    const parsed = parseScenario({ uncertainty: { peakIngressMiBps: { low: 30, high: 60 }, seed: 7 } }, ctx);
    expect(parsed.ok && parsed.value.uncertainty).toEqual({ ...SPEC_DEFAULT_BLOCK, peakIngressMiBps: { low: 30, high: 60 }, seed: 7 });
  });
});

describe("the uncertainty block's bounds", () => {
  const cases: [string, readonly unknown[], readonly unknown[]][] = [
    // key, accepted, refused (SPEC §12 table)
    ['confidence', [0.5, 0.8, 0.99], [0.49, 0.995, 1, 0, '0.8']],
    ['horizonMonths', [0, 1, 60], [-1, 61, 2.5, '24']],
    ['samples', [250, 2000, 10_000], [249, 10_001, 500.5]],
    ['seed', [0, 1, 4_294_967_295], [-1, 4_294_967_296, 1.5]],
  ];
  for (const [key, accepted, refused] of cases) {
    it(`accepts ${key} within its SPEC §12 range and refuses it outside, naming uncertainty.${key}`, () => {
      for (const value of accepted) expect(isAccepted({ uncertainty: { [key]: value } }), `${key} = ${String(value)}`).toBe(true);
      for (const value of refused) {
        expect(
          errorsOf({ uncertainty: { [key]: value } }).map((e) => e.field),
          `${key} = ${String(value)}`,
        ).toEqual([`uncertainty.${key}`]);
      }
    });
  }

  it('accepts monthly growth from −50 to 100 % and refuses it beyond, naming the end that is out of range', () => {
    expect(isAccepted({ uncertainty: { monthlyGrowthPct: { low: -50, likely: 0, high: 100 } } })).toBe(true);
    expect(errorsOf({ uncertainty: { monthlyGrowthPct: { low: -50.5, likely: 0, high: 10 } } }).map((e) => e.field)).toEqual([
      'uncertainty.monthlyGrowthPct.low',
    ]);
    expect(errorsOf({ uncertainty: { monthlyGrowthPct: { low: 0, likely: 5, high: 100.5 } } }).map((e) => e.field)).toEqual([
      'uncertainty.monthlyGrowthPct.high',
    ]);
  });

  it('refuses a range end that is not a positive number', () => {
    for (const low of [0, -5, '30', null]) {
      expect(
        errorsOf({ uncertainty: { peakIngressMiBps: { low, high: 60 } } }).map((e) => e.field),
        `low = ${String(low)}`,
      ).toContain('uncertainty.peakIngressMiBps.low');
    }
  });

  it('refuses unknown keys in the block and in a range, by name', () => {
    const topLevel = errorsOf({ uncertainty: { sampels: 500 } });
    expect(topLevel.map((e) => e.field)).toEqual(['uncertainty.sampels']);
    expect(topLevel[0]?.message).toContain('uncertainty.sampels');
    expect(errorsOf({ uncertainty: { peakIngressMiBps: { low: 30, likely: 40, high: 60 } } }).map((e) => e.field)).toEqual([
      'uncertainty.peakIngressMiBps.likely',
    ]);
    expect(errorsOf({ uncertainty: { throughputGrowth: 5 } }).map((e) => e.field)).toEqual(['uncertainty.throughputGrowth']);
  });
});

describe("a range must contain the scenario's value", () => {
  it("names the range end and the scenario field when the range lies above the scenario's peak ingress", () => {
    // SPEC §2 default peak ingress is 40 MiB/s; a range from 50 does not contain it.
    const errors = errorsOf({ uncertainty: { peakIngressMiBps: { low: 50, high: 80 } } });
    expect(errors.map((e) => e.field)).toEqual(['uncertainty.peakIngressMiBps.low']);
    expect(errors[0]?.message).toContain('uncertainty.peakIngressMiBps.low = 50');
    expect(errors[0]?.message).toContain('peakIngressMiBps (40)');
  });

  it("names the high end when the range lies below the scenario's value", () => {
    const errors = errorsOf({ peakIngressMiBps: 100, uncertainty: { peakIngressMiBps: { low: 30, high: 90 } } });
    expect(errors.map((e) => e.field)).toEqual(['uncertainty.peakIngressMiBps.high']);
    expect(errors[0]?.message).toContain('= 90');
    expect(errors[0]?.message).toContain('(100)');
  });

  it("checks retention and partition ranges against the scenario's retention and partitions", () => {
    expect(errorsOf({ retentionHours: 72, uncertainty: { retentionHours: { low: 100, high: 200 } } }).map((e) => e.field)).toEqual([
      'uncertainty.retentionHours.low',
    ]);
    expect(errorsOf({ partitions: 300, uncertainty: { partitions: { low: 100, high: 200 } } }).map((e) => e.field)).toEqual([
      'uncertainty.partitions.high',
    ]);
    expect(
      isAccepted({
        retentionHours: 72,
        partitions: 300,
        uncertainty: { retentionHours: { low: 24, high: 720 }, partitions: { low: 100, high: 900 } },
      }),
    ).toBe(true);
  });

  it("accepts a range whose ends touch the scenario's value, including low = high = value (certain)", () => {
    expect(isAccepted({ uncertainty: { peakIngressMiBps: { low: 40, high: 60 } } })).toBe(true);
    expect(isAccepted({ uncertainty: { peakIngressMiBps: { low: 30, high: 40 } } })).toBe(true);
    expect(isAccepted({ uncertainty: { peakIngressMiBps: { low: 40, high: 40 } } })).toBe(true);
    expect(errorsOf({ uncertainty: { peakIngressMiBps: { low: 45, high: 45 } } }).map((e) => e.field)).toEqual([
      'uncertainty.peakIngressMiBps.low',
    ]);
  });

  it('checks the egress range around peak egress ÷ peak ingress (SPEC §2 defaults: 80 ÷ 40 = 2)', () => {
    expect(isAccepted({ uncertainty: { egressToIngress: { low: 1.5, high: 3 } } })).toBe(true);
    const errors = errorsOf({ uncertainty: { egressToIngress: { low: 2.5, high: 3 } } });
    expect(errors.map((e) => e.field)).toEqual(['uncertainty.egressToIngress.low']);
    expect(errors[0]?.message).toContain('(2)');
  });

  it('checks the egress range against the ratio derived from consumer groups, ignoring the egress fields', () => {
    // consumerGroups 3: egress = 3 × ingress (SPEC §2), so the ratio is 3 whatever peakEgressMiBps (80, ratio 2) says.
    expect(isAccepted({ consumerGroups: 3, peakEgressMiBps: 80, uncertainty: { egressToIngress: { low: 2, high: 4 } } })).toBe(true);
    const errors = errorsOf({ consumerGroups: 3, peakEgressMiBps: 80, uncertainty: { egressToIngress: { low: 1.5, high: 2.5 } } });
    expect(errors.map((e) => e.field)).toEqual(['uncertainty.egressToIngress.high']);
    expect(errors[0]?.message).toContain('(3)');
  });

  it('requires growth to read low ≤ likely ≤ high', () => {
    expect(isAccepted({ uncertainty: { monthlyGrowthPct: { low: -5, likely: 2, high: 10 } } })).toBe(true);
    expect(isAccepted({ uncertainty: { monthlyGrowthPct: { low: 3, likely: 3, high: 3 } } })).toBe(true);
    expect(errorsOf({ uncertainty: { monthlyGrowthPct: { low: 5, likely: 2, high: 10 } } }).map((e) => e.field)).toEqual([
      'uncertainty.monthlyGrowthPct.low',
    ]);
    expect(errorsOf({ uncertainty: { monthlyGrowthPct: { low: 0, likely: 2, high: 1 } } }).map((e) => e.field)).toEqual([
      'uncertainty.monthlyGrowthPct.high',
    ]);
  });

  it('reports every broken range at once', () => {
    const errors = errorsOf({
      uncertainty: {
        peakIngressMiBps: { low: 50, high: 60 },
        partitions: { low: 10, high: 20 },
        monthlyGrowthPct: { low: 4, likely: 1, high: 5 },
      },
    });
    expect(errors.map((e) => e.field)).toEqual([
      'uncertainty.peakIngressMiBps.low',
      'uncertainty.partitions.high',
      'uncertainty.monthlyGrowthPct.low',
    ]);
  });
});
