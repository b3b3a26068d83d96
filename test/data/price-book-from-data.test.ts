import { describe, expect, it } from 'vitest';
import rawPrices from '../../src/data/aws-prices.json';
import { BUNDLED_PRICE_BOOK } from '../../src/data/bundled-prices';
import { loadPriceBook } from '../../src/data/price-book-from-data';
import { priceDataSchema } from '../../src/data/price-data-schema';

describe('the bundled price data', () => {
  it('passes its zod schema as a whole, all 32 regions', () => {
    const parsed = priceDataSchema.safeParse(rawPrices);
    expect(parsed.success).toBe(true);
    expect(Object.keys(BUNDLED_PRICE_BOOK.regions)).toHaveLength(32);
  });

  it('exposes its as-of date and its sources', () => {
    expect(BUNDLED_PRICE_BOOK.asOf).toBe('2025-04-04');
    expect(BUNDLED_PRICE_BOOK.sources.map((s) => s.id)).toContain('S6');
    expect(BUNDLED_PRICE_BOOK.sources.every((s) => s.where.length > 0)).toBe(true);
  });

  it('keeps a missing price as null, never zero (kafka.m7g.large in ca-west-1, Express in us-west-1)', () => {
    expect(BUNDLED_PRICE_BOOK.regions['ca-west-1']?.mskBrokerHourly['kafka.m7g.large']).toBeNull();
    expect(BUNDLED_PRICE_BOOK.regions['us-west-1']?.expressBrokerHourly['express.m7g.large']).toBeNull();
    expect(BUNDLED_PRICE_BOOK.regions['eu-central-2']?.crossAzPerGbEachDirection).toBeNull();
  });

  it('lists 16 Standard sizes and 7 Express sizes with the sizing logic\'s figures', () => {
    expect(BUNDLED_PRICE_BOOK.standardBrokers).toHaveLength(16);
    expect(BUNDLED_PRICE_BOOK.expressBrokers.map((e) => e.ingressSustainedMiBps)).toEqual([15.625, 31.25, 62.5, 125, 250, 375, 500]);
    const t3 = BUNDLED_PRICE_BOOK.standardBrokers.find((b) => b.instanceType === 'kafka.t3.small');
    // SPEC §4.1: T3 uses EC2 baselines: EBS 21.75 MB/s, network 0.128 Gbps × 128 = 16.384 MiB/s.
    expect(t3?.ebsThroughputMiBps).toBe(21.75);
    expect(t3?.nicThroughputMiBps).toBeCloseTo(16.384, 9);
    expect(t3?.isBurstable).toBe(true);
  });

  it('refuses price data with a negative or non-numeric price, naming where', () => {
    const broken = structuredClone(rawPrices) as { regions: Record<string, { msk: { storagePerGbMonth: unknown } }> };
    const region = broken.regions['us-east-1'];
    if (region) region.msk.storagePerGbMonth = -1;
    expect(() => loadPriceBook(broken)).toThrow(/regions\.us-east-1\.msk\.storagePerGbMonth/);
    if (region) region.msk.storagePerGbMonth = 'free';
    expect(() => loadPriceBook(broken)).toThrow(/price data is invalid/);
  });
});
