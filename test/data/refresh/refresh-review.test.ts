/**
 * Refresh cases found by a review with files the first tests had not seen (SPEC §14): files published
 * at the same moment must agree, an excerpt's tiers never replace the whole list, On-demand
 * Advantage rows matched by words never fail a refresh nor remove prices another source gives, and a
 * second refresh of an offer keeps the regions the first one read.
 */
import { describe, expect, it } from 'vitest';
import { applyRefresh, type RefreshOptions } from '../../../src/data/refresh/apply-refresh';
import { PriceCollector, type PriceRow, type RegionCatalog } from '../../../src/data/refresh/price-collector';
import type { OfferCode } from '../../../src/data/refresh/price-targets';

const CATALOG: RegionCatalog = {
  codes: new Set(['us-east-1', 'eu-west-1']),
  codeByName: new Map([
    ['US East (N. Virginia)', 'us-east-1'],
    ['EU (Ireland)', 'eu-west-1'],
  ]),
  knownBrokers: new Set(['kafka.m5.large']),
  knownEc2: new Set(['m5.large']),
};

const FULL: RefreshOptions = { partial: false, allowRemovals: false, today: '2026-12-07' };
const PARTIAL: RefreshOptions = { ...FULL, partial: true };

const KINESIS = {
  provisioned: { shardHour: 0.015, putPayloadUnitsPerMillion: 0.014 },
  onDemand: { streamHour: 0.04, dataInPerGb: 0.08 },
  onDemandAdvantage: { dataInPerGb: 0.032, dataOutPerGb: 0.016, efoDataOutPerGb: 0.016, retentionPerGbMonth: 0.023 },
};

function makeData() {
  const region = (name: string) => ({
    name,
    msk: { brokers: { 'kafka.m5.large': 0.21 } },
    ec2: { 'm5.large': 0.096 },
    dataTransfer: {
      internetOutTiers: [
        { upToGbPerMonth: 10240, perGb: 0.09 },
        { upToGbPerMonth: null, perGb: 0.05 },
      ],
    },
    kinesis: structuredClone(KINESIS),
  });
  return {
    asOf: '2025-04-04 (hand-built)',
    sources: [{ id: 'S1', citation: 'hand-built' }],
    regions: { 'us-east-1': region('US East (N. Virginia)'), 'eu-west-1': region('EU (Ireland)') },
    instances: { 'kafka.m5.large': {} },
    ec2Instances: { 'm5.large': {} },
  };
}

/** Rows of one file; every row priced in us-east-1 unless its attributes say otherwise. */
function fileOf(collector: PriceCollector, name: string, offer: OfferCode, published: string) {
  const read = collector.beginFile(name, offer, published, null);
  let n = 0;
  return (row: Partial<PriceRow> & Pick<PriceRow, 'usageType' | 'usd'>) => {
    n += 1;
    collector.addRow(
      {
        file: name,
        offer,
        sku: `${name}-${n}`,
        rateCode: `${name}-${n}.JRTCKXETXF`,
        operation: '',
        attributes: { regionCode: 'us-east-1' },
        unit: 'GB',
        ...row,
      },
      read,
    );
  };
}

const broker = (usd: string) => ({ usageType: 'USE1-Kafka.m5.large', operation: 'RunBroker', unit: 'Hrs', usd });

describe('a refresh', () => {
  it('fails as a conflict when two files published at the same moment price one key differently, naming both files', () => {
    const collector = new PriceCollector(CATALOG);
    fileOf(collector, 'a/msk.json', 'AmazonMSK', '2026-11-01T00:00:00Z')(broker('0.2100000000'));
    fileOf(collector, 'b/msk.json', 'AmazonMSK', '2026-11-01T00:00:00Z')(broker('0.2310000000'));
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(outcome.data).toBeNull();
    expect(outcome.failures.map((f) => f.code)).toEqual(['conflict']);
    expect(outcome.failures[0]?.message).toContain(
      '0.21 (rate code a/msk.json-1.JRTCKXETXF) and 0.231 (rate code b/msk.json-1.JRTCKXETXF of b/msk.json)',
    );
    expect(outcome.notes.filter((n) => n.startsWith('superseded'))).toEqual([]);
  });

  it('merges two files published at the same moment that agree', () => {
    const collector = new PriceCollector(CATALOG);
    fileOf(collector, 'a/msk.json', 'AmazonMSK', '2026-11-01T00:00:00Z')(broker('0.2200000000'));
    fileOf(collector, 'b/msk.json', 'AmazonMSK', '2026-11-01T00:00:00Z')(broker('0.22'));
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(outcome.lines.map((l) => `${l.key} ${String(l.before)} -> ${String(l.after)}`)).toEqual([
      'msk.brokers["kafka.m5.large"] 0.21 -> 0.22',
    ]);
  });

  it('does not replace the internet tiers with an excerpt of one tier, and says so', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'dt.json', 'AWSDataTransfer', '2026-12-01T00:00:00Z');
    row({
      usageType: 'USE1-DataTransfer-Out-Bytes',
      usd: '0.0850000000',
      beginRange: '10240',
      endRange: '51200',
      attributes: { fromRegionCode: 'us-east-1', transferType: 'AWS Outbound' },
    });
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(outcome.lines).toEqual([]);
    expect(outcome.notes).toContain(
      'incomplete us-east-1 internet egress tiers in dt.json (1 of them, not from 0 GB to no upper end): not applied',
    );
  });

  it('lists an On-demand Advantage row whose unit does not fit its guessed key as unmapped, and fails nothing', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'kds.json', 'AmazonKinesis', '2026-12-01T00:00:00Z');
    row({ usageType: 'USE1-OnDemandAdvantage-BilledIncomingBytes', unit: 'Hrs', usd: '0.0320000000' });
    row({ usageType: 'USE1-OnDemandAdvantage-LongTermRetention-ByteHrs', unit: 'GB-Mo', usd: '0.0200000000' });
    row({ usageType: 'USE1-OnDemandAdvantage-ExtendedRetention-ByteHrs', unit: 'GB-Mo', usd: '0.0230000000' });
    const outcome = applyRefresh(makeData(), collector, PARTIAL);
    expect(outcome.failures).toEqual([]);
    expect(outcome.notes.filter((n) => n.startsWith('unmapped'))).toEqual([
      'unmapped AmazonKinesis OnDemandAdvantage-BilledIncomingBytes (no operation) in us-east-1: a new offering to look at',
      'unmapped AmazonKinesis OnDemandAdvantage-LongTermRetention-ByteHrs (no operation) in us-east-1: a new offering to look at',
    ]);
    // The extended retention row is Advantage's retention price, unchanged at 0.023.
    expect(outcome.lines).toEqual([]);
  });

  it('never removes On-demand Advantage prices with a full Kinesis file that has no Advantage row (they come from another source)', () => {
    const collector = new PriceCollector(CATALOG);
    const row = fileOf(collector, 'kds.json', 'AmazonKinesis', '2026-12-01T00:00:00Z');
    row({ usageType: 'USE1-Storage-ShardHour', unit: 'ShardHour', usd: '0.0150000000' });
    row({ usageType: 'USE1-PutRequestPayloadUnits', unit: 'PutRequest', usd: '0.0000000140' });
    row({ usageType: 'USE1-OnDemand-StreamHour', unit: 'StreamHour', usd: '0.0400000000' });
    row({ usageType: 'USE1-OnDemand-BilledIncomingBytes', unit: 'GB', usd: '0.0800000000' });
    const outcome = applyRefresh(makeData(), collector, FULL);
    expect(outcome.failures).toEqual([]);
    expect(outcome.lines).toEqual([]);
  });

  it('keeps the regions an earlier refresh of the same offer read in its source', () => {
    const first = new PriceCollector(CATALOG);
    fileOf(first, 'us.json', 'AmazonMSK', '2026-11-01T00:00:00Z')(broker('0.2200000000'));
    const once = applyRefresh(makeData(), first, PARTIAL).data;
    if (once === null) throw new Error('the first refresh failed');
    const second = new PriceCollector(CATALOG);
    fileOf(
      second,
      'eu.json',
      'AmazonMSK',
      '2026-11-05T00:00:00Z',
    )({ ...broker('0.2300000000'), usageType: 'EU-Kafka.m5.large', attributes: { regionCode: 'eu-west-1' } });
    const twice = applyRefresh(once, second, PARTIAL).data;
    const source = (twice?.['sources'] as Record<string, unknown>[]).find((s) => s['id'] === 'PL-AmazonMSK');
    expect(source?.['regions']).toEqual(['us-east-1', 'eu-west-1']);
    expect(source?.['publicationDate']).toBe('2026-11-05T00:00:00Z');
  });
});
