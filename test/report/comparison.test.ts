/**
 * Two options side by side. Sized figures are worked by hand from SPEC §3–§4 and the bundled
 * us-east-1 prices for a small workload (I = Ip = O = Op = 1 MiB/s, otherwise SPEC §2 defaults):
 * kafka.m5.large and kafka.t3.small both need 3 brokers; brokers cost 3 × $0.21 × 730 = $459.90 and
 * 3 × $0.0456 × 730 = $99.864; storage ($354.375) and cross-AZ ($34.21875) are equal, so the totals
 * are $848.49375 and $488.45775. Other cases use hand-built options.
 */
import { describe, expect, it } from 'vitest';
import type { Constraint, Deployment, MonthlyCost, SizedOption, SizingResult } from '../../src/domain';
import { buildComparison, cheapestOptionId, compareOptions, defaultComparisonIds, type Comparison, type ComparisonRow } from '../../src/report/comparison';
import { optionOf, sizeWith } from '../support/factories';

const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;

const NO_COST: MonthlyCost = {
  brokers: 0, storage: 0, tieredStorage: 0, provisionedThroughput: 0, dataIn: 0, dataOut: 0, crossAz: 0, controllers: 0, operations: 0, total: 0,
};

/** A hand-built option whose only cost is its broker line (total = brokers cost) unless `cost` is null. */
function option(deployment: Deployment, instanceType: string, fields: Partial<SizedOption> & { brokersUsd?: number | null } = {}): SizedOption {
  const { brokersUsd = 100, ...rest } = fields;
  return {
    id: `${deployment}:${instanceType}`, deployment, instanceType, available: true, unavailableReason: null, brokers: 3,
    bottleneck: 'ingress', constraints: [], storagePerBrokerGiB: 100,
    monthlyCostUsd: brokersUsd === null ? null : { ...NO_COST, brokers: brokersUsd, total: brokersUsd }, warnings: [], ...rest,
  };
}

function constraint(name: Constraint['name'], brokersNeeded: number): Constraint {
  return { name, demand: 1, capacityPerBroker: 1, brokersNeeded, unit: 'MiB/s' };
}

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
      'Brokers needed for ingress', 'Brokers needed for egress', 'Brokers needed for partitions', 'Brokers needed for storage',
      'Storage per broker (GiB)',
      'Brokers (USD/month)', 'Storage (USD/month)', 'Tiered storage (USD/month)', 'Provisioned throughput (USD/month)',
      'Data in (USD/month)', 'Data out (USD/month)', 'Cross-AZ transfer (USD/month)', 'Controllers (USD/month)', 'Operations (USD/month)',
      'Total (USD/month)', 'Total (USD/year)',
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

describe('comparison rows with missing figures', () => {
  it('has no difference where either side has no figure, such as Serverless brokers or an unpriced option', () => {
    const left = option('msk-standard', 'kafka.m5.large', { constraints: [constraint('ingress', 6)] });
    const serverless = option('msk-serverless', 'serverless', { brokers: null, bottleneck: null, storagePerBrokerGiB: null, constraints: [] });
    const c = compareOptions(left, serverless);
    expect(c.rightLabel).toBe('MSK Serverless');
    expect(rowOf(c, 'Brokers')).toEqual({ label: 'Brokers', left: 3, right: null, difference: null, money: false });
    expect(rowOf(c, 'Brokers needed for ingress')).toEqual({ label: 'Brokers needed for ingress', left: 6, right: null, difference: null, money: false });
    expect(rowOf(c, 'Storage per broker (GiB)').difference).toBeNull();
    const unpriced = compareOptions(left, option('msk-express', 'express.m7g.large', { brokersUsd: null }));
    expect(rowOf(unpriced, 'Total (USD/month)')).toEqual({ label: 'Total (USD/month)', left: 100, right: null, difference: null, money: true });
    expect(rowOf(unpriced, 'Total (USD/year)')).toEqual({ label: 'Total (USD/year)', left: 1200, right: null, difference: null, money: true });
  });

  it('lists the constraints of both sides once each', () => {
    const left = option('msk-standard', 'kafka.m5.large', { constraints: [constraint('ingress', 6), constraint('storage', 3)] });
    const right = option('msk-standard', 'kafka.m5.4xlarge', { constraints: [constraint('ingress', 3), constraint('provisionedThroughput', 9)] });
    const c = compareOptions(left, right);
    expect(c.rows.filter((r) => r.label.startsWith('Brokers needed')).map((r) => [r.label, r.left, r.right, r.difference])).toEqual([
      ['Brokers needed for ingress', 6, 3, -3],
      ['Brokers needed for storage', 3, null, null],
      ['Brokers needed for provisioned throughput', null, 9, null],
    ]);
  });
});

describe('default comparison pair', () => {
  it('is the cheapest MSK M5 against the cheapest MSK T3 of a sized result', () => {
    expect(defaultComparisonIds(sizeWith(SMALL))).toEqual({ left: 'msk-standard:kafka.m5.large', right: 'msk-standard:kafka.t3.small' });
  });

  it('prefers an available option to a cheaper one that is unavailable', () => {
    const result = resultWith([
      option('msk-standard', 'kafka.m5.large', { brokersUsd: 50, available: false, unavailableReason: 'over quota' }),
      option('msk-standard', 'kafka.m5.xlarge', { brokersUsd: 80 }),
      option('msk-standard', 'kafka.m5.2xlarge', { brokersUsd: 70 }),
      option('msk-standard', 'kafka.t3.small', { brokersUsd: 10, available: false, unavailableReason: 'over quota' }),
    ]);
    expect(cheapestOptionId(result, 'msk-standard:kafka.m5.')).toBe('msk-standard:kafka.m5.2xlarge');
    // With no available T3 the cheapest priced one still stands in.
    expect(cheapestOptionId(result, 'msk-standard:kafka.t3.')).toBe('msk-standard:kafka.t3.small');
  });

  it('ignores unpriced options and self-managed options with a similar name', () => {
    const result = resultWith([
      option('msk-standard', 'kafka.m5.large', { brokersUsd: null, available: false, unavailableReason: 'no price' }),
      option('self-managed', 'm5.large', { brokersUsd: 1 }),
      option('msk-standard', 'kafka.m5.xlarge', { brokersUsd: 90 }),
    ]);
    expect(cheapestOptionId(result, 'msk-standard:kafka.m5.')).toBe('msk-standard:kafka.m5.xlarge');
    expect(cheapestOptionId(result, 'msk-standard:kafka.t3.')).toBeNull();
  });

  it('falls back to the first two options when there is no priced M5 or T3', () => {
    const result = resultWith([
      option('msk-express', 'express.m7g.large'),
      option('msk-serverless', 'serverless', { brokers: null }),
      option('self-managed', 'm7g.large'),
    ]);
    expect(defaultComparisonIds(result)).toEqual({ left: 'msk-express:express.m7g.large', right: 'msk-serverless:serverless' });
    expect(buildComparison(result, null, null)?.rightLabel).toBe('MSK Serverless');
  });

  it('has no comparison when an id names no option', () => {
    expect(buildComparison(sizeWith(SMALL), 'msk-standard:kafka.m5.large', 'nothing')).toBeNull();
    expect(buildComparison(resultWith([]), null, null)).toBeNull();
  });
});
