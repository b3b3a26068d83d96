/**
 * Two options side by side. Sized figures are worked by hand from SPEC §3–§4 and the bundled
 * us-east-1 prices for a small workload (I = Ip = O = Op = 1 MiB/s, otherwise SPEC §2 defaults, TLS
 * factor 1.0): every constraint of kafka.m5.large and kafka.t3.small needs at most 3 brokers
 * (kafka.t3.small: storage 21.75 ÷ 6.5 × 0.5 = 1.67 MiB/s, network 16.384 ÷ 7.2 × 0.5 = 1.14 MiB/s,
 * partitions 900 ÷ 300 = 3), so both have 3 brokers; brokers cost 3 × $0.21 × 730 = $459.90 and
 * 3 × $0.0456 × 730 = $99.864; storage ($354.375) and cross-AZ ($34.21875) are equal, so the totals
 * are $848.49375 and $488.45775. Other cases use hand-built options.
 */
import { describe, expect, it } from 'vitest';
import type { Constraint, Deployment, SizedOption, SizingResult } from '../../src/domain';
import {
  wholeSetupRow,
  buildComparison,
  cheapestOptionId,
  compareOptions,
  defaultComparisonIds,
  differingRows,
  type Comparison,
  type ComparisonRow,
} from '../../src/report/comparison';
import { optionOf, sizeWith } from '../support/factories';
import { handBuiltOption, NO_COST } from '../support/hand-built';

const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;

/** A hand-built option whose only cost is its broker line (total = brokers cost) unless `cost` is null. */
function option(
  deployment: Deployment,
  instanceType: string,
  fields: Partial<SizedOption> & { brokersUsd?: number | null } = {},
): SizedOption {
  const { brokersUsd = 100, ...rest } = fields;
  return handBuiltOption(deployment, instanceType, {
    monthlyCostUsd: brokersUsd === null ? null : { ...NO_COST, brokers: brokersUsd, total: brokersUsd },
    ...rest,
  });
}

function constraint(name: Constraint['name'], brokersNeeded: number): Constraint {
  return {
    name,
    demand: 1,
    capacityPerBroker: 1,
    rawBrokersNeeded: brokersNeeded,
    brokersNeeded,
    unit: 'MiB/s',
    derivation: { kind: 'partitions', partitions: 1, replicationFactor: 1, limit: 'recommended' },
  };
}

const OVER_QUOTA = { code: 'broker-quota', message: 'over quota' } as const;

/** The default scenario's result with its options replaced by hand-built ones. */
function resultWith(options: readonly SizedOption[]): SizingResult {
  return { ...sizeWith(), options };
}

function rowOf(comparison: Comparison | null, label: string): ComparisonRow {
  const found = comparison?.rows.find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe('comparison of two sized options', () => {
  const result = sizeWith(SMALL);
  const comparison = buildComparison(result, 'msk-standard:kafka.m5.large', 'msk-standard:kafka.t3.small');

  it('shows every figure of both options and the difference second − first', () => {
    expect(comparison?.leftLabel).toBe('MSK Standard kafka.m5.large');
    expect(comparison?.rightLabel).toBe('MSK Standard kafka.t3.small');
    expect(rowOf(comparison, 'Brokers')).toEqual({ label: 'Brokers', left: 3, right: 3, difference: 0, money: false });
    const brokers = rowOf(comparison, 'Brokers (USD/month)');
    expect(brokers.left).toBeCloseTo(459.9, 9);
    expect(brokers.right).toBeCloseTo(99.864, 9);
    expect(brokers.difference).toBeCloseTo(99.864 - 459.9, 9);
    expect(brokers.money).toBe(true);
    expect(rowOf(comparison, 'Storage (USD/month)').difference).toBeCloseTo(0, 9);
    expect(rowOf(comparison, 'Total (USD/month)').difference).toBeCloseTo(488.45775 - 848.49375, 9);
    expect(rowOf(comparison, 'Total (USD/year)').left).toBeCloseTo(848.49375 * 12, 6);
    expect(rowOf(comparison, 'Total (USD/year)').difference).toBeCloseTo((488.45775 - 848.49375) * 12, 6);
  });

  it('has a row per constraint, per cost line of SPEC §9 and for both totals, in that order', () => {
    expect(comparison?.rows.map((r) => r.label)).toEqual([
      'Brokers',
      'Brokers needed for storage throughput',
      'Brokers needed for network throughput',
      'Brokers needed for partitions',
      'Brokers needed for storage',
      'Storage per broker (GiB)',
      'Provisioned throughput (MiB/s per broker)',
      'Brokers (USD/month)',
      'Storage (USD/month)',
      'Tiered storage (USD/month)',
      'Provisioned throughput (USD/month)',
      'Data in (USD/month)',
      'Data out (USD/month)',
      'Cross-AZ transfer (USD/month)',
      'Controllers (USD/month)',
      'Operations (USD/month)',
      'Total (USD/month)',
      'Total (USD/year)',
    ]);
  });

  it('turns the difference around when the sides swap', () => {
    const swapped = buildComparison(result, 'msk-standard:kafka.t3.small', 'msk-standard:kafka.m5.large');
    expect(rowOf(swapped, 'Total (USD/month)').difference).toBeCloseTo(848.49375 - 488.45775, 9);
  });

  it('compares options of different scenarios', () => {
    const bigger = sizeWith({ ...SMALL, retentionHours: 336 });
    const across = compareOptions(optionOf(result, 'msk-standard:kafka.m5.large'), optionOf(bigger, 'msk-standard:kafka.m5.large'));
    // Twice the retention doubles storage: 3,543.75 GiB → 7,087.5 GiB at $0.10, a difference of $354.375.
    expect(rowOf(across, 'Storage (USD/month)').difference).toBeCloseTo(354.375, 9);
  });
});

describe('provisioned storage throughput in a comparison', () => {
  it('has a row for the PST in force per broker, next to its cost line', () => {
    // Fixed 400 MiB/s (SPEC §4.4): kafka.m5.4xlarge takes min(400, 593) = 400, kafka.m7g.2xlarge is capped at its 312.5 maximum;
    // both need 3 brokers for 1 MiB/s, so PST costs 3 × 400 × $0.08 = $96 and 3 × 312.5 × $0.08 = $75.
    const result = sizeWith({ ...SMALL, provisionedThroughputMiBps: 400 });
    const c = buildComparison(result, 'msk-standard:kafka.m5.4xlarge', 'msk-standard:kafka.m7g.2xlarge');
    expect(rowOf(c, 'Provisioned throughput (MiB/s per broker)')).toEqual({
      label: 'Provisioned throughput (MiB/s per broker)',
      left: 400,
      right: 312.5,
      difference: 312.5 - 400,
      money: false,
    });
    const cost = rowOf(c, 'Provisioned throughput (USD/month)');
    expect(cost.left).toBeCloseTo(96, 9);
    expect(cost.right).toBeCloseTo(75, 9);
    expect(cost.difference).toBeCloseTo(75 - 96, 9);
    expect(c?.unavailableNote).toBeNull();
  });

  it('counts a size without PST as 0 MiB/s', () => {
    const result = sizeWith({ ...SMALL, provisionedThroughputMiBps: 400 });
    const c = buildComparison(result, 'msk-standard:kafka.m5.large', 'msk-standard:kafka.m5.4xlarge');
    expect(rowOf(c, 'Provisioned throughput (MiB/s per broker)')).toMatchObject({ left: 0, right: 400, difference: 400 });
  });
});

describe('comparison with an unavailable option (SPEC §8)', () => {
  /*
   * SPEC §2 defaults (Ip 40, Op 80, TLS factor 1.0): kafka.t3.small carries 16.384 ÷ 8.7 × 0.5 = 0.94 MiB/s on its
   * network path, so 40 MiB/s needs 43 brokers → 45; it cannot run KRaft, so ZooKeeper's 30 brokers apply (SPEC §4.1)
   * and it is unavailable, though priced. kafka.m5.large needs 9 (storage 81 ÷ 6.5 × 0.5 = 6.23 MiB/s → 7 → 9).
   */
  const result = sizeWith();
  const c = buildComparison(result, 'msk-standard:kafka.m5.large', 'msk-standard:kafka.t3.small');

  it("still shows both sides' figures", () => {
    expect(rowOf(c, 'Brokers')).toMatchObject({ left: 9, right: 45 });
    // 45 × $0.0456 × 730 = $1,497.96
    expect(rowOf(c, 'Brokers (USD/month)').right).toBeCloseTo(1497.96, 9);
  });

  it('shows no difference on any row, neither saving nor extra cost', () => {
    expect(c?.rows.length).toBeGreaterThan(0);
    for (const r of c?.rows ?? []) expect(r.difference).toBeNull();
  });

  it('says why instead, naming the unavailable option and its reason', () => {
    expect(c?.unavailableNote).toMatch(
      /^No difference is shown\. MSK Standard kafka\.t3\.small is not available: Needs 45 brokers, but kafka\.t3\.small cannot run in KRaft mode/,
    );
    expect(c?.unavailableNote).not.toContain('kafka.m5.large');
  });

  it('names both reasons when neither option is available', () => {
    const left = option('msk-express', 'express.m7g.large', {
      available: false,
      unavailable: { code: 'express-needs-3-azs', message: 'Needs 3 AZs.' },
      brokersUsd: null,
    });
    const right = option('msk-standard', 'kafka.m5.large', {
      available: false,
      unavailable: { code: 'broker-quota', message: 'Over quota.' },
    });
    const both = compareOptions(left, right);
    expect(both.unavailableNote).toBe(
      'No difference is shown. MSK Express express.m7g.large is not available: Needs 3 AZs. MSK Standard kafka.m5.large is not available: Over quota.',
    );
    expect(both.rows.every((r) => r.difference === null)).toBe(true);
  });
});

describe('comparison rows with missing figures', () => {
  it('has no difference where either side has no figure, such as Serverless brokers or an unpriced option', () => {
    const left = option('msk-standard', 'kafka.m5.large', { constraints: [constraint('storageThroughput', 6)] });
    const serverless = option('msk-serverless', 'serverless', {
      brokers: null,
      bottleneck: null,
      storagePerBrokerGiB: null,
      constraints: [],
    });
    const c = compareOptions(left, serverless);
    expect(c.rightLabel).toBe('MSK Serverless');
    expect(rowOf(c, 'Brokers')).toEqual({ label: 'Brokers', left: 3, right: null, difference: null, money: false });
    expect(rowOf(c, 'Brokers needed for storage throughput')).toEqual({
      label: 'Brokers needed for storage throughput',
      left: 6,
      right: null,
      difference: null,
      money: false,
    });
    expect(rowOf(c, 'Storage per broker (GiB)').difference).toBeNull();
    const unpriced = compareOptions(left, option('msk-express', 'express.m7g.large', { brokersUsd: null }));
    expect(rowOf(unpriced, 'Total (USD/month)')).toEqual({
      label: 'Total (USD/month)',
      left: 100,
      right: null,
      difference: null,
      money: true,
    });
    expect(rowOf(unpriced, 'Total (USD/year)')).toEqual({
      label: 'Total (USD/year)',
      left: 1200,
      right: null,
      difference: null,
      money: true,
    });
  });

  it('lists the constraints of both sides once each', () => {
    const left = option('msk-standard', 'kafka.m5.large', { constraints: [constraint('storageThroughput', 6), constraint('storage', 3)] });
    const right = option('msk-express', 'express.m7g.large', {
      constraints: [constraint('ingress', 3), constraint('egress', 9), constraint('storageThroughput', 6)],
    });
    const c = compareOptions(left, right);
    expect(c.rows.filter((r) => r.label.startsWith('Brokers needed')).map((r) => [r.label, r.left, r.right, r.difference])).toEqual([
      ['Brokers needed for storage throughput', 6, 6, 0],
      ['Brokers needed for storage', 3, null, null],
      ['Brokers needed for ingress', null, 3, null],
      ['Brokers needed for egress', null, 9, null],
    ]);
  });
});

describe('default comparison pair', () => {
  it('is the cheapest MSK M5 against the cheapest MSK T3 for a development cluster', () => {
    expect(defaultComparisonIds(sizeWith({ ...SMALL, purpose: 'development' }))).toEqual({
      left: 'msk-standard:kafka.m5.large',
      right: 'msk-standard:kafka.t3.small',
    });
  });

  it('is the two cheapest eligible kinds for production: here M7g against M5', () => {
    // 1 MiB/s: 3 brokers each, same storage and cross-AZ; brokers 3 × $0.204 × 730 = $446.76 (m7g.large) against
    // 3 × $0.21 × 730 = $459.90 (m5.large); Express (3 × $0.408 × 730 = $893.52) and Serverless ($0.75 × 730 = $547.50
    // + 300 partitions × $0.0015 × 730 = $328.50) cost more.
    expect(defaultComparisonIds(sizeWith(SMALL))).toEqual({ left: 'msk-standard:kafka.m7g.large', right: 'msk-standard:kafka.m5.large' });
  });

  it('prefers an available option to a cheaper one that is unavailable', () => {
    const result = resultWith([
      option('msk-standard', 'kafka.m5.large', { brokersUsd: 50, available: false, unavailable: OVER_QUOTA }),
      option('msk-standard', 'kafka.m5.xlarge', { brokersUsd: 80 }),
      option('msk-standard', 'kafka.m5.2xlarge', { brokersUsd: 70 }),
      option('msk-standard', 'kafka.t3.small', { brokersUsd: 10, available: false, unavailable: OVER_QUOTA }),
    ]);
    expect(cheapestOptionId(result, 'msk-standard:kafka.m5.')).toBe('msk-standard:kafka.m5.2xlarge');
    // With no available T3 the cheapest priced one still stands in.
    expect(cheapestOptionId(result, 'msk-standard:kafka.t3.')).toBe('msk-standard:kafka.t3.small');
  });

  it('ignores unpriced options and self-managed options with a similar name', () => {
    const result = resultWith([
      option('msk-standard', 'kafka.m5.large', {
        brokersUsd: null,
        available: false,
        unavailable: { code: 'missing-price', message: 'no price' },
      }),
      option('self-managed', 'm5.large', { brokersUsd: 1 }),
      option('msk-standard', 'kafka.m5.xlarge', { brokersUsd: 90 }),
    ]);
    expect(cheapestOptionId(result, 'msk-standard:kafka.m5.')).toBe('msk-standard:kafka.m5.xlarge');
    expect(cheapestOptionId(result, 'msk-standard:kafka.t3.')).toBeNull();
  });

  it('falls back to the first two options when there is no priced M5 or T3 (development)', () => {
    const result = {
      ...sizeWith({ purpose: 'development' }),
      options: [
        option('msk-express', 'express.m7g.large'),
        option('msk-serverless', 'serverless', { brokers: null }),
        option('self-managed', 'm7g.large'),
      ],
    };
    expect(defaultComparisonIds(result)).toEqual({ left: 'msk-express:express.m7g.large', right: 'msk-serverless:serverless' });
    expect(buildComparison(result, null, null)?.rightLabel).toBe('MSK Serverless');
  });

  it('has no comparison when an id names no option', () => {
    expect(buildComparison(sizeWith(SMALL), 'msk-standard:kafka.m5.large', 'nothing')).toBeNull();
    expect(buildComparison(resultWith([]), null, null)).toBeNull();
  });
});

describe('rows an export shows', () => {
  it('keeps only the figures that differ and counts the equal ones (1 MiB/s, kafka.m5.large against kafka.t3.small)', () => {
    // Both need 3 brokers for every constraint (e.g. T3 network 1 ÷ (16.384 ÷ 8.7 × 0.5 = 0.94) = 1.06 → 2 → 3), the same
    // storage per broker and cross-AZ, no PST; only the broker line (3 × $0.21 × 730 = $459.90 against
    // 3 × $0.0456 × 730 = $99.864) and so both totals differ: 3 of the 18 rows (1 + 4 constraints + 2 + 9 lines + 2 totals).
    const comparison = buildComparison(sizeWith(SMALL), 'msk-standard:kafka.m5.large', 'msk-standard:kafka.t3.small');
    if (!comparison) throw new Error('no comparison');
    const { rows, equalCount } = differingRows(comparison);
    expect(rows.map((r) => r.label)).toEqual(['Brokers (USD/month)', 'Total (USD/month)', 'Total (USD/year)']);
    expect(equalCount).toBe(15);
  });
});

describe("two saved scenarios' whole setups (SPEC §11)", () => {
  it('has no row when neither replicates, and otherwise compares the bills: a scenario without replication counts its cluster', () => {
    const alone = sizeWith({});
    const dr = sizeWith({ replication: { pattern: 'active-passive', targetRegion: 'us-west-2' } });
    expect(wholeSetupRow(alone, alone)).toBeNull();
    const clusterAlone = alone.options.find((o) => o.id === alone.recommendations.overall)?.monthlyCostUsd?.total ?? Number.NaN;
    const setup = dr.replication?.monthlyTotalUsd.total ?? Number.NaN;
    expect(wholeSetupRow(alone, dr)).toEqual({
      label: 'Whole setup, with replication (USD/month)',
      left: clusterAlone,
      right: setup,
      difference: setup - clusterAlone,
      money: true,
    });
  });
});
