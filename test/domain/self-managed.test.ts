/**
 * Self-managed Kafka on EC2 (SPEC §7), hand-worked. Prices, us-east-1 (aws-prices.md §6, §7): EC2 m5.large
 * $0.096/h, m7g.large $0.0816/h, m5.24xlarge $4.608/h; gp3 $0.08/GB-month, gp3 throughput $0.04 per MiB/s-month
 * above 125 MiB/s; cross-AZ $0.01/GB each direction.
 * Scenario: SPEC §2 defaults with TLS off (I 20, Ip 40, O 40, Op 80 MiB/s, RF 3, 168 h, 3 AZs), so
 * kafka.m5.large and m5.large need 9 brokers (ceil(40 / (96/8.7 × 0.5)) = ceil(7.25) = 8 → 9) and local
 * storage provisioned is 20 × 168 × 3600 × 3 / 1024 / 0.5 = 70,875 GiB.
 */
import { describe, expect, it } from 'vitest';
import { costOf, optionOf, regionOf, sizeWith, specGibPerMonth } from '../support/factories';

const PLAIN = { tlsInTransit: false } as const;

describe('the prices these hand calculations use', () => {
  it('match the bundled data', () => {
    const r = regionOf('us-east-1');
    expect([r.ec2Hourly['m5.large'], r.ec2Hourly['m7g.large'], r.ec2Hourly['m5.24xlarge']]).toEqual([0.096, 0.0816, 4.608]);
    expect([r.gp3PerGbMonth, r.gp3ThroughputPerMiBpsMonth, r.gp3IncludedMiBps, r.crossAzPerGbEachDirection]).toEqual([0.08, 0.04, 125, 0.01]);
  });
});

describe('self-managed Kafka on m5.large in us-east-1', () => {
  const result = sizeWith({ ...PLAIN, selfManaged: { controllerInstance: 'm5.large', controllerCount: 3, opsHoursPerMonth: 40, opsHourlyUsd: 100 } });
  const option = optionOf(result, 'self-managed:m5.large');
  const cost = costOf(option);

  it('uses the broker count of the MSK Standard size on the same EC2 type', () => {
    expect(option.brokers).toBe(9);
    expect(option.brokers).toBe(optionOf(result, 'msk-standard:kafka.m5.large').brokers);
  });

  it('prices brokers at the EC2 rate and storage at the gp3 rate', () => {
    expect(cost.brokers).toBeCloseTo(9 * 0.096 * 730, 6); // $630.72
    expect(cost.storage).toBeCloseTo(70_875 * 0.08, 6); // $5,670
  });

  it('buys no gp3 throughput when each volume needs less than 125 MiB/s', () => {
    // storage throughput 40 × 3 + 0.5 × 40 = 140 MiB/s over 9 brokers = 15.6 MiB/s each
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
    const result = sizeWith({ ...PLAIN, availabilityZones: 2 });
    const selfManaged = costOf(optionOf(result, 'self-managed:m5.large'));
    // producers 20 × 1/2 = 10 MiB/s → 25,664.0625 GiB; replication 20 × 4/3 MiB/s → 68,437.5 GiB; consumers 0
    expect(result.workload.crossAzGiBPerMonth.replication).toBeCloseTo(specGibPerMonth((20 * 4) / 3), 6);
    expect(selfManaged.crossAz).toBeCloseTo((25_664.0625 + 68_437.5) * 0.02, 6); // $1,882.03125
    expect(costOf(optionOf(result, 'msk-standard:kafka.m5.large')).crossAz).toBeCloseTo(25_664.0625 * 0.02, 6); // $513.28125
  });

  it('pays for twice ingress crossing AZs with RF 3 over 3 AZs', () => {
    const result = sizeWith(PLAIN);
    expect(result.workload.crossAzGiBPerMonth.replication).toBeCloseTo(specGibPerMonth(20 * 2), 6); // 102,656.25 GiB
  });
});

describe('self-managed controllers', () => {
  it('cost nothing with controllerCount 0', () => {
    const cost = costOf(optionOf(sizeWith({ ...PLAIN, selfManaged: { controllerCount: 0 } }), 'self-managed:m5.large'));
    expect(cost.controllers).toBe(0);
  });

  it('cost 5 × EC2 price × 730 + 5 × 64 GiB gp3 with 5 m7g.large controllers', () => {
    const cost = costOf(optionOf(sizeWith({ ...PLAIN, selfManaged: { controllerInstance: 'm7g.large', controllerCount: 5 } }), 'self-managed:m5.large'));
    // 5 × 0.0816 × 730 + 5 × 64 × 0.08 = 297.84 + 25.60 = $323.44
    expect(cost.controllers).toBeCloseTo(323.44, 9);
  });
});

describe('self-managed operations time', () => {
  it('is 0 and warned about when no hours are entered', () => {
    const option = optionOf(sizeWith(PLAIN), 'self-managed:m5.large');
    expect(costOf(option).operations).toBe(0);
    expect(option.warnings.some((w) => /operations time/i.test(w))).toBe(true);
  });
});

describe('self-managed gp3 throughput', () => {
  it('buys throughput above 125 MiB/s per volume when each broker writes more than that', () => {
    // m5.24xlarge, Ip = Op = 200 (avg 100), 12 h, no lagging reads, TLS off:
    //   storageF = 1.5 + 1.5 + 0 + 3 = 6, netF = 1 × 1.5 + 2.2 + 0 + 3 = 6.7
    //   ingress cap = min(1000/6, 3200/6.7) × 0.5 = 83.33 → ceil(2.4) = 3 → 3; partitions 900/4000 → 3
    //   storage 100 × 12 × 3600 × 3 / 1024 / 0.5 = 25,312.5 GiB → 2 → 3; so 3 brokers
    //   per-broker write rate = 200 × 3 / 3 = 200 MiB/s → 75 MiB/s above 125 → 75 × 3 × $0.04 = $9
    const result = sizeWith({
      ...PLAIN, avgIngressMiBps: 100, peakIngressMiBps: 200, avgEgressMiBps: 100, peakEgressMiBps: 200,
      retentionHours: 12, laggingConsumerPct: 0,
    });
    const option = optionOf(result, 'self-managed:m5.24xlarge');
    expect(option.brokers).toBe(3);
    expect(costOf(option).provisionedThroughput).toBeCloseTo((200 - 125) * 3 * 0.04, 9);
    expect(costOf(option).brokers).toBeCloseTo(3 * 4.608 * 730, 6);
  });
});
