/**
 * Provisioned shards (SPEC §15): whichever of peak MiB/s written, peak records written or shared reads
 * needs the most shards, plus headroom; and what a provisioned stream costs beyond shard-hours.
 */
import { describe, expect, it } from 'vitest';
import { sizeKinesisAlternatives } from '../../../src/domain/kinesis/size-kinesis';
import type { KinesisWorkload } from '../../../src/domain/kinesis/kinesis-result';
import type { KinesisOptions } from '../../../src/domain/kinesis/kinesis-schema';
import { gb, LIMITS, options, US_EAST_1, workload } from './kinesis-fixtures';

function provisioned(w: Partial<KinesisWorkload>, o: Partial<KinesisOptions>) {
  const [alternative] = sizeKinesisAlternatives(workload(w), options(o), US_EAST_1, LIMITS, 'us-east-1');
  if (alternative === undefined) throw new Error('no provisioned alternative');
  return alternative;
}

describe('provisioned shards', () => {
  it('are write-bound for large records and one reader: 37.5 MiB/s needs ceil(37.5) = 38 shards', () => {
    // records: 37.5 × 1,024 ÷ 64 = 600 records/s → 0.6 shards; reads: 1 × 37.5 ÷ 2 = 18.75 shards.
    expect(provisioned({ avgIngressMiBps: 20, peakIngressMiBps: 37.5 }, { recordSizeKiB: 64, consumers: 1, headroomPct: 0 }).shards).toBe(
      38,
    );
  });

  it('are record-bound for small records: 10 MiB/s of 1 KiB records is 10,240 records/s, ceil(10.24) = 11 shards', () => {
    // write: 10 ÷ 1 = 10 shards; reads: 2 × 10 ÷ 2 = 10 shards; records: 10,240 ÷ 1,000 = 10.24.
    expect(provisioned({ avgIngressMiBps: 5, peakIngressMiBps: 10 }, { recordSizeKiB: 1, consumers: 2, headroomPct: 0 }).shards).toBe(11);
  });

  it('are read-bound with many polling consumers: 4 × 10 MiB/s ÷ 2 = 20 shards', () => {
    expect(provisioned({ avgIngressMiBps: 5, peakIngressMiBps: 10 }, { recordSizeKiB: 4, consumers: 4, headroomPct: 0 }).shards).toBe(20);
  });

  it('drop the shared reads with enhanced fan-out: the same 4 consumers need only the 10 write shards', () => {
    expect(
      provisioned({ avgIngressMiBps: 5, peakIngressMiBps: 10 }, { recordSizeKiB: 4, consumers: 4, headroomPct: 0, enhancedFanOut: true })
        .shards,
    ).toBe(10);
  });

  it('add headroom before rounding up: 30 × 1.2 = 36 shards exactly, 225 × 1.2 = 270, 10.24 × 1.2 = 12.288 → 13', () => {
    expect(provisioned({ avgIngressMiBps: 10, peakIngressMiBps: 20 }, { consumers: 3, headroomPct: 20 }).shards).toBe(36);
    expect(provisioned({ avgIngressMiBps: 100, peakIngressMiBps: 150 }, { recordSizeKiB: 8, consumers: 3, headroomPct: 20 }).shards).toBe(
      270,
    );
    expect(provisioned({ avgIngressMiBps: 5, peakIngressMiBps: 10 }, { consumers: 2, headroomPct: 20 }).shards).toBe(13);
  });

  it('are at least 1, however small the workload', () => {
    expect(
      provisioned({ avgIngressMiBps: 0.001, peakIngressMiBps: 0.001 }, { recordSizeKiB: 100, consumers: 0, headroomPct: 0 }).shards,
    ).toBe(1);
  });

  it('take consumers from the consumer groups, else round(peak egress ÷ peak ingress)', () => {
    // round(26 ÷ 10) = round(2.6) = 3 readers × 10 MiB/s ÷ 2 = 15 shards; 5 consumer groups × 10 ÷ 2 = 25.
    expect(
      provisioned({ avgIngressMiBps: 5, peakIngressMiBps: 10, peakEgressMiBps: 26 }, { recordSizeKiB: 4, headroomPct: 0 }).shards,
    ).toBe(15);
    expect(
      provisioned(
        { avgIngressMiBps: 5, peakIngressMiBps: 10, peakEgressMiBps: 26, consumerGroups: 5 },
        { recordSizeKiB: 4, headroomPct: 0 },
      ).shards,
    ).toBe(25);
  });
});

describe('provisioned costs', () => {
  it('count PUT payload units of 25 KB: a 60 KiB record is ceil(60 ÷ 25) = 3 units', () => {
    const a = provisioned({ avgIngressMiBps: 6, peakIngressMiBps: 6 }, { recordSizeKiB: 60, consumers: 1, headroomPct: 0 });
    // 6 × 1,024 ÷ 60 = 102.4 records/s × 2,628,000 s × 3 units ÷ 10^6 × $0.014.
    expect(a.monthlyCostUsd?.dataIn).toBeCloseTo(((102.4 * 2_628_000 * 3) / 1e6) * 0.014, 9);
  });

  it('charge extended retention on every shard above 24 hours and long-term retention per GB-month beyond 7 days', () => {
    const a = provisioned(
      { avgIngressMiBps: 10, peakIngressMiBps: 10, retentionHours: 240 },
      { recordSizeKiB: 100, consumers: 1, headroomPct: 0 },
    );
    // 10 shards; kept beyond 168 h: in × (240 − 168) ÷ 730 GB-month.
    expect(a.shards).toBe(10);
    expect(a.monthlyCostUsd?.retention).toBeCloseTo(10 * 730 * 0.02 + ((gb(10) * 72) / 730) * 0.023, 9);
    const day = provisioned(
      { avgIngressMiBps: 10, peakIngressMiBps: 10, retentionHours: 24 },
      { recordSizeKiB: 100, consumers: 1, headroomPct: 0 },
    );
    expect(day.monthlyCostUsd?.retention).toBe(0);
  });

  it('charge enhanced fan-out per consumer-shard-hour and per GB read', () => {
    const a = provisioned(
      { avgIngressMiBps: 4, peakIngressMiBps: 8 },
      { recordSizeKiB: 8, consumers: 3, headroomPct: 0, enhancedFanOut: true },
    );
    expect(a.shards).toBe(8);
    expect(a.monthlyCostUsd?.enhancedFanOut).toBeCloseTo(3 * 8 * 730 * 0.015 + 3 * gb(4) * 0.013, 9);
    expect(a.monthlyCostUsd?.dataOut).toBe(0);
  });

  it('apply the discount to every line: 25 % off example 1 is 0.75 × $705.25', () => {
    const full = provisioned({ avgIngressMiBps: 10, peakIngressMiBps: 20 }, { consumers: 3, headroomPct: 0 }).monthlyCostUsd;
    const cut = provisioned(
      { avgIngressMiBps: 10, peakIngressMiBps: 20, discountPct: 25 },
      { consumers: 3, headroomPct: 0 },
    ).monthlyCostUsd;
    expect(cut?.capacity).toBeCloseTo(0.75 * 30 * 730 * 0.015, 9);
    expect(cut?.dataIn).toBeCloseTo(0.75 * (full?.dataIn ?? 0), 9);
    expect(cut?.total).toBeCloseTo(0.75 * (328.5 + 376.75008), 9);
  });
});
