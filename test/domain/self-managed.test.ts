/**
 * Self-managed Kafka on EC2 (SPEC §7, model v2), hand-worked. Prices, us-east-1 (aws-prices.md §6, §7): EC2 m5.large
 * $0.096/h, m7g.large $0.0816/h, m5.4xlarge $0.768/h, m5.24xlarge $4.608/h; gp3 $0.08/GB-month, gp3 throughput
 * $0.04 per MiB/s-month above the included 125 MiB/s; cross-AZ $0.01/GB each direction.
 * Scenario: SPEC §2 defaults (I 20, Ip 40, O 40, Op 80 MiB/s, RF 3, 168 h, 3 AZs, TLS factor 1.0). A self-managed
 * broker's volume is gp3 bought at min(instance EBS, 1000) MiB/s, so m5.large has the same limits as kafka.m5.large
 * (volume min(81, 1000) = 81): 9 brokers (network ceil(40 / (96/8.7 × 0.5)) = ceil(7.25) = 8 → 9); local storage
 * provisioned is 20 × 168 × 3600 × 3 / 1024 / 0.5 = 70,875 GiB.
 */
import { describe, expect, it } from 'vitest';
import { constraintOf, costOf, optionOf, regionOf, sizeWith, specGibPerMonth, warningCodes } from '../support/factories';

describe('the prices these hand calculations use', () => {
  it('match the bundled data', () => {
    const r = regionOf('us-east-1');
    expect([r.ec2Hourly['m5.large'], r.ec2Hourly['m7g.large'], r.ec2Hourly['m5.24xlarge']]).toEqual([0.096, 0.0816, 4.608]);
    expect([r.gp3PerGbMonth, r.gp3ThroughputPerMiBpsMonth, r.gp3IncludedMiBps, r.crossAzPerGbEachDirection]).toEqual([
      0.08, 0.04, 125, 0.01,
    ]);
  });
});

describe('self-managed Kafka on m5.large in us-east-1', () => {
  const result = sizeWith({ selfManaged: { controllerInstance: 'm5.large', controllerCount: 3, opsHoursPerMonth: 40, opsHourlyUsd: 100 } });
  const option = optionOf(result, 'self-managed:m5.large');
  const cost = costOf(option);

  it('uses the broker count of the MSK Standard size on the same EC2 type', () => {
    // Both 9: the same volume limit (81 MiB/s) and NIC (96 MiB/s), worked out in the header.
    expect(option.brokers).toBe(9);
    expect(optionOf(result, 'msk-standard:kafka.m5.large').brokers).toBe(9);
  });

  it('prices brokers at the EC2 rate and storage at the gp3 rate', () => {
    expect(cost.brokers).toBeCloseTo(9 * 0.096 * 730, 6); // $630.72
    expect(cost.storage).toBeCloseTo(70_875 * 0.08, 6); // $5,670
  });

  it('buys no gp3 throughput above the included 125 MiB/s when its volume needs no more', () => {
    // bought = min(volume 81, max(125, 40 × 6.5 / 9 = 28.9)) = 81 ≤ 125
    expect(cost.provisionedThroughput).toBe(0);
  });

  it('pays cross-AZ for producers and replication, where MSK pays producers only', () => {
    // producers 20 × 2/3 MiB/s = 34,218.75 GiB; consumers 0; replication 20 × 2 MiB/s = 102,656.25 GiB
    expect(cost.crossAz).toBeCloseTo((specGibPerMonth((20 * 2) / 3) + specGibPerMonth(20 * 2)) * 0.02, 6);
    expect(cost.crossAz).toBeCloseTo(2_737.5, 6);
    expect(costOf(optionOf(result, 'msk-standard:kafka.m5.large')).crossAz).toBeCloseTo(684.375, 6);
  });

  it('pays for 3 m5.large controllers, each with a 64 GiB gp3 volume', () => {
    // 3 × 0.096 × 730 + 3 × 64 × 0.08 = 210.24 + 15.36 = $225.60
    expect(cost.controllers).toBeCloseTo(3 * 0.096 * 730 + 3 * 64 * 0.08, 9);
    expect(cost.controllers).toBeCloseTo(225.6, 9);
  });

  it('pays operations hours × hourly rate', () => {
    expect(cost.operations).toBe(40 * 100);
  });

  it('totals the lines', () => {
    expect(cost.total).toBeCloseTo(630.72 + 5_670 + 0 + 2_737.5 + 225.6 + 4_000, 6); // $13,263.82
    expect([cost.tieredStorage, cost.dataIn, cost.dataOut]).toEqual([0, 0, 0]);
  });
});

describe('self-managed cross-AZ replication', () => {
  it('pays for 4/3 of ingress crossing AZs with RF 3 over 2 AZs', () => {
    const result = sizeWith({ availabilityZones: 2 });
    const selfManaged = costOf(optionOf(result, 'self-managed:m5.large'));
    // producers 20 × 1/2 = 10 MiB/s → 25,664.0625 GiB; replication 20 × 4/3 MiB/s → 68,437.5 GiB; consumers 0
    expect(result.workload.crossAzGiBPerMonth.replication).toBeCloseTo(specGibPerMonth((20 * 4) / 3), 6);
    expect(selfManaged.crossAz).toBeCloseTo((25_664.0625 + 68_437.5) * 0.02, 6); // $1,882.03125
    expect(costOf(optionOf(result, 'msk-standard:kafka.m5.large')).crossAz).toBeCloseTo(25_664.0625 * 0.02, 6); // $513.28125
  });

  it('pays for twice ingress crossing AZs with RF 3 over 3 AZs', () => {
    const result = sizeWith();
    expect(result.workload.crossAzGiBPerMonth.replication).toBeCloseTo(specGibPerMonth(20 * 2), 6); // 102,656.25 GiB
  });
});

describe('self-managed controllers', () => {
  it('cost nothing with controllerCount 0', () => {
    const cost = costOf(optionOf(sizeWith({ selfManaged: { controllerCount: 0 } }), 'self-managed:m5.large'));
    expect(cost.controllers).toBe(0);
  });

  it('cost 5 × EC2 price × 730 + 5 × 64 GiB gp3 with 5 m7g.large controllers', () => {
    const cost = costOf(
      optionOf(sizeWith({ selfManaged: { controllerInstance: 'm7g.large', controllerCount: 5 } }), 'self-managed:m5.large'),
    );
    // 5 × 0.0816 × 730 + 5 × 64 × 0.08 = 297.84 + 25.60 = $323.44
    expect(cost.controllers).toBeCloseTo(323.44, 9);
  });
});

describe('self-managed operations time', () => {
  it('is 0 and warned about when no hours are entered', () => {
    const option = optionOf(sizeWith(), 'self-managed:m5.large');
    expect(costOf(option).operations).toBe(0);
    expect(option.warnings.find((w) => w.code === 'no-operations-time')?.message).toMatch(/operations time/i);
  });

  it('is not warned about once hours are entered', () => {
    const option = optionOf(sizeWith({ selfManaged: { opsHoursPerMonth: 10, opsHourlyUsd: 100 } }), 'self-managed:m5.large');
    expect(warningCodes(option)).not.toContain('no-operations-time');
  });
});

describe('self-managed gp3 throughput', () => {
  // m5.24xlarge, Ip = Op = 200 (avg 100), 12 h, no lagging reads:
  //   storageF = 1.5 + 1.5 + 0 + 3 = 6, netF = 1 × 1.5 + 2.2 + 0 + 3 = 6.7
  //   gp3 volume = min(1000, 1000) = 1000: storage 1000 / 6 × 0.5 = 83.33 → ceil(2.4) = 3 → 3
  //   network 3200 / 6.7 × 0.5 = 238.8 → 1 → 3; partitions 900 / 4000 → 3
  //   storage 100 × 12 × 3600 × 3 / 1024 / 0.5 = 25,312.5 GiB → 2 → 3; so 3 brokers
  const workload = {
    avgIngressMiBps: 100,
    peakIngressMiBps: 200,
    avgEgressMiBps: 100,
    peakEgressMiBps: 200,
    retentionHours: 12,
    laggingConsumerPct: 0,
  };
  const result = sizeWith(workload);
  const option = optionOf(result, 'self-managed:m5.24xlarge');

  it("sizes the storage path on a gp3 volume bought at the instance's EBS bandwidth, up to 1,000 MiB/s", () => {
    expect(constraintOf(option, 'storageThroughput')?.derivation).toMatchObject({ volumeMiBps: 1000, volumeSource: 'gp3' });
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((1000 / 6) * 0.5, 9);
    expect(option.brokers).toBe(3);
    // MSK's kafka.m5.24xlarge without PST has only 250 MiB/s: 250 / 6 × 0.5 = 20.83 → ceil(9.6) = 10 → 12
    const msk = optionOf(sizeWith({ ...workload, provisionedThroughputMiBps: null }), 'msk-standard:kafka.m5.24xlarge');
    expect(msk.brokers).toBe(12);
  });

  it('buys min(volume, max(125, Ip × storageF / brokers)) per broker and pays for the part above 125 MiB/s', () => {
    // 200 × 6 / 3 = 400 MiB/s per broker: min(1000, max(125, 400)) = 400 → (400 − 125) × 3 brokers × $0.04 = $33
    expect(costOf(option).provisionedThroughput).toBeCloseTo((400 - 125) * 3 * 0.04, 9);
    expect(costOf(option).brokers).toBeCloseTo(3 * 4.608 * 730, 6);
  });

  it("never buys more than the volume's own throughput", () => {
    // m5.4xlarge: volume min(593.75, 1000) = 593.75; storage 593.75 / 6 × 0.5 = 49.48 → ceil(4.04) = 5 → 6 brokers;
    // 200 × 6 / 6 = 200 MiB/s per broker < 593.75 → (200 − 125) × 6 × $0.04 = $18
    const m5x4 = optionOf(result, 'self-managed:m5.4xlarge');
    expect(m5x4.brokers).toBe(6);
    expect(costOf(m5x4).provisionedThroughput).toBeCloseTo((200 - 125) * 6 * 0.04, 9);
  });
});

describe('self-managed Kafka and the broker quota', () => {
  // kafka.m5.large / m5.large, Ip 400, Op 800 (fan-out 2): network 400 / (96/8.7 × 0.5) = 72.5 → 73 → 75 brokers
  const result = sizeWith({ peakIngressMiBps: 400, peakEgressMiBps: 800 });

  it("stays available above MSK's 60 brokers per cluster, where the MSK size of the same type does not", () => {
    const msk = optionOf(result, 'msk-standard:kafka.m5.large');
    expect(msk.brokers).toBe(75);
    expect(msk.available).toBe(false);
    expect(msk.unavailable?.code).toBe('broker-quota');
    // 60 brokers carry 60 × 96 / 8.7 × 0.5 = 331.03 MiB/s of ingress
    expect(msk.unavailable?.message).toMatch(/fits up to 331 MiB\/s/);
    const selfManaged = optionOf(result, 'self-managed:m5.large');
    expect(selfManaged.brokers).toBe(75);
    expect(selfManaged.available).toBe(true);
    expect(selfManaged.unavailable).toBeNull();
    expect(costOf(selfManaged).brokers).toBeCloseTo(75 * 0.096 * 730, 6);
    expect(warningCodes(selfManaged)).not.toContain('very-large-cluster');
  });

  it('is not bound by a lower quota either', () => {
    expect(optionOf(sizeWith({ brokerQuota: 3 }), 'self-managed:m5.large').available).toBe(true);
  });

  it('warns above 200 brokers instead', () => {
    // Ip 1200, Op 2400: 1200 / 5.5172 = 217.5 → 218 → 219 brokers
    const option = optionOf(sizeWith({ peakIngressMiBps: 1200, peakEgressMiBps: 2400 }), 'self-managed:m5.large');
    expect(option.brokers).toBe(219);
    expect(option.available).toBe(true);
    expect(warningCodes(option)).toContain('very-large-cluster');
  });

  it('is not limited to 30 brokers on t3.small, unlike MSK', () => {
    // t3.small: network 16.384 / 8.7 × 0.5 = 0.9416 → ceil(40 / 0.9416) = 43 → 45 brokers
    const defaults = sizeWith();
    expect(optionOf(defaults, 'self-managed:t3.small').brokers).toBe(45);
    expect(optionOf(defaults, 'self-managed:t3.small').available).toBe(true);
    expect(optionOf(defaults, 'msk-standard:kafka.t3.small').unavailable?.code).toBe('t3-no-kraft');
  });
});
