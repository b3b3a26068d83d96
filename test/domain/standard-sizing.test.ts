/**
 * MSK Standard sizing and pricing, model v2 (SPEC §4): the two throughput constraints (storage path
 * limited by the volume, network limited by the NIC), 2 AZs, the broker safety factor, TLS, lagging
 * consumers, page cache, RF 1 and 2, tiered storage, provisioned storage throughput and derivations.
 *
 * Every expected value is worked by hand in the test from SPEC §4 and the bundled data:
 *   kafka.m5.large    EBS 81 MiB/s, NIC 96 MiB/s, 8 GiB, 1000 partitions   (aws-prices.json, awsSizingScript*)
 *   kafka.m5.4xlarge  EBS 593.75, NIC 640, 64 GiB, 4000 partitions, PST max 593.75 (SPEC §4.1: instanceEbs is the PST maximum; the MSK docs say 593)
 *   kafka.m7g.large   EBS 78.75, NIC 117, 8 GiB
 *   kafka.m7g.2xlarge EBS 312.5, NIC 469, PST max 312.5
 *   kafka.m5.24xlarge EBS 1000, NIC 3200, PST max 1000
 *   volume without PST = min(250, instance EBS) (SPEC §4.1, §10.5)
 *   us-east-1: kafka.m5.large $0.21/h, kafka.m5.4xlarge $1.68/h, kafka.m7g.2xlarge $0.816/h, broker storage
 *              $0.10/GB-month, PST $0.08/MB/s-month, tiered $0.06/GB-month, cross-AZ $0.01/GB each direction.
 * Scenario defaults (SPEC §2): I 20, Ip 40, O 40, Op 80 MiB/s, RF 3, 168 h, 300 partitions, 3 AZs, EBS fill 0.5,
 * utilisation 0.5, TLS on with the default TLS factor 1.0 (no adjustment), PST "auto".
 * With 3 AZs and no lagging override: storageF = 1.5 + 1.5 + 0.5 + 3 = 6.5; netF = 2 × 1.5 + 2.2 + 0.5 + 3 = 8.7.
 * Local storage provisioned = 20 × 168 × 3600 × 3 / 1024 / 0.5 = 70,875 GiB.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EDITABLE_ASSUMPTIONS, standardFactors, TLS_FACTOR, type Derivation } from '../../src/domain';
import {
  BUNDLED_PRICE_BOOK,
  brokersByConstraint,
  constraintOf,
  costOf,
  makeScenario,
  optionOf,
  regionOf,
  sizeWith,
  standardSpecOf,
  specGibForHours,
  specGibPerMonth,
  warningCodes,
  withRegionPrices,
} from '../support/factories';

const LOCAL_PROVISIONED_GIB = (20 * 168 * 3600 * 3) / 1024 / 0.5; // 70,875 GiB

/** The derivation of a constraint, narrowed to its kind; fails the test when it is another kind. */
function derivationOf<K extends Derivation['kind']>(d: Derivation | undefined, kind: K): Extract<Derivation, { kind: K }> {
  if (d?.kind !== kind) throw new Error(`expected a ${kind} derivation, got ${d?.kind ?? 'none'}`);
  return d as Extract<Derivation, { kind: K }>;
}

describe('the figures these hand calculations use', () => {
  it('match the bundled data', () => {
    const m5l = standardSpecOf('kafka.m5.large');
    expect([m5l.ebsThroughputMiBps, m5l.nicThroughputMiBps, m5l.memGiB, m5l.defaultVolumeThroughputMiBps]).toEqual([81, 96, 8, 250]);
    const m5x4 = standardSpecOf('kafka.m5.4xlarge');
    expect([m5x4.ebsThroughputMiBps, m5x4.nicThroughputMiBps, m5x4.memGiB, m5x4.provisionedThroughputMaxMiBps]).toEqual([
      593.75, 640, 64, 593.75,
    ]);
    expect([standardSpecOf('kafka.m7g.large').ebsThroughputMiBps, standardSpecOf('kafka.m7g.large').nicThroughputMiBps]).toEqual([
      78.75, 117,
    ]);
    const m7g2 = standardSpecOf('kafka.m7g.2xlarge');
    expect([m7g2.ebsThroughputMiBps, m7g2.nicThroughputMiBps, m7g2.provisionedThroughputMaxMiBps]).toEqual([312.5, 469, 312.5]);
    const m5x24 = standardSpecOf('kafka.m5.24xlarge');
    expect([m5x24.ebsThroughputMiBps, m5x24.nicThroughputMiBps, m5x24.provisionedThroughputMaxMiBps]).toEqual([1000, 3200, 1000]);
    const r = regionOf('us-east-1');
    expect([r.mskBrokerHourly['kafka.m5.large'], r.mskBrokerHourly['kafka.m5.4xlarge'], r.mskBrokerHourly['kafka.m7g.2xlarge']]).toEqual([
      0.21, 1.68, 0.816,
    ]);
    expect([r.mskStoragePerGbMonth, r.provisionedThroughputPerMiBpsMonth, r.tieredStoragePerGbMonth, r.crossAzPerGbEachDirection]).toEqual([
      0.1, 0.08, 0.06, 0.01,
    ]);
  });

  it('use a TLS factor of 1.0 by default (SPEC §4.1: no published TLS overhead)', () => {
    expect(TLS_FACTOR).toBe(1);
    expect(DEFAULT_EDITABLE_ASSUMPTIONS.tlsFactor).toBe(1);
  });
});

describe('the storage and network factors', () => {
  it('are 6.5 and 8.7 term by term for the default scenario', () => {
    const f = standardFactors(makeScenario(), DEFAULT_EDITABLE_ASSUMPTIONS);
    expect(f.storage).toEqual({ ingress: 1.5, replicationIn: 1.5, lagging: 0.5, rebalancing: 3, tiering: 0, total: 6.5 });
    // fan-out Op/Ip = 80/40 = 2, × AZS 1.5 = 3; replication out 2.2 × 1.5 / 1.5 = 2.2
    expect(f.network.fanOutRatio).toBe(2);
    expect(f.network.fanOut).toBe(3);
    expect(f.network.replicationOut).toBeCloseTo(2.2, 12);
    expect(f.network.total).toBeCloseTo(3 + 2.2 + 0.5 + 3, 12);
    expect(f.tlsFactor).toBe(1);
  });
});

describe('MSK Standard throughput constraints (SPEC §4.2)', () => {
  const option = optionOf(sizeWith(), 'msk-standard:kafka.m5.large');

  it('are storageThroughput and networkThroughput, then partitions and storage, with no v1 ingress, egress or PST constraint', () => {
    expect(option.constraints.map((c) => c.name)).toEqual(['storageThroughput', 'networkThroughput', 'partitions', 'storage']);
  });

  it('size kafka.m5.large at 9 brokers from both throughput limits of the default workload', () => {
    // storage: volume min(250, 81) = 81; 81 / 6.5 × 0.5 = 6.2308 MiB/s → ceil(40 / 6.2308) = ceil(6.42) = 7 → 9
    // network: 96 / 8.7 × 0.5 = 5.5172 MiB/s → ceil(40 / 5.5172) = ceil(7.25) = 8 → 9
    // partitions 300 × 3 / 1000 → 1 → 3; storage 70,875 / 16,384 = 4.33 → 5 → 6
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((81 / 6.5) * 0.5, 12);
    expect(constraintOf(option, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / 8.7) * 0.5, 12);
    expect(constraintOf(option, 'storageThroughput')?.demand).toBe(40);
    expect(constraintOf(option, 'networkThroughput')?.demand).toBe(40);
    expect(option.constraints.map((c) => c.rawBrokersNeeded)).toEqual([7, 8, 1, 5]);
    expect(brokersByConstraint(option)).toEqual({ storageThroughput: 9, networkThroughput: 9, partitions: 3, storage: 6 });
    expect(option.brokers).toBe(9);
  });

  it('breaks a bottleneck tie in favour of the earlier constraint', () => {
    // storageThroughput and networkThroughput both need 9 after AZ rounding: storageThroughput comes first
    expect(option.bottleneck).toBe('storageThroughput');
  });

  it('limit a large size to 250 MiB/s of volume throughput without PST, not its full EBS bandwidth', () => {
    const m5x24 = optionOf(sizeWith({ provisionedThroughputMiBps: null }), 'msk-standard:kafka.m5.24xlarge');
    // min(1000, 250) / 6.5 × 0.5 = 19.23 MiB/s (AWS's script would credit 1000 / 6.5 × 0.5 = 76.9)
    expect(constraintOf(m5x24, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((250 / 6.5) * 0.5, 12);
  });
});

describe('kafka.t3.small', () => {
  const option = optionOf(sizeWith(), 'msk-standard:kafka.t3.small');

  it('uses its EC2 baselines for throughput', () => {
    const t3 = standardSpecOf('kafka.t3.small');
    // SPEC §4.1: ebsBaselineMBps = 21.75; networkBaselineGbps × 128 = 0.128 × 128 = 16.384 MiB/s
    expect(t3.ebsThroughputMiBps).toBe(21.75);
    expect(t3.nicThroughputMiBps).toBeCloseTo(0.128 * 128, 12);
    const storage = derivationOf(constraintOf(option, 'storageThroughput')?.derivation, 'storageThroughput');
    expect(storage.instanceFigures).toBe('ec2-baseline');
    // The volume gives 250 MiB/s; the instance's 21.75 MiB/s EBS baseline binds: min(21.75, 250).
    expect([storage.instanceEbsMiBps, storage.volumeMiBps]).toEqual([21.75, 250]);
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((21.75 / 6.5) * 0.5, 12);
    expect(constraintOf(option, 'networkThroughput')?.capacityPerBroker).toBeCloseTo(((0.128 * 128) / 8.7) * 0.5, 12);
  });

  it('has no provisioned storage throughput', () => {
    expect(option.provisionedThroughputMiBps).toBeNull();
    expect(option.provisionedThroughputPlan).toBeNull();
  });

  it('is flagged for development and test with a coded warning', () => {
    const warning = option.warnings.find((w) => w.code === 't3-development-only');
    expect(warning?.message).toMatch(/development and test/i);
    expect(warning?.message).toMatch(/CPU credits/i);
  });
});

describe('two availability zones', () => {
  const s = makeScenario({ availabilityZones: 2 });
  // AZS = 2: storageF = 2 + 2 + 0.5 + 3 = 7.5; netF = (80/40) × 2 + 2.2 × 2 / 1.5 + 0.5 + 3 = 10.4333…
  const netF = 2 * 2 + (2.2 * 2) / 1.5 + 0.5 + 3;

  it('uses AZS = 2 in the storage and network factors', () => {
    const f = standardFactors(s, DEFAULT_EDITABLE_ASSUMPTIONS);
    expect(f.storage.total).toBeCloseTo(7.5, 12);
    expect(f.network.total).toBeCloseTo(netF, 12);
    expect(f.network.replicationOut).toBeCloseTo((2.2 * 2) / 1.5, 12);
  });

  it('rounds kafka.m5.large up to 10 brokers, a multiple of 2', () => {
    const option = optionOf(sizeWith({ availabilityZones: 2 }), 'msk-standard:kafka.m5.large');
    // storage: 81 / 7.5 × 0.5 = 5.4 → ceil(40 / 5.4) = ceil(7.41) = 8 → 8
    // network: 96 / 10.4333 × 0.5 = 4.6006 → ceil(8.69) = 9 → 10
    // partitions: 300 × 3 / 1000 → 1 → 2; storage: 70,875 / 16,384 = 4.33 → 5 → 6
    expect(brokersByConstraint(option)).toEqual({ storageThroughput: 8, networkThroughput: 10, partitions: 2, storage: 6 });
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((81 / 7.5) * 0.5, 12);
    expect(constraintOf(option, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / netF) * 0.5, 12);
    expect(option.brokers).toBe(10);
    expect(option.bottleneck).toBe('networkThroughput');
  });

  it('rounds kafka.m5.4xlarge up to 6 brokers, limited by storage', () => {
    const option = optionOf(sizeWith({ availabilityZones: 2 }), 'msk-standard:kafka.m5.4xlarge');
    // PST off: 250 / 7.5 × 0.5 = 16.67 → ceil(2.4) = 3 → 4; network 640 / 10.4333 × 0.5 = 30.67 → 2 → 2; storage 5 → 6
    expect(option.brokers).toBe(6);
    expect(option.bottleneck).toBe('storage');
    // PST cannot save a broker here, so "auto" keeps it off
    expect(option.provisionedThroughputMiBps).toBeNull();
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
      expect(o.unavailable?.code).toBe('express-needs-3-azs');
      expect(o.unavailable?.message).toMatch(/3 availability zones/);
      expect(o.brokers).toBeNull();
      expect(o.monthlyCostUsd).toBeNull();
    }
    expect(result.recommendations.byClass['msk-express']).toBeNull();
  });

  it('charges MSK only producer cross-AZ traffic (half of ingress), not replication', () => {
    const cost = costOf(optionOf(sizeWith({ availabilityZones: 2 }), 'msk-standard:kafka.m5.large'));
    // producers: 20 × 1/2 MiB/s = 25,664.0625 GiB/month; consumers 0 (RF 3 ≥ 2 AZs); × $0.01 × 2 = $513.28125
    expect(cost.crossAz).toBeCloseTo(specGibPerMonth(10) * 0.01 * 2, 6);
    expect(cost.crossAz).toBeCloseTo(513.28125, 6);
  });
});

describe('broker safety factor', () => {
  // kafka.m5.large, 3 AZs: the network limit needs the most raw brokers, ceil(40 / 5.5172) = ceil(7.25) = 8
  it.each([
    [0, 9], // ceil((8 + 0) / 3) × 3 = 9
    [1, 9], // ceil(9 / 3) × 3 = 9: added before rounding, so one spare broker fits in the rounding slack
    [2, 12], // ceil(10 / 3) × 3 = 12
    [4, 12], // ceil(12 / 3) × 3 = 12
    [5, 15], // ceil(13 / 3) × 3 = 15
  ])('with %i spare brokers gives kafka.m5.large %i brokers', (safety, expected) => {
    const option = optionOf(sizeWith({ brokerSafetyFactor: safety }), 'msk-standard:kafka.m5.large');
    expect(option.brokers).toBe(expected);
    // the constraints themselves do not include the spare brokers
    expect(constraintOf(option, 'networkThroughput')?.rawBrokersNeeded).toBe(8);
    expect(constraintOf(option, 'networkThroughput')?.brokersNeeded).toBe(9);
  });

  it('is added before rounding to 2 AZs too', () => {
    // 2 AZs: raw need 9 (see above); + 1 = 10 → 10; + 2 = 11 → 12
    expect(optionOf(sizeWith({ availabilityZones: 2, brokerSafetyFactor: 1 }), 'msk-standard:kafka.m5.large').brokers).toBe(10);
    expect(optionOf(sizeWith({ availabilityZones: 2, brokerSafetyFactor: 2 }), 'msk-standard:kafka.m5.large').brokers).toBe(12);
  });

  it('applies to self-managed Kafka the same way', () => {
    // m5.large: gp3 volume min(81, 1000) = 81, the same limits as kafka.m5.large: raw 8 + 2 = 10 → 12
    expect(optionOf(sizeWith({ brokerSafetyFactor: 2 }), 'self-managed:m5.large').brokers).toBe(12);
  });
});

describe('TLS in transit', () => {
  it('changes nothing with the default TLS factor of 1.0', () => {
    const on = optionOf(sizeWith({ tlsInTransit: true }), 'msk-standard:kafka.m5.large');
    const off = optionOf(sizeWith({ tlsInTransit: false }), 'msk-standard:kafka.m5.large');
    for (const o of [on, off]) {
      expect(constraintOf(o, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / 8.7) * 0.5, 12);
      expect(o.brokers).toBe(9);
    }
  });

  it('multiplies both throughput capacities by a tlsFactor set below 1', () => {
    const assumptions = { tlsFactor: 0.5, pageCacheShare: 0.5, mm2MiBpsPerMcu: 8, moveMonths: 1, m7gCpuFactor: 0.73 };
    const result = sizeWith({ tlsInTransit: true }, BUNDLED_PRICE_BOOK, assumptions);
    const option = optionOf(result, 'msk-standard:kafka.m5.large');
    // storage 81 / 6.5 × 0.5 × 0.5 = 3.115 → ceil(12.84) = 13 → 15; network 96 / 8.7 × 0.5 × 0.5 = 2.759 → ceil(14.5) = 15 → 15
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((81 / 6.5) * 0.5 * 0.5, 12);
    expect(constraintOf(option, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / 8.7) * 0.5 * 0.5, 12);
    expect(option.brokers).toBe(15);
    expect(derivationOf(constraintOf(option, 'networkThroughput')?.derivation, 'networkThroughput').tlsFactor).toBe(0.5);
    expect(result.assumptions).toEqual({ tlsFactor: 0.5, pageCacheShare: 0.5, mm2MiBpsPerMcu: 8, moveMonths: 1, m7gCpuFactor: 0.73 });
  });

  it('applies the same factor to a storage-limited size', () => {
    const option = optionOf(
      sizeWith({ tlsInTransit: true }, BUNDLED_PRICE_BOOK, {
        tlsFactor: 0.7,
        pageCacheShare: 0.5,
        mm2MiBpsPerMcu: 8,
        moveMonths: 1,
        m7gCpuFactor: 0.73,
      }),
      'msk-standard:kafka.m7g.large',
    );
    // storage 78.75 / 6.5 × 0.5 × 0.7 = 4.240 → ceil(9.43) = 10 → 12; network 117 / 8.7 × 0.5 × 0.7 = 4.707 → ceil(8.5) = 9 → 9
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((78.75 / 6.5) * 0.5 * 0.7, 12);
    expect(option.brokers).toBe(12);
    expect(option.bottleneck).toBe('storageThroughput');
  });

  it('ignores the tlsFactor when TLS is off', () => {
    const option = optionOf(
      sizeWith({ tlsInTransit: false }, BUNDLED_PRICE_BOOK, {
        tlsFactor: 0.5,
        pageCacheShare: 0.5,
        mm2MiBpsPerMcu: 8,
        moveMonths: 1,
        m7gCpuFactor: 0.73,
      }),
      'msk-standard:kafka.m5.large',
    );
    expect(constraintOf(option, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / 8.7) * 0.5, 12);
    expect(derivationOf(constraintOf(option, 'networkThroughput')?.derivation, 'networkThroughput').tlsFactor).toBe(1);
    expect(option.brokers).toBe(9); // ceil(7.25) = 8 → 9
  });
});

describe('lagging consumers', () => {
  it('puts laggingConsumerPct/100 × Op/Ip in both factors', () => {
    const f = standardFactors(makeScenario({ laggingConsumerPct: 50 }), DEFAULT_EDITABLE_ASSUMPTIONS);
    // lag = 50/100 × 80/40 = 1; storageF = 1.5 + 1.5 + 1 + 3 = 7; netF = 2 × 1.5 + 2.2 + 1 + 3 = 9.2
    expect(f.storage.lagging).toBe(1);
    expect(f.storage.total).toBeCloseTo(7, 12);
    expect(f.network.total).toBeCloseTo(9.2, 12);
    const option = optionOf(sizeWith({ laggingConsumerPct: 50 }), 'msk-standard:kafka.m7g.large');
    // storage 78.75 / 7 × 0.5 = 5.625 → ceil(7.11) = 8 → 9; network 117 / 9.2 × 0.5 = 6.359 → ceil(6.29) = 7 → 9
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo(5.625, 12);
    expect(constraintOf(option, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((117 / 9.2) * 0.5, 12);
    expect(option.brokers).toBe(9);
  });

  it('puts no lagging term in the factors when laggingConsumerPct is 0', () => {
    const f = standardFactors(makeScenario({ laggingConsumerPct: 0 }), DEFAULT_EDITABLE_ASSUMPTIONS);
    expect(f.storage.total).toBeCloseTo(1.5 + 1.5 + 0 + 3, 12); // 6
    expect(f.network.total).toBeCloseTo(2 * 1.5 + 2.2 + 0 + 3, 12); // 8.2
  });

  it('can need more brokers than the built-in allowance when consumers lag a lot', () => {
    const heavy = { avgEgressMiBps: 40, peakEgressMiBps: 160 }; // fan-out 160/40 = 4
    // null: lag 0.5, netF = 4 × 1.5 + 2.2 + 0.5 + 3 = 11.7 → 96 / 11.7 × 0.5 = 4.103 → ceil(9.75) = 10 → 12
    expect(optionOf(sizeWith({ ...heavy, laggingConsumerPct: null }), 'msk-standard:kafka.m5.large').brokers).toBe(12);
    // 100 %: lag = 1 × 4 = 4, netF = 6 + 2.2 + 4 + 3 = 15.2 → 96 / 15.2 × 0.5 = 3.158 → ceil(12.67) = 13 → 15
    //        (storageF = 1.5 + 1.5 + 4 + 3 = 10 → 81 / 10 × 0.5 = 4.05 → ceil(9.88) = 10 → 12)
    const option = optionOf(sizeWith({ ...heavy, laggingConsumerPct: 100 }), 'msk-standard:kafka.m5.large');
    expect(constraintOf(option, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / 15.2) * 0.5, 12);
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((81 / 10) * 0.5, 12);
    expect(option.brokers).toBe(15);
  });
});

describe('page cache (ramCacheSeconds)', () => {
  // page cache needed = Ip × RF × s / 1024 = 40 × 3 × 600 / 1024 = 70.3125 GiB
  const pageCache = (40 * 3 * 600) / 1024;

  it('adds a memory constraint at memGiB × 0.5 per broker', () => {
    const result = sizeWith({ ramCacheSeconds: 600 });
    const m5l = optionOf(result, 'msk-standard:kafka.m5.large');
    const memory = constraintOf(m5l, 'memory');
    expect(memory?.demand).toBe(pageCache);
    expect(memory?.capacityPerBroker).toBe(8 * 0.5); // 4 GiB
    expect(memory?.unit).toBe('GiB');
    expect(memory?.derivation).toEqual({ kind: 'memory', memGiB: 8, pageCacheShare: 0.5, ramCacheSeconds: 600 });
    // ceil(70.3125 / 4) = ceil(17.58) = 18 → 18 (throughput alone needs 9)
    expect(m5l.brokers).toBe(18);
    expect(m5l.bottleneck).toBe('memory');
    const m5x4 = optionOf(result, 'msk-standard:kafka.m5.4xlarge');
    // 64 × 0.5 = 32 GiB: ceil(70.3125 / 32) = 3 → 3; storage still needs 6
    expect(constraintOf(m5x4, 'memory')?.brokersNeeded).toBe(3);
    expect(m5x4.brokers).toBe(6);
  });

  it('uses the pageCacheShare of a custom assumptions object', () => {
    const option = optionOf(
      sizeWith({ ramCacheSeconds: 600 }, BUNDLED_PRICE_BOOK, {
        tlsFactor: 1,
        pageCacheShare: 0.25,
        mm2MiBpsPerMcu: 8,
        moveMonths: 1,
        m7gCpuFactor: 0.73,
      }),
      'msk-standard:kafka.m5.large',
    );
    // 8 × 0.25 = 2 GiB per broker: ceil(70.3125 / 2) = 36 → 36
    expect(constraintOf(option, 'memory')?.capacityPerBroker).toBe(2);
    expect(option.brokers).toBe(36);
  });

  it('has no memory constraint when ramCacheSeconds is null', () => {
    const option = optionOf(sizeWith({ ramCacheSeconds: null }), 'msk-standard:kafka.m5.large');
    expect(constraintOf(option, 'memory')).toBeUndefined();
  });
});

describe('replication factor 1 and 2', () => {
  const tiny = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1, partitions: 1, retentionHours: 1 };

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
    const option = optionOf(sizeWith({ replicationFactor: 1 }), 'msk-standard:kafka.m5.large');
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
    const option = optionOf(sizeWith({ replicationFactor: 2 }), 'msk-standard:kafka.m5.large');
    const cost = costOf(option);
    // provisioned = 47,250 GiB × $0.10 = $4,725
    expect(cost.storage).toBeCloseTo(4_725, 6);
    expect(constraintOf(option, 'partitions')?.demand).toBe(600);
    // producers 20 × 2/3 + consumers 40 × 1/3 MiB/s = 34,218.75 + 34,218.75 GiB × $0.02 = $1,368.75
    expect(cost.crossAz).toBeCloseTo(1_368.75, 6);
  });
});

describe('tiered storage', () => {
  const tiered = { retentionHours: 168, localRetentionHours: 24 };

  it('adds the 1.5 tiering factor to both factors', () => {
    const f = standardFactors(makeScenario(tiered), DEFAULT_EDITABLE_ASSUMPTIONS);
    expect(f.storage.tiering).toBe(1.5);
    expect(f.storage.total).toBeCloseTo(6.5 + 1.5, 12); // 8
    expect(f.network.total).toBeCloseTo(8.7 + 1.5, 12); // 10.2
    const option = optionOf(sizeWith(tiered), 'msk-standard:kafka.m5.large');
    // storage 81 / 8 × 0.5 = 5.0625; network 96 / 10.2 × 0.5 = 4.706
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((81 / 8) * 0.5, 12);
    expect(constraintOf(option, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / 10.2) * 0.5, 12);
  });

  it('prices one copy of the full retention in the tier at $0.06/GB-month and local storage for local retention only', () => {
    const option = optionOf(sizeWith(tiered), 'msk-standard:kafka.m5.large');
    const cost = costOf(option);
    // network ceil(40 / 4.706) = ceil(8.5) = 9 → 9; storage ceil(40 / 5.0625) = ceil(7.9) = 8 → 9; local 10,125 GiB → 1 → 3
    expect(option.brokers).toBe(9);
    // tiered = 20 × 168 × 3600 / 1024 = 11,812.5 GiB (v2: the full retention) × $0.06 = $708.75
    expect(cost.tieredStorage).toBeCloseTo(specGibForHours(20, 168) * 0.06, 6);
    expect(cost.tieredStorage).toBeCloseTo(708.75, 6);
    // local provisioned = 20 × 24 × 3600 × 3 / 1024 / 0.5 = 10,125 GiB × $0.10 = $1,012.50
    expect(cost.storage).toBeCloseTo(1_012.5, 6);
    // brokers 9 × 0.21 × 730 = 1,379.70; cross-AZ producers 20 × 2/3 MiB/s → 34,218.75 GiB × 0.02 = 684.375
    expect(cost.brokers).toBeCloseTo(9 * 0.21 * 730, 6);
    expect(cost.crossAz).toBeCloseTo(684.375, 6);
    expect(cost.total).toBeCloseTo(1_379.7 + 1_012.5 + 708.75 + 684.375, 6);
  });

  it('has no tiered storage cost without tiering', () => {
    expect(costOf(optionOf(sizeWith(), 'msk-standard:kafka.m5.large')).tieredStorage).toBe(0);
  });
});

describe('provisioned storage throughput', () => {
  const eligible = [
    'kafka.m5.4xlarge',
    'kafka.m5.8xlarge',
    'kafka.m5.12xlarge',
    'kafka.m5.16xlarge',
    'kafka.m5.24xlarge',
    'kafka.m7g.2xlarge',
    'kafka.m7g.4xlarge',
    'kafka.m7g.8xlarge',
    'kafka.m7g.12xlarge',
    'kafka.m7g.16xlarge',
  ];
  // MSK docs maxima (data file provisionedStorageThroughputMaxMiBps)
  const maxima: Record<string, number> = {
    'kafka.m5.4xlarge': 593.75,
    'kafka.m5.8xlarge': 850,
    'kafka.m5.12xlarge': 1000,
    'kafka.m5.16xlarge': 1000,
    'kafka.m5.24xlarge': 1000,
    'kafka.m7g.2xlarge': 312.5,
    'kafka.m7g.4xlarge': 625,
    'kafka.m7g.8xlarge': 1000,
    'kafka.m7g.12xlarge': 1000,
    'kafka.m7g.16xlarge': 1000,
  };

  it('is available on m5.4xlarge and up and m7g.2xlarge and up only, each up to its maximum', () => {
    const flagged = BUNDLED_PRICE_BOOK.standardBrokers.filter((b) => b.provisionedThroughputEligible).map((b) => b.instanceType);
    expect([...flagged].sort()).toEqual([...eligible].sort());
    for (const type of eligible) expect(standardSpecOf(type).provisionedThroughputMaxMiBps, type).toBe(maxima[type]);
  });

  it('is bought at min(rate, maximum) on eligible sizes only when fixed', () => {
    const result = sizeWith({ provisionedThroughputMiBps: 500 });
    for (const o of result.options.filter((x) => x.deployment === 'msk-standard')) {
      const max = maxima[o.instanceType];
      if (max === undefined) {
        expect(o.provisionedThroughputMiBps, o.id).toBeNull();
        expect(o.provisionedThroughputPlan, o.id).toBeNull();
        expect(costOf(o).provisionedThroughput, o.id).toBe(0);
      } else {
        const rate = Math.min(500, max);
        expect(o.provisionedThroughputMiBps, o.id).toBe(rate);
        expect(o.provisionedThroughputPlan?.mode, o.id).toBe('fixed');
        expect(costOf(o).provisionedThroughput, o.id).toBeCloseTo((o.brokers ?? Number.NaN) * rate * 0.08, 9);
      }
    }
  });

  it("raises kafka.m5.4xlarge's storage limit to the rate bought and prices brokers × rate × $0.08", () => {
    const option = optionOf(sizeWith({ provisionedThroughputMiBps: 500 }), 'msk-standard:kafka.m5.4xlarge');
    // storage limit min(593.75, 500) / 6.5 × 0.5 = 38.46 → ceil(1.04) = 2 → 3; storage 70,875 / 16,384 → 5 → 6
    const storage = constraintOf(option, 'storageThroughput');
    expect(storage?.capacityPerBroker).toBeCloseTo((500 / 6.5) * 0.5, 12);
    const d = derivationOf(storage?.derivation, 'storageThroughput');
    expect([d.volumeMiBps, d.volumeSource]).toEqual([500, 'provisioned']);
    expect(option.brokers).toBe(6);
    expect(costOf(option).provisionedThroughput).toBeCloseTo(6 * 500 * 0.08, 9); // $240
    // PST off would also need 6 brokers (storage): it saves none
    expect(option.provisionedThroughputBrokersSaved).toBe(0);
  });

  it("caps a fixed rate at the size's maximum: 312.5 MiB/s on kafka.m7g.2xlarge, 593.75 on kafka.m5.4xlarge", () => {
    const result = sizeWith({ provisionedThroughputMiBps: 1000 });
    const m7g2 = optionOf(result, 'msk-standard:kafka.m7g.2xlarge');
    expect(m7g2.provisionedThroughputMiBps).toBe(312.5);
    expect(constraintOf(m7g2, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((312.5 / 6.5) * 0.5, 12);
    expect(m7g2.brokers).toBe(6); // storage
    expect(costOf(m7g2).provisionedThroughput).toBeCloseTo(6 * 312.5 * 0.08, 9); // $150
    const m5x4 = optionOf(result, 'msk-standard:kafka.m5.4xlarge');
    expect(m5x4.provisionedThroughputMiBps).toBe(593.75);
    // min(593.75 instance EBS, 593.75 volume) / 6.5 × 0.5
    expect(constraintOf(m5x4, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((593.75 / 6.5) * 0.5, 12);
  });

  it('adds nothing when provisionedThroughputMiBps is null (off): the volume gives its default 250 MiB/s', () => {
    const option = optionOf(sizeWith({ provisionedThroughputMiBps: null }), 'msk-standard:kafka.m5.4xlarge');
    expect(option.provisionedThroughputMiBps).toBeNull();
    expect(option.provisionedThroughputBrokersSaved).toBeNull();
    expect(option.provisionedThroughputPlan?.mode).toBe('off');
    expect(option.provisionedThroughputPlan?.brokersWithoutPst).toBe(6);
    expect(costOf(option).provisionedThroughput).toBe(0);
    const d = derivationOf(constraintOf(option, 'storageThroughput')?.derivation, 'storageThroughput');
    expect([d.volumeMiBps, d.volumeSource]).toEqual([250, 'default']);
  });

  it('stays off under "auto" when PST saves no broker, and shows the plan it rejected', () => {
    const option = optionOf(sizeWith(), 'msk-standard:kafka.m5.4xlarge');
    // off: 250 / 6.5 × 0.5 = 19.23 → ceil(2.08) = 3 → 3; storage → 6. At the maximum 593.75: still 6 (storage).
    // The smallest rate giving 6 brokers is 250, which would add 6 × 250 × $0.08 = $120 for nothing.
    const offTotal = 6 * 1.68 * 730 + 70_875 * 0.1 + 684.375; // 7,358.4 + 7,087.5 + 684.375
    expect(option.provisionedThroughputMiBps).toBeNull();
    expect(option.provisionedThroughputPlan).toEqual({
      mode: 'auto',
      brokersWithoutPst: 6,
      rateMiBps: 250,
      brokersAtRate: 6,
      totalWithoutPstUsd: expect.closeTo(offTotal, 6),
      totalAtRateUsd: expect.closeTo(offTotal + 6 * 250 * 0.08, 6),
    });
    expect(costOf(option).total).toBeCloseTo(offTotal, 6);
  });

  it('stays off under "auto" when buying PST costs more than the brokers it saves', () => {
    // The workload (model-v2.test.ts): 15 brokers of kafka.m7g.2xlarge without PST, 12 at 304 MiB/s.
    // With PST at $10 per MiB/s-month, 12 × 304 × 10 = $36,480 dwarfs 3 × 0.816 × 730 = $1,787.04 saved.
    const book = withRegionPrices('us-east-1', (r) => ({ ...r, provisionedThroughputPerMiBpsMonth: 10 }));
    const workload = { avgIngressMiBps: 280, peakIngressMiBps: 280, avgEgressMiBps: 280, peakEgressMiBps: 280, retentionHours: 24 };
    const option = optionOf(sizeWith(workload, book), 'msk-standard:kafka.m7g.2xlarge');
    const shared = ((280 * 24 * 3600 * 3) / 1024 / 0.5) * 0.1 + specGibPerMonth((280 * 2) / 3) * 0.02; // storage 14,175 + cross-AZ 9,581.25
    expect(option.provisionedThroughputMiBps).toBeNull();
    expect(option.brokers).toBe(15);
    expect(option.provisionedThroughputPlan?.rateMiBps).toBe(304);
    expect(option.provisionedThroughputPlan?.brokersAtRate).toBe(12);
    expect(option.provisionedThroughputPlan?.totalWithoutPstUsd).toBeCloseTo(15 * 0.816 * 730 + shared, 6);
    expect(option.provisionedThroughputPlan?.totalAtRateUsd).toBeCloseTo(12 * 0.816 * 730 + 12 * 304 * 10 + shared, 6);
  });

  it('makes the storage path the bottleneck on a size whose volume limits it', () => {
    // kafka.m5.24xlarge, Ip = Op = 200, 24 h, PST off: storage 250 / 6.5 × 0.5 = 19.23 → ceil(10.4) = 11 → 12;
    // network: netF = 1.5 + 2.2 + 0.5 + 3 = 7.2, 3200 / 7.2 × 0.5 = 222.2 → 1 → 3; storage 20 × 24 × 3600 × 3 / 1024 / 0.5 = 10,125 GiB → 3
    const option = optionOf(
      sizeWith({
        avgEgressMiBps: 40,
        peakIngressMiBps: 200,
        peakEgressMiBps: 200,
        retentionHours: 24,
        provisionedThroughputMiBps: null,
      }),
      'msk-standard:kafka.m5.24xlarge',
    );
    expect(brokersByConstraint(option)).toEqual({ storageThroughput: 12, networkThroughput: 3, partitions: 3, storage: 3 });
    expect(option.bottleneck).toBe('storageThroughput');
  });
});

describe('derivations', () => {
  const option = optionOf(sizeWith({ provisionedThroughputMiBps: null }), 'msk-standard:kafka.m7g.2xlarge');

  it('carry the volume, its source and every term of the storage factor', () => {
    const storage = constraintOf(option, 'storageThroughput');
    expect(storage?.derivation).toEqual({
      kind: 'storageThroughput',
      instanceEbsMiBps: 312.5,
      instanceFigures: 'sizing-logic',
      volumeMiBps: 250,
      volumeSource: 'default',
      storageFactor: { ingress: 1.5, replicationIn: 1.5, lagging: 0.5, rebalancing: 3, tiering: 0, total: 6.5 },
      limitMiBps: 250 / 6.5,
      utilization: 0.5,
      tlsFactor: 1,
    });
    // capacity = limit × utilisation × TLS = 250 / 6.5 × 0.5 × 1 = 19.23 MiB/s
    expect(storage?.capacityPerBroker).toBeCloseTo((250 / 6.5) * 0.5, 12);
  });

  it('carry the NIC and every term of the network factor', () => {
    const d = derivationOf(constraintOf(option, 'networkThroughput')?.derivation, 'networkThroughput');
    expect(d.nicMiBps).toBe(469);
    expect(d.instanceFigures).toBe('sizing-logic');
    expect(d.networkFactor.fanOutRatio).toBe(2);
    expect(d.networkFactor.total).toBeCloseTo(8.7, 12);
    expect(d.limitMiBps).toBeCloseTo(469 / 8.7, 12);
    expect([d.utilization, d.tlsFactor]).toEqual([0.5, 1]);
  });

  it('carry the partition and storage figures', () => {
    expect(constraintOf(option, 'partitions')?.derivation).toEqual({
      kind: 'partitions',
      partitions: 300,
      replicationFactor: 3,
      limit: 'recommended',
    });
    expect(constraintOf(option, 'partitions')?.capacityPerBroker).toBe(2000);
    // needed = 20 × 168 × 3600 × 3 / 1024 = 35,437.5 GiB at a 0.5 fill target
    expect(constraintOf(option, 'storage')?.derivation).toEqual({
      kind: 'storage',
      neededGiB: 35_437.5,
      fillTarget: 0.5,
      maxVolumeGiB: 16_384,
    });
  });

  it('say "maximum" when partitions are sized against the hard maximum', () => {
    const m5x24 = optionOf(sizeWith({ useMaxPartitions: true }), 'msk-standard:kafka.m5.24xlarge');
    expect(constraintOf(m5x24, 'partitions')?.derivation).toMatchObject({ kind: 'partitions', limit: 'maximum' });
    expect(constraintOf(m5x24, 'partitions')?.capacityPerBroker).toBe(6000); // SPEC §10.4
  });
});

describe('storage constraint', () => {
  it('needs ceil(provisioned / 16384) brokers and keeps every volume within 16,384 GiB', () => {
    const option = optionOf(sizeWith(), 'msk-standard:kafka.m5.4xlarge');
    const storage = constraintOf(option, 'storage');
    expect(storage?.demand).toBeCloseTo(LOCAL_PROVISIONED_GIB, 9);
    expect(storage?.capacityPerBroker).toBe(16_384);
    expect(option.storagePerBrokerGiB).toBeCloseTo(LOCAL_PROVISIONED_GIB / 6, 9); // 11,812.5 GiB
  });

  it('gives every broker at least a 1 GiB volume', () => {
    // 0.001 MiB/s for 1 h: 0.001 × 3600 × 3 / 1024 / 0.5 = 0.0211 GiB over 3 brokers → 1 GiB each (SPEC §10.10)
    const option = optionOf(
      sizeWith({ avgIngressMiBps: 0.001, peakIngressMiBps: 0.001, avgEgressMiBps: 0, peakEgressMiBps: 0, retentionHours: 1 }),
      'msk-standard:kafka.m5.large',
    );
    expect(option.storagePerBrokerGiB).toBe(1);
    expect(costOf(option).storage).toBeCloseTo(3 * 1 * 0.1, 12);
  });
});

describe('broker-count warnings', () => {
  it('warn that clusters above 30 brokers need KRaft', () => {
    // kafka.m5.large, Ip 200, Op 400: network 200 / 5.5172 = 36.25 → 37 → 39 brokers
    const option = optionOf(sizeWith({ peakIngressMiBps: 200, peakEgressMiBps: 400 }), 'msk-standard:kafka.m5.large');
    expect(option.brokers).toBe(39);
    expect(warningCodes(option)).toContain('kraft-required');
  });

  it('warn when partition replicas per broker exceed the recommended maximum', () => {
    // kafka.m5.24xlarge sized against its hard maximum: 10,000 × 3 = 30,000 replicas / 6,000 = 5 → 6 brokers,
    // so 30,000 / 6 = 5,000 replicas each, above the recommended 4,000
    const option = optionOf(sizeWith({ partitions: 10_000, useMaxPartitions: true }), 'msk-standard:kafka.m5.24xlarge');
    expect(option.brokers).toBe(6);
    expect(warningCodes(option)).toContain('partitions-above-recommended');
  });
});
