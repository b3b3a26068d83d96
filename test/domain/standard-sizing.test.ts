/**
 * MSK Standard sizing and pricing beyond AWS's own sizing logic (SPEC §4): 2 AZs, the broker safety
 * factor, TLS, lagging consumers, page cache, RF 1 and 2, tiered storage and provisioned throughput.
 *
 * Every expected value is worked by hand in the test from SPEC §4 and the bundled data:
 *   kafka.m5.large   EBS 81 MiB/s, NIC 96 MiB/s, 8 GiB, 1000 partitions   (aws-prices.json, awsSizingScript*)
 *   kafka.m5.4xlarge EBS 593.75, NIC 640, 64 GiB, 4000 partitions
 *   kafka.m7g.large  EBS 78.75, NIC 117, 8 GiB
 *   kafka.m7g.2xlarge EBS 312.5, NIC 469
 *   kafka.m5.24xlarge EBS 1000, NIC 3200
 *   us-east-1: kafka.m5.large $0.21/h, broker storage $0.10/GB-month, PST $0.08/MB/s-month,
 *              tiered $0.06/GB-month, cross-AZ $0.01/GB each direction (aws-prices.md §1, §2, §7).
 * Scenario defaults (SPEC §2): I 20, Ip 40, O 40, Op 80 MiB/s, RF 3, 168 h, 300 partitions, 3 AZs,
 * EBS fill 0.5, utilisation 0.5. Local storage provisioned = 20 × 168 × 3600 × 3 / 1024 / 0.5 = 70,875 GiB.
 */
import { describe, expect, it } from 'vitest';
import { standardCapacity, TLS_FACTOR, type StandardBrokerSpec } from '../../src/domain';
import {
  BUNDLED_PRICE_BOOK, constraintOf, costOf, makeScenario, optionOf, regionOf, sizeWith, specBrokers, specGibPerMonth,
} from '../support/factories';

function specOf(instanceType: string): StandardBrokerSpec {
  const spec = BUNDLED_PRICE_BOOK.standardBrokers.find((b) => b.instanceType === instanceType);
  if (!spec) throw new Error(`no spec ${instanceType}`);
  return spec;
}

const PLAIN = { tlsInTransit: false } as const;
const DEFAULT_ASSUMPTIONS = { tlsFactor: TLS_FACTOR, pageCacheShare: 0.5 };
const LOCAL_PROVISIONED_GIB = (20 * 168 * 3600 * 3) / 1024 / 0.5; // 70,875 GiB

describe('the figures these hand calculations use', () => {
  it('match the bundled data', () => {
    expect([specOf('kafka.m5.large').ebsThroughputMiBps, specOf('kafka.m5.large').nicThroughputMiBps, specOf('kafka.m5.large').memGiB]).toEqual([81, 96, 8]);
    expect([specOf('kafka.m5.4xlarge').ebsThroughputMiBps, specOf('kafka.m5.4xlarge').nicThroughputMiBps, specOf('kafka.m5.4xlarge').memGiB]).toEqual([593.75, 640, 64]);
    expect([specOf('kafka.m7g.large').ebsThroughputMiBps, specOf('kafka.m7g.large').nicThroughputMiBps]).toEqual([78.75, 117]);
    expect([specOf('kafka.m7g.2xlarge').ebsThroughputMiBps, specOf('kafka.m7g.2xlarge').nicThroughputMiBps]).toEqual([312.5, 469]);
    expect([specOf('kafka.m5.24xlarge').ebsThroughputMiBps, specOf('kafka.m5.24xlarge').nicThroughputMiBps]).toEqual([1000, 3200]);
    const r = regionOf('us-east-1');
    expect([r.mskBrokerHourly['kafka.m5.large'], r.mskStoragePerGbMonth, r.provisionedThroughputPerMiBpsMonth, r.tieredStoragePerGbMonth, r.crossAzPerGbEachDirection])
      .toEqual([0.21, 0.1, 0.08, 0.06, 0.01]);
    expect(TLS_FACTOR).toBe(0.7);
  });
});

describe('kafka.t3.small', () => {
  it('uses its EC2 baselines for throughput and is flagged for development and test', () => {
    const t3 = specOf('kafka.t3.small');
    // SPEC §4.1: ebsBaselineMBps = 21.75; networkBaselineGbps × 128 = 0.128 × 128 = 16.384 MiB/s
    expect(t3.ebsThroughputMiBps).toBe(21.75);
    expect(t3.nicThroughputMiBps).toBeCloseTo(0.128 * 128, 12);
    const option = optionOf(sizeWith(), 'msk-standard:kafka.t3.small');
    expect(option.warnings.some((w) => /development and test/i.test(w) && /CPU credits/i.test(w))).toBe(true);
  });
});

describe('two availability zones', () => {
  const s = makeScenario({ ...PLAIN, availabilityZones: 2 });

  it('uses AZS = 2 in the storage and network factors', () => {
    const cap = standardCapacity(s, specOf('kafka.m5.large'), DEFAULT_ASSUMPTIONS);
    // storageF = AZS + AZS + lag + 3 = 2 + 2 + 0.5 + 3 = 7.5
    expect(cap.storageFactor).toBeCloseTo(7.5, 12);
    // netF = fanOut × AZS + 2.2 × AZS / 1.5 + lag + 3 = (80/40) × 2 + 2.2 × 2 / 1.5 + 0.5 + 3 = 10.4333…
    const netF = 2 * 2 + (2.2 * 2) / 1.5 + 0.5 + 3;
    expect(cap.networkFactor).toBeCloseTo(netF, 12);
    // by storage 81 / 7.5 = 10.8; by network 96 / 10.4333 = 9.2013 → network-limited; × utilisation 0.5
    expect(cap.limitedBy).toBe('network');
    expect(cap.ingressCapMiBps).toBeCloseTo((96 / netF) * 0.5, 12);
  });

  it('rounds kafka.m5.large up to 10 brokers, a multiple of 2', () => {
    const option = optionOf(sizeWith({ ...PLAIN, availabilityZones: 2 }), 'msk-standard:kafka.m5.large');
    const netF = 2 * 2 + (2.2 * 2) / 1.5 + 0.5 + 3;
    const ingressCap = (96 / netF) * 0.5; // 4.6006 MiB/s
    // ingress: ceil(40 / 4.6006) = ceil(8.69) = 9 → 10; egress: 80 / (2 × 4.6006) → 9 → 10
    // partitions: 300 × 3 / 1000 → 1 → 2; storage: 70,875 / 16,384 = 4.33 → 5 → 6
    expect(Object.fromEntries(option.constraints.map((c) => [c.name, c.brokersNeeded]))).toEqual({ ingress: 10, egress: 10, partitions: 2, storage: 6 });
    expect(constraintOf(option, 'ingress')?.capacityPerBroker).toBeCloseTo(ingressCap, 12);
    expect(option.brokers).toBe(10);
    expect(option.bottleneck).toBe('ingress'); // ingress and egress tie at 10; ingress comes first
  });

  it('rounds kafka.m5.4xlarge up to 6 brokers, limited by storage', () => {
    const option = optionOf(sizeWith({ ...PLAIN, availabilityZones: 2 }), 'msk-standard:kafka.m5.4xlarge');
    // ingress cap = 640 / 10.4333 × 0.5 = 30.67 → 40 / 30.67 = 1.30 → 2 → 2; storage 5 → 6
    expect(option.brokers).toBe(6);
    expect(option.bottleneck).toBe('storage');
  });

  it('gives every Standard and self-managed option an even broker count', () => {
    const result = sizeWith({ availabilityZones: 2 });
    for (const o of result.options.filter((x) => x.deployment === 'msk-standard' || x.deployment === 'self-managed')) {
      expect(o.brokers ?? Number.NaN, o.id).toBeGreaterThanOrEqual(4); // RF 3 rounded up to 2 AZs = 4
      expect((o.brokers ?? Number.NaN) % 2, o.id).toBe(0);
      for (const c of o.constraints) expect(c.brokersNeeded % 2, `${o.id} ${c.name}`).toBe(0);
    }
  });

  it('makes every Express option unavailable, with no brokers and no cost', () => {
    const result = sizeWith({ availabilityZones: 2 });
    const express = result.options.filter((o) => o.deployment === 'msk-express');
    expect(express).toHaveLength(7);
    for (const o of express) {
      expect(o.available).toBe(false);
      expect(o.unavailableReason).toMatch(/3 availability zones/);
      expect(o.brokers).toBeNull();
      expect(o.monthlyCostUsd).toBeNull();
    }
    expect(result.recommendations.byClass['msk-express']).toBeNull();
  });

  it('charges MSK only producer cross-AZ traffic (half of ingress), not replication', () => {
    const cost = costOf(optionOf(sizeWith({ ...PLAIN, availabilityZones: 2 }), 'msk-standard:kafka.m5.large'));
    // producers: 20 × 1/2 MiB/s = 25,664.0625 GiB/month; consumers 0 (RF 3 ≥ 2 AZs); × $0.01 × 2 = $513.28125
    expect(cost.crossAz).toBeCloseTo(specGibPerMonth(10) * 0.01 * 2, 6);
    expect(cost.crossAz).toBeCloseTo(513.28125, 6);
  });
});

describe('broker safety factor', () => {
  // kafka.m5.large, 3 AZs, TLS off: ingress cap = 96 / 8.7 × 0.5 = 5.517; raw need = ceil(40 / 5.517) = ceil(7.25) = 8
  it.each([
    [0, 9], // ceil((8 + 0) / 3) × 3 = 9
    [1, 9], // ceil(9 / 3) × 3 = 9: added before rounding, so one spare broker fits in the rounding slack
    [2, 12], // ceil(10 / 3) × 3 = 12
    [4, 12], // ceil(12 / 3) × 3 = 12
    [5, 15], // ceil(13 / 3) × 3 = 15
  ])('with %i spare brokers gives kafka.m5.large %i brokers', (safety, expected) => {
    const option = optionOf(sizeWith({ ...PLAIN, brokerSafetyFactor: safety }), 'msk-standard:kafka.m5.large');
    expect(option.brokers).toBe(expected);
    // the constraints themselves do not include the spare brokers
    expect(constraintOf(option, 'ingress')?.brokersNeeded).toBe(9);
  });

  it('is added before rounding to 2 AZs too', () => {
    // 2 AZs: raw need 9 (see above); + 1 = 10 → 10; + 2 = 11 → 12
    expect(optionOf(sizeWith({ ...PLAIN, availabilityZones: 2, brokerSafetyFactor: 1 }), 'msk-standard:kafka.m5.large').brokers).toBe(10);
    expect(optionOf(sizeWith({ ...PLAIN, availabilityZones: 2, brokerSafetyFactor: 2 }), 'msk-standard:kafka.m5.large').brokers).toBe(12);
  });

  it('applies to self-managed Kafka the same way', () => {
    expect(optionOf(sizeWith({ ...PLAIN, brokerSafetyFactor: 2 }), 'self-managed:m5.large').brokers).toBe(12);
  });
});

describe('TLS in transit', () => {
  it('multiplies a network-limited broker\'s ingress capacity by TLS_FACTOR 0.7', () => {
    const option = optionOf(sizeWith({ tlsInTransit: true }), 'msk-standard:kafka.m5.large');
    const cap = (96 / 8.7) * 0.7 * 0.5; // min(81/6.5, 96/8.7) × 0.7 × 0.5 = 3.862 MiB/s
    expect(constraintOf(option, 'ingress')?.capacityPerBroker).toBeCloseTo(cap, 12);
    expect(constraintOf(option, 'egress')?.capacityPerBroker).toBeCloseTo(2 * cap, 12); // (Op/Ip) × ingressCap
    // ceil(40 / 3.862) = ceil(10.36) = 11 → 12
    expect(option.brokers).toBe(12);
  });

  it('multiplies a storage-limited broker\'s ingress capacity by TLS_FACTOR too', () => {
    const option = optionOf(sizeWith({ tlsInTransit: true }), 'msk-standard:kafka.m7g.large');
    // by storage 78.75 / 6.5 = 12.115 < by network 117 / 8.7 = 13.448; × 0.7 × 0.5 = 4.240
    const cap = (78.75 / 6.5) * 0.7 * 0.5;
    expect(constraintOf(option, 'ingress')?.capacityPerBroker).toBeCloseTo(cap, 12);
    // ceil(40 / 4.240) = ceil(9.43) = 10 → 12
    expect(option.brokers).toBe(12);
  });

  it('uses the tlsFactor of a custom assumptions object', () => {
    const assumptions = { tlsFactor: 0.5, pageCacheShare: 0.5 };
    const result = sizeWith({ tlsInTransit: true }, BUNDLED_PRICE_BOOK, assumptions);
    const option = optionOf(result, 'msk-standard:kafka.m5.large');
    const cap = (96 / 8.7) * 0.5 * 0.5; // 2.759 MiB/s
    expect(constraintOf(option, 'ingress')?.capacityPerBroker).toBeCloseTo(cap, 12);
    // ceil(40 / 2.759) = ceil(14.5) = 15 → 15
    expect(option.brokers).toBe(15);
    expect(result.assumptions).toEqual({ tlsFactor: 0.5, pageCacheShare: 0.5 });
  });

  it('ignores the tlsFactor when TLS is off', () => {
    const option = optionOf(sizeWith(PLAIN, BUNDLED_PRICE_BOOK, { tlsFactor: 0.5, pageCacheShare: 0.5 }), 'msk-standard:kafka.m5.large');
    expect(constraintOf(option, 'ingress')?.capacityPerBroker).toBeCloseTo((96 / 8.7) * 0.5, 12);
    expect(option.brokers).toBe(9); // ceil(7.25) = 8 → 9
  });
});

describe('lagging consumers', () => {
  it('puts laggingConsumerPct/100 × Op/Ip in both factors', () => {
    const s = makeScenario({ ...PLAIN, laggingConsumerPct: 50 });
    const cap = standardCapacity(s, specOf('kafka.m7g.large'), DEFAULT_ASSUMPTIONS);
    // lag = 50/100 × 80/40 = 1; storageF = 1.5 + 1.5 + 1 + 3 = 7; netF = 2 × 1.5 + 2.2 + 1 + 3 = 9.2
    expect(cap.storageFactor).toBeCloseTo(7, 12);
    expect(cap.networkFactor).toBeCloseTo(9.2, 12);
    // by storage 78.75 / 7 = 11.25 < by network 117 / 9.2 = 12.72 → 11.25 × 0.5 = 5.625
    expect(cap.limitedBy).toBe('storage');
    expect(cap.ingressCapMiBps).toBeCloseTo(5.625, 12);
  });

  it('puts no lagging term in the factors when laggingConsumerPct is 0', () => {
    const cap = standardCapacity(makeScenario({ ...PLAIN, laggingConsumerPct: 0 }), specOf('kafka.m5.large'), DEFAULT_ASSUMPTIONS);
    expect(cap.storageFactor).toBeCloseTo(1.5 + 1.5 + 0 + 3, 12); // 6
    expect(cap.networkFactor).toBeCloseTo(2 * 1.5 + 2.2 + 0 + 3, 12); // 8.2
  });

  it('can need more brokers than the built-in allowance when consumers lag a lot', () => {
    const heavy = { ...PLAIN, avgEgressMiBps: 40, peakEgressMiBps: 160 }; // fan-out 160/40 = 4
    // null: lag 0.5, netF = 4 × 1.5 + 2.2 + 0.5 + 3 = 11.7 → cap 96 / 11.7 × 0.5 = 4.103 → ceil(9.75) = 10 → 12
    expect(optionOf(sizeWith({ ...heavy, laggingConsumerPct: null }), 'msk-standard:kafka.m5.large').brokers).toBe(12);
    // 100 %: lag = 1 × 4 = 4, netF = 6 + 2.2 + 4 + 3 = 15.2 (storageF 10: 81/10 = 8.1 > 96/15.2 = 6.32)
    //        → cap 96 / 15.2 × 0.5 = 3.158 → ceil(12.67) = 13 → 15
    const option = optionOf(sizeWith({ ...heavy, laggingConsumerPct: 100 }), 'msk-standard:kafka.m5.large');
    expect(constraintOf(option, 'ingress')?.capacityPerBroker).toBeCloseTo((96 / 15.2) * 0.5, 12);
    expect(option.brokers).toBe(15);
  });
});

describe('page cache (ramCacheSeconds)', () => {
  // page cache needed = Ip × RF × s / 1024 = 40 × 3 × 600 / 1024 = 70.3125 GiB
  const pageCache = (40 * 3 * 600) / 1024;

  it('adds a memory constraint at memGiB × 0.5 per broker', () => {
    const result = sizeWith({ ...PLAIN, ramCacheSeconds: 600 });
    const m5l = optionOf(result, 'msk-standard:kafka.m5.large');
    const memory = constraintOf(m5l, 'memory');
    expect(memory?.demand).toBe(pageCache);
    expect(memory?.capacityPerBroker).toBe(8 * 0.5); // 4 GiB
    expect(memory?.unit).toBe('GiB');
    // ceil(70.3125 / 4) = ceil(17.58) = 18 → 18 (ingress alone needs 9)
    expect(m5l.brokers).toBe(18);
    expect(m5l.bottleneck).toBe('memory');
    const m5x4 = optionOf(result, 'msk-standard:kafka.m5.4xlarge');
    // 64 × 0.5 = 32 GiB: ceil(70.3125 / 32) = 3 → 3; storage still needs 6
    expect(constraintOf(m5x4, 'memory')?.brokersNeeded).toBe(3);
    expect(m5x4.brokers).toBe(6);
  });

  it('uses the pageCacheShare of a custom assumptions object', () => {
    const option = optionOf(sizeWith({ ...PLAIN, ramCacheSeconds: 600 }, BUNDLED_PRICE_BOOK, { tlsFactor: 0.7, pageCacheShare: 0.25 }), 'msk-standard:kafka.m5.large');
    // 8 × 0.25 = 2 GiB per broker: ceil(70.3125 / 2) = 36 → 36
    expect(constraintOf(option, 'memory')?.capacityPerBroker).toBe(2);
    expect(option.brokers).toBe(36);
  });

  it('has no memory constraint when ramCacheSeconds is null', () => {
    const option = optionOf(sizeWith({ ...PLAIN, ramCacheSeconds: null }), 'msk-standard:kafka.m5.large');
    expect(constraintOf(option, 'memory')).toBeUndefined();
  });
});

describe('replication factor 1 and 2', () => {
  const tiny = { ...PLAIN, avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1, partitions: 1, retentionHours: 1 };

  it.each([
    // every constraint needs 1 raw broker → AZ; at least RF rounded up to AZ
    [1, 3, 3], // max(3, ceil(1/3) × 3 = 3)
    [2, 3, 3], // max(3, ceil(2/3) × 3 = 3)
    [3, 3, 3],
    [1, 2, 2], // max(2, ceil(1/2) × 2 = 2)
    [2, 2, 2], // max(2, 2)
    [3, 2, 4], // max(2, ceil(3/2) × 2 = 4)
  ])('RF %i over %i AZs needs at least %i brokers on every Standard size', (rf, az, expected) => {
    const result = sizeWith({ ...tiny, replicationFactor: rf, availabilityZones: az });
    for (const o of result.options.filter((x) => x.deployment === 'msk-standard' || x.deployment === 'self-managed')) {
      expect(o.brokers, o.id).toBe(expected);
    }
  });

  it('prices RF 1 storage for one copy and charges consumers two thirds across AZs', () => {
    const option = optionOf(sizeWith({ ...PLAIN, replicationFactor: 1 }), 'msk-standard:kafka.m5.large');
    const cost = costOf(option);
    // provisioned = 20 × 168 × 3600 × 1 / 1024 / 0.5 = 23,625 GiB × $0.10 = $2,362.50
    expect(cost.storage).toBeCloseTo(2_362.5, 6);
    // partitions demand = 300 × 1
    expect(constraintOf(option, 'partitions')?.demand).toBe(300);
    // producers 20 × 2/3 + consumers 40 × 2/3 MiB/s, replication 0 → (34,218.75 + 68,437.5) × $0.02 = $2,053.125
    expect(cost.crossAz).toBeCloseTo((specGibPerMonth((20 * 2) / 3) + specGibPerMonth((40 * 2) / 3)) * 0.02, 6);
    expect(cost.crossAz).toBeCloseTo(2_053.125, 6);
  });

  it('prices RF 2 storage for two copies and does not charge MSK for replication across AZs', () => {
    const option = optionOf(sizeWith({ ...PLAIN, replicationFactor: 2 }), 'msk-standard:kafka.m5.large');
    const cost = costOf(option);
    // provisioned = 47,250 GiB × $0.10 = $4,725
    expect(cost.storage).toBeCloseTo(4_725, 6);
    expect(constraintOf(option, 'partitions')?.demand).toBe(600);
    // producers 20 × 2/3 + consumers 40 × 1/3 MiB/s = 34,218.75 + 34,218.75 GiB × $0.02 = $1,368.75
    expect(cost.crossAz).toBeCloseTo(1_368.75, 6);
  });
});

describe('tiered storage', () => {
  const tiered = { ...PLAIN, retentionHours: 168, localRetentionHours: 24 };

  it('adds the 1.5 tiering factor to both factors', () => {
    const cap = standardCapacity(makeScenario(tiered), specOf('kafka.m5.large'), DEFAULT_ASSUMPTIONS);
    expect(cap.storageFactor).toBeCloseTo(6.5 + 1.5, 12); // 8
    expect(cap.networkFactor).toBeCloseTo(8.7 + 1.5, 12); // 10.2
    // 81 / 8 = 10.125 > 96 / 10.2 = 9.41 → network; × 0.5
    expect(cap.ingressCapMiBps).toBeCloseTo((96 / 10.2) * 0.5, 12);
  });

  it('prices tiered storage at $0.06/GB-month in us-east-1 and local storage for local retention only', () => {
    const option = optionOf(sizeWith(tiered), 'msk-standard:kafka.m5.large');
    const cost = costOf(option);
    // ceil(40 / 4.706) = ceil(8.5) = 9 → 9 brokers
    expect(option.brokers).toBe(9);
    // tiered = 20 × (168 − 24) × 3600 / 1024 = 10,125 GiB × $0.06 = $607.50
    expect(cost.tieredStorage).toBeCloseTo(607.5, 6);
    // local provisioned = 20 × 24 × 3600 × 3 / 1024 / 0.5 = 10,125 GiB × $0.10 = $1,012.50
    expect(cost.storage).toBeCloseTo(1_012.5, 6);
    // brokers 9 × 0.21 × 730 = 1,379.70; cross-AZ producers 20 × 2/3 MiB/s → 34,218.75 GiB × 0.02 = 684.375
    expect(cost.brokers).toBeCloseTo(9 * 0.21 * 730, 6);
    expect(cost.crossAz).toBeCloseTo(684.375, 6);
    expect(cost.total).toBeCloseTo(1_379.7 + 1_012.5 + 607.5 + 684.375, 6);
  });

  it('has no tiered storage cost without tiering', () => {
    expect(costOf(optionOf(sizeWith(PLAIN), 'msk-standard:kafka.m5.large')).tieredStorage).toBe(0);
  });
});

describe('provisioned storage throughput', () => {
  const eligible = [
    'kafka.m5.4xlarge', 'kafka.m5.8xlarge', 'kafka.m5.12xlarge', 'kafka.m5.16xlarge', 'kafka.m5.24xlarge',
    'kafka.m7g.2xlarge', 'kafka.m7g.4xlarge', 'kafka.m7g.8xlarge', 'kafka.m7g.12xlarge', 'kafka.m7g.16xlarge',
  ];

  it('is available on m5.4xlarge and up and m7g.2xlarge and up only', () => {
    const flagged = BUNDLED_PRICE_BOOK.standardBrokers.filter((b) => b.provisionedThroughputEligible).map((b) => b.instanceType);
    expect([...flagged].sort()).toEqual([...eligible].sort());
  });

  it('adds a constraint and a cost line on eligible sizes only', () => {
    const result = sizeWith({ ...PLAIN, provisionedThroughputMiBps: 500 });
    for (const o of result.options.filter((x) => x.deployment === 'msk-standard')) {
      const has = eligible.includes(o.instanceType);
      expect(constraintOf(o, 'provisionedThroughput') !== undefined, o.id).toBe(has);
      if (!has) expect(costOf(o).provisionedThroughput, o.id).toBe(0);
      else expect(costOf(o).provisionedThroughput, o.id).toBeGreaterThan(0);
    }
  });

  it('prices kafka.m5.4xlarge at brokers × min(500, 593.75) × $0.08', () => {
    const option = optionOf(sizeWith({ ...PLAIN, provisionedThroughputMiBps: 500 }), 'msk-standard:kafka.m5.4xlarge');
    const pst = constraintOf(option, 'provisionedThroughput');
    // demand O = 40 MiB/s at min(500, 593.75) = 500 per broker → 1 → 3
    expect(pst?.demand).toBe(40);
    expect(pst?.capacityPerBroker).toBe(500);
    expect(pst?.brokersNeeded).toBe(3);
    // brokers: storage 70,875 / 16,384 → 5 → 6
    expect(option.brokers).toBe(6);
    expect(costOf(option).provisionedThroughput).toBeCloseTo(6 * 500 * 0.08, 9); // $240
  });

  it('caps kafka.m7g.2xlarge at its EBS throughput of 312.5 MiB/s', () => {
    const option = optionOf(sizeWith({ ...PLAIN, provisionedThroughputMiBps: 1000 }), 'msk-standard:kafka.m7g.2xlarge');
    expect(constraintOf(option, 'provisionedThroughput')?.capacityPerBroker).toBe(312.5);
    // ingress cap = min(312.5/6.5, 469/8.7) × 0.5 = 24.04 → 2 → 3; storage → 6
    expect(option.brokers).toBe(6);
    expect(costOf(option).provisionedThroughput).toBeCloseTo(6 * 312.5 * 0.08, 9); // $150
  });

  it('can be the bottleneck', () => {
    const option = optionOf(sizeWith({
      ...PLAIN, provisionedThroughputMiBps: 250, avgEgressMiBps: 1100, peakEgressMiBps: 1100, retentionHours: 24,
    }), 'msk-standard:kafka.m5.24xlarge');
    // fan-out 1100/40 = 27.5: netF = 41.25 + 2.2 + 0.5 + 3 = 46.95; cap = 3200/46.95 × 0.5 = 34.08 → ceil(1.17) = 2 → 3
    // PST: ceil(1100 / 250) = ceil(4.4) = 5 → 6; storage 20 × 24 × 3600 × 3 / 1024 / 0.5 = 10,125 GiB → 3
    expect(constraintOf(option, 'ingress')?.brokersNeeded).toBe(3);
    expect(constraintOf(option, 'provisionedThroughput')?.brokersNeeded).toBe(specBrokers(1100, 250, 3));
    expect(option.brokers).toBe(6);
    expect(option.bottleneck).toBe('provisionedThroughput');
    expect(costOf(option).provisionedThroughput).toBeCloseTo(6 * 250 * 0.08, 9); // $120
  });

  it('adds nothing when provisionedThroughputMiBps is null', () => {
    const option = optionOf(sizeWith(PLAIN), 'msk-standard:kafka.m5.4xlarge');
    expect(constraintOf(option, 'provisionedThroughput')).toBeUndefined();
    expect(costOf(option).provisionedThroughput).toBe(0);
  });
});

describe('storage constraint', () => {
  it('needs ceil(provisioned / 16384) brokers and keeps every volume within 16,384 GiB', () => {
    const option = optionOf(sizeWith(PLAIN), 'msk-standard:kafka.m5.4xlarge');
    const storage = constraintOf(option, 'storage');
    expect(storage?.demand).toBeCloseTo(LOCAL_PROVISIONED_GIB, 9);
    expect(storage?.capacityPerBroker).toBe(16_384);
    expect(option.storagePerBrokerGiB).toBeCloseTo(LOCAL_PROVISIONED_GIB / 6, 9); // 11,812.5 GiB
  });
});
