/**
 * Chart adapters: expected values are worked by hand from SPEC §2–§6 for the scenario in each test
 * (SPEC §2 defaults unless overridden: I = 20, Ip = 40, O = 40, Op = 80 MiB/s, RF 3, 3 AZs, 168 h
 * retention, nearest-replica fetch on, EBS fill target 0.5), or read off a hand-built result.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITABLE_ASSUMPTIONS, RECOMMENDATION_CLASSES, type Deployment, type MonthlyCost, type SizedOption, type SizingResult } from '../../src/domain';
import {
  toBrokersChartData, toCostStackData, toCostVsIngressData, toCrossAzChartData, toStorageChartData, WORKLOAD_MULTIPLIERS,
} from '../../src/report/chart-data';
import { BUNDLED_PRICE_BOOK, makeScenario, sizeWith, specGibForHours, specGibPerMonth } from '../support/factories';
import { handBuiltOption, NO_COST } from '../support/hand-built';

/** A hand-built option: brokers + storage lines only unless `cost` says otherwise. */
function option(deployment: Deployment, instanceType: string, fields: Partial<SizedOption> & { cost?: Partial<MonthlyCost> } = {}): SizedOption {
  const { cost, ...rest } = fields;
  const lines = { ...NO_COST, ...cost };
  const total = lines.brokers + lines.storage + lines.tieredStorage + lines.provisionedThroughput + lines.dataIn + lines.dataOut
    + (lines.crossAz ?? 0) + lines.controllers + lines.operations;
  return handBuiltOption(deployment, instanceType, { bottleneck: 'storageThroughput', monthlyCostUsd: { ...lines, total }, ...rest });
}

const OVER_QUOTA = { code: 'broker-quota', message: 'over quota' } as const;

/** The default scenario's result with its options replaced by hand-built ones. */
function resultWith(options: readonly SizedOption[]): SizingResult {
  return { ...sizeWith(), options };
}

describe('brokers chart data', () => {
  const result = resultWith([
    option('msk-standard', 'kafka.t3.small', { brokers: 63, available: false, unavailable: OVER_QUOTA }),
    option('msk-standard', 'kafka.m5.large', { brokers: 12 }),
    option('msk-express', 'express.m7g.large', { brokers: 6 }),
    option('msk-serverless', 'serverless', { brokers: null }),
    option('self-managed', 'm5.large', { brokers: 12 }),
    option('msk-express', 'express.m7g.xlarge', { brokers: null }),
  ]);

  it('has one bar per available MSK Standard and Express instance type with its broker count and deployment label', () => {
    expect(toBrokersChartData(result)).toEqual([
      { id: 'msk-standard:kafka.m5.large', instanceType: 'kafka.m5.large', deployment: 'msk-standard', deploymentLabel: 'MSK Standard', brokers: 12 },
      { id: 'msk-express:express.m7g.large', instanceType: 'express.m7g.large', deployment: 'msk-express', deploymentLabel: 'MSK Express', brokers: 6 },
    ]);
  });

  it('has no Express bars with 2 AZs (Express needs 3) and never a Serverless or self-managed bar', () => {
    const bars = toBrokersChartData(sizeWith({ availabilityZones: 2 }));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.every((b) => b.deployment === 'msk-standard')).toBe(true);
  });
});

describe('storage chart data', () => {
  it('shows local storage provisioned, tiered storage and data retained in GiB with 24 h of 168 h kept locally', () => {
    const data = toStorageChartData(sizeWith({ localRetentionHours: 24 }));
    // local provisioned = 20 × 24 × 3600 × 3 / 1024 / 0.5 = 10,125 GiB
    // tiered (v2, SPEC §3): one copy of the full retention, 20 × 168 × 3600 / 1024 = 11,812.5 GiB, not only the 144 h
    // beyond local retention; retained = 20 × 168 × 3600 / 1024 = 11,812.5 GiB
    expect(data.map((b) => b.kind)).toEqual(['localProvisioned', 'tiered', 'retainedOneCopy']);
    expect(data[0]?.gib).toBeCloseTo((specGibForHours(20, 24) * 3) / 0.5, 6);
    expect(data[0]?.gib).toBeCloseTo(10_125, 6);
    expect(data[1]?.gib).toBeCloseTo(specGibForHours(20, 168), 6);
    expect(data[1]?.gib).toBeCloseTo(11_812.5, 6);
    expect(data[2]?.gib).toBeCloseTo(11_812.5, 6);
  });

  it('shows no tiered storage when all retention is local', () => {
    const data = toStorageChartData(sizeWith());
    // local provisioned = 20 × 168 × 3600 × 3 / 1024 / 0.5 = 70,875 GiB
    expect(data[0]?.gib).toBeCloseTo(70_875, 6);
    expect(data[1]?.gib).toBe(0);
  });
});

describe('cross-AZ chart data', () => {
  it('gives each flow in GiB/month with and without nearest-replica fetch for the default scenario', () => {
    const scenario = makeScenario();
    const data = toCrossAzChartData(scenario);
    expect(data.rows.map((r) => r.flow)).toEqual(['producers', 'consumers', 'replication']);
    const [producers, consumers, replication] = data.rows;
    // producers: 20 × 2/3 MiB/s → × 3600 × 730 / 1024 = 34,218.75 GiB/month either way
    expect(producers?.withNearestReplicaGiBPerMonth).toBeCloseTo(specGibPerMonth((20 * 2) / 3), 6);
    expect(producers?.withNearestReplicaGiBPerMonth).toBeCloseTo(34_218.75, 6);
    expect(producers?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(34_218.75, 6);
    // consumers: 40 × max(0, 3 − 3)/3 = 0 with it; 40 × 2/3 MiB/s = 68,437.5 GiB/month without
    expect(consumers?.withNearestReplicaGiBPerMonth).toBe(0);
    expect(consumers?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(specGibPerMonth((40 * 2) / 3), 6);
    expect(consumers?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(68_437.5, 6);
    // replication: 20 × (3 − 3/3) = 40 MiB/s = 102,656.25 GiB/month either way
    expect(replication?.withNearestReplicaGiBPerMonth).toBeCloseTo(102_656.25, 6);
    expect(replication?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(102_656.25, 6);
    expect(data.scenarioUsesNearestReplicaFetch).toBe(true);
  });

  it('still sends a third of consumer traffic across with nearest-replica fetch when RF 2 spans 3 AZs', () => {
    const scenario = makeScenario({ replicationFactor: 2, nearestReplicaFetch: false });
    const data = toCrossAzChartData(scenario);
    // 40 × max(0, 3 − 2)/3 = 13.33 MiB/s with it; 40 × 2/3 without
    expect(data.rows[1]?.withNearestReplicaGiBPerMonth).toBeCloseTo(specGibPerMonth(40 / 3), 6);
    expect(data.rows[1]?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(specGibPerMonth((40 * 2) / 3), 6);
    // replication with RF 2 over 3 AZs: 20 × 1 MiB/s
    expect(data.rows[2]?.withNearestReplicaGiBPerMonth).toBeCloseTo(specGibPerMonth(20), 6);
    expect(data.scenarioUsesNearestReplicaFetch).toBe(false);
  });
});

describe('cost stack chart data', () => {
  const cheapToDear = Array.from({ length: 14 }, (_, i) => option('msk-standard', `kafka.size${i}`, { cost: { brokers: 1000 - i * 10, storage: 5 } }));
  const result = resultWith([
    ...cheapToDear,
    option('msk-serverless', 'serverless', { brokers: null, cost: { dataIn: 100, dataOut: 50 } }),
    option('msk-express', 'express.m7g.large', { available: false, unavailable: { code: 'express-needs-3-azs', message: 'needs 3 AZs' }, cost: { brokers: 1 } }),
    option('msk-express', 'express.m7g.xlarge', { monthlyCostUsd: null }),
  ]);

  it('lists the cheapest twelve available options by default, cheapest first', () => {
    const { rows } = toCostStackData(result);
    // serverless 150, then size13 = 870 + 5 = 875, size12 = 885, … size3 = 975
    expect(rows.map((r) => r.id)).toEqual([
      'msk-serverless:serverless', ...[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((i) => `msk-standard:kafka.size${i}`),
    ]);
    expect(rows.map((r) => r.totalUsd)).toEqual([150, 875, 885, 895, 905, 915, 925, 935, 945, 955, 965, 975]);
  });

  it('splits each total by cost line and labels each option', () => {
    const second = toCostStackData(result, 2).rows[1];
    expect(second?.label).toBe('MSK Standard kafka.size13');
    expect(second?.linesUsd).toEqual({
      brokers: 870, storage: 5, tieredStorage: 0, provisionedThroughput: 0, dataIn: 0, dataOut: 0, crossAz: 0, controllers: 0, operations: 0,
    });
  });

  it('keeps only the cost lines that are non-zero somewhere, labelled, in cost-line order', () => {
    expect(toCostStackData(result).series).toEqual([
      { line: 'brokers', label: 'Brokers' }, { line: 'storage', label: 'Storage' },
      { line: 'dataIn', label: 'Data in' }, { line: 'dataOut', label: 'Data out' },
    ]);
    expect(toCostStackData(result, 1).series.map((s) => s.line)).toEqual(['dataIn', 'dataOut']);
  });

  it('honours a smaller limit', () => {
    expect(toCostStackData(result, 3).rows).toHaveLength(3);
  });
});

describe('cost versus ingress chart data', () => {
  const priceBook = BUNDLED_PRICE_BOOK;
  const assumptions = DEFAULT_EDITABLE_ASSUMPTIONS;

  it('samples today\'s workload at seven multiples with the scaled peak ingress as x', () => {
    const data = toCostVsIngressData(makeScenario(), priceBook, assumptions);
    expect(data.points.map((p) => p.multiplier)).toEqual([0.25, 0.5, 1, 1.5, 2, 3, 4]);
    // 40 MiB/s peak × each multiple
    expect(data.points.map((p) => p.peakIngressMiBps)).toEqual([10, 20, 40, 60, 80, 120, 160]);
  });

  it('prices at today\'s workload exactly what the result recommends for each class', () => {
    const today = toCostVsIngressData(makeScenario(), priceBook, assumptions).points.find((p) => p.multiplier === 1);
    const result = sizeWith();
    for (const cls of RECOMMENDATION_CLASSES) {
      const id = result.recommendations.byClass[cls];
      const expected = result.options.find((o) => o.id === id)?.monthlyCostUsd?.total ?? null;
      expect(today?.monthlyTotalUsd[cls]).toBe(expected);
    }
  });

  it('has no Express total at any multiple with 2 AZs (Express needs 3)', () => {
    const data = toCostVsIngressData(makeScenario({ availabilityZones: 2 }), priceBook, assumptions);
    expect(data.points.every((p) => p.monthlyTotalUsd['msk-express'] === null)).toBe(true);
    expect(data.series.map((s) => s.recommendationClass)).not.toContain('msk-express');
  });

  it('scales egress with ingress: Serverless drops out once peak egress passes 400 MiB/s', () => {
    // Ip 40, Op 120: ×3 → Ip 120, Op 360 (eligible); ×4 → Ip 160 ≤ 200 but Op 480 > 400 (not eligible)
    const data = toCostVsIngressData(makeScenario({ avgEgressMiBps: 60, peakEgressMiBps: 120 }), priceBook, assumptions);
    const serverlessAt = (m: number) => data.points.find((p) => p.multiplier === m)?.monthlyTotalUsd['msk-serverless'];
    expect(serverlessAt(3)).toEqual(expect.any(Number));
    expect(serverlessAt(4)).toBeNull();
  });

  it('leaves out multiples the scenario schema refuses (peak ingress above 1,048,576 MiB/s)', () => {
    // 400,000 × 3 = 1,200,000 and × 4 = 1,600,000 exceed the maximum; × 2 = 800,000 does not
    const scenario = makeScenario({ avgIngressMiBps: 300_000, peakIngressMiBps: 400_000 });
    const data = toCostVsIngressData(scenario, priceBook, assumptions);
    expect(data.points.map((p) => p.multiplier)).toEqual([0.25, 0.5, 1, 1.5, 2]);
  });

  it('gives the same answer every time (pure and deterministic)', () => {
    const scenario = makeScenario({ peakIngressMiBps: 55 });
    expect(toCostVsIngressData(scenario, priceBook, assumptions)).toEqual(toCostVsIngressData(scenario, priceBook, assumptions));
    expect(WORKLOAD_MULTIPLIERS).toEqual([0.25, 0.5, 1, 1.5, 2, 3, 4]);
  });
});
