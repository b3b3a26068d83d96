/**
 * Edges of one price file (SPEC §14) fed straight to `PriceFile`, as the streaming reader feeds it:
 * data transfer of Local Zones kept apart from their region's, a scenario file (which also has a
 * `version`) not taken for a price file, and a flood of failures counted rather than listed.
 */
import { describe, expect, it } from 'vitest';
import { PriceCollector, type RegionCatalog } from '../../../src/data/refresh/price-collector';
import { PriceFile } from '../../../src/data/refresh/price-file';

const CATALOG: RegionCatalog = {
  codes: new Set(['us-east-1', 'us-east-2']),
  codeByName: new Map([
    ['US East (N. Virginia)', 'us-east-1'],
    ['US East (Ohio)', 'us-east-2'],
  ]),
  knownBrokers: new Set(['kafka.m5.large']),
  knownEc2: new Set(['m5.large']),
};

/** An AWSDataTransfer product and its on-demand term, priced per GB. */
function transfer(file: PriceFile, sku: string, attributes: Record<string, string>, usd: string) {
  file.take({
    at: 'product',
    sku,
    value: { sku, productFamily: 'Data Transfer', attributes: { servicecode: 'AWSDataTransfer', ...attributes } },
  });
  file.take({
    at: 'term',
    sku,
    value: { [`${sku}.JRTCKXETXF`]: { priceDimensions: { [`${sku}.JRTCKXETXF.6YS6EN2CT7`]: { unit: 'GB', pricePerUnit: { USD: usd } } } } },
  });
}

describe('a price file', () => {
  it('keeps Local Zone transfer out of its parent region: only the region-to-region row prices us-east-1 → us-east-2', () => {
    const collector = new PriceCollector(CATALOG);
    const file = new PriceFile(collector, 'AWSDataTransfer/us-east-1.json');
    file.take({ at: 'top', key: 'formatVersion', value: 'v1.0' });
    file.take({ at: 'top', key: 'publicationDate', value: '2026-12-01T00:00:00Z' });
    const interRegion = {
      transferType: 'InterRegion Outbound',
      usagetype: 'USE1-USE2-AWS-Out-Bytes',
      operation: '',
      fromRegionCode: 'us-east-1',
      toRegionCode: 'us-east-2',
    };
    transfer(file, 'REGION', { ...interRegion, fromLocationType: 'AWS Region', toLocationType: 'AWS Region' }, '0.0100000000');
    // Boston's Local Zone reports its parent's region code; its own rate must not enter us-east-1's.
    transfer(
      file,
      'BOSTON',
      { ...interRegion, usagetype: 'USE1-BOS1-USE2-AWS-Out-Bytes', fromLocationType: 'AWS Local Zone', toLocationType: 'AWS Region' },
      '0.0300000000',
    );
    file.finish();
    expect(collector.failures).toEqual([]);
    expect((collector.interRegion.get('us-east-1') ?? []).map((o) => [o.destination, o.value])).toEqual([['us-east-2', 0.01]]);
  });

  it('is unknown when it is a scenario file, though it has a top-level version', () => {
    const collector = new PriceCollector(CATALOG);
    const file = new PriceFile(collector, 'my-workload.json');
    file.take({ at: 'top', key: 'version', value: 2 });
    expect(file.finish().note).toBe(
      'unknown my-workload.json: not an AWS price file (no formatVersion and products, no manifest and regions); skipped',
    );
    expect(collector.failures).toEqual([]);
  });

  it('lists the first 200 failures and says that more are not listed', () => {
    const collector = new PriceCollector(CATALOG);
    for (let i = 0; i < 250; i += 1) collector.fail('price-not-decimal', `row ${i}`);
    expect(collector.failures).toHaveLength(201);
    expect(collector.failures[199]?.message).toBe('row 199');
    expect(collector.failures[200]?.message).toBe('more failures of the same files are not listed');
  });
});
