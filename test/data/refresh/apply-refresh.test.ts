/**
 * The pure core of a refresh (SPEC §14) on a small hand-built data set: rows fed to the collector,
 * resolved and applied. Covers what the command tests reach only through whole files: the usual
 * inter-region rate and its exceptions, the internet tiers, dates of several offers.
 */
import { describe, expect, it } from 'vitest';
import { applyRefresh, type RefreshOptions } from '../../../src/data/refresh/apply-refresh';
import { PriceCollector, type FileRead, type PriceRow, type RegionCatalog } from '../../../src/data/refresh/price-collector';
import type { OfferCode } from '../../../src/data/refresh/price-targets';

const REGION_NAMES: Readonly<Record<string, string>> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'EU (Ireland)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
};

const CATALOG: RegionCatalog = {
  codes: new Set(Object.keys(REGION_NAMES)),
  codeByName: new Map(Object.entries(REGION_NAMES).map(([code, name]) => [name, code])),
  knownBrokers: new Set(['kafka.m5.large']),
  knownEc2: new Set(['m5.large']),
};

/** A data file with us-east-1's transfer prices: usual 0.02, us-east-2 at 0.01, four internet tiers. */
function makeData() {
  return {
    asOf: '2025-04-04 (hand-built)',
    sources: [{ id: 'S1', citation: 'hand-built' }],
    regions: Object.fromEntries(
      Object.entries(REGION_NAMES).map(([code, name]) => [
        code,
        {
          name,
          msk: { brokers: { 'kafka.m5.large': 0.21 }, storagePerGbMonth: 0.1 },
          dataTransfer: {
            crossAzPerGbEachDirection: 0.01,
            interRegionOutPerGb: 0.02,
            interRegionOutToPerGb: code === 'us-east-1' ? { 'us-east-2': 0.01 } : {},
            toUsEastRegionsPerGb: 0.01,
            internetOutTiers: [
              { upToGbPerMonth: 10240, perGb: 0.09 },
              { upToGbPerMonth: null, perGb: 0.05 },
            ],
            internetFreeGbPerMonthAcrossAllRegions: 100,
          },
        },
      ]),
    ),
    instances: { 'kafka.m5.large': { vcpu: 2 } },
    ec2Instances: { 'm5.large': { vcpu: 2 } },
  };
}

const FULL: RefreshOptions = { partial: false, allowRemovals: false, today: '2026-12-07' };
const PARTIAL: RefreshOptions = { ...FULL, partial: true };

/** A file of an offer, published on a date, with its rows. */
function fileOf(
  collector: PriceCollector,
  name: string,
  offer: OfferCode,
  published: string,
): (row: Partial<PriceRow> & Pick<PriceRow, 'usageType' | 'usd'>) => void {
  const read: FileRead = collector.beginFile(name, offer, published, null);
  let n = 0;
  return (row) => {
    n += 1;
    collector.addRow(
      { file: name, offer, sku: `SKU${n}`, rateCode: `SKU${n}.JRTCKXETXF.6YS6EN2CT7`, operation: '', attributes: {}, unit: 'GB', ...row },
      read,
    );
  };
}

/** An InterRegion Outbound row from us-east-1. */
const outTo = (destination: string, usd: string): Partial<PriceRow> & Pick<PriceRow, 'usageType' | 'usd'> => ({
  usageType: `USE1-${destination}-AWS-Out-Bytes`,
  usd,
  attributes: { fromRegionCode: 'us-east-1', toRegionCode: destination, transferType: 'InterRegion Outbound' },
});

const transferOf = (data: Record<string, unknown> | null, region = 'us-east-1') =>
  ((data?.['regions'] as Record<string, Record<string, unknown>>)[region] ?? {})['dataTransfer'] as Record<string, unknown>;

/** The rest of a complete us-east-1 transfer file: cross-AZ at 0.01 and the data's two internet tiers (0.09 to 10 TB, then 0.05). */
function completeTransfer(row: ReturnType<typeof fileOf>): void {
  row({
    usageType: 'USE1-DataTransfer-Regional-Bytes',
    usd: '0.0100000000',
    attributes: { fromRegionCode: 'us-east-1', transferType: 'IntraRegion' },
  });
  const tier = (beginRange: string, endRange: string, usd: string) =>
    row({
      usageType: 'USE1-DataTransfer-Out-Bytes',
      usd,
      beginRange,
      endRange,
      attributes: { fromRegionCode: 'us-east-1', transferType: 'AWS Outbound' },
    });
  tier('0', '10240', '0.0900000000');
  tier('10240', 'Inf', '0.0500000000');
}

function setTransfer(data: ReturnType<typeof makeData>, change: Record<string, unknown>): void {
  const block = (data.regions as Record<string, { dataTransfer: Record<string, unknown> }>)['us-east-1'];
  if (block) Object.assign(block.dataTransfer, change);
}

describe('inter-region rates', () => {
  it('take the rate most destinations share as usual, the others as exceptions', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    row(outTo('us-east-2', '0.0100000000'));
    row(outTo('us-west-2', '0.0200000000'));
    row(outTo('eu-west-1', '0.0200000000'));
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(outcome.failures).toEqual([]);
    expect(outcome.lines).toEqual([]);
    expect(transferOf(outcome.data)).toMatchObject({ interRegionOutPerGb: 0.02, interRegionOutToPerGb: { 'us-east-2': 0.01 } });
  });

  it('when every destination of a full file now costs 0.01, change the usual rate and drop the us-east-2 exception without a 0.01 -> 0.01 line', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    ['us-east-2', 'us-west-2', 'eu-west-1'].forEach((d) => row(outTo(d, '0.0100000000')));
    completeTransfer(row);
    const outcome = applyRefresh(makeData(), collector, FULL);
    expect(outcome.failures).toEqual([]);
    expect(outcome.lines.map((l) => `${l.kind} ${l.key} ${String(l.before)} -> ${String(l.after)}`)).toEqual([
      'changed dataTransfer.interRegionOutPerGb 0.02 -> 0.01',
    ]);
    expect(transferOf(outcome.data)).toMatchObject({ interRegionOutPerGb: 0.01, interRegionOutToPerGb: {} });
  });

  it('never move the usual rate from an excerpt (--partial): the destinations it prices otherwise become exceptions', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    ['us-east-2', 'us-west-2'].forEach((d) => row(outTo(d, '0.0100000000')));
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(outcome.lines.map((l) => `${l.kind} ${l.key} ${String(l.before)} -> ${String(l.after)}`)).toEqual([
      'changed dataTransfer.interRegionOutToPerGb.us-west-2 0.02 -> 0.01',
    ]);
    // eu-west-1 and ap-south-1, which the excerpt does not price, keep the usual 0.02.
    expect(transferOf(outcome.data)).toMatchObject({
      interRegionOutPerGb: 0.02,
      interRegionOutToPerGb: { 'us-east-2': 0.01, 'us-west-2': 0.01 },
    });
  });

  it('keep the usual rate of the data while a destination is still priced at it, so equal prices give no line', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    // Most destinations at 0.08 and one at the data's usual 0.02, as in ca-west-1: the same prices, written as before.
    row(outTo('us-east-2', '0.0100000000'));
    row(outTo('us-west-2', '0.0800000000'));
    row(outTo('eu-west-1', '0.0800000000'));
    row(outTo('ap-south-1', '0.0200000000'));
    completeTransfer(row);
    const data = makeData();
    setTransfer(data, { interRegionOutPerGb: 0.02, interRegionOutToPerGb: { 'us-east-2': 0.01, 'us-west-2': 0.08, 'eu-west-1': 0.08 } });
    const outcome = applyRefresh(data, collector, FULL);
    expect(outcome.lines).toEqual([]);
    expect(transferOf(outcome.data)).toMatchObject({ interRegionOutPerGb: 0.02 });
  });

  it('report a new exception as a change from the usual rate the destination had (0.02 -> 0.025); a row to the region itself is no destination', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    row(outTo('us-east-2', '0.0100000000'));
    row(outTo('us-west-2', '0.0200000000'));
    row(outTo('ap-south-1', '0.0200000000'));
    row(outTo('eu-west-1', '0.0250000000'));
    row(outTo('us-east-1', '0.0900000000'));
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(outcome.lines.map((l) => `${l.kind} ${l.key} ${String(l.before)} -> ${String(l.after)}`)).toEqual([
      'changed dataTransfer.interRegionOutToPerGb.eu-west-1 0.02 -> 0.025',
    ]);
    expect(transferOf(outcome.data)['interRegionOutToPerGb']).toEqual({ 'eu-west-1': 0.025, 'us-east-2': 0.01 });
  });

  it('break a tie between rates (one destination each) towards the lowest, when the usual rate is priced no more', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    row(outTo('us-west-2', '0.0300000000'));
    row(outTo('eu-west-1', '0.0250000000'));
    completeTransfer(row);
    const outcome = applyRefresh(makeData(), collector, FULL);
    expect(transferOf(outcome.data)).toMatchObject({ interRegionOutPerGb: 0.025, interRegionOutToPerGb: { 'us-west-2': 0.03 } });
  });

  it('fail as a conflict when two rows to one destination disagree', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    row(outTo('us-west-2', '0.0200000000'));
    row(outTo('us-west-2', '0.0300000000'));
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(outcome.data).toBeNull();
    expect(outcome.failures.map((f) => f.code)).toEqual(['conflict']);
    expect(outcome.failures[0]?.message).toContain('us-east-1 → us-west-2 inter-region transfer has two prices');
  });
});

describe('internet egress tiers', () => {
  it('follow beginRange/endRange, leave out a free first 100 GB and end with an open tier', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    const tier = (usd: string, beginRange: string, endRange: string) =>
      row({
        usageType: 'USE1-DataTransfer-Out-Bytes',
        usd,
        beginRange,
        endRange,
        attributes: { fromRegionCode: 'us-east-1', transferType: 'AWS Outbound' },
      });
    tier('0.0500000000', '10240', 'Inf');
    tier('0.0000000000', '0', '100');
    tier('0.0800000000', '100', '10240');
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(transferOf(outcome.data)['internetOutTiers']).toEqual([
      { upToGbPerMonth: 10240, perGb: 0.08 },
      { upToGbPerMonth: null, perGb: 0.05 },
    ]);
    expect(outcome.lines.map((l) => l.kind)).toEqual(['changed']);
  });
});

describe('the dates of a refresh', () => {
  it('keep one PL- source per offer read, dated by the newest file of that offer, after the sources the data had', () => {
    const collector = new PriceCollector(CATALOG);
    fileOf(
      collector,
      'msk-east.json',
      'AmazonMSK',
      '2026-11-20T00:00:00Z',
    )({ usageType: 'USE1-Kafka.m5.large', operation: 'RunBroker', unit: 'Hrs', usd: '0.21', attributes: { regionCode: 'us-east-1' } });
    fileOf(
      collector,
      'msk-west.json',
      'AmazonMSK',
      '2026-10-01T00:00:00Z',
    )({ usageType: 'USW2-Kafka.m5.large', operation: 'RunBroker', unit: 'Hrs', usd: '0.21', attributes: { regionCode: 'us-west-2' } });
    fileOf(
      collector,
      'dt.json',
      'AWSDataTransfer',
      '2026-12-01T00:00:00Z',
    )({
      usageType: 'USE1-DataTransfer-Regional-Bytes',
      usd: '0.01',
      attributes: { fromRegionCode: 'us-east-1', transferType: 'IntraRegion' },
    });
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    const sources = outcome.data?.['sources'] as Record<string, unknown>[];
    expect(sources.map((s) => s['id'])).toEqual(['S1', 'PL-AmazonMSK', 'PL-AWSDataTransfer']);
    expect(sources[1]).toMatchObject({
      publicationDate: '2026-11-20T00:00:00Z',
      regions: ['us-east-1', 'us-west-2'],
      refreshedOn: '2026-12-07',
    });
    expect(outcome.data?.['asOf']).toBe(
      '2026-12-07 (refreshed from the AWS Price List: AmazonMSK published 2026-11-20 (2 regions, read 2026-12-07), AWSDataTransfer published 2026-12-01 (1 regions, read 2026-12-07); everything else as before: 2025-04-04 (hand-built))',
    );
  });

  it('leave the data as it was when no offer is read (a file whose only region is new)', () => {
    const collector = new PriceCollector(CATALOG);
    fileOf(
      collector,
      'nz.json',
      'AmazonMSK',
      '2026-11-20T00:00:00Z',
    )({
      usageType: 'APS8-Kafka.m5.large',
      operation: 'RunBroker',
      unit: 'Hrs',
      usd: '0.25',
      attributes: { regionCode: 'ap-southeast-6', location: 'Asia Pacific (New Zealand)' },
    });
    const data = makeData();
    const outcome = applyRefresh(data, collector, PARTIAL);
    expect(outcome.data).toEqual(data);
    expect(outcome.notes).toEqual(['new-region ap-southeast-6 (Asia Pacific (New Zealand)) (AmazonMSK): not bundled, not added']);
  });
});
