/** On-demand standard and Advantage (SPEC §15): whole-KiB records, retention bands, enhanced fan-out, the floor. */
import { describe, expect, it } from 'vitest';
import { sizeKinesisAlternatives } from '../../../src/domain/kinesis/size-kinesis';
import type { KinesisWorkload } from '../../../src/domain/kinesis/kinesis-result';
import type { KinesisOptions } from '../../../src/domain/kinesis/kinesis-schema';
import { gb, LIMITS, options, US_EAST_1, workload } from './kinesis-fixtures';

function alternatives(w: Partial<KinesisWorkload>, o: Partial<KinesisOptions>, region = 'us-east-1') {
  const [, onDemand, advantage] = sizeKinesisAlternatives(workload(w), options(o), US_EAST_1, LIMITS, region);
  if (onDemand === undefined || advantage === undefined) throw new Error('missing alternatives');
  return { onDemand, advantage };
}

describe('on-demand data in (in′)', () => {
  it('bills a 0.5 KiB record as 1 KiB: twice the GB written', () => {
    // A record under 1 KiB cannot be entered (SPEC §15: 1–10,240 KiB), but the rule is the billing's.
    const { onDemand } = alternatives({ avgIngressMiBps: 10 }, { recordSizeKiB: 0.5, consumers: 1 });
    expect(onDemand.monthlyCostUsd?.dataIn).toBeCloseTo(gb(10) * 2 * 0.08, 9);
  });

  it('bills a 1.5 KiB record as 2 KiB: in × 2 ÷ 1.5', () => {
    const { onDemand, advantage } = alternatives({ avgIngressMiBps: 30 }, { recordSizeKiB: 1.5, consumers: 1 });
    expect(onDemand.monthlyCostUsd?.dataIn).toBeCloseTo(((gb(30) * 2) / 1.5) * 0.08, 9);
    // 30 MiB/s × 4 ÷ 3 = 40 MiB/s billed, above the 25 MiB/s floor.
    expect(advantage.monthlyCostUsd?.dataIn).toBeCloseTo(((gb(30) * 2) / 1.5) * 0.032, 9);
  });

  it('bills whole-KiB records as they are, and reads never rounded', () => {
    const { onDemand } = alternatives({ avgIngressMiBps: 10 }, { recordSizeKiB: 8, consumers: 2 });
    expect(onDemand.monthlyCostUsd?.dataIn).toBeCloseTo(gb(10) * 0.08, 9);
    expect(onDemand.monthlyCostUsd?.dataOut).toBeCloseTo(2 * gb(10) * 0.04, 9);
  });
});

describe('on-demand retention', () => {
  it('prices 24 h → 7 d at the extended rate and beyond 7 d at the long-term rate: 240 h = 144 h + 72 h', () => {
    const { onDemand, advantage } = alternatives({ avgIngressMiBps: 10, retentionHours: 240 }, { consumers: 1 });
    expect(onDemand.monthlyCostUsd?.retention).toBeCloseTo(((gb(10) * 144) / 730) * 0.1 + ((gb(10) * 72) / 730) * 0.023, 9);
    // Advantage: one rate for everything beyond 24 hours, 216 h.
    expect(advantage.monthlyCostUsd?.retention).toBeCloseTo(((gb(10) * 216) / 730) * 0.023, 9);
  });

  it('charges nothing for 24 hours or less, and prices no more than the 8,760-hour maximum', () => {
    expect(alternatives({ retentionHours: 12 }, {}).onDemand.monthlyCostUsd?.retention).toBe(0);
    const year = alternatives({ retentionHours: 8760 }, {}).onDemand.monthlyCostUsd?.retention;
    expect(alternatives({ retentionHours: 20_000 }, {}).onDemand.monthlyCostUsd?.retention).toBeCloseTo(year ?? NaN, 9);
  });
});

describe('on-demand enhanced fan-out and Advantage', () => {
  it('prices enhanced fan-out reads at efoDataOutPerGb on the enhanced fan-out line', () => {
    const { onDemand, advantage } = alternatives({ avgIngressMiBps: 40 }, { consumers: 2, enhancedFanOut: true });
    expect(onDemand.monthlyCostUsd?.enhancedFanOut).toBeCloseTo(2 * gb(40) * 0.05, 9);
    expect(onDemand.monthlyCostUsd?.dataOut).toBe(0);
    expect(advantage.monthlyCostUsd?.enhancedFanOut).toBeCloseTo(2 * gb(40) * 0.016, 9);
  });

  it('bills Advantage at the floor both ways for a small stream, with no stream-hour', () => {
    const floorGb = (25 * 2_628_000) / 1024;
    const { advantage } = alternatives({ avgIngressMiBps: 1 }, { consumers: 1 });
    expect(advantage.monthlyCostUsd?.capacity).toBe(0);
    expect(advantage.monthlyCostUsd?.dataIn).toBeCloseTo(floorGb * 0.032, 9);
    expect(advantage.monthlyCostUsd?.dataOut).toBeCloseTo(floorGb * 0.016, 9);
    expect(advantage.warnings.map((w) => w.code)).toContain('advantage-commitment');
  });
});

describe('the on-demand stream maximum', () => {
  it('makes both on-demand modes unavailable above 200 MB/s of writes in a smaller region, still priced', () => {
    const { onDemand, advantage } = alternatives({ avgIngressMiBps: 150, peakIngressMiBps: 250 }, { consumers: 1 }, 'ap-south-1');
    for (const a of [onDemand, advantage]) {
      expect(a.available).toBe(false);
      expect(a.unavailable?.code).toBe('above-stream-maximum');
      expect(a.unavailable?.message).toContain('200 MB/s');
      expect(a.monthlyCostUsd).not.toBeNull();
    }
  });

  it('takes 250 MiB/s in us-east-1 (10,000 MB/s there)', () => {
    expect(alternatives({ avgIngressMiBps: 150, peakIngressMiBps: 250 }, { consumers: 1 }).onDemand.available).toBe(true);
  });

  it('counts shared reads against the read maximum, and not enhanced fan-out reads: 3 × 150 MiB/s > 400 MB/s', () => {
    expect(
      alternatives({ avgIngressMiBps: 100, peakIngressMiBps: 150 }, { consumers: 3 }, 'ap-south-1').onDemand.unavailable?.message,
    ).toContain('450 MiB/s');
    expect(
      alternatives({ avgIngressMiBps: 100, peakIngressMiBps: 150 }, { consumers: 3, enhancedFanOut: true }, 'ap-south-1').onDemand
        .available,
    ).toBe(true);
  });
});
