/** Missing prices, warnings and derivations of the Kinesis alternatives (SPEC §15). */
import { describe, expect, it } from 'vitest';
import type { KinesisPrices } from '../../../src/domain/kinesis/kinesis-prices';
import type { KinesisWorkload } from '../../../src/domain/kinesis/kinesis-result';
import type { KinesisOptions } from '../../../src/domain/kinesis/kinesis-schema';
import { sizeKinesisAlternatives } from '../../../src/domain/kinesis/size-kinesis';
import { LIMITS, options, US_EAST_1, workload } from './kinesis-fixtures';

const NO_ADVANTAGE: KinesisPrices = {
  ...US_EAST_1,
  onDemandAdvantage: { dataInPerGb: null, dataOutPerGb: null, efoDataOutPerGb: null, retentionPerGbMonth: null },
};

function run(
  w: Partial<KinesisWorkload> = {},
  o: Partial<KinesisOptions> = {},
  prices: KinesisPrices | null = US_EAST_1,
  region = 'us-east-1',
) {
  return sizeKinesisAlternatives(workload(w), options(o), prices, LIMITS, region);
}
const codes = (a: { warnings: readonly { code: string }[] } | undefined) => a?.warnings.map((w) => w.code) ?? [];

describe('missing prices', () => {
  it('lists the three alternatives in order, all unavailable with missing-price when the region has no Kinesis prices', () => {
    const all = run({}, {}, null, 'xx-nowhere-1');
    expect(all.map((a) => a.id)).toEqual(['kinesis-provisioned', 'kinesis-on-demand', 'kinesis-on-demand-advantage']);
    for (const a of all) {
      expect(a.available).toBe(false);
      expect(a.unavailable?.code).toBe('missing-price');
      expect(a.monthlyCostUsd).toBeNull();
    }
    // The provisioned sizing is still shown.
    expect(all[0]?.shards).toBe(36);
  });

  it('leaves Advantage unavailable where its prices are null, the others priced', () => {
    const [p, d, a] = run({}, {}, NO_ADVANTAGE, 'eu-west-1');
    expect([p?.available, d?.available, a?.available]).toEqual([true, true, false]);
    expect(a?.unavailable?.message).toContain('data in per GB');
    expect(a?.monthlyCostUsd).toBeNull();
  });

  it('needs a price only when it is used: a null long-term price matters only beyond 7 days', () => {
    const prices: KinesisPrices = {
      ...US_EAST_1,
      onDemand: US_EAST_1.onDemand && { ...US_EAST_1.onDemand, longTermRetentionPerGbMonth: null },
    };
    expect(run({ retentionHours: 168 }, {}, prices)[1]?.available).toBe(true);
    const over = run({ retentionHours: 169 }, {}, prices)[1];
    expect(over?.unavailable?.code).toBe('missing-price');
    expect(over?.unavailable?.message).toContain('long-term retention per GB-month');
  });

  it('never prices a missing enhanced fan-out price as zero', () => {
    const prices: KinesisPrices = { ...US_EAST_1, provisioned: US_EAST_1.provisioned && { ...US_EAST_1.provisioned, efoPerGb: null } };
    expect(run({}, {}, prices)[0]?.available).toBe(true);
    expect(run({}, { enhancedFanOut: true }, prices)[0]?.unavailable?.code).toBe('missing-price');
  });
});

describe('warnings', () => {
  it('warns of more than 5 shared readers on provisioned, not with enhanced fan-out', () => {
    expect(codes(run({}, { consumers: 5 })[0])).not.toContain('shared-readers-above-limit');
    expect(codes(run({}, { consumers: 6 })[0])).toContain('shared-readers-above-limit');
    expect(codes(run({}, { consumers: 6, enhancedFanOut: true })[0])).not.toContain('shared-readers-above-limit');
  });

  it('warns on on-demand standard when peak is more than twice the average', () => {
    expect(codes(run({ avgIngressMiBps: 10, peakIngressMiBps: 20 })[1])).not.toContain('on-demand-peak-above-twice-average');
    const [p, d, a] = run({ avgIngressMiBps: 10, peakIngressMiBps: 21 });
    expect(codes(d)).toContain('on-demand-peak-above-twice-average');
    expect(d?.warnings.find((w) => w.code === 'on-demand-peak-above-twice-average')?.message).toContain('2.1 ×');
    expect(codes(p)).not.toContain('on-demand-peak-above-twice-average');
    expect(codes(a)).not.toContain('on-demand-peak-above-twice-average');
  });

  it('always states the Advantage commitment, with its 64,160 GB', () => {
    const message = run({ avgIngressMiBps: 100, peakIngressMiBps: 100 })[2]?.warnings.find(
      (w) => w.code === 'advantage-commitment',
    )?.message;
    expect(message).toContain('64,160');
    expect(message).toContain('per account');
  });

  it('makes a mode unavailable with more enhanced fan-out consumers than a stream registers: 20, or 50 with Advantage, its cost still shown', () => {
    const at = (n: number) =>
      run({}, { consumers: n, enhancedFanOut: true }).map((a) => (a.available ? 'available' : (a.unavailable?.code ?? 'no reason')));
    expect(at(20)).toEqual(['available', 'available', 'available']);
    expect(at(21)).toEqual(['efo-consumers-above-maximum', 'efo-consumers-above-maximum', 'available']);
    expect(at(51)).toEqual(['efo-consumers-above-maximum', 'efo-consumers-above-maximum', 'efo-consumers-above-maximum']);
    for (const a of run({}, { consumers: 21, enhancedFanOut: true }).slice(0, 2)) {
      expect(a.monthlyCostUsd?.total).toBeGreaterThan(0);
      expect(codes(a)).not.toContain('efo-consumers-above-maximum');
    }
    expect(run({}, { consumers: 30 }).some((a) => codes(a).includes('efo-consumers-above-maximum'))).toBe(false);
  });

  it('says partitions are only a hint when there are more partitions than shards', () => {
    expect(codes(run({ partitions: 300 })[0])).toContain('partitions-are-a-hint');
    expect(codes(run({ partitions: 36 })[0])).not.toContain('partitions-are-a-hint');
  });

  it('warns of retention outside Kinesis’ 24 to 8,760 hours', () => {
    expect(codes(run({ retentionHours: 12 })[1])).toContain('retention-below-minimum');
    expect(codes(run({ retentionHours: 9000 })[0])).toContain('retention-above-maximum');
    expect(codes(run({ retentionHours: 168 })[0]).filter((c) => c.startsWith('retention'))).toEqual([]);
  });
});

describe('derivations', () => {
  it('give every cost line as steps that add up to it, and the total step equals the total', () => {
    for (const a of run({ retentionHours: 400, discountPct: 15 }, { recordSizeKiB: 3, consumers: 4, enhancedFanOut: true })) {
      const cost = a.monthlyCostUsd;
      if (cost === null) throw new Error(`${a.id} unpriced`);
      for (const line of ['capacity', 'dataIn', 'dataOut', 'retention', 'enhancedFanOut'] as const) {
        const sum = a.derivation.filter((s) => s.key.startsWith(`${line}.`)).reduce((t, s) => t + s.value, 0);
        expect(sum).toBeCloseTo(cost[line], 9);
      }
      expect(a.derivation.find((s) => s.key === 'total')?.value).toBe(cost.total);
      expect(
        a.derivation.filter((s) => s.unit === 'USD/month' && s.key !== 'total').every((s) => s.formula.includes('15 % discount')),
      ).toBe(true);
    }
  });

  it('writes the figures a user can check: example 1’s shards and data written', () => {
    const steps = run({}, { consumers: 3, headroomPct: 0 })[0]?.derivation ?? [];
    expect(steps.find((s) => s.key === 'inGb')?.formula).toBe('10 MiB/s × 2,628,000 s ÷ 1,024');
    expect(steps.find((s) => s.key === 'shards')?.formula).toBe('ceil(max(20, 20.48, 30) × (1 + 0 % headroom)), at least 1');
    expect(steps.find((s) => s.key === 'capacity.shardHours')?.formula).toBe('30 shards × 730 h × $0.015 per shard-hour');
  });
});
