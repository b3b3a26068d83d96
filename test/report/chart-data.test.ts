/**
 * Chart adapters: expected values are worked by hand from SPEC §2–§6 for the scenario in each test
 * (SPEC §2 defaults unless overridden: I = 20, Ip = 40, O = 40, Op = 80 MiB/s, RF 3, 3 AZs, 168 h
 * retention, nearest-replica fetch on, EBS fill target 0.5), or read off a hand-built result.
 * One month of 1 MiB/s is 3600 × 730 / 1024 = 2,566.40625 GiB (SPEC §1); prices are the bundled us-east-1
 * ones (src/data/aws-prices.json), multiplied out in the comment beside each expectation.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EDITABLE_ASSUMPTIONS,
  RECOMMENDATION_CLASSES,
  type Deployment,
  type MonthlyCost,
  type RecommendationClass,
  type SizedOption,
  type SizingResult,
} from '../../src/domain';
import {
  toBrokersChartData,
  toCostStackData,
  toCostVsIngressData,
  toCostVsIngressPath,
  toCrossAzChartData,
  toStorageChartData,
  WORKLOAD_MULTIPLIERS,
  type CostVsIngressData,
  type CostVsIngressPoint,
} from '../../src/report/chart-data';
import { BUNDLED_PRICE_BOOK, makeScenario, sizeWith } from '../support/factories';
import { handBuiltOption, NO_COST } from '../support/hand-built';

/** A hand-built option: brokers + storage lines only unless `cost` says otherwise. */
function option(
  deployment: Deployment,
  instanceType: string,
  fields: Partial<SizedOption> & { cost?: Partial<MonthlyCost> } = {},
): SizedOption {
  const { cost, ...rest } = fields;
  const lines = { ...NO_COST, ...cost };
  const total =
    lines.brokers +
    lines.storage +
    lines.tieredStorage +
    lines.provisionedThroughput +
    lines.dataIn +
    lines.dataOut +
    (lines.crossAz ?? 0) +
    lines.controllers +
    lines.operations;
  return handBuiltOption(deployment, instanceType, { bottleneck: 'storageThroughput', monthlyCostUsd: { ...lines, total }, ...rest });
}

const OVER_QUOTA = { code: 'broker-quota', message: 'over quota' } as const;

/** The default scenario's result with its options replaced by hand-built ones. */
function resultWith(options: readonly SizedOption[]): SizingResult {
  return { ...sizeWith(), options };
}

/**
 * A result whose overall recommendation is the option `id` (null: none), whatever the prices say, so
 * a test about "what applies to the recommended kind" does not hang on which option is cheapest.
 */
function recommending(result: SizingResult, id: string | null): SizingResult {
  return { ...result, recommendations: { ...result.recommendations, overall: id } };
}

describe('brokers chart data', () => {
  const result = resultWith([
    option('msk-standard', 'kafka.t3.small', { brokers: 63, available: false, unavailable: OVER_QUOTA }),
    option('msk-standard', 'kafka.m5.large', { brokers: 12 }),
    option('msk-standard', 'kafka.m7g.xlarge', { brokers: 9 }),
    option('msk-express', 'express.m7g.large', { brokers: 6 }),
    option('msk-serverless', 'serverless', { brokers: null }),
    option('self-managed', 'm5.large', { brokers: 12 }),
    option('msk-express', 'express.m7g.xlarge', { brokers: 3 }),
    option('msk-express', 'express.m7g.2xlarge', { brokers: null }),
  ]);

  it('has one bar per available MSK Standard and Express instance type with its broker count, short label and kind', () => {
    expect(toBrokersChartData(result).bars).toEqual([
      {
        id: 'msk-standard:kafka.m5.large',
        instanceType: 'kafka.m5.large',
        shortLabel: 'm5.large',
        recommendationClass: 'msk-standard-m5',
        classLabel: 'MSK Standard M5',
        brokers: 12,
      },
      {
        id: 'msk-standard:kafka.m7g.xlarge',
        instanceType: 'kafka.m7g.xlarge',
        shortLabel: 'm7g.xlarge',
        recommendationClass: 'msk-standard-m7g',
        classLabel: 'MSK Standard M7g',
        brokers: 9,
      },
      {
        id: 'msk-express:express.m7g.large',
        instanceType: 'express.m7g.large',
        shortLabel: 'm7g.large',
        recommendationClass: 'msk-express',
        classLabel: 'MSK Express',
        brokers: 6,
      },
      {
        id: 'msk-express:express.m7g.xlarge',
        instanceType: 'express.m7g.xlarge',
        shortLabel: 'm7g.xlarge',
        recommendationClass: 'msk-express',
        classLabel: 'MSK Express',
        brokers: 3,
      },
    ]);
  });

  it('tells MSK Standard m7g.xlarge from MSK Express m7g.xlarge by kind, not by label', () => {
    const sameLabel = toBrokersChartData(result).bars.filter((b) => b.shortLabel === 'm7g.xlarge');
    expect(sameLabel.map((b) => b.recommendationClass)).toEqual(['msk-standard-m7g', 'msk-express']);
  });

  it('lists each kind once for the legend, in the order the bars first show it', () => {
    expect(toBrokersChartData(result).kinds).toEqual([
      { recommendationClass: 'msk-standard-m5', label: 'MSK Standard M5' },
      { recommendationClass: 'msk-standard-m7g', label: 'MSK Standard M7g' },
      { recommendationClass: 'msk-express', label: 'MSK Express' },
    ]);
  });

  it('has no Express bars with 2 AZs (Express needs 3) and never a Serverless or self-managed bar', () => {
    const { bars, kinds } = toBrokersChartData(sizeWith({ availabilityZones: 2 }));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.every((b) => b.instanceType.startsWith('kafka.'))).toBe(true);
    expect(kinds.map((k) => k.recommendationClass)).not.toContain('msk-express');
  });
});

describe('storage chart data', () => {
  const STANDARD = 'msk-standard:kafka.m7g.large';

  it("shows MSK Standard's broker volumes, tiered storage and data retained in GiB with 24 h of 168 h kept locally", () => {
    const data = toStorageChartData(recommending(sizeWith({ localRetentionHours: 24 }), STANDARD));
    // local provisioned = 20 × 24 × 3600 × 3 / 1024 / 0.5 = 10,125 GiB (billed)
    // tiered (v2, SPEC §3): one copy of the full retention, 20 × 168 × 3600 / 1024 = 11,812.5 GiB, not only the 144 h
    // beyond local retention (billed); retained = 20 × 168 × 3600 / 1024 = 11,812.5 GiB (for reference)
    expect(data.bars.map((b) => [b.kind, b.costLine, b.billed])).toEqual([
      ['localProvisioned', 'storage', true],
      ['tiered', 'tieredStorage', true],
      ['retainedOneCopy', 'storage', false],
    ]);
    expect(data.bars[0]?.gib).toBeCloseTo(10_125, 6);
    expect(data.bars[1]?.gib).toBeCloseTo(11_812.5, 6);
    expect(data.bars[2]?.gib).toBeCloseTo(11_812.5, 6);
    expect(data.description).toContain('MSK Standard, the recommendation, provisions broker volumes');
  });

  it('leaves tiered storage out for MSK Standard when all retention is local, and says so', () => {
    const data = toStorageChartData(recommending(sizeWith(), STANDARD));
    // local provisioned = 20 × 168 × 3600 × 3 / 1024 / 0.5 = 70,875 GiB; retained 11,812.5 GiB
    expect(data.bars.map((b) => b.kind)).toEqual(['localProvisioned', 'retainedOneCopy']);
    expect(data.bars[0]?.gib).toBeCloseTo(70_875, 6);
    expect(data.bars[1]?.gib).toBeCloseTo(11_812.5, 6);
    expect(data.description).toContain('no tiered storage');
  });

  it('shows only the one billed copy of the data retained when MSK Express is recommended (no broker volumes)', () => {
    // SPEC §5: Express storage = I × H × 3600 / 1024, one copy: 20 × 168 × 3600 / 1024 = 11,812.5 GiB
    const data = toStorageChartData(recommending(sizeWith({ localRetentionHours: 24 }), 'msk-express:express.m7g.large'));
    expect(data.bars).toEqual([
      { kind: 'retainedOneCopy', label: 'Data retained (one copy)', gib: 11_812.5, costLine: 'storage', billed: true },
    ]);
    expect(data.description).toBe(
      'MSK Express, the recommendation, has no broker volumes to provision: it stores and bills one copy of the data retained, in GiB.',
    );
  });

  it('shows no local storage for the default scenario, whose recommendation is MSK Express', () => {
    const result = sizeWith();
    expect(result.recommendations.overall).toMatch(/^msk-express:/);
    expect(toStorageChartData(result).bars.map((b) => b.kind)).toEqual(['retainedOneCopy']);
  });

  it('shows only the data retained (one copy) when MSK Serverless is recommended', () => {
    // SPEC §6: Serverless bills one copy of the retained data
    const data = toStorageChartData(recommending(sizeWith(), 'msk-serverless:serverless'));
    expect(data.bars.map((b) => [b.kind, b.gib, b.billed])).toEqual([['retainedOneCopy', 11_812.5, true]]);
    expect(data.description).toContain('MSK Serverless, the recommendation, has no broker volumes');
  });

  it('shows broker volumes when no MSK option is available (the broker-based options still need them)', () => {
    const data = toStorageChartData(recommending(sizeWith(), null));
    expect(data.bars.map((b) => b.kind)).toEqual(['localProvisioned', 'retainedOneCopy']);
    expect(data.description).toMatch(/^Broker-based options provision broker volumes/);
  });
});

describe('cross-AZ chart data', () => {
  it('gives each flow in GiB/month with and without nearest-replica fetch for the default scenario', () => {
    const data = toCrossAzChartData(sizeWith());
    expect(data.rows.map((r) => r.flow)).toEqual(['producers', 'consumers', 'replication']);
    const [producers, consumers, replication] = data.rows;
    // producers: 20 × 2/3 MiB/s → × 2,566.40625 = 34,218.75 GiB/month either way
    expect(producers?.withNearestReplicaGiBPerMonth).toBeCloseTo(34_218.75, 6);
    expect(producers?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(34_218.75, 6);
    // consumers: 40 × max(0, 3 − 3)/3 = 0 with it; 40 × 2/3 MiB/s × 2,566.40625 = 68,437.5 GiB/month without
    expect(consumers?.withNearestReplicaGiBPerMonth).toBe(0);
    expect(consumers?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(68_437.5, 6);
    // replication: 20 × (3 − 3/3) = 40 MiB/s = 102,656.25 GiB/month either way
    expect(replication?.withNearestReplicaGiBPerMonth).toBeCloseTo(102_656.25, 6);
    expect(replication?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(102_656.25, 6);
    expect(data.scenarioUsesNearestReplicaFetch).toBe(true);
    expect(data.replicationFactor).toBe(3);
  });

  it("uses the scenario's RF 2 for MSK Standard: a third of consumer traffic still crosses with nearest-replica fetch", () => {
    const data = toCrossAzChartData(
      recommending(sizeWith({ replicationFactor: 2, nearestReplicaFetch: false }), 'msk-standard:kafka.m5.large'),
    );
    expect(data.replicationFactor).toBe(2);
    // 40 × max(0, 3 − 2)/3 = 13.33 MiB/s with it: 40/3 × 2,566.40625 = 34,218.75 GiB/month;
    // 40 × 2/3 MiB/s without: 68,437.5 GiB/month
    expect(data.rows[1]?.withNearestReplicaGiBPerMonth).toBeCloseTo(34_218.75, 6);
    expect(data.rows[1]?.withoutNearestReplicaGiBPerMonth).toBeCloseTo(68_437.5, 6);
    // replication with RF 2 over 3 AZs: 20 × (2 − (1 + 1)/2) = 20 MiB/s × 2,566.40625 = 51,328.125 GiB/month
    expect(data.rows[2]?.withNearestReplicaGiBPerMonth).toBeCloseTo(51_328.125, 6);
    expect(data.scenarioUsesNearestReplicaFetch).toBe(false);
  });

  it("uses RF 3 when MSK Express is recommended, whatever the scenario's RF (SPEC §5: Express is always RF 3)", () => {
    const data = toCrossAzChartData(recommending(sizeWith({ replicationFactor: 2 }), 'msk-express:express.m7g.large'));
    expect(data.replicationFactor).toBe(3);
    // consumers with nearest-replica fetch: 40 × max(0, 3 − 3)/3 = 0; replication 20 × (3 − 3/3) = 40 MiB/s
    expect(data.rows[1]?.withNearestReplicaGiBPerMonth).toBe(0);
    expect(data.rows[2]?.withNearestReplicaGiBPerMonth).toBeCloseTo(102_656.25, 6);
  });

  it('says MSK bills no replication, and that MSK Serverless bills no cross-AZ transfer at all when it is recommended', () => {
    expect(toCrossAzChartData(sizeWith()).description).toContain('MSK does not charge for replication traffic');
    expect(toCrossAzChartData(recommending(sizeWith(), 'msk-serverless:serverless')).description).toContain(
      'MSK Serverless, the recommendation, bills no cross-AZ transfer',
    );
  });
});

describe('cost stack chart data', () => {
  const cheapToDear = Array.from({ length: 14 }, (_, i) =>
    option('msk-standard', `kafka.size${i}`, { cost: { brokers: 1000 - i * 10, storage: 5 } }),
  );
  const result = resultWith([
    ...cheapToDear,
    option('msk-serverless', 'serverless', { brokers: null, cost: { dataIn: 100, dataOut: 50 } }),
    option('msk-express', 'express.m7g.large', {
      available: false,
      unavailable: { code: 'express-needs-3-azs', message: 'needs 3 AZs' },
      cost: { brokers: 1 },
    }),
    option('msk-express', 'express.m7g.xlarge', { monthlyCostUsd: null }),
  ]);

  it('lists the cheapest twelve available options by default, cheapest first', () => {
    const { rows } = toCostStackData(result);
    // serverless 150, then size13 = 870 + 5 = 875, size12 = 885, … size3 = 975
    expect(rows.map((r) => r.id)).toEqual([
      'msk-serverless:serverless',
      ...[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((i) => `msk-standard:kafka.size${i}`),
    ]);
    expect(rows.map((r) => r.totalUsd)).toEqual([150, 875, 885, 895, 905, 915, 925, 935, 945, 955, 965, 975]);
  });

  it('splits each total by cost line and labels each option', () => {
    const second = toCostStackData(result, 2).rows[1];
    expect(second?.label).toBe('MSK Standard kafka.size13');
    expect(second?.linesUsd).toEqual({
      brokers: 870,
      storage: 5,
      tieredStorage: 0,
      provisionedThroughput: 0,
      dataIn: 0,
      dataOut: 0,
      crossAz: 0,
      controllers: 0,
      operations: 0,
    });
  });

  it('keeps only the cost lines that are non-zero somewhere, labelled, in cost-line order', () => {
    expect(toCostStackData(result).series).toEqual([
      { line: 'brokers', label: 'Brokers' },
      { line: 'storage', label: 'Storage' },
      { line: 'dataIn', label: 'Data in' },
      { line: 'dataOut', label: 'Data out' },
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

  it("samples today's workload in quarter steps from a quarter to four times, with the scaled peak ingress as x", () => {
    const data = toCostVsIngressData(makeScenario(), priceBook, assumptions);
    expect(WORKLOAD_MULTIPLIERS).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4]);
    expect(data.points.map((p) => p.multiplier)).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4]);
    // 40 MiB/s peak × each multiple: 10, 20, …, 160
    expect(data.points.map((p) => p.peakIngressMiBps)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160]);
  });

  it("marks today's peak ingress, and has a point exactly there", () => {
    const data = toCostVsIngressData(makeScenario({ peakIngressMiBps: 55 }), priceBook, assumptions);
    expect(data.currentPeakIngressMiBps).toBe(55);
    expect(data.points.find((p) => p.peakIngressMiBps === 55)?.multiplier).toBe(1);
    // 55 × 0.25 = 13.75 is the first sample
    expect(data.points[0]?.peakIngressMiBps).toBe(13.75);
  });

  it("prices at today's workload exactly what the result recommends for each class", () => {
    // SPEC §2 defaults, us-east-1. Shared figures: local storage provisioned 20 × 168 × 3600 × 3 / 1024 / 0.5
    // = 70,875 GiB, so B(70,875, 16,384) = 6 brokers at least on every Standard and self-managed size; retained
    // (one copy) 11,812.5 GiB; cross-AZ producers 20 × 2/3 × 2,566.40625 = 34,218.75 GiB/month, consumers 0
    // (RF 3 = AZ 3 with nearest-replica fetch), replication 20 × 2 × 2,566.40625 = 102,656.25 GiB/month.
    // storageF = 1.5 + 1.5 + 0.5 + 3 = 6.5; netF = (80/40) × 1.5 + 2.2 + 0.5 + 3 = 8.7.
    // MSK Standard M7g: kafka.m7g.large (EBS 78.75, NIC 117): 78.75 ÷ 6.5 × 0.5 = 6.06 MiB/s → 40/6.06 = 6.6 → 7 → 9
    //   brokers (network 117 ÷ 8.7 × 0.5 = 6.72 → 6); 9 × $0.204 × 730 = $1,340.28 + storage 70,875 × $0.10
    //   = $7,087.50 + cross-AZ 34,218.75 × $0.01 × 2 = $684.375 → $9,112.155. Larger sizes need ≥ 6 brokers
    //   (storage): kafka.m7g.xlarge 6 × $0.408 × 730 = $1,787.04 on brokers alone, already above $1,340.28.
    // MSK Standard M5: kafka.m5.large (EBS 81, NIC 96): 81 ÷ 6.5 × 0.5 = 6.23 → 7 → 9 brokers (network 96 ÷ 8.7 × 0.5
    //   = 5.52 → 8 → 9); 9 × $0.21 × 730 = $1,379.70 → $9,151.575 (kafka.m5.xlarge: 6 × $0.42 × 730 = $1,839.60 on brokers).
    // MSK T3: kafka.t3.small carries 16.384 ÷ 8.7 × 0.5 = 0.94 MiB/s → 43 → 45 brokers, above ZooKeeper's 30: none.
    // MSK Express: express.m7g.large 15.625 × 0.75 = 11.72 MiB/s → 4 → 6 brokers, 6 × $0.408 × 730 = $1,787.04;
    //   express.m7g.xlarge 31.25 × 0.75 = 23.44 → 2 → 3 (egress 80 ÷ 62.5 → 2 → 3), 3 × $0.816 × 730 = $1,787.04: a tie,
    //   so fewer brokers wins (SPEC §8); express.m7g.2xlarge 3 × $1.632 × 730 = $3,574.08 is dearer.
    //   + storage 11,812.5 × $0.10 = $1,181.25 + data in 20 × 2,566.40625 × $0.01 = $513.28125 + cross-AZ $684.375
    //   → $4,165.94625.
    // MSK Serverless: $0.75 × 730 = $547.50 + 300 × $0.0015 × 730 = $328.50 + data in 51,328.125 × $0.10 = $5,132.8125
    //   + data out 40 × 2,566.40625 × $0.05 = $5,132.8125 + storage $1,181.25 → $12,322.875.
    // Self-managed (gp3 volume min(EBS, 1,000) = the MSK figure, so the same 9 brokers; gp3 bought min(EBS,
    //   max(125, 40 × 6.5 / 9)) ≤ 125 MiB/s, all included): gp3 70,875 × $0.08 = $5,670 + cross-AZ (34,218.75 +
    //   102,656.25) × $0.02 = $2,737.50 + controllers 3 × ($0.096 × 730 + 64 × $0.08) = $225.60;
    //   m7g.large 9 × $0.0816 × 730 = $536.112 → $9,169.212; m5.large 9 × $0.096 × 730 = $630.72 → $9,263.82
    //   (the xlarge sizes need ≥ 6 brokers: 6 × $0.1632 × 730 = $714.816 and 6 × $0.192 × 730 = $840.96 on brokers).
    const today = toCostVsIngressData(makeScenario(), priceBook, assumptions).points.find((p) => p.multiplier === 1);
    const expected: Record<RecommendationClass, readonly [number, string] | null> = {
      'msk-standard-m7g': [9_112.155, 'msk-standard:kafka.m7g.large × 9, PST off'],
      'msk-standard-m5': [9_151.575, 'msk-standard:kafka.m5.large × 9, PST off'],
      'msk-t3': null,
      'msk-express': [4_165.946_25, 'msk-express:express.m7g.xlarge × 3, PST off'],
      'msk-serverless': [12_322.875, 'msk-serverless:serverless × serverless, PST off'],
      'self-managed-m7g': [9_169.212, 'self-managed:m7g.large × 9, PST off'],
      'self-managed-m5': [9_263.82, 'self-managed:m5.large × 9, PST off'],
    };
    expect(Object.keys(expected).sort()).toEqual([...RECOMMENDATION_CLASSES].sort());
    for (const cls of RECOMMENDATION_CLASSES) {
      const want = expected[cls];
      if (want === null) {
        expect(today?.monthlyTotalUsd[cls], cls).toBeNull();
        expect(today?.configuration[cls], cls).toBeNull();
      } else {
        expect(today?.monthlyTotalUsd[cls], cls).toBeCloseTo(want[0], 6);
        expect(today?.configuration[cls], cls).toBe(want[1]);
      }
    }
  });

  it('has no Express total at any multiple with 2 AZs (Express needs 3)', () => {
    const data = toCostVsIngressData(makeScenario({ availabilityZones: 2 }), priceBook, assumptions);
    expect(data.points.every((p) => p.monthlyTotalUsd['msk-express'] === null && p.configuration['msk-express'] === null)).toBe(true);
    expect(data.series.map((s) => s.recommendationClass)).not.toContain('msk-express');
  });

  it('scales egress with ingress: Serverless drops out once peak egress passes 400 MiB/s', () => {
    // Ip 40, Op 120: ×3.25 → Ip 130, Op 390 (eligible); ×3.5 → Ip 140 ≤ 200 but Op 420 > 400 (not eligible)
    const data = toCostVsIngressData(makeScenario({ avgEgressMiBps: 60, peakEgressMiBps: 120 }), priceBook, assumptions);
    const serverlessAt = (m: number) => data.points.find((p) => p.multiplier === m)?.monthlyTotalUsd['msk-serverless'];
    expect(serverlessAt(3.25)).toEqual(expect.any(Number));
    expect(serverlessAt(3.5)).toBeNull();
  });

  it('leaves out multiples the scenario schema refuses (peak ingress above 1,048,576 MiB/s)', () => {
    // 400,000 × 2.5 = 1,000,000 is allowed; × 2.75 = 1,100,000 exceeds the maximum
    const scenario = makeScenario({ avgIngressMiBps: 300_000, peakIngressMiBps: 400_000 });
    const data = toCostVsIngressData(scenario, priceBook, assumptions);
    expect(data.points.map((p) => p.multiplier)).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5]);
  });

  it('grows MSK Serverless in a straight line: no brokers, so no steps (SPEC §6: every line but the fixed ones scales with the workload)', () => {
    const data = toCostVsIngressData(makeScenario(), priceBook, assumptions);
    const serverless = (m: number) => data.points.find((p) => p.multiplier === m)?.monthlyTotalUsd['msk-serverless'] ?? Number.NaN;
    // SPEC §6 at m × today's workload (I = 20m, O = 40m MiB/s; every multiple stays eligible: at ×4, Ip 160 ≤ 200 and
    // Op 320 ≤ 400 MiB/s): fixed = $0.75 × 730 + 300 × $0.0015 × 730 = $547.50 + $328.50 = $876;
    // proportional = data in 20 × 2,566.40625 × $0.10 = $5,132.8125 + data out 40 × 2,566.40625 × $0.05 = $5,132.8125
    // + storage 11,812.5 GiB × $0.10 = $1,181.25 = $11,446.875 per unit of m; total(m) = 876 + 11,446.875 m.
    expect(serverless(0.25)).toBeCloseTo(3_737.718_75, 6);
    expect(serverless(1)).toBeCloseTo(12_322.875, 6);
    expect(serverless(2)).toBeCloseTo(23_769.75, 6);
    expect(serverless(4)).toBeCloseTo(46_663.5, 6);
    for (const m of [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4]) {
      expect(serverless(m), `×${m}`).toBeCloseTo(876 + 11_446.875 * m, 6);
    }
    // One configuration throughout, so the path has exactly one vertex per sample (10, 20, …, 160 MiB/s), no step.
    const path = toCostVsIngressPath(data, 'msk-serverless');
    expect(path.map((v) => v.peakIngressMiBps)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160]);
  });
});

describe('cost versus ingress line path', () => {
  /** A sample of one class: its total and what it prices (null: not available). */
  function sample(peakIngressMiBps: number, total: number | null, configuration: string | null): CostVsIngressPoint {
    const monthlyTotalUsd = Object.fromEntries(RECOMMENDATION_CLASSES.map((c) => [c, null])) as Record<RecommendationClass, number | null>;
    const configs = Object.fromEntries(RECOMMENDATION_CLASSES.map((c) => [c, null])) as Record<RecommendationClass, string | null>;
    monthlyTotalUsd['msk-express'] = total;
    configs['msk-express'] = configuration;
    return { multiplier: peakIngressMiBps / 40, peakIngressMiBps, monthlyTotalUsd, configuration: configs };
  }

  const data: CostVsIngressData = {
    points: [
      sample(10, 100, 'large × 3'),
      sample(20, 150, 'large × 3'),
      sample(30, 300, 'large × 6'),
      sample(40, null, null),
      sample(50, 400, 'large × 6'),
    ],
    series: [{ recommendationClass: 'msk-express', label: 'MSK Express' }],
    currentPeakIngressMiBps: 40,
  };

  it('runs straight while the configuration holds, and steps (hold, then jump) where it changes', () => {
    expect(toCostVsIngressPath(data, 'msk-express')).toEqual([
      { peakIngressMiBps: 10, monthlyTotalUsd: 100 },
      { peakIngressMiBps: 20, monthlyTotalUsd: 150 },
      { peakIngressMiBps: 30, monthlyTotalUsd: 150 },
      { peakIngressMiBps: 30, monthlyTotalUsd: 300 },
      { peakIngressMiBps: 40, monthlyTotalUsd: null },
      { peakIngressMiBps: 50, monthlyTotalUsd: 400 },
    ]);
  });

  it('breaks the line where the class has no option, and draws nothing for a class never available', () => {
    expect(toCostVsIngressPath(data, 'msk-serverless').every((v) => v.monthlyTotalUsd === null)).toBe(true);
  });
});
