/**
 * SPEC §15's two worked examples (us-east-1, headroom 0), computed here by hand from the us-east-1
 * prices in kinesis-fixtures.ts (copied from src/data/aws-prices.json). The SPEC gives rounded figures;
 * each is checked to $1, and each line exactly against the arithmetic written beside it.
 */
import { describe, expect, it } from 'vitest';
import { sizeKinesisAlternatives } from '../../../src/domain/kinesis/size-kinesis';
import { LIMITS, options, US_EAST_1, workload } from './kinesis-fixtures';

describe('SPEC §15 example 1: 10 MiB/s average, 20 peak, 1 KiB records, 3 consumers, 24 h', () => {
  const [provisioned, onDemand, advantage] = sizeKinesisAlternatives(
    workload({ avgIngressMiBps: 10, peakIngressMiBps: 20, avgEgressMiBps: 30, peakEgressMiBps: 60, consumerGroups: 3, retentionHours: 24 }),
    options({ recordSizeKiB: 1, headroomPct: 0 }),
    US_EAST_1,
    LIMITS,
    'us-east-1',
  );
  // in = 10 MiB/s × 2,628,000 s ÷ 1,024 = 25,664.0625 GB; out = 3 × in = 76,992.1875 GB.
  const inGb = (10 * 2_628_000) / 1024;
  const outGb = 3 * inGb;

  it('needs 30 shards for shared reads: max(20 ÷ 1, 20,480 ÷ 1,000, 3 × 20 ÷ 2) = max(20, 20.48, 30)', () => {
    expect(provisioned?.shards).toBe(30);
    expect(provisioned?.derivation.find((s) => s.key === 'shardsForRecords')?.value).toBeCloseTo(20.48, 10);
  });

  it('prices provisioned at ≈ $705: 30 × 730 × $0.015 = $328.50 of shards + 10,240 records/s × 2,628,000 ÷ 10^6 × $0.014 = $376.75 of PUT units', () => {
    const cost = provisioned?.monthlyCostUsd;
    expect(cost?.capacity).toBeCloseTo(30 * 730 * 0.015, 9); // 328.5
    expect(cost?.dataIn).toBeCloseTo(((10_240 * 2_628_000 * 1) / 1e6) * 0.014, 9); // 376.75008
    expect(cost?.dataOut).toBe(0);
    expect(cost?.retention).toBe(0);
    expect(cost?.enhancedFanOut).toBe(0);
    expect(cost?.total).toBeCloseTo(328.5 + 376.75008, 9);
    expect(Math.abs((cost?.total ?? 0) - 705)).toBeLessThan(1);
  });

  it('prices on-demand standard at ≈ $5,162: 730 × $0.04 + 25,664.0625 GB × $0.08 + 76,992.1875 GB × $0.04', () => {
    const cost = onDemand?.monthlyCostUsd;
    expect(cost?.capacity).toBeCloseTo(730 * 0.04, 9); // 29.2
    expect(cost?.dataIn).toBeCloseTo(inGb * 0.08, 9); // 2,053.125
    expect(cost?.dataOut).toBeCloseTo(outGb * 0.04, 9); // 3,079.6875
    expect(cost?.total).toBeCloseTo(29.2 + 2053.125 + 3079.6875, 9); // 5,162.0125
    expect(Math.abs((cost?.total ?? 0) - 5162)).toBeLessThan(1);
  });

  it('prices Advantage at ≈ $3,285, ingest at the floor: 64,160.16 GB × $0.032 + 76,992.1875 GB × $0.016', () => {
    const floorGb = (25 * 2_628_000) / 1024; // 64,160.15625
    const cost = advantage?.monthlyCostUsd;
    expect(cost?.capacity).toBe(0);
    expect(cost?.dataIn).toBeCloseTo(floorGb * 0.032, 9); // 2,053.125
    expect(cost?.dataOut).toBeCloseTo(outGb * 0.016, 9); // 1,231.875
    expect(cost?.total).toBeCloseTo(2053.125 + 1231.875, 9); // 3,285
    expect(Math.abs((cost?.total ?? 0) - 3285)).toBeLessThan(1);
  });

  it('leaves all three available in us-east-1', () => {
    expect([provisioned?.available, onDemand?.available, advantage?.available]).toEqual([true, true, true]);
  });
});

describe('SPEC §15 example 2: 100 MiB/s average, 150 peak, 8 KiB records, 3 consumers, 72 h', () => {
  const [provisioned, onDemand, advantage] = sizeKinesisAlternatives(
    workload({ avgIngressMiBps: 100, peakIngressMiBps: 150, avgEgressMiBps: 300, peakEgressMiBps: 450, retentionHours: 72 }),
    options({ recordSizeKiB: 8, consumers: 3, headroomPct: 0 }),
    US_EAST_1,
    LIMITS,
    'us-east-1',
  );
  // in = 100 × 2,628,000 ÷ 1,024 = 256,640.625 GB; out = 769,921.875 GB; kept 24 h → 72 h: in × 48 ÷ 730 = 16,875 GB-month.
  const inGb = (100 * 2_628_000) / 1024;
  const outGb = 3 * inGb;
  const extendedGbMonth = (inGb * (72 - 24)) / 730;

  it('needs 225 shards: max(150 ÷ 1, 150 × 1,024 ÷ 8 ÷ 1,000, 3 × 150 ÷ 2) = max(150, 19.2, 225)', () => {
    expect(provisioned?.shards).toBe(225);
    expect(extendedGbMonth).toBe(16_875);
  });

  it('prices provisioned at ≈ $6,220: shards with extended retention, 225 × 730 × ($0.015 + $0.02), + 12,800 records/s of PUT units', () => {
    const cost = provisioned?.monthlyCostUsd;
    expect(cost?.capacity).toBeCloseTo(225 * 730 * 0.015, 9); // 2,463.75
    expect(cost?.retention).toBeCloseTo(225 * 730 * 0.02, 9); // 3,285
    expect(cost?.dataIn).toBeCloseTo(((12_800 * 2_628_000 * 1) / 1e6) * 0.014, 9); // 470.9376 (ceil(8 ÷ 25) = 1 unit)
    expect(cost?.total).toBeCloseTo(2463.75 + 3285 + 470.9376, 9); // 6,219.6876
    expect(Math.abs((cost?.total ?? 0) - 6220)).toBeLessThan(1);
  });

  it('prices on-demand standard at ≈ $53,045: 730 × $0.04 + in × $0.08 + out × $0.04 + 16,875 GB-month × $0.10', () => {
    const cost = onDemand?.monthlyCostUsd;
    expect(cost?.dataIn).toBeCloseTo(inGb * 0.08, 9); // 20,531.25
    expect(cost?.dataOut).toBeCloseTo(outGb * 0.04, 9); // 30,796.875
    expect(cost?.retention).toBeCloseTo(16_875 * 0.1, 9); // 1,687.5
    expect(cost?.total).toBeCloseTo(29.2 + 20_531.25 + 30_796.875 + 1687.5, 6); // 53,044.825
    expect(Math.abs((cost?.total ?? 0) - 53_045)).toBeLessThan(1);
  });

  it('prices Advantage at ≈ $20,919: in × $0.032 + out × $0.016 + 16,875 GB-month × $0.023, both above the floor', () => {
    const cost = advantage?.monthlyCostUsd;
    expect(cost?.dataIn).toBeCloseTo(inGb * 0.032, 9); // 8,212.5
    expect(cost?.dataOut).toBeCloseTo(outGb * 0.016, 9); // 12,318.75
    expect(cost?.retention).toBeCloseTo(16_875 * 0.023, 9); // 388.125
    expect(cost?.total).toBeCloseTo(8212.5 + 12_318.75 + 388.125, 6); // 20,919.375
    expect(Math.abs((cost?.total ?? 0) - 20_919)).toBeLessThan(1);
  });
});
