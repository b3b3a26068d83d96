/**
 * Discounts (SPEC §1, §4.3), prices of a region other than us-east-1, options a region has no price
 * for (SPEC §8: unavailable, never free) and a missing cross-AZ price (v2: excluded from the total, the
 * option stays available). Hand-worked from aws-prices.md; scenario = SPEC §2 defaults (kafka.m5.large /
 * m5.large: 9 brokers, 70,875 GiB provisioned; express.m7g.large: 6 brokers; see standard-sizing.test.ts
 * and managed-options.test.ts for the sizing arithmetic).
 */
import { describe, expect, it } from 'vitest';
import type { SizedOption, SizingResult } from '../../src/domain';
import {
  BUNDLED_PRICE_BOOK,
  costOf,
  optionOf,
  regionOf,
  sizeWith,
  SPEC_COST_LINES,
  specGibForHours,
  specGibPerMonth,
  warningCodes,
  withoutCrossAzPrice,
  withRegionPrices,
} from '../support/factories';

describe('discountPct', () => {
  // Undiscounted, us-east-1, self-managed m5.large with 40 ops hours at $100 (self-managed.test.ts):
  //   brokers 630.72, storage 5,670, crossAz 2,737.5, controllers 225.6, operations 4,000
  const selfManagedOps = { selfManaged: { opsHoursPerMonth: 40, opsHourlyUsd: 100 } };

  it('multiplies every line by (1 − d/100), operations included', () => {
    const cost = costOf(optionOf(sizeWith({ ...selfManagedOps, discountPct: 20 }), 'self-managed:m5.large'));
    expect(cost.brokers).toBeCloseTo(9 * 0.096 * 730 * 0.8, 6); // $504.576
    expect(cost.storage).toBeCloseTo(70_875 * 0.08 * 0.8, 6); // $4,536
    expect(cost.crossAz).toBeCloseTo(2_737.5 * 0.8, 6); // $2,190
    expect(cost.controllers).toBeCloseTo(225.6 * 0.8, 6); // $180.48
    expect(cost.operations).toBeCloseTo(4_000 * 0.8, 6); // $3,200
    expect(cost.provisionedThroughput).toBe(0);
  });

  it('makes the total the sum of the discounted lines', () => {
    const cost = costOf(optionOf(sizeWith({ ...selfManagedOps, discountPct: 20 }), 'self-managed:m5.large'));
    expect(cost.total).toBeCloseTo((630.72 + 5_670 + 2_737.5 + 225.6 + 4_000) * 0.8, 6); // $10,611.056
    expect(cost.total).toBeCloseTo(
      SPEC_COST_LINES.reduce((sum, line) => sum + (cost[line] ?? Number.NaN), 0),
      9,
    );
  });

  it('discounts MSK Standard, Express and Serverless lines alike', () => {
    const result = sizeWith({ discountPct: 12.5 });
    const keep = 1 - 12.5 / 100;
    const m5l = costOf(optionOf(result, 'msk-standard:kafka.m5.large'));
    // (9 × 0.21 × 730 + 70,875 × 0.10 + 684.375) × 0.875 = (1,379.70 + 7,087.50 + 684.375) × 0.875
    expect(m5l.brokers).toBeCloseTo(9 * 0.21 * 730 * keep, 6);
    expect(m5l.total).toBeCloseTo((1_379.7 + 7_087.5 + 684.375) * keep, 6);
    const express = costOf(optionOf(result, 'msk-express:express.m7g.large'));
    expect(express.total).toBeCloseTo((1_787.04 + 1_181.25 + 513.28125 + 684.375) * keep, 6);
    const serverless = costOf(optionOf(result, 'msk-serverless:serverless'));
    expect(serverless.total).toBeCloseTo((876 + 5_132.8125 + 5_132.8125 + 1_181.25) * keep, 6);
  });

  it('makes every line 0 at 100 %', () => {
    const result = sizeWith({ discountPct: 100 });
    for (const o of result.options.filter((x) => x.monthlyCostUsd !== null)) {
      const cost = costOf(o);
      for (const line of SPEC_COST_LINES) expect(cost[line], `${o.id} ${line}`).toBe(0);
      expect(cost.total).toBe(0);
    }
  });
});

describe('prices in eu-west-1', () => {
  const result = sizeWith({ region: 'eu-west-1' });

  it('use the eu-west-1 figures of the price data', () => {
    const r = regionOf('eu-west-1');
    expect([r.mskBrokerHourly['kafka.m5.large'], r.mskStoragePerGbMonth, r.crossAzPerGbEachDirection]).toEqual([0.234, 0.11, 0.01]);
    expect([r.expressBrokerHourly['express.m7g.large'], r.expressStoragePerGbMonth, r.expressDataInPerGb]).toEqual([0.455, 0.11, 0.011]);
    expect(r.serverless).toEqual({
      clusterHour: 0.8625,
      partitionHour: 0.001725,
      dataInPerGb: 0.115,
      dataOutPerGb: 0.0575,
      storagePerGbMonth: 0.115,
    });
    expect([r.ec2Hourly['m5.large'], r.gp3PerGbMonth]).toEqual([0.107, 0.088]);
    expect(result.prices.region).toBe('eu-west-1');
  });

  it('price MSK Standard kafka.m5.large', () => {
    const cost = costOf(optionOf(result, 'msk-standard:kafka.m5.large'));
    expect(cost.brokers).toBeCloseTo(9 * 0.234 * 730, 6); // $1,537.38
    expect(cost.storage).toBeCloseTo(70_875 * 0.11, 6); // $7,796.25
    expect(cost.crossAz).toBeCloseTo(specGibPerMonth((20 * 2) / 3) * 0.01 * 2, 6); // $684.375
    expect(cost.total).toBeCloseTo(1_537.38 + 7_796.25 + 684.375, 6); // $10,018.005
  });

  it('price MSK Express express.m7g.large', () => {
    const cost = costOf(optionOf(result, 'msk-express:express.m7g.large'));
    expect(cost.brokers).toBeCloseTo(6 * 0.455 * 730, 6); // $1,992.90
    expect(cost.storage).toBeCloseTo(specGibForHours(20, 168) * 0.11, 6); // 11,812.5 × 0.11 = $1,299.375
    expect(cost.dataIn).toBeCloseTo(specGibPerMonth(20) * 0.011, 6); // 51,328.125 × 0.011 = $564.609375
    expect(cost.total).toBeCloseTo(1_992.9 + 1_299.375 + 564.609375 + 684.375, 6);
  });

  it('price MSK Serverless', () => {
    const cost = costOf(optionOf(result, 'msk-serverless:serverless'));
    // 0.8625 × 730 + 300 × 0.001725 × 730 = 629.625 + 377.775 = $1,007.40
    expect(cost.brokers).toBeCloseTo(1_007.4, 9);
    expect(cost.dataIn).toBeCloseTo(specGibPerMonth(20) * 0.115, 6);
    expect(cost.dataOut).toBeCloseTo(specGibPerMonth(40) * 0.0575, 6);
    expect(cost.storage).toBeCloseTo(11_812.5 * 0.115, 6);
  });

  it('price self-managed m5.large', () => {
    const cost = costOf(optionOf(result, 'self-managed:m5.large'));
    expect(cost.brokers).toBeCloseTo(9 * 0.107 * 730, 6); // $702.99
    expect(cost.storage).toBeCloseTo(70_875 * 0.088, 6); // $6,237
    expect(cost.controllers).toBeCloseTo(3 * 0.107 * 730 + 3 * 64 * 0.088, 9); // 234.33 + 16.896
  });
});

function expectUnpriced(option: SizedOption, region: string, ...missing: string[]): void {
  expect(option.available, option.id).toBe(false);
  expect(option.monthlyCostUsd, option.id).toBeNull();
  expect(option.unavailable?.code, option.id).toBe('missing-price');
  expect(option.unavailable?.message, option.id).toContain(region);
  for (const name of missing) expect(option.unavailable?.message, option.id).toContain(name);
}

function expectNeverRecommended(result: SizingResult, ids: readonly string[]): void {
  const picks = [
    result.recommendations.overall,
    ...Object.values(result.recommendations.byClass),
    result.recommendations.versusSelfManaged?.selfManagedOption ?? null,
  ];
  for (const id of ids) expect(picks, id).not.toContain(id);
}

describe('options a region has no price for', () => {
  it.each(['ca-west-1', 'eu-south-1'])(
    'makes every kafka.m7g size and m7g EC2 type unavailable in %s, naming the missing price',
    (region) => {
      const result = sizeWith({ region });
      const m7g = result.options.filter((o) => o.instanceType.includes('m7g.') && o.deployment !== 'msk-express');
      expect(m7g).toHaveLength(14); // 7 MSK Standard + 7 self-managed
      for (const o of m7g) {
        const size = o.instanceType.replace('kafka.', '');
        expectUnpriced(o, region, o.deployment === 'msk-standard' ? `kafka.${size} broker-hours` : `EC2 ${size}`);
      }
      expect(result.recommendations.byClass['msk-standard-m7g']).toBeNull();
      expect(result.recommendations.byClass['self-managed-m7g']).toBeNull();
      expectNeverRecommended(
        result,
        m7g.map((o) => o.id),
      );
      // m5 is still priced there
      expect(optionOf(result, 'msk-standard:kafka.m5.large').monthlyCostUsd).not.toBeNull();
      expect(result.recommendations.byClass['msk-standard-m5']).not.toBeNull();
    },
  );

  it('makes Express unavailable in us-west-1, naming the missing prices', () => {
    const result = sizeWith({ region: 'us-west-1' });
    for (const o of result.options.filter((x) => x.deployment === 'msk-express')) {
      expectUnpriced(o, 'us-west-1', `${o.instanceType} broker-hours`, 'Express storage', 'Express data written');
    }
    expect(result.recommendations.byClass['msk-express']).toBeNull();
    expectNeverRecommended(
      result,
      result.options.filter((x) => x.deployment === 'msk-express').map((o) => o.id),
    );
  });

  it('makes Serverless unavailable in sa-east-1, naming the missing prices', () => {
    const result = sizeWith({ region: 'sa-east-1' });
    expectUnpriced(optionOf(result, 'msk-serverless:serverless'), 'sa-east-1', 'Serverless cluster-hours', 'Serverless partition-hours');
    expect(result.recommendations.byClass['msk-serverless']).toBeNull();
    expect(result.recommendations.overall).not.toBe('msk-serverless:serverless');
  });

  it('makes MSK m5 and all self-managed options unavailable in ap-southeast-5 (no m5, no EBS prices)', () => {
    const result = sizeWith({ region: 'ap-southeast-5' });
    for (const o of result.options.filter((x) => x.deployment === 'msk-standard' && x.instanceType.includes('.m5.'))) {
      expectUnpriced(o, 'ap-southeast-5', `${o.instanceType} broker-hours`);
    }
    for (const o of result.options.filter((x) => x.deployment === 'self-managed')) {
      expectUnpriced(o, 'ap-southeast-5', 'EBS gp3 storage');
    }
    expect(result.recommendations.byClass['msk-standard-m5']).toBeNull();
    expect(result.recommendations.byClass['self-managed-m5']).toBeNull();
    expect(result.recommendations.byClass['self-managed-m7g']).toBeNull();
    expect(result.recommendations.versusSelfManaged).toBeNull();
    // m7g is priced there: kafka.m7g.large 9 brokers × $0.21675 × 730
    expect(costOf(optionOf(result, 'msk-standard:kafka.m7g.large')).brokers).toBeCloseTo(9 * 0.21675 * 730, 6);
  });

  it('makes self-managed unavailable when the controller type has no price, naming it', () => {
    const result = sizeWith({ region: 'ca-west-1', selfManaged: { controllerInstance: 'm7g.large' } });
    expectUnpriced(optionOf(result, 'self-managed:m5.large'), 'ca-west-1', 'EC2 m7g.large (controllers)');
    // without controllers the m7g.large price is not needed
    const none = sizeWith({ region: 'ca-west-1', selfManaged: { controllerInstance: 'm7g.large', controllerCount: 0 } });
    expect(optionOf(none, 'self-managed:m5.large').monthlyCostUsd).not.toBeNull();
  });

  it('needs the tiered-storage price only when the scenario tiers', () => {
    const book = withRegionPrices('us-east-1', (r) => ({ ...r, tieredStoragePerGbMonth: null }));
    const tiered = sizeWith({ localRetentionHours: 24 }, book);
    expectUnpriced(optionOf(tiered, 'msk-standard:kafka.m5.large'), 'us-east-1', 'MSK tiered storage');
    expect(optionOf(sizeWith({}, book), 'msk-standard:kafka.m5.large').monthlyCostUsd).not.toBeNull();
  });

  it('needs the provisioned-throughput price only on sizes that buy a fixed rate', () => {
    const book = withRegionPrices('us-east-1', (r) => ({ ...r, provisionedThroughputPerMiBpsMonth: null }));
    const result = sizeWith({ provisionedThroughputMiBps: 300 }, book);
    expectUnpriced(optionOf(result, 'msk-standard:kafka.m5.4xlarge'), 'us-east-1', 'MSK provisioned storage throughput');
    expect(optionOf(result, 'msk-standard:kafka.m5.2xlarge').monthlyCostUsd).not.toBeNull(); // not eligible: no PST bought
  });

  it('never prices a missing option at zero in any bundled region', () => {
    for (const region of Object.keys(BUNDLED_PRICE_BOOK.regions)) {
      const result = sizeWith({ region });
      for (const o of result.options) {
        if (o.unavailable?.code === 'missing-price') expect(o.monthlyCostUsd, `${region} ${o.id}`).toBeNull();
        if (o.monthlyCostUsd !== null) expect(o.monthlyCostUsd.total, `${region} ${o.id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('a region without a cross-AZ transfer price', () => {
  // SPEC §8 (v2): the line shows "no published price", the total excludes it, and the option stays available.
  const result = sizeWith({}, withoutCrossAzPrice('us-east-1'));

  it('keeps MSK Standard available, with crossAz null and the total of the other lines', () => {
    const option = optionOf(result, 'msk-standard:kafka.m5.large');
    expect(option.available).toBe(true);
    const cost = costOf(option);
    expect(cost.crossAz).toBeNull();
    expect(cost.totalExcludes).toEqual(['crossAz']);
    // 9 × 0.21 × 730 + 70,875 × 0.10 = 1,379.70 + 7,087.50
    expect(cost.total).toBeCloseTo(1_379.7 + 7_087.5, 6);
    expect(warningCodes(option)).toContain('cross-az-price-missing');
  });

  it('keeps MSK Express and self-managed Kafka available the same way', () => {
    const express = costOf(optionOf(result, 'msk-express:express.m7g.large'));
    expect(express.crossAz).toBeNull();
    expect(express.totalExcludes).toEqual(['crossAz']);
    expect(express.total).toBeCloseTo(1_787.04 + 1_181.25 + 513.28125, 6);
    const selfManaged = optionOf(result, 'self-managed:m5.large');
    expect(selfManaged.available).toBe(true);
    expect(costOf(selfManaged).crossAz).toBeNull();
    // 630.72 brokers + 5,670 storage + 225.60 controllers
    expect(costOf(selfManaged).total).toBeCloseTo(630.72 + 5_670 + 225.6, 6);
  });

  it('leaves Serverless, which has no cross-AZ line, unaffected', () => {
    const serverless = costOf(optionOf(result, 'msk-serverless:serverless'));
    expect(serverless.crossAz).toBe(0);
    expect(serverless.totalExcludes).toEqual([]);
    expect(serverless.total).toBeCloseTo(876 + 5_132.8125 + 5_132.8125 + 1_181.25, 6);
  });

  it('still recommends an option, comparing totals without cross-AZ', () => {
    // express.m7g.xlarge 3 × 0.816 × 730 + 1,181.25 + 513.28125 = 3,481.57 is still the cheapest production MSK option
    expect(result.recommendations.overall).toBe('msk-express:express.m7g.xlarge');
  });

  it('says so in the nearest-replica warning instead of a saving', () => {
    const warning = result.warnings.find((w) => w.code === 'nearest-replica-fetch-config');
    expect(warning?.message).not.toMatch(/saves \$/);
  });
});
