/**
 * Workload figures (SPEC §3): every expected value is the SPEC formula worked by hand for the
 * scenario in the test (SPEC §2 defaults unless overridden: I = 20, Ip = 40, O = 40, Op = 80 MiB/s,
 * RF 3, 168 h retention, 3 AZs, nearest-replica fetch on, EBS fill target 0.5).
 */
import { describe, expect, it } from 'vitest';
import { computeWorkload, crossAzReplicaShare } from '../../src/domain';
import { makeScenario, specGibForHours, specGibPerMonth } from '../support/factories';

describe('cross-AZ replica share (RF − Σnᵢ²/RF, replicas spread evenly over the AZs)', () => {
  it.each([
    // [RF, AZ, replicas per AZ, RF − Σnᵢ²/RF]
    [3, 3, '1,1,1', 3 - (1 + 1 + 1) / 3], // = 2
    [3, 2, '2,1', 3 - (4 + 1) / 3], // = 4/3
    [2, 3, '1,1,0', 2 - (1 + 1) / 2], // = 1
    [2, 2, '1,1', 2 - (1 + 1) / 2], // = 1
    [1, 3, '1,0,0', 1 - 1 / 1], // = 0
    [1, 2, '1,0', 1 - 1 / 1], // = 0
  ])('is the spec value for RF %i over %i AZs (replicas per AZ %s)', (rf, az, _spread, expected) => {
    expect(crossAzReplicaShare(rf, az)).toBeCloseTo(expected, 12);
  });

  it('gives the four values SPEC §3 names: 2, 4/3, 1 and 0', () => {
    expect(crossAzReplicaShare(3, 3)).toBeCloseTo(2, 12);
    expect(crossAzReplicaShare(3, 2)).toBeCloseTo(4 / 3, 12);
    expect(crossAzReplicaShare(2, 3)).toBeCloseTo(1, 12);
    expect(crossAzReplicaShare(1, 3)).toBe(0);
  });
});

describe('workload figures with 2 availability zones', () => {
  const w = computeWorkload(makeScenario({ availabilityZones: 2 }));

  it('sends half of the producer traffic across an AZ', () => {
    // I × (AZ − 1)/AZ = 20 × 1/2 = 10 MiB/s → 10 × 3600 × 730 / 1024 = 25,664.0625 GiB/month
    expect(w.crossAzGiBPerMonth.producers).toBeCloseTo(specGibPerMonth(10), 6);
    expect(w.crossAzGiBPerMonth.producers).toBeCloseTo(25_664.0625, 6);
  });

  it('sends no consumer traffic across an AZ with nearest-replica fetch and RF 3 ≥ 2 AZs', () => {
    // O × max(0, AZ − RF)/AZ = 40 × max(0, −1)/2 = 0
    expect(w.crossAzGiBPerMonth.consumers).toBe(0);
  });

  it('sends 4/3 of ingress across an AZ for replication with RF 3 over 2 AZs', () => {
    // I × (3 − (2² + 1²)/3) = 20 × 4/3 = 26.667 MiB/s → 68,437.5 GiB/month
    expect(w.crossAzGiBPerMonth.replication).toBeCloseTo(specGibPerMonth((20 * 4) / 3), 6);
    expect(w.crossAzGiBPerMonth.replication).toBeCloseTo(68_437.5, 6);
  });

  it('sends half of the consumer traffic across an AZ without nearest-replica fetch', () => {
    const without = computeWorkload(makeScenario({ availabilityZones: 2, nearestReplicaFetch: false }));
    // O × (AZ − 1)/AZ = 40 × 1/2 = 20 MiB/s
    expect(without.crossAzGiBPerMonth.consumers).toBeCloseTo(specGibPerMonth(20), 6);
  });
});

describe('workload figures with replication factor 1', () => {
  const w = computeWorkload(makeScenario({ replicationFactor: 1 }));

  it('stores a single copy on broker disks', () => {
    // I × Hl × 3600 × RF / 1024 = 20 × 168 × 3600 × 1 / 1024 = 11,812.5 GiB; provisioned = / 0.5 = 23,625 GiB
    expect(w.localStorageNeededGiB).toBeCloseTo(11_812.5, 9);
    expect(w.localStorageProvisionedGiB).toBeCloseTo(23_625, 9);
  });

  it('has no replication traffic, within or across AZs', () => {
    // I × (RF − 1) = 0; cross-AZ share for RF 1 = 0
    expect(w.replicationMiBps).toBe(0);
    expect(w.crossAzGiBPerMonth.replication).toBe(0);
  });

  it('writes and reads only client traffic on the network', () => {
    // write = Ip × RF = 40; read = Op + Ip × (RF − 1) = 80 + 0 = 80
    expect(w.networkWriteMiBps).toBe(40);
    expect(w.networkReadMiBps).toBe(80);
  });

  it('sends two thirds of consumer reads across an AZ even with nearest-replica fetch', () => {
    // O × max(0, 3 − 1)/3 = 40 × 2/3 MiB/s → 68,437.5 GiB/month
    expect(w.crossAzGiBPerMonth.consumers).toBeCloseTo(specGibPerMonth((40 * 2) / 3), 6);
    expect(w.crossAzGiBPerMonth.consumers).toBeCloseTo(68_437.5, 6);
  });
});

describe('workload figures with replication factor 2', () => {
  const w = computeWorkload(makeScenario({ replicationFactor: 2 }));

  it('stores two copies on broker disks', () => {
    // 20 × 168 × 3600 × 2 / 1024 = 23,625 GiB; / 0.5 = 47,250 GiB
    expect(w.localStorageNeededGiB).toBeCloseTo(23_625, 9);
    expect(w.localStorageProvisionedGiB).toBeCloseTo(47_250, 9);
  });

  it('replicates one copy of ingress, and all of it crosses an AZ over 3 AZs', () => {
    // replication = I × (RF − 1) = 20 MiB/s; cross-AZ share RF2/AZ3 = 1 → 20 MiB/s = 51,328.125 GiB/month
    expect(w.replicationMiBps).toBe(20);
    expect(w.crossAzGiBPerMonth.replication).toBeCloseTo(specGibPerMonth(20), 6);
    expect(w.crossAzGiBPerMonth.replication).toBeCloseTo(51_328.125, 6);
  });

  it('reads the replication copy out of brokers on top of consumer traffic', () => {
    // write = Ip × RF = 80; read = Op + Ip × (RF − 1) = 80 + 40 = 120
    expect(w.networkWriteMiBps).toBe(80);
    expect(w.networkReadMiBps).toBe(120);
  });

  it('sends a third of consumer reads across an AZ with nearest-replica fetch', () => {
    // O × max(0, 3 − 2)/3 = 40/3 MiB/s → 34,218.75 GiB/month
    expect(w.crossAzGiBPerMonth.consumers).toBeCloseTo(specGibPerMonth(40 / 3), 6);
    expect(w.crossAzGiBPerMonth.consumers).toBeCloseTo(34_218.75, 6);
  });
});

describe('storage throughput and IOPS with lagging consumers', () => {
  it('adds half of peak ingress for lagging reads when laggingConsumerPct is null', () => {
    const w = computeWorkload(makeScenario({ laggingConsumerPct: null }));
    // Ip × RF + 0.5 × Ip = 40 × 3 + 20 = 140 MiB/s; IOPS = 140 × 1024 / 256 = 560
    expect(w.storageThroughputMiBps).toBe(140);
    expect(w.iops).toBe(560);
  });

  it('adds the lagging share of peak egress when laggingConsumerPct is set', () => {
    const half = computeWorkload(makeScenario({ laggingConsumerPct: 50 }));
    // Ip × RF + Op × 50/100 = 40 × 3 + 80 × 0.5 = 160 MiB/s; IOPS = 160 × 1024 / 256 = 640
    expect(half.storageThroughputMiBps).toBe(160);
    expect(half.iops).toBe(640);
    const tenth = computeWorkload(makeScenario({ laggingConsumerPct: 10, avgEgressMiBps: 50, peakEgressMiBps: 100 }));
    // 40 × 3 + 100 × 10/100 = 130 MiB/s
    expect(tenth.storageThroughputMiBps).toBeCloseTo(130, 12);
  });

  it('adds nothing for lagging reads when laggingConsumerPct is 0', () => {
    const w = computeWorkload(makeScenario({ laggingConsumerPct: 0 }));
    // 40 × 3 + 80 × 0 = 120 MiB/s
    expect(w.storageThroughputMiBps).toBe(120);
  });
});

describe('page cache needed', () => {
  it('is Ip × RF × ramCacheSeconds / 1024 GiB when ramCacheSeconds is set', () => {
    const w = computeWorkload(makeScenario({ ramCacheSeconds: 600 }));
    // 40 × 3 × 600 / 1024 = 70.3125 GiB
    expect(w.pageCacheGiB).toBe(70.3125);
  });

  it('is null when ramCacheSeconds is null', () => {
    expect(computeWorkload(makeScenario({ ramCacheSeconds: null })).pageCacheGiB).toBeNull();
  });
});

describe('tiered storage figures', () => {
  it('keeps local retention on disk and one copy of the full retention in the tier (v2)', () => {
    const w = computeWorkload(makeScenario({ retentionHours: 168, localRetentionHours: 24 }));
    // retained = 20 × 168 × 3600 / 1024 = 11,812.5 GiB (one copy)
    expect(w.retainedGiB).toBeCloseTo(specGibForHours(20, 168), 9);
    // local = 20 × 24 × 3600 × 3 / 1024 = 5,062.5 GiB; provisioned = 10,125 GiB
    expect(w.localStorageNeededGiB).toBeCloseTo(5_062.5, 9);
    expect(w.localStorageProvisionedGiB).toBeCloseTo(10_125, 9);
    // tiered = 20 × 168 × 3600 / 1024 = 11,812.5 GiB: every closed segment is copied at once and kept for the
    // whole retention (v1 counted only 168 − 24 hours, 10,125 GiB)
    expect(w.tieredStorageGiB).toBeCloseTo(11_812.5, 9);
  });

  it('holds the full retention at the 72-hour minimum too', () => {
    // 20 MiB/s, 168 h retention, 72 h local: tier 20 × 168 × 3600 / 1024 = 11,812.5 GiB;
    // local provisioned 20 × 72 × 3600 × 3 / 1024 / 0.5 = 30,375 GiB
    const w = computeWorkload(makeScenario({ avgIngressMiBps: 20, retentionHours: 168, localRetentionHours: 72 }));
    expect(w.tieredStorageGiB).toBeCloseTo((20 * 168 * 3600) / 1024, 9);
    expect(w.localStorageProvisionedGiB).toBeCloseTo((20 * 72 * 3600 * 3) / 1024 / 0.5, 9);
  });

  it('has no tiered storage when local retention equals retention (the default)', () => {
    expect(computeWorkload(makeScenario({ retentionHours: 72 })).tieredStorageGiB).toBe(0);
  });
});

describe('workload figures with consumer groups (v2)', () => {
  // 4 groups each reading everything: O = 4 × 20 = 80, Op = 4 × 40 = 160 MiB/s, whatever the egress fields say
  const w = computeWorkload(makeScenario({ consumerGroups: 4, avgEgressMiBps: 1, peakEgressMiBps: 2 }));

  it('read the derived peak egress out of the brokers', () => {
    // read = Op + Ip × (RF − 1) = 160 + 40 × 2 = 240 MiB/s
    expect(w.networkReadMiBps).toBe(240);
  });

  it('send the derived average egress across AZs without nearest-replica fetch', () => {
    const without = computeWorkload(makeScenario({ consumerGroups: 4, nearestReplicaFetch: false }));
    // O × (AZ − 1)/AZ = 80 × 2/3 MiB/s
    expect(without.crossAzGiBPerMonth.consumers).toBeCloseTo(specGibPerMonth((80 * 2) / 3), 6);
  });
});
