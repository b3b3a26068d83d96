/**
 * MSK Express (SPEC §5) and MSK Serverless (SPEC §6), hand-worked.
 *
 * Express sizing-logic ingress per broker: large 15.625, xlarge 31.25 MiB/s (SPEC §5); egress = × 2 (v2, MSK docs;
 * AWS's script uses 2.5);
 * partitions: large/xlarge 1000 recommended. us-east-1 prices (aws-prices.md §3, §4, §7): express.m7g.large
 * $0.408/h, xlarge $0.816/h, Express storage $0.10/GB-month, data written $0.01/GB; Serverless $0.75 per
 * cluster-hour, $0.0015 per partition-hour, $0.10/GB in, $0.05/GB out, $0.10/GB-month storage;
 * cross-AZ $0.01/GB each direction.
 * Scenario defaults (SPEC §2): I 20, Ip 40, O 40, Op 80 MiB/s, 168 h, 300 partitions, 3 AZs, utilizationExpress 0.75.
 */
import { describe, expect, it } from 'vitest';
import {
  brokersByConstraint,
  constraintOf,
  costOf,
  expressSpecOf,
  optionOf,
  regionOf,
  sizeWith,
  specGibForHours,
  specGibPerMonth,
  warningCodes,
} from '../support/factories';

describe('the prices these hand calculations use', () => {
  it('match the bundled data', () => {
    const r = regionOf('us-east-1');
    expect([
      r.expressBrokerHourly['express.m7g.large'],
      r.expressBrokerHourly['express.m7g.xlarge'],
      r.expressStoragePerGbMonth,
      r.expressDataInPerGb,
    ]).toEqual([0.408, 0.816, 0.1, 0.01]);
    expect(r.serverless).toEqual({
      clusterHour: 0.75,
      partitionHour: 0.0015,
      dataInPerGb: 0.1,
      dataOutPerGb: 0.05,
      storagePerGbMonth: 0.1,
    });
  });
});

describe('MSK Express', () => {
  it('uses the sizing-logic sustained ingress figures for every size', () => {
    const sizes = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge'];
    expect(sizes.map((size) => expressSpecOf(`express.m7g.${size}`).ingressSustainedMiBps)).toEqual([
      15.625, 31.25, 62.5, 125, 250, 375, 500,
    ]);
  });

  it('sizes express.m7g.large at sustained ingress × utilizationExpress and egress at sustained ingress × 2', () => {
    const option = optionOf(sizeWith(), 'msk-express:express.m7g.large');
    // ingress: 40 / (15.625 × 0.75 = 11.71875) = 3.41 → 4 → 6
    // egress:  80 / (15.625 × 2 = 31.25) = 2.56 → 3 → 3
    // partitions: 300 × 3 / 1000 = 0.9 → 1 → 3
    expect(constraintOf(option, 'ingress')?.capacityPerBroker).toBe(15.625 * 0.75);
    expect(constraintOf(option, 'egress')?.capacityPerBroker).toBe(15.625 * 2);
    expect(option.constraints.map((c) => c.name)).toEqual(['ingress', 'egress', 'partitions']);
    expect(brokersByConstraint(option)).toEqual({ ingress: 6, egress: 3, partitions: 3 });
    expect(option.brokers).toBe(6);
    expect(option.bottleneck).toBe('ingress');
    expect(option.storagePerBrokerGiB).toBeNull();
    expect(option.provisionedThroughputMiBps).toBeNull();
  });

  it('carries the figures behind each capacity in its derivations', () => {
    const option = optionOf(sizeWith(), 'msk-express:express.m7g.large');
    expect(constraintOf(option, 'ingress')?.derivation).toEqual({
      kind: 'expressIngress',
      sustainedIngressMiBps: 15.625,
      utilization: 0.75,
      tlsFactor: 1,
    });
    expect(constraintOf(option, 'egress')?.derivation).toEqual({
      kind: 'expressEgress',
      sustainedIngressMiBps: 15.625,
      egressFactor: 2,
      tlsFactor: 1,
    });
    expect(constraintOf(option, 'partitions')?.derivation).toEqual({
      kind: 'partitions',
      partitions: 300,
      replicationFactor: 3,
      limit: 'recommended',
    });
  });

  it('can be limited by egress at 2 × sustained ingress where 2.5 × would not be', () => {
    // Op = 200: egress 200 / 31.25 = 6.4 → 7 → 9 (at 2.5 ×: 200 / 39.0625 = 5.12 → 6 → 6); ingress still 6
    const option = optionOf(sizeWith({ peakEgressMiBps: 200 }), 'msk-express:express.m7g.large');
    expect(brokersByConstraint(option)).toEqual({ ingress: 6, egress: 9, partitions: 3 });
    expect(option.brokers).toBe(9);
    expect(option.bottleneck).toBe('egress');
  });

  it('is unavailable above the broker quota and says the largest peak ingress that fits', () => {
    // quota 3: 3 brokers carry 3 × 11.71875 = 35.16 MiB/s of ingress (egress in proportion: 3 × 31.25 / 80 × 40 = 46.9)
    const option = optionOf(sizeWith({ brokerQuota: 3 }), 'msk-express:express.m7g.large');
    expect(option.available).toBe(false);
    expect(option.unavailable?.code).toBe('broker-quota');
    expect(option.unavailable?.message).toMatch(/Needs 6 brokers, more than the quota of 3/);
    expect(option.unavailable?.message).toMatch(/fits up to 35\.16 MiB\/s of peak ingress/);
    // it is still priced, so a page can show what it would cost
    expect(option.monthlyCostUsd).not.toBeNull();
  });

  it('warns that clusters above 30 brokers need KRaft', () => {
    // Ip 400: 400 / 11.71875 = 34.1 → 35 → 36 brokers
    const option = optionOf(sizeWith({ peakIngressMiBps: 400, peakEgressMiBps: 400 }), 'msk-express:express.m7g.large');
    expect(option.brokers).toBe(36);
    expect(warningCodes(option)).toContain('kraft-required');
  });

  it('prices express.m7g.large: broker-hours, one copy of retained data, data written and client cross-AZ', () => {
    const cost = costOf(optionOf(sizeWith(), 'msk-express:express.m7g.large'));
    const brokers = 6 * 0.408 * 730; // $1,787.04
    const storage = specGibForHours(20, 168) * 0.1; // 11,812.5 GiB × $0.10 = $1,181.25
    const dataIn = specGibPerMonth(20) * 0.01; // 51,328.125 GiB × $0.01 = $513.28125
    const crossAz = specGibPerMonth((20 * 2) / 3) * 0.01 * 2; // producers only (RF 3 over 3 AZs, nearest-replica fetch): $684.375
    expect(cost.brokers).toBeCloseTo(brokers, 6);
    expect(cost.storage).toBeCloseTo(storage, 6);
    expect(cost.dataIn).toBeCloseTo(dataIn, 6);
    expect(cost.crossAz).toBeCloseTo(crossAz, 6);
    expect([cost.tieredStorage, cost.provisionedThroughput, cost.dataOut, cost.controllers, cost.operations]).toEqual([0, 0, 0, 0, 0]);
    expect(cost.total).toBeCloseTo(1_787.04 + 1_181.25 + 513.28125 + 684.375, 6); // $4,165.94625
  });

  it('adds the safety factor before rounding to 3 AZs', () => {
    // raw need max(4, 3, 1) = 4: + 2 = 6 → 6; + 3 = 7 → 9
    expect(optionOf(sizeWith({ brokerSafetyFactor: 2 }), 'msk-express:express.m7g.large').brokers).toBe(6);
    expect(optionOf(sizeWith({ brokerSafetyFactor: 3 }), 'msk-express:express.m7g.large').brokers).toBe(9);
  });

  it("always replicates 3 times, whatever the scenario's replication factor", () => {
    const option = optionOf(sizeWith({ replicationFactor: 1 }), 'msk-express:express.m7g.large');
    // partitions demand = 300 × 3, not 300 × 1
    expect(constraintOf(option, 'partitions')?.demand).toBe(900);
    // at least 3 brokers; consumers do not cross AZs (max(0, 3 − 3) = 0), only producers: $684.375
    expect(option.brokers ?? 0).toBeGreaterThanOrEqual(3);
    expect(costOf(option).crossAz).toBeCloseTo(684.375, 6);
    expect(option.warnings.find((w) => w.code === 'express-replication-fixed')?.message).toMatch(/3 replicas/);
  });

  it('stores one copy of the whole retention, not only local retention', () => {
    const cost = costOf(optionOf(sizeWith({ retentionHours: 168, localRetentionHours: 24 }), 'msk-express:express.m7g.large'));
    expect(cost.storage).toBeCloseTo(1_181.25, 6); // 20 × 168 × 3600 / 1024 × $0.10
    expect(cost.tieredStorage).toBe(0);
  });
});

describe('MSK Serverless limits', () => {
  it('is eligible exactly at the limits', () => {
    const option = optionOf(sizeWith({ peakIngressMiBps: 200, peakEgressMiBps: 400, partitions: 2400 }), 'msk-serverless:serverless');
    expect(option.available).toBe(true);
    expect(option.unavailable).toBeNull();
  });

  it('is eligible exactly at the per-partition limits (5 MiB/s in, 10 MiB/s out per partition)', () => {
    // 10 partitions: 10 × 5 = 50 MiB/s in and 10 × 10 = 100 MiB/s out
    const option = optionOf(sizeWith({ peakIngressMiBps: 50, peakEgressMiBps: 100, partitions: 10 }), 'msk-serverless:serverless');
    expect(option.available).toBe(true);
  });

  it.each([
    ['peak ingress above 200 MiB/s', { peakIngressMiBps: 200.5 }, /ingress/i, /200 MiB\/s/],
    ['peak egress above 400 MiB/s', { peakEgressMiBps: 401 }, /egress/i, /400 MiB\/s/],
    ['more than 2400 partitions', { partitions: 2401 }, /partitions/i, /2400/],
    // ceil(150 / 5) = 30 partitions needed for the ingress
    [
      '150 MiB/s of peak ingress on 10 partitions',
      { peakIngressMiBps: 150, peakEgressMiBps: 80, partitions: 10 },
      /at least 30 partitions for 150 MiB\/s/,
      /ingress/,
    ],
    // ceil(150 / 10) = 15 partitions needed for the egress
    [
      '150 MiB/s of peak egress on 10 partitions',
      { peakEgressMiBps: 150, partitions: 10 },
      /at least 15 partitions for 150 MiB\/s/,
      /egress/,
    ],
  ])('is not eligible with %s, and says which limit failed', (_label, overrides, what, limit) => {
    const result = sizeWith(overrides);
    const option = optionOf(result, 'msk-serverless:serverless');
    expect(option.available).toBe(false);
    expect(option.unavailable?.code).toBe('serverless-limit');
    expect(option.unavailable?.message).toMatch(what);
    expect(option.unavailable?.message).toMatch(limit);
    expect(result.recommendations.byClass['msk-serverless']).toBeNull();
    expect(result.recommendations.overall).not.toBe('msk-serverless:serverless');
  });
});

describe('MSK Serverless cost', () => {
  const option = optionOf(sizeWith(), 'msk-serverless:serverless');
  const cost = costOf(option);

  it('warns that Serverless authenticates with IAM only', () => {
    expect(warningCodes(option)).toEqual(['serverless-iam-only']);
  });

  it('has no broker count', () => {
    expect(option.brokers).toBeNull();
    expect(option.instanceType).toBe('serverless');
    expect(option.constraints).toEqual([]);
  });

  it('charges cluster-hours and partition-hours for the month', () => {
    // 0.75 × 730 + 300 × 0.0015 × 730 = 547.50 + 328.50 = $876
    expect(cost.brokers).toBeCloseTo(0.75 * 730 + 300 * 0.0015 * 730, 9);
    expect(cost.brokers).toBeCloseTo(876, 9);
  });

  it('charges data in and out per GiB and one copy of the retained data', () => {
    // in: 20 MiB/s = 51,328.125 GiB × $0.10 = $5,132.8125; out: 40 MiB/s = 102,656.25 GiB × $0.05 = $5,132.8125
    expect(cost.dataIn).toBeCloseTo(specGibPerMonth(20) * 0.1, 6);
    expect(cost.dataOut).toBeCloseTo(specGibPerMonth(40) * 0.05, 6);
    expect(cost.dataIn).toBeCloseTo(5_132.8125, 6);
    expect(cost.dataOut).toBeCloseTo(5_132.8125, 6);
    // retained: 20 × 168 × 3600 / 1024 = 11,812.5 GiB × $0.10 = $1,181.25
    expect(cost.storage).toBeCloseTo(1_181.25, 6);
  });

  it('totals the lines, with no cross-AZ, controller or operations charge', () => {
    expect([cost.crossAz, cost.controllers, cost.operations, cost.tieredStorage, cost.provisionedThroughput]).toEqual([0, 0, 0, 0, 0]);
    expect(cost.total).toBeCloseTo(876 + 5_132.8125 + 5_132.8125 + 1_181.25, 6); // $12,322.875
  });
});
