import { describe, expect, it } from 'vitest';
import rawPrices from '../../src/data/aws-prices.json';
import { BUNDLED_PRICE_BOOK } from '../../src/data/bundled-prices';
import { loadPriceBook } from '../../src/data/price-book-from-data';
import { priceDataSchema } from '../../src/data/price-data-schema';

describe('the bundled price data', () => {
  it('passes its zod schema as a whole, all 35 regions', () => {
    const parsed = priceDataSchema.safeParse(rawPrices);
    expect(parsed.success).toBe(true);
    expect(Object.keys(BUNDLED_PRICE_BOOK.regions)).toHaveLength(35);
  });

  it("exposes its as-of date and, for users, each source's short public citation", () => {
    expect(BUNDLED_PRICE_BOOK.asOf).toBe('2025-04-04');
    const ids = BUNDLED_PRICE_BOOK.sources.map((s) => s.id);
    expect(ids).toContain('S1');
    expect(ids).toContain('S6');
    // Cross-check-only sources (S5 Infracost, S11 an unnamed repository, S13 third-party summaries) are not cited.
    for (const hidden of ['S5', 'S11', 'S13']) expect(ids).not.toContain(hidden);
    expect(ids).toHaveLength(23 - 3);
    for (const source of BUNDLED_PRICE_BOOK.sources) {
      expect(Object.keys(source).sort()).toEqual(['citation', 'citationUrl', 'id']);
      expect(source.citation.length).toBeGreaterThan(0);
      expect(source.citationUrl === null || source.citationUrl.startsWith('https://')).toBe(true);
    }
    expect(BUNDLED_PRICE_BOOK.sources.find((s) => s.id === 'S1')?.citationUrl).toBe('https://aws.amazon.com/msk/pricing/');
  });

  it('keeps a missing price as null, never zero (kafka.m7g.large in ca-west-1, Express in us-west-1, EBS in ap-southeast-5)', () => {
    expect(BUNDLED_PRICE_BOOK.regions['ca-west-1']?.mskBrokerHourly['kafka.m7g.large']).toBeNull();
    expect(BUNDLED_PRICE_BOOK.regions['us-west-1']?.expressBrokerHourly['express.m7g.large']).toBeNull();
    expect(BUNDLED_PRICE_BOOK.regions['ap-southeast-5']?.gp3PerGbMonth).toBeNull();
    // eu-central-2's cross-AZ price comes from the EC2 pricing page text (S19): $0.01 per GB each direction.
    expect(BUNDLED_PRICE_BOOK.regions['eu-central-2']?.crossAzPerGbEachDirection).toBe(0.01);
  });

  it("carries the model v2 figures: PST maxima, the 250 MiB/s default volume, KRaft support and ZooKeeper's limit", () => {
    const spec = (type: string) => BUNDLED_PRICE_BOOK.standardBrokers.find((b) => b.instanceType === type);
    // PST: kafka.m5.4xlarge and up, kafka.m7g.2xlarge and up, each to its maximum (aws-prices.md §8, S9).
    // SPEC §4.1: for eligible sizes instanceEbs (AWS's sizing logic, 593.75) is the PST maximum; the MSK docs say 593.
    expect(spec('kafka.m5.4xlarge')?.provisionedThroughputMaxMiBps).toBe(593.75);
    expect(spec('kafka.m5.12xlarge')?.provisionedThroughputMaxMiBps).toBe(1000);
    expect(spec('kafka.m7g.2xlarge')?.provisionedThroughputMaxMiBps).toBe(312.5);
    expect(spec('kafka.m7g.4xlarge')?.provisionedThroughputMaxMiBps).toBe(625);
    for (const type of ['kafka.t3.small', 'kafka.m5.large', 'kafka.m5.2xlarge', 'kafka.m7g.xlarge']) {
      expect(spec(type)?.provisionedThroughputEligible).toBe(false);
      expect(spec(type)?.provisionedThroughputMaxMiBps).toBeNull();
    }
    expect(BUNDLED_PRICE_BOOK.standardBrokers.every((b) => b.defaultVolumeThroughputMiBps === 250)).toBe(true);
    // kafka.t3.small cannot run in KRaft mode (SPEC §4.1); every other size can.
    expect(BUNDLED_PRICE_BOOK.standardBrokers.filter((b) => !b.kraftSupported).map((b) => b.instanceType)).toEqual(['kafka.t3.small']);
    expect(BUNDLED_PRICE_BOOK.zookeeperBrokerLimit).toBe(30);
  });

  it("carries MSK Serverless's per-cluster and per-partition quotas (SPEC §6)", () => {
    expect(BUNDLED_PRICE_BOOK.serverlessLimits).toEqual({
      maxIngressMiBps: 200,
      maxEgressMiBps: 400,
      maxPartitions: 2400,
      maxIngressMiBpsPerPartition: 5,
      maxEgressMiBpsPerPartition: 10,
    });
  });

  it("lists 16 Standard sizes and 7 Express sizes with the sizing logic's figures", () => {
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

  it('has no Price List offers until a refresh writes them, then lists each with its dates', () => {
    expect(BUNDLED_PRICE_BOOK.priceList).toEqual([]);
    // The source entry npm run prices:refresh writes for one offer (src/data/refresh/refresh-metadata.ts).
    const refreshed = {
      ...rawPrices,
      sources: [
        ...rawPrices.sources,
        {
          id: 'PL-AmazonMSK',
          what: 'AWS Price List, offer AmazonMSK',
          offerCode: 'AmazonMSK',
          publicationDate: '2026-11-20T18:00:00Z',
          refreshedOn: '2026-12-07',
          regions: ['us-east-1', 'eu-west-1'],
          citation: 'AWS Price List, Amazon MSK, published 2026-11-20',
          citationUrl: 'https://aws.amazon.com/msk/pricing/',
        },
      ],
    };
    const book = loadPriceBook(refreshed);
    expect(book.priceList).toEqual([
      {
        offerCode: 'AmazonMSK',
        publishedOn: '2026-11-20',
        refreshedOn: '2026-12-07',
        regions: 2,
        citation: 'AWS Price List, Amazon MSK, published 2026-11-20',
      },
    ]);
    expect(book.sources.at(-1)).toEqual({
      id: 'PL-AmazonMSK',
      citation: 'AWS Price List, Amazon MSK, published 2026-11-20',
      citationUrl: 'https://aws.amazon.com/msk/pricing/',
    });
  });
});
