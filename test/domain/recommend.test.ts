/**
 * Recommendations (SPEC §8, model v2), hand-worked in us-east-1 (TLS factor 1.0, PST auto). Broker-hour prices (aws-prices.md
 * §1, §3, §6): kafka.t3.small 0.0456, kafka.m5.large 0.21, xlarge 0.42, 2xlarge 0.84; kafka.m7g.large 0.204,
 * xlarge 0.408; express.m7g.large 0.408, xlarge 0.816; EC2 m5.large 0.096, m7g.large 0.0816; gp3 $0.08;
 * MSK storage $0.10; cross-AZ $0.01 each direction.
 */
import { describe, expect, it } from 'vitest';
import { classOfOption } from '../../src/domain';
import { costOf, optionOf, sizeWith, withRegionPrices } from '../support/factories';

describe('recommendations for the SPEC §2 default workload', () => {
  // Shared lines: MSK storage 70,875 GiB × 0.10 = 7,087.50; MSK cross-AZ 684.375.
  // Standard m5:  large 9 brokers (network 40 / (96/8.7 × 0.5) = 7.25 → 8 → 9) × 0.21 × 730 = 1,379.70;  xlarge 6 × 0.42 × 730 = 1,839.60
  // Standard m7g: large 9 brokers (storage 40 / (78.75/6.5 × 0.5) = 6.6 → 7 → 9) × 0.204 × 730 = 1,340.28; xlarge 6 × 0.408 × 730 = 1,787.04
  // (every size from m5.4xlarge / m7g.2xlarge up needs 6 brokers for storage, so PST "auto" stays off)
  // Express: large 6 × 0.408 × 730 = 1,787.04 = xlarge 3 × 0.816 × 730 (xlarge: 40/23.4375 → 2, 80/62.5 → 2 → 3)
  //          + storage 1,181.25 + data in 513.28125 + cross-AZ 684.375 = 4,165.94625
  //          express.m7g.2xlarge 3 × 1.632 × 730 = 3,574.08 + 2,378.90625 = 5,952.98625
  // Serverless: 12,322.875 (managed-options.test.ts)
  const result = sizeWith();

  it('picks the cheaper size in a class even when it needs more brokers', () => {
    expect(result.recommendations.byClass['msk-standard-m5']).toBe('msk-standard:kafka.m5.large');
    expect(result.recommendations.byClass['msk-standard-m7g']).toBe('msk-standard:kafka.m7g.large');
    expect(costOf(optionOf(result, 'msk-standard:kafka.m7g.large')).total).toBeCloseTo(1_340.28 + 7_087.5 + 684.375, 6);
  });

  it('breaks a cost tie with fewer brokers (Express large × 6 vs xlarge × 3)', () => {
    const large = optionOf(result, 'msk-express:express.m7g.large');
    const xlarge = optionOf(result, 'msk-express:express.m7g.xlarge');
    expect([large.brokers, xlarge.brokers]).toEqual([6, 3]);
    // both 1,787.04 + 1,181.25 + 513.28125 + 684.375 = 4,165.94625
    expect(costOf(large).total).toBeCloseTo(4_165.946_25, 6);
    expect(costOf(xlarge).total).toBeCloseTo(4_165.946_25, 6);
    expect(result.recommendations.byClass['msk-express']).toBe('msk-express:express.m7g.xlarge');
  });

  it('recommends the cheapest production MSK option overall and compares it with the cheapest self-managed one', () => {
    expect(result.recommendations.overall).toBe('msk-express:express.m7g.xlarge');
    expect(result.recommendations.rule).toMatch(/production/i);
    expect(result.recommendations.rule).toMatch(/not T3/);
    // self-managed m7g.large: 9 × 0.0816 × 730 + 70,875 × 0.08 + 2,737.5 cross-AZ + 225.6 controllers = 9,169.212
    // self-managed m5.large:  630.72 + 5,670 + 2,737.5 + 225.6 = 9,263.82
    expect(result.recommendations.versusSelfManaged?.selfManagedOption).toBe('self-managed:m7g.large');
    expect(result.recommendations.versusSelfManaged?.monthlySavingUsd).toBeCloseTo(
      9 * 0.0816 * 730 + 5_670 + 2_737.5 + 225.6 - (1_787.04 + 1_181.25 + 513.28125 + 684.375),
      6,
    );
  });

  it('lists the options within 5 % of the recommendation as close alternatives', () => {
    // ceiling 4,165.94625 × 1.05 = 4,374.24; express.m7g.large costs the same (+0 %); the next, express.m7g.2xlarge,
    // is 5,952.99 (+43 %); every Standard option pays 7,087.50 for storage alone
    expect(result.recommendations.closeAlternatives).toEqual(['msk-express:express.m7g.large']);
  });
});

describe('recommendations within the broker quota', () => {
  const result = sizeWith({ brokerQuota: 8 });

  it('makes MSK options above the quota unavailable and says why, with the largest peak ingress that fits', () => {
    const m5l = optionOf(result, 'msk-standard:kafka.m5.large');
    expect(m5l.available).toBe(false);
    expect(m5l.unavailable?.code).toBe('broker-quota');
    expect(m5l.unavailable?.message).toMatch(/9 brokers/);
    expect(m5l.unavailable?.message).toMatch(/quota of 8/);
    // 8 brokers over 3 AZs: 6 usable; network 6 × 96 / 8.7 × 0.5 = 33.10 MiB/s (storage 6 × 6.23 = 37.4; 5 storage brokers fit)
    expect(m5l.unavailable?.message).toMatch(/fits up to 33\.1 MiB\/s of peak ingress/);
  });

  it("leaves self-managed Kafka available: MSK's quota does not bind it", () => {
    const selfManaged = optionOf(result, 'self-managed:m5.large');
    expect(selfManaged.brokers).toBe(9);
    expect(selfManaged.available).toBe(true);
  });

  it('picks the cheapest MSK size whose brokers fit in the quota', () => {
    // m5: large needs 9 > 8; xlarge 6 × 0.42 × 730 = 1,839.60 < 2xlarge 6 × 0.84 × 730
    expect(result.recommendations.byClass['msk-standard-m5']).toBe('msk-standard:kafka.m5.xlarge');
    expect(result.recommendations.byClass['msk-standard-m7g']).toBe('msk-standard:kafka.m7g.xlarge');
    // self-managed m5.large (9 brokers): 9 × 0.096 × 730 + 5,670 + 2,737.5 + 225.6 = 9,263.82
    //   < m5.xlarge 6 × 0.192 × 730 + 5,670 + 2,737.5 + 225.6 = 9,474.06
    expect(result.recommendations.byClass['self-managed-m5']).toBe('self-managed:m5.large');
    for (const [cls, id] of Object.entries(result.recommendations.byClass)) {
      if (id !== null && !cls.startsWith('self-managed')) expect(optionOf(result, id).brokers ?? 0, id).toBeLessThanOrEqual(8);
    }
  });
});

describe('recommendation tie rule', () => {
  it('prefers fewer brokers when two sizes cost the same (kafka.m5.large × 6 vs kafka.m5.xlarge × 3)', () => {
    // I 10, Ip 27, O 20, Op 54: m5.large network 96/8.7 × 0.5 = 5.517 → ceil(4.89) = 5 → 6 (storage 81/6.5 × 0.5 = 6.23 → 5 → 6);
    // m5.xlarge network 160/8.7 × 0.5 = 9.195 → ceil(2.94) = 3 → 3 (storage 144/6.5 × 0.5 = 11.08 → 3); storage 35,437.5 GiB → 3 → 3
    // 6 × 0.21 = 3 × 0.42 = $1.26/h; storage and cross-AZ are the same for both
    const result = sizeWith({ avgIngressMiBps: 10, peakIngressMiBps: 27, avgEgressMiBps: 20, peakEgressMiBps: 54 });
    expect(optionOf(result, 'msk-standard:kafka.m5.large').brokers).toBe(6);
    expect(optionOf(result, 'msk-standard:kafka.m5.xlarge').brokers).toBe(3);
    expect(costOf(optionOf(result, 'msk-standard:kafka.m5.large')).brokers).toBeCloseTo(6 * 0.21 * 730, 6);
    expect(costOf(optionOf(result, 'msk-standard:kafka.m5.xlarge')).brokers).toBeCloseTo(3 * 0.42 * 730, 6);
    expect(result.recommendations.byClass['msk-standard-m5']).toBe('msk-standard:kafka.m5.xlarge');
    // kafka.m7g.large × 6 (storage 27 / 6.058 = 4.46 → 5 → 6) vs xlarge × 3 (27 / 12.02 = 2.25 → 3): 6 × 0.204 = 3 × 0.408
    expect(result.recommendations.byClass['msk-standard-m7g']).toBe('msk-standard:kafka.m7g.xlarge');
  });

  it('prefers the smaller size when cost and brokers tie', () => {
    // kafka.m5.large priced like kafka.m5.xlarge ($0.42/h); a tiny workload needs 3 brokers of either
    const book = withRegionPrices('us-east-1', (r) => ({ ...r, mskBrokerHourly: { ...r.mskBrokerHourly, 'kafka.m5.large': 0.42 } }));
    const result = sizeWith(
      { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1, partitions: 10, retentionHours: 1 },
      book,
    );
    expect(optionOf(result, 'msk-standard:kafka.m5.large').brokers).toBe(3);
    expect(optionOf(result, 'msk-standard:kafka.m5.xlarge').brokers).toBe(3);
    // each: brokers 3 × $0.42 × 730 = $919.80 + storage 1 × 1 × 3600 × 3 / 1024 / 0.5 = 21.09375 GiB × $0.10 = $2.109375
    // + cross-AZ 1 × 2/3 × 2,566.40625 = 1,710.9375 GiB × $0.01 × 2 = $34.21875 → $956.128125
    expect(costOf(optionOf(result, 'msk-standard:kafka.m5.large')).total).toBeCloseTo(956.128_125, 9);
    expect(costOf(optionOf(result, 'msk-standard:kafka.m5.xlarge')).total).toBeCloseTo(956.128_125, 9);
    expect(result.recommendations.byClass['msk-standard-m5']).toBe('msk-standard:kafka.m5.large');
  });
});

describe('overall recommendation for a tiny workload', () => {
  // I = Ip = O = Op = 1 MiB/s, 10 partitions, 1 h, no controllers: every size needs 3 brokers.
  // storage 1 × 1 × 3600 × 3 / 1024 / 0.5 = 21.09375 GiB; MSK cross-AZ producers 1 × 2/3 MiB/s = 1,710.9375 GiB × 0.02 = 34.21875
  //   MSK t3.small   3 × 0.0456 × 730 = 99.864  + 2.109375 + 34.21875 = 136.192125   (cheapest MSK, but dev/test)
  //   MSK m7g.large  3 × 0.204 × 730 = 446.76   + 2.109375 + 34.21875 = 483.088125   (cheapest production MSK)
  //   MSK m5.large   3 × 0.21 × 730 = 459.90    + …                    = 496.228125
  //   self-managed m7g.large 3 × 0.0816 × 730 = 178.704 + 21.09375 × 0.08 = 1.6875
  //                          + (1,710.9375 + replication 1 × 2 MiB/s = 5,132.8125 GiB) × 0.02 = 136.875 → 317.2665
  const tiny = {
    avgIngressMiBps: 1,
    peakIngressMiBps: 1,
    avgEgressMiBps: 1,
    peakEgressMiBps: 1,
    partitions: 10,
    retentionHours: 1,
    selfManaged: { controllerCount: 0 },
  };
  const result = sizeWith(tiny);

  it('is never T3 for production, even when T3 is the cheapest MSK option', () => {
    expect(costOf(optionOf(result, 'msk-standard:kafka.t3.small')).total).toBeCloseTo(99.864 + 2.109375 + 34.21875, 6);
    expect(result.recommendations.byClass['msk-t3']).toBe('msk-standard:kafka.t3.small');
    expect(result.recommendations.overall).toBe('msk-standard:kafka.m7g.large');
    expect(costOf(optionOf(result, 'msk-standard:kafka.m7g.large')).total).toBeCloseTo(446.76 + 2.109375 + 34.21875, 6);
  });

  it('is never self-managed, even when self-managed is cheaper, and reports the extra cost', () => {
    expect(costOf(optionOf(result, 'self-managed:m7g.large')).total).toBeCloseTo(178.704 + 1.6875 + 136.875, 6);
    expect(result.recommendations.byClass['self-managed-m7g']).toBe('self-managed:m7g.large');
    expect(result.recommendations.versusSelfManaged?.selfManagedOption).toBe('self-managed:m7g.large');
    // negative: MSK costs more than running it yourself here
    expect(result.recommendations.versusSelfManaged?.monthlySavingUsd).toBeCloseTo(317.2665 - 483.088125, 6);
  });

  it('is T3 for development, where T3 may be recommended', () => {
    const dev = sizeWith({ ...tiny, purpose: 'development' });
    expect(dev.recommendations.overall).toBe('msk-standard:kafka.t3.small');
    expect(dev.recommendations.rule).toMatch(/development/i);
    expect(dev.recommendations.rule).toMatch(/T3 included/);
    // 483.09 for kafka.m7g.large is 3.5 × the 136.19 of T3: no close alternatives
    expect(dev.recommendations.closeAlternatives).toEqual([]);
  });

  it('never recommends self-managed Kafka for development either', () => {
    const dev = sizeWith({ ...tiny, purpose: 'development' });
    expect(dev.recommendations.overall?.startsWith('self-managed:')).toBe(false);
    expect(dev.recommendations.versusSelfManaged?.selfManagedOption).toBe('self-managed:m7g.large');
    // (178.704 + 1.6875 + 136.875) − (99.864 + 2.109375 + 34.21875) = 317.2665 − 136.192125: self-managed costs more than MSK T3 here
    expect(dev.recommendations.versusSelfManaged?.monthlySavingUsd).toBeCloseTo(
      178.704 + 1.6875 + 136.875 - (99.864 + 2.109375 + 34.21875),
      6,
    );
  });

  it('gives self-managed t3.small no class', () => {
    expect(classOfOption(optionOf(result, 'self-managed:t3.small'))).toBeNull();
    expect(Object.values(result.recommendations.byClass)).not.toContain('self-managed:t3.small');
  });
});
