/**
 * Model v2 (SPEC §2–§9, changes marked (v2)), worked by hand scenario by scenario. Prices are us-east-1 from the
 * bundled data (aws-prices.md): kafka.t3.small $0.0456/h, kafka.m5.large $0.21/h, kafka.m7g.large $0.204/h,
 * kafka.m7g.2xlarge $0.816/h, express.m7g.large $0.408/h, xlarge $0.816/h, 2xlarge $1.632/h, 4xlarge $3.264/h;
 * MSK and Express storage $0.10/GB-month, PST $0.08 per MiB/s-month, tiered $0.06/GB-month, Express data in
 * $0.01/GB; Serverless $0.75 per cluster-hour, $0.0015 per partition-hour, $0.10/GB in, $0.05/GB out,
 * $0.10/GB-month; cross-AZ $0.01/GB each direction.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf } from '../../src/domain';
import {
  BUNDLED_PRICE_BOOK,
  brokersByConstraint,
  constraintOf,
  costOf,
  optionOf,
  regionOf,
  sizeWith,
  SPEC_COST_LINES,
  specBrokers,
  specGibForHours,
  specGibPerMonth,
  warningCodes,
} from '../support/factories';

describe('the prices these hand calculations use', () => {
  it('match the bundled data', () => {
    const r = regionOf('us-east-1');
    expect(['kafka.t3.small', 'kafka.m5.large', 'kafka.m7g.large', 'kafka.m7g.2xlarge'].map((t) => r.mskBrokerHourly[t])).toEqual([
      0.0456, 0.21, 0.204, 0.816,
    ]);
    expect(['large', 'xlarge', '2xlarge', '4xlarge'].map((s) => r.expressBrokerHourly[`express.m7g.${s}`])).toEqual([
      0.408, 0.816, 1.632, 3.264,
    ]);
    expect([r.mskStoragePerGbMonth, r.provisionedThroughputPerMiBpsMonth, r.tieredStoragePerGbMonth]).toEqual([0.1, 0.08, 0.06]);
    expect([r.expressStoragePerGbMonth, r.expressDataInPerGb, r.crossAzPerGbEachDirection]).toEqual([0.1, 0.01, 0.01]);
  });
});

describe("the issue's example: 280 MiB/s in and out for 24 hours on kafka.m7g.2xlarge", () => {
  // I = Ip = O = Op = 280 MiB/s, 24 h, defaults otherwise (RF 3, 3 AZs, 300 partitions, utilisation 0.5, TLS factor 1).
  // storageF = 1.5 + 1.5 + 0.5 + 3 = 6.5; netF = (280/280) × 1.5 + 2.2 + 0.5 + 3 = 7.2
  // network: 469 / 7.2 × 0.5 = 32.57 → ceil(8.6) = 9 → 9; partitions 900 / 2000 → 3
  // storage: 280 × 24 × 3600 × 3 / 1024 / 0.5 = 141,750 GiB / 16,384 = 8.65 → 9 → 9
  const workload = { avgIngressMiBps: 280, peakIngressMiBps: 280, avgEgressMiBps: 280, peakEgressMiBps: 280, retentionHours: 24 };
  const storageUsd = ((280 * 24 * 3600 * 3) / 1024 / 0.5) * 0.1; // 141,750 GiB × $0.10 = $14,175
  // producers 280 × 2/3 MiB/s = 479,062.5 GiB/month × $0.02; consumers 0 (nearest-replica fetch, RF 3 = AZ 3)
  const crossAzUsd = specGibPerMonth((280 * 2) / 3) * 0.01 * 2; // $9,581.25
  const offTotal = 15 * 0.816 * 730 + storageUsd + crossAzUsd; // 8,935.20 + 14,175 + 9,581.25 = $32,691.45
  const onTotal = 12 * 0.816 * 730 + storageUsd + 12 * 304 * 0.08 + crossAzUsd; // 7,148.16 + 14,175 + 291.84 + 9,581.25 = $31,196.25

  it('needs 15 brokers with PST off: 280 / ((250 / 6.5) × 0.5) = 14.56 → 15', () => {
    const option = optionOf(sizeWith({ ...workload, provisionedThroughputMiBps: null }), 'msk-standard:kafka.m7g.2xlarge');
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((250 / 6.5) * 0.5, 12);
    expect(constraintOf(option, 'storageThroughput')?.rawBrokersNeeded).toBe(Math.ceil(280 / ((250 / 6.5) * 0.5))); // 15
    expect(brokersByConstraint(option)).toEqual({ storageThroughput: 15, networkThroughput: 9, partitions: 3, storage: 9 });
    expect(option.brokers).toBe(15);
    expect(option.bottleneck).toBe('storageThroughput');
    expect(option.provisionedThroughputMiBps).toBeNull();
    expect(costOf(option).total).toBeCloseTo(offTotal, 6);
  });

  it('chooses 304 MiB/s and 12 brokers under "auto", the smallest whole rate as good as the 312.5 maximum', () => {
    // at 312.5: 280 / (312.5 / 6.5 × 0.5) = 11.65 → 12 → 12; 303 × 12 / 13 = 279.7 < 280 but 304 × 12 / 13 = 280.6 ≥ 280
    expect(specBrokers(280, (312.5 / 6.5) * 0.5, 3)).toBe(12);
    expect((303 / 6.5) * 0.5 * 12).toBeLessThan(280);
    expect((304 / 6.5) * 0.5 * 12).toBeGreaterThanOrEqual(280);
    const option = optionOf(sizeWith(workload), 'msk-standard:kafka.m7g.2xlarge');
    expect(option.provisionedThroughputMiBps).toBe(304);
    expect(option.brokers).toBe(12);
    expect(option.provisionedThroughputBrokersSaved).toBe(15 - 12);
    expect(constraintOf(option, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((304 / 6.5) * 0.5, 12);
  });

  it('keeps PST because its total is lower: $31,196.25 against $32,691.45', () => {
    const option = optionOf(sizeWith(workload), 'msk-standard:kafka.m7g.2xlarge');
    expect(onTotal).toBeLessThan(offTotal);
    const cost = costOf(option);
    expect(cost.brokers).toBeCloseTo(12 * 0.816 * 730, 6);
    expect(cost.storage).toBeCloseTo(storageUsd, 6);
    expect(cost.provisionedThroughput).toBeCloseTo(12 * 304 * 0.08, 9);
    expect(cost.crossAz).toBeCloseTo(crossAzUsd, 6);
    expect(cost.total).toBeCloseTo(onTotal, 6);
    expect(option.provisionedThroughputPlan).toEqual({
      mode: 'auto',
      brokersWithoutPst: 15,
      rateMiBps: 304,
      brokersAtRate: 12,
      totalWithoutPstUsd: expect.closeTo(offTotal, 6),
      totalAtRateUsd: expect.closeTo(onTotal, 6),
    });
  });

  it('charges a fixed rate in full, even when a smaller one would do', () => {
    // 312.5 (max): 12 brokers, PST 12 × 312.5 × 0.08 = $300
    const option = optionOf(sizeWith({ ...workload, provisionedThroughputMiBps: 312.5 }), 'msk-standard:kafka.m7g.2xlarge');
    expect(option.brokers).toBe(12);
    expect(costOf(option).provisionedThroughput).toBeCloseTo(12 * 312.5 * 0.08, 9);
    expect(option.provisionedThroughputPlan?.mode).toBe('fixed');
  });

  it('keeps PST under "auto" when it is the only way to fit the broker quota', () => {
    // quota 12: PST off needs 15 (unavailable), PST at 304 needs 12 (fits)
    const option = optionOf(sizeWith({ ...workload, brokerQuota: 12 }), 'msk-standard:kafka.m7g.2xlarge');
    expect(option.available).toBe(true);
    expect(option.brokers).toBe(12);
    expect(option.provisionedThroughputMiBps).toBe(304);
  });
});

describe('tiered storage holds the full retention (v2)', () => {
  // 20 MiB/s average, 168 h retention, 72 h local
  const result = sizeWith({ avgIngressMiBps: 20, retentionHours: 168, localRetentionHours: 72 });
  const tierGiB = (20 * 168 * 3600) / 1024; // 11,812.5 GiB
  const localProvisionedGiB = (20 * 72 * 3600 * 3) / 1024 / 0.5; // 30,375 GiB

  it('puts one copy of all 168 hours in the tier and 72 hours × 3 replicas on broker disks', () => {
    expect(result.workload.tieredStorageGiB).toBeCloseTo(11_812.5, 9);
    expect(result.workload.tieredStorageGiB).toBeCloseTo(tierGiB, 9);
    expect(result.workload.localStorageProvisionedGiB).toBeCloseTo(localProvisionedGiB, 9);
  });

  it('prices both on MSK Standard', () => {
    const cost = costOf(optionOf(result, 'msk-standard:kafka.m5.large'));
    expect(cost.tieredStorage).toBeCloseTo(tierGiB * 0.06, 6); // $708.75
    expect(cost.storage).toBeCloseTo(localProvisionedGiB * 0.1, 6); // $3,037.50
  });
});

describe('kafka.t3.small stops at 30 brokers (no KRaft)', () => {
  // T3 network: 16.384 / 8.7 × 0.5 = 0.9416 MiB/s per broker (fan-out 2), storage 21.75 / 6.5 × 0.5 = 1.673
  const t3 = (overrides: Record<string, unknown>) => optionOf(sizeWith(overrides), 'msk-standard:kafka.t3.small');

  it('is available with exactly 30 brokers', () => {
    // Ip 28, Op 56: ceil(28 / 0.9416) = ceil(29.74) = 30 → 30
    const option = t3({ peakIngressMiBps: 28, avgEgressMiBps: 28, peakEgressMiBps: 56 });
    expect(option.brokers).toBe(30);
    expect(option.available).toBe(true);
  });

  it('is unavailable with 33 brokers, below the quota of 60, and says the largest peak ingress that fits', () => {
    // Ip 29, Op 58: ceil(29 / 0.9416) = ceil(30.8) = 31 → 33; 30 brokers carry 30 × 0.9416 = 28.25 MiB/s
    const option = t3({ peakIngressMiBps: 29, avgEgressMiBps: 29, peakEgressMiBps: 58 });
    expect(option.brokers).toBe(33);
    expect(option.available).toBe(false);
    expect(option.unavailable?.code).toBe('t3-no-kraft');
    expect(option.unavailable?.message).toMatch(/fits up to 28\.25 MiB\/s of peak ingress/);
  });

  it.each([45, 60, 1000])('is unavailable with 45 brokers whatever quota lets them in (%i)', (brokerQuota) => {
    // defaults: ceil(40 / 0.9416) = ceil(42.48) = 43 → 45
    const option = t3({ brokerQuota });
    expect(option.brokers).toBe(45);
    expect(option.unavailable?.code).toBe('t3-no-kraft');
  });

  it('reports the broker quota instead when the quota is the tighter limit', () => {
    const option = t3({ brokerQuota: 20 });
    expect(option.unavailable?.code).toBe('broker-quota');
    // 20 brokers over 3 AZs: 18 usable → 18 × 0.9416 = 16.95 MiB/s
    expect(option.unavailable?.message).toMatch(/fits up to 16\.95 MiB\/s/);
  });
});

describe('MSK Serverless per-partition quotas (v2)', () => {
  it('makes 150 MiB/s of peak ingress on 10 partitions not eligible: it needs at least 30 partitions', () => {
    // ceil(150 / 5 MiB/s per partition) = 30
    const option = optionOf(sizeWith({ peakIngressMiBps: 150, peakEgressMiBps: 100, partitions: 10 }), 'msk-serverless:serverless');
    expect(option.available).toBe(false);
    expect(option.unavailable?.code).toBe('serverless-limit');
    expect(option.unavailable?.message).toMatch(/needs at least 30 partitions for 150 MiB\/s/);
  });

  it('makes 10 MiB/s of egress per partition the limit: 101 MiB/s on 10 partitions needs 11', () => {
    expect(optionOf(sizeWith({ peakEgressMiBps: 100, partitions: 10 }), 'msk-serverless:serverless').available).toBe(true);
    const option = optionOf(sizeWith({ peakEgressMiBps: 101, partitions: 10 }), 'msk-serverless:serverless');
    expect(option.unavailable?.code).toBe('serverless-limit');
    // ceil(101 / 10) = 11
    expect(option.unavailable?.message).toMatch(/needs at least 11 partitions for 101 MiB\/s/);
  });

  it('is eligible with 30 partitions for the same 150 MiB/s', () => {
    expect(optionOf(sizeWith({ peakIngressMiBps: 150, peakEgressMiBps: 100, partitions: 30 }), 'msk-serverless:serverless').available).toBe(
      true,
    );
  });
});

describe('purpose decides whether T3 may be recommended (v2)', () => {
  // I = Ip = O = Op = 1 MiB/s, 50 partitions, 24 h, RF 3, 3 AZs. Every MSK Standard size needs 3 brokers
  // (T3: storage 1 / 1.673 → 1, network 1 / (16.384 / 7.2 × 0.5 = 1.138) → 1, partitions 150 / 300 → 1; → 3).
  // Local storage 1 × 24 × 3600 × 3 / 1024 / 0.5 = 506.25 GiB × $0.10 = 50.625; cross-AZ producers
  // 1 × 2/3 MiB/s = 1,710.9375 GiB × $0.02 = 34.21875.
  //   kafka.t3.small    3 × 0.0456 × 730 = 99.864 + 50.625 + 34.21875 = 184.70775
  //   kafka.m5.large    3 × 0.21 × 730 = 459.90 + 84.84375 = 544.74375;  kafka.m7g.large 446.76 + 84.84375 = 531.60375
  //   express.m7g.large 3 × 0.408 × 730 = 893.52 + 84.375 GiB × 0.10 + 2,566.41 GiB × 0.01 + 34.21875 = 961.84
  //   Serverless        547.50 + 50 × 0.0015 × 730 + 256.64 + 128.32 + 8.44 = 995.65
  // Every other MSK broker costs at least 0.204 $/h, so 3 of them cost ≥ 446.76 > 184.71.
  const tiny = {
    avgIngressMiBps: 1,
    peakIngressMiBps: 1,
    avgEgressMiBps: 1,
    peakEgressMiBps: 1,
    partitions: 50,
    retentionHours: 24,
    replicationFactor: 3,
    availabilityZones: 3,
  };
  const t3Total = 3 * 0.0456 * 730 + 506.25 * 0.1 + specGibPerMonth(2 / 3) * 0.02;

  it('recommends kafka.t3.small for development, the cheapest MSK option', () => {
    const result = sizeWith({ ...tiny, purpose: 'development' });
    const t3 = optionOf(result, 'msk-standard:kafka.t3.small');
    expect(t3.brokers).toBe(3);
    expect(costOf(t3).total).toBeCloseTo(t3Total, 6);
    expect(costOf(t3).total).toBeCloseTo(184.70775, 6);
    expect(result.recommendations.overall).toBe('msk-standard:kafka.t3.small');
    for (const o of result.options.filter((x) => x.deployment !== 'self-managed' && x.available)) {
      expect(costOf(o).total, o.id).toBeGreaterThanOrEqual(t3Total - 1e-9);
    }
  });

  it('recommends kafka.m7g.large for production, never T3', () => {
    const result = sizeWith({ ...tiny, purpose: 'production' });
    expect(result.recommendations.byClass['msk-t3']).toBe('msk-standard:kafka.t3.small');
    expect(result.recommendations.overall).toBe('msk-standard:kafka.m7g.large');
    expect(costOf(optionOf(result, 'msk-standard:kafka.m7g.large')).total).toBeCloseTo(3 * 0.204 * 730 + 50.625 + 34.21875, 6);
    // kafka.m5.large at 544.74 is +2.5 %, within 5 % of 531.60: a close alternative
    expect(result.recommendations.closeAlternatives).toEqual(['msk-standard:kafka.m5.large']);
  });
});

describe('consumer groups derive egress (v2)', () => {
  // 3 groups reading everything: O = 3 × 20 = 60, Op = 3 × 40 = 120 MiB/s; the egress fields are ignored, even invalid ones
  const result = sizeWith({ avgIngressMiBps: 20, peakIngressMiBps: 40, consumerGroups: 3, avgEgressMiBps: -1, peakEgressMiBps: 'n/a' });

  it('puts the derived egress in the normalised scenario of the result', () => {
    expect(result.scenario.consumerGroups).toBe(3);
    expect([result.scenario.avgEgressMiBps, result.scenario.peakEgressMiBps]).toEqual([60, 120]);
  });

  it('sizes Express egress and prices Serverless data out from the derived egress', () => {
    // express.m7g.large egress 120 / 31.25 = 3.84 → 4 → 6
    expect(constraintOf(optionOf(result, 'msk-express:express.m7g.large'), 'egress')?.demand).toBe(120);
    expect(constraintOf(optionOf(result, 'msk-express:express.m7g.large'), 'egress')?.brokersNeeded).toBe(6);
    // 60 MiB/s = 153,984.375 GiB × $0.05
    expect(costOf(optionOf(result, 'msk-serverless:serverless')).dataOut).toBeCloseTo(specGibPerMonth(60) * 0.05, 6);
  });

  it('uses the derived fan-out in the Standard network factor', () => {
    // Op / Ip = 120 / 40 = 3: netF = 3 × 1.5 + 2.2 + 0.5 + 3 = 10.2 → kafka.m5.large 96 / 10.2 × 0.5
    expect(constraintOf(optionOf(result, 'msk-standard:kafka.m5.large'), 'networkThroughput')?.capacityPerBroker).toBeCloseTo(
      (96 / 10.2) * 0.5,
      12,
    );
  });
});

describe('Express egress capacity is 2 × sustained ingress (v2)', () => {
  it('is 15.625 × 2 = 31.25 MiB/s per express.m7g.large broker', () => {
    expect(constraintOf(optionOf(sizeWith(), 'msk-express:express.m7g.large'), 'egress')?.capacityPerBroker).toBe(15.625 * 2);
  });

  it('is 500 × 2 = 1,000 MiB/s per express.m7g.16xlarge broker', () => {
    expect(constraintOf(optionOf(sizeWith(), 'msk-express:express.m7g.16xlarge'), 'egress')?.capacityPerBroker).toBe(500 * 2);
  });
});

describe('the TLS factor applies to every broker-based option alike (v2)', () => {
  const lowered = { tlsFactor: 0.6, pageCacheShare: 0.5, mm2MiBpsPerMcu: 8, moveMonths: 1, m7gCpuFactor: 0.73 };

  it('lowers MSK Standard, MSK Express and self-managed capacities by the same factor', () => {
    const result = sizeWith({ tlsInTransit: true }, BUNDLED_PRICE_BOOK, lowered);
    // kafka.m5.large: 96 / 8.7 × 0.5 × 0.6 = 3.310 → ceil(12.08) = 13 → 15
    const standard = optionOf(result, 'msk-standard:kafka.m5.large');
    expect(constraintOf(standard, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / 8.7) * 0.5 * 0.6, 12);
    expect(constraintOf(standard, 'storageThroughput')?.capacityPerBroker).toBeCloseTo((81 / 6.5) * 0.5 * 0.6, 12);
    expect(standard.brokers).toBe(15);
    // express.m7g.large: ingress 15.625 × 0.75 × 0.6 = 7.03 → ceil(5.69) = 6 → 6; egress 15.625 × 2 × 0.6 = 18.75 → ceil(4.27) = 5 → 6
    const express = optionOf(result, 'msk-express:express.m7g.large');
    expect(constraintOf(express, 'ingress')?.capacityPerBroker).toBeCloseTo(15.625 * 0.75 * 0.6, 12);
    expect(constraintOf(express, 'egress')?.capacityPerBroker).toBeCloseTo(15.625 * 2 * 0.6, 12);
    expect(express.brokers).toBe(6);
    // self-managed m5.large: gp3 volume 81, the same 3.310 MiB/s → 15 brokers
    const selfManaged = optionOf(result, 'self-managed:m5.large');
    expect(constraintOf(selfManaged, 'networkThroughput')?.capacityPerBroker).toBeCloseTo((96 / 8.7) * 0.5 * 0.6, 12);
    expect(selfManaged.brokers).toBe(15);
  });

  it('does nothing when TLS is off', () => {
    const result = sizeWith({ tlsInTransit: false }, BUNDLED_PRICE_BOOK, lowered);
    expect(constraintOf(optionOf(result, 'msk-express:express.m7g.large'), 'ingress')?.capacityPerBroker).toBe(15.625 * 0.75);
    expect(optionOf(result, 'msk-standard:kafka.m5.large').brokers).toBe(9);
  });

  it('changes nothing at its default of 1.0', () => {
    const result = sizeWith({ tlsInTransit: true });
    expect(result.assumptions.tlsFactor).toBe(1);
    expect(constraintOf(optionOf(result, 'msk-express:express.m7g.large'), 'ingress')?.capacityPerBroker).toBe(15.625 * 0.75);
    expect(constraintOf(optionOf(result, 'msk-express:express.m7g.large'), 'egress')?.capacityPerBroker).toBe(15.625 * 2);
    expect(constraintOf(optionOf(result, 'msk-standard:kafka.m5.large'), 'networkThroughput')?.capacityPerBroker).toBeCloseTo(
      (96 / 8.7) * 0.5,
      12,
    );
    expect(constraintOf(optionOf(result, 'self-managed:m5.large'), 'networkThroughput')?.capacityPerBroker).toBeCloseTo(
      (96 / 8.7) * 0.5,
      12,
    );
  });
});

describe('close alternatives (v2)', () => {
  // I 20, Ip 80, O 40, Op 80, 300 partitions, retention 2,160 h (90 days).
  // Express: large 80 / 11.71875 = 6.83 → 7 → 9; xlarge 80 / 23.4375 = 3.41 → 4 → 6; 2xlarge 80 / 46.875 = 1.71 → 2 → 3;
  //          egress 80 / 31.25 = 2.56 → 3 and partitions 900 / 1000 → 3 bind none of them.
  //   brokers: large 9 × 0.408 × 730 = 2,680.56; xlarge 6 × 0.816 × 730 = 3,574.08 = 2xlarge 3 × 1.632 × 730
  //   shared: storage 20 × 2,160 × 3600 / 1024 = 151,875 GiB × $0.10 = 15,187.50; data in 51,328.125 GiB × $0.01 = 513.28125;
  //           cross-AZ 34,218.75 GiB × $0.02 = 684.375 → 16,385.15625
  //   large 19,065.71625 (overall); xlarge and 2xlarge 19,959.23625 = +4.69 %, within 1.05 × 19,065.72 = 20,018.99
  //   4xlarge 3 × 3.264 × 730 + 16,385.16 = 23,533.32 is not; Serverless 876 + 15,187.50 + 5,132.81 + 5,132.81 = 26,329.13 is not;
  //   Standard sizes pay 20 × 2,160 × 3600 × 3 / 1024 / 0.5 × $0.10 = $91,125 for storage alone.
  const long = { avgIngressMiBps: 20, peakIngressMiBps: 80, avgEgressMiBps: 40, peakEgressMiBps: 80, retentionHours: 2160 };
  const shared = specGibForHours(20, 2160) * 0.1 + specGibPerMonth(20) * 0.01 + specGibPerMonth((20 * 2) / 3) * 0.02;
  const largeTotal = 9 * 0.408 * 730 + shared;
  const biggerTotal = 6 * 0.816 * 730 + shared;

  it('lists the bigger Express sizes within 5 %, fewest brokers first', () => {
    // the hand-worked bound: xlarge and 2xlarge within 1.05 × large, 4xlarge beyond it
    expect(shared).toBeCloseTo(16_385.15625, 6);
    expect(biggerTotal).toBeLessThanOrEqual(largeTotal * 1.05);
    expect(3 * 3.264 * 730 + shared).toBeGreaterThan(largeTotal * 1.05);
    const result = sizeWith(long);
    expect(optionOf(result, 'msk-express:express.m7g.large').brokers).toBe(9);
    expect(optionOf(result, 'msk-express:express.m7g.xlarge').brokers).toBe(6);
    expect(optionOf(result, 'msk-express:express.m7g.2xlarge').brokers).toBe(3);
    expect(costOf(optionOf(result, 'msk-express:express.m7g.large')).total).toBeCloseTo(largeTotal, 6);
    expect(costOf(optionOf(result, 'msk-express:express.m7g.xlarge')).total).toBeCloseTo(biggerTotal, 6);
    expect(costOf(optionOf(result, 'msk-express:express.m7g.2xlarge')).total).toBeCloseTo(biggerTotal, 6);
    expect(result.recommendations.overall).toBe('msk-express:express.m7g.large');
    expect(result.recommendations.closeAlternatives).toEqual(['msk-express:express.m7g.2xlarge', 'msk-express:express.m7g.xlarge']);
  });

  it('lists none when the bigger sizes are more than 5 % dearer', () => {
    // retention 1,000 h: shared 7,031.25 + 513.28 + 684.375 = 8,228.91; large 10,909.47; xlarge 11,802.99 = +8.2 %
    const result = sizeWith({ ...long, retentionHours: 1000 });
    const large = 9 * 0.408 * 730 + specGibForHours(20, 1000) * 0.1 + specGibPerMonth(20) * 0.01 + specGibPerMonth((20 * 2) / 3) * 0.02;
    expect(6 * 0.816 * 730 - 9 * 0.408 * 730).toBeGreaterThan(0.05 * large);
    expect(result.recommendations.overall).toBe('msk-express:express.m7g.large');
    expect(result.recommendations.closeAlternatives).toEqual([]);
  });
});

describe('coded warnings about the scenario (SPEC §8)', () => {
  it('flag RF below 3, 2 AZs, CPU, hard-maximum partitions and TLS off', () => {
    const result = sizeWith({
      replicationFactor: 2,
      availabilityZones: 2,
      utilizationStandard: 0.7,
      useMaxPartitions: true,
      tlsInTransit: false,
      nearestReplicaFetch: false,
    });
    expect(warningCodes(result)).toEqual([
      'replication-factor-below-3',
      'min-insync-replicas',
      'two-availability-zones',
      'cpu-not-modelled',
      'max-partitions-sizing',
      'tls-off',
    ]);
    expect(result.warnings.find((w) => w.code === 'min-insync-replicas')?.message).toMatch(/RF − 1 = 1/);
  });

  it('explain nearest-replica fetch with the consumer cross-AZ cost it saves', () => {
    // consumers would cross AZs for 40 × 2/3 MiB/s without it, none with it (RF 3 = AZ 3):
    // 68,437.5 GiB × $0.02 = $1,368.75 a month
    const result = sizeWith();
    expect(warningCodes(result)).toEqual(['min-insync-replicas', 'nearest-replica-fetch-config']);
    const message = result.warnings.find((w) => w.code === 'nearest-replica-fetch-config')?.message ?? '';
    expect(specGibPerMonth((40 * 2) / 3) * 0.02).toBeCloseTo(1_368.75, 9);
    expect(message).toContain('$1,368.75');
    expect(message).toMatch(/client\.rack/);
    expect(message).toMatch(/replica\.selector\.class/);
  });

  it('warn about RF 1 but suggest no min.insync.replicas for it', () => {
    expect(warningCodes(sizeWith({ replicationFactor: 1 }))).toEqual(['replication-factor-below-3', 'nearest-replica-fetch-config']);
  });
});

describe('cost lines (SPEC §9)', () => {
  it('are all present on every priced option, 0 when they do not apply', () => {
    for (const o of sizeWith().options) {
      if (o.monthlyCostUsd === null) continue;
      for (const line of SPEC_COST_LINES) expect(typeof o.monthlyCostUsd[line], `${o.id} ${line}`).toBe('number');
      expect(o.monthlyCostUsd.totalExcludes, o.id).toEqual([]);
    }
  });
});

describe('egress derived from consumer groups stays within the throughput maximum', () => {
  it('refuses consumer groups whose derived peak egress would pass 1,048,576 MiB/s, naming the field', () => {
    // 1,000 groups × 2,000 MiB/s = 2,000,000 MiB/s > 1,048,576.
    const parsed = parseScenario(
      { avgIngressMiBps: 1_000, peakIngressMiBps: 2_000, consumerGroups: 1_000 },
      scenarioContextOf(BUNDLED_PRICE_BOOK),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.field)).toEqual(['consumerGroups']);
  });
});

describe('editable assumptions carried in the scenario', () => {
  it('size the scenario with its own TLS factor when no assumptions are passed', () => {
    // express.m7g.large at TLS factor 0.5: 15.625 × 0.75 × 0.5 = 5.859375 MiB/s per broker; 40 / 5.859375 = 6.83 → 7 → 9 brokers.
    const result = sizeWith({ assumptions: { tlsFactor: 0.5, pageCacheShare: 0.5, mm2MiBpsPerMcu: 8, moveMonths: 1, m7gCpuFactor: 0.73 } });
    expect(constraintOf(optionOf(result, 'msk-express:express.m7g.large'), 'ingress')?.capacityPerBroker).toBeCloseTo(5.859375, 9);
    expect(optionOf(result, 'msk-express:express.m7g.large').brokers).toBe(9);
    expect(result.assumptions).toEqual({ tlsFactor: 0.5, pageCacheShare: 0.5, mm2MiBpsPerMcu: 8, moveMonths: 1, m7gCpuFactor: 0.73 });
  });

  it('refuses an assumption outside its range, naming it', () => {
    const parsed = parseScenario({ assumptions: { tlsFactor: 1.5 } }, scenarioContextOf(BUNDLED_PRICE_BOOK));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.field)).toEqual(['assumptions.tlsFactor']);
  });
});
