/**
 * SPEC §14's structure checks and removals: each failure names the file, the SKU or rate code and
 * the rule, exits 1 and writes nothing; a file read in full removes what it no longer prices (kept
 * unless --allow-removals), and more than 20 % of an offer's prices in a region gone is
 * `looks-truncated`. Regions come from regionCode or a bundled region's name, never the prefix.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EC2_EXCERPT,
  IMPORT_FIXTURES,
  MSK_EXCERPT,
  OHIO,
  bulkFile,
  ebsProduct,
  ec2Instance,
  filesOf,
  linesStarting,
  makeWorkspace,
  priceAt,
  rateCodeOf,
  readData,
  refreshFrom,
  removeWorkspaces,
  writePriceFile,
  type BulkProduct,
  type Workspace,
} from './refresh-harness';

afterEach(removeWorkspaces);

/**
 * us-east-2's EC2 prices in the committed data (the 2025-04-04 EC2 data and the 2024-07-18 EBS data,
 * SPEC §12): 17 instance types and 6 EBS keys, 23 prices an AmazonEC2 file of us-east-2 sets.
 */
const OHIO_EC2: Readonly<Record<string, string>> = {
  't3.small': '0.0208',
  't3.medium': '0.0416',
  'm5.large': '0.096',
  'm5.xlarge': '0.192',
  'm5.2xlarge': '0.384',
  'm5.4xlarge': '0.768',
  'm5.8xlarge': '1.536',
  'm5.12xlarge': '2.304',
  'm5.16xlarge': '3.072',
  'm5.24xlarge': '4.608',
  'm7g.large': '0.0816',
  'm7g.xlarge': '0.1632',
  'm7g.2xlarge': '0.3264',
  'm7g.4xlarge': '0.6528',
  'm7g.8xlarge': '1.3056',
  'm7g.12xlarge': '1.9584',
  'm7g.16xlarge': '2.6112',
};

/** The EBS products of us-east-2 at the data's prices; throughput 40.96 per GiBps-month sets two keys. */
const OHIO_EBS: readonly BulkProduct[] = [
  ebsProduct('EBSGP2OHIO000001', 'EBS:VolumeUsage.gp2', 'GB-Mo', '0.1000000000'),
  ebsProduct('M6UGCCQ3CDJQAA37', 'EBS:VolumeUsage.gp3', 'GB-Mo', '0.0800000000'),
  ebsProduct('EBSIOPSOHIO00001', 'EBS:VolumeP-IOPS.gp3', 'IOPS-Mo', '0.0050000000'),
  ebsProduct('EBSTPUTOHIO00001', 'EBS:VolumeP-Throughput.gp3', 'GiBps-mo', '40.9600000000'),
  ebsProduct('EBSST1OHIO000001', 'EBS:VolumeUsage.st1', 'GB-Mo', '0.0450000000'),
];

/** A complete AmazonEC2 file of us-east-2 at the data's prices, without the instance types and EBS usage types given. */
function fullOhioEc2File(without: { types?: readonly string[]; ebs?: readonly string[] } = {}): string {
  const instances = Object.entries(OHIO_EC2)
    .filter(([type]) => !(without.types ?? []).includes(type))
    .map(([type, usd], i) => ec2Instance(`EC2OHIO${String(i).padStart(9, '0')}`, type, usd));
  const ebs = OHIO_EBS.filter((p) => !(without.ebs ?? []).some((u) => p.attributes['usagetype']?.endsWith(u)));
  return bulkFile({ offerCode: 'AmazonEC2', publicationDate: '2026-12-01T00:00:00Z', products: [...instances, ...ebs] });
}

/** A failing run: exit 1, the failure on stderr, the data file unchanged byte for byte and no stray file. */
async function expectFailureWritingNothing(ws: Workspace, flags: string[], ...fragments: string[]): Promise<string> {
  const before = await readFile(ws.dataPath, 'utf8');
  const run = await refreshFrom(ws, ...flags);
  expect(run.status).toBe(1);
  for (const fragment of fragments) expect(run.stderr).toContain(fragment);
  expect(run.stderr).toContain('nothing written');
  expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
  expect(await filesOf(ws)).toEqual(['aws-prices.json', 'from']);
  return run.stderr;
}

describe('a region file that looks truncated', () => {
  it('fails looks-truncated when a bulk file ends in the middle of its JSON (inside a price string)', async () => {
    const ws = await makeWorkspace();
    const text = await readFile(EC2_EXCERPT, 'utf8');
    // Cut inside "0.0800000000": the file stops in the middle of a token.
    await writePriceFile(ws, 'us-east-2.json', text.slice(0, text.indexOf('"0.0800000000"') + 5));
    await expectFailureWritingNothing(ws, ['--partial'], 'looks-truncated: us-east-2.json: ', 'looks truncated');
  });

  it('fails looks-truncated when a bulk file ends between two values', async () => {
    const ws = await makeWorkspace();
    const text = await readFile(EC2_EXCERPT, 'utf8');
    await writePriceFile(ws, 'us-east-2.json', text.slice(0, text.indexOf('"terms"')));
    await expectFailureWritingNothing(ws, ['--partial'], 'looks-truncated: us-east-2.json: ', 'looks truncated');
  });

  it('fails unreadable, not looks-truncated, when a bulk file is broken in its middle', async () => {
    const ws = await makeWorkspace();
    const text = (await readFile(EC2_EXCERPT, 'utf8')).replace('"terms" : {', '"terms" : {{');
    await writePriceFile(ws, 'us-east-2.json', text);
    const stderr = await expectFailureWritingNothing(ws, ['--partial'], 'unreadable: us-east-2.json: not valid JSON: ');
    expect(stderr).not.toContain('..');
  });

  it('fails looks-truncated when a complete us-east-2 EC2 file read in full prices only gp3: 22 of its 23 prices would go', async () => {
    const ws = await makeWorkspace();
    await copyFile(EC2_EXCERPT, join(ws.fromDir, 'us-east-2.json'));
    await expectFailureWritingNothing(
      ws,
      [],
      'looks-truncated: us-east-2.json: 22 of 23 AmazonEC2 prices of us-east-2 would be removed (more than 20 %)',
    );
  });

  it('passes with --partial: the same file is an excerpt, and nothing is removed', async () => {
    const ws = await makeWorkspace();
    await copyFile(EC2_EXCERPT, join(ws.fromDir, 'us-east-2.json'));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'removed')).toEqual([]);
  });
});

describe('a file read in full that no longer prices a key', () => {
  it('prints a removed line and keeps the value without --allow-removals', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'us-east-2.json', fullOhioEc2File({ ebs: ['VolumeUsage.st1'] }));
    const run = await refreshFrom(ws);
    expect(run.status).toBe(0);
    expect(run.lines.filter((l) => /^(changed|added|removed) /.test(l))).toEqual([
      'removed us-east-2 ebs.st1PerGbMonth 0.045 -> null (kept: --allow-removals applies it)',
    ]);
    expect(priceAt(await readData(ws), 'us-east-2', 'ebs', 'st1PerGbMonth')).toBe(0.045);
  });

  it('sets it to null with --allow-removals', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'us-east-2.json', fullOhioEc2File({ ebs: ['VolumeUsage.st1'] }));
    const run = await refreshFrom(ws, '--allow-removals');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'removed')).toEqual(['removed us-east-2 ebs.st1PerGbMonth 0.045 -> null']);
    const written = await readData(ws);
    expect(priceAt(written, 'us-east-2', 'ebs', 'st1PerGbMonth')).toBeNull();
    // The constants of the volume type are never touched.
    expect(priceAt(written, 'us-east-2', 'ebs', 'gp3IncludedIops')).toBe(3000);
  });

  it('never removes anything with --partial, even with --allow-removals', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'us-east-2.json', fullOhioEc2File({ ebs: ['VolumeUsage.st1'] }));
    const run = await refreshFrom(ws, '--partial', '--allow-removals');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'removed')).toEqual([]);
    expect(priceAt(await readData(ws), 'us-east-2', 'ebs', 'st1PerGbMonth')).toBe(0.045);
  });

  it('allows up to 20 %: 4 of 23 prices gone (17.4 %) are four removed lines', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'us-east-2.json', fullOhioEc2File({ types: ['m5.16xlarge', 'm5.24xlarge', 'm7g.12xlarge', 'm7g.16xlarge'] }));
    const run = await refreshFrom(ws, '--dry-run');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'removed')).toHaveLength(4);
  });

  it('fails above 20 %: 5 of 23 prices gone (21.7 %) look truncated', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'us-east-2.json',
      fullOhioEc2File({ types: ['m5.12xlarge', 'm5.16xlarge', 'm5.24xlarge', 'm7g.12xlarge', 'm7g.16xlarge'] }),
    );
    await expectFailureWritingNothing(ws, [], 'looks-truncated: us-east-2.json: 5 of 23 AmazonEC2 prices of us-east-2 would be removed');
  });
});

describe('structure checks', () => {
  it('fail wrong-unit for gp3 storage priced in "Hrs" instead of GB-month, naming the file, SKU, rate code and the rule', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'us-east-2.json',
      bulkFile({ offerCode: 'AmazonEC2', products: [ebsProduct('M6UGCCQ3CDJQAA37', 'EBS:VolumeUsage.gp3', 'Hrs', '0.0800000000')] }),
    );
    await expectFailureWritingNothing(
      ws,
      ['--partial'],
      `wrong-unit: us-east-2.json: SKU M6UGCCQ3CDJQAA37, rate code ${rateCodeOf('M6UGCCQ3CDJQAA37')} (USE2-EBS:VolumeUsage.gp3): unit "Hrs", but ebs.gp3PerGbMonth is priced in GB-month`,
    );
  });

  it('fail no-region for a product with neither regionCode nor location, naming the SKU and that the prefix is not used', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'ebs.json',
      bulkFile({
        offerCode: 'AmazonEC2',
        products: [ebsProduct('NOREGION00000001', 'EBS:VolumeUsage.gp3', 'GB-Mo', '0.08', { regionCode: '', location: '' })],
      }),
    );
    const stderr = await expectFailureWritingNothing(
      ws,
      ['--partial'],
      'no-region: ebs.json: SKU NOREGION00000001 (USE2-EBS:VolumeUsage.gp3): no regionCode and no location',
    );
    expect(stderr).toContain('usage-type prefix');
  });

  it('fail no-region for a product without regionCode whose location is no bundled region', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'ebs.json',
      bulkFile({
        offerCode: 'AmazonEC2',
        products: [
          ebsProduct('ATLANTIS00000001', 'EBS:VolumeUsage.gp3', 'GB-Mo', '0.08', { regionCode: '', location: 'Atlantis (Central)' }),
        ],
      }),
    );
    await expectFailureWritingNothing(
      ws,
      ['--partial'],
      'no-region: ebs.json: SKU ATLANTIS00000001',
      'location "Atlantis (Central)" is no bundled region\'s name',
    );
  });

  it('fail format-version for a bulk file of formatVersion "v2.0", naming the file', async () => {
    const ws = await makeWorkspace();
    const text = (await readFile(EC2_EXCERPT, 'utf8')).replace('"formatVersion" : "v1.0"', '"formatVersion" : "v2.0"');
    await writePriceFile(ws, 'us-east-2.json', text);
    await expectFailureWritingNothing(ws, ['--partial'], 'format-version: us-east-2.json: formatVersion is "v2.0"', '"v1.0"');
  });

  it('fail format-version for a bulk file without formatVersion', async () => {
    const ws = await makeWorkspace();
    const text = (await readFile(EC2_EXCERPT, 'utf8')).replace('"formatVersion" : "v1.0",', '');
    await writePriceFile(ws, 'us-east-2.json', text);
    await expectFailureWritingNothing(ws, ['--partial'], 'format-version: us-east-2.json: ');
  });

  it('fail price-not-decimal for a USD price that is not a decimal string, naming the rate code', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'us-east-2.json',
      bulkFile({ offerCode: 'AmazonEC2', products: [ebsProduct('M6UGCCQ3CDJQAA37', 'EBS:VolumeUsage.gp3', 'GB-Mo', '8e-2')] }),
    );
    await expectFailureWritingNothing(
      ws,
      ['--partial'],
      `price-not-decimal: us-east-2.json: SKU M6UGCCQ3CDJQAA37, rate code ${rateCodeOf('M6UGCCQ3CDJQAA37')}`,
      '"8e-2"',
    );
  });

  it('fail structure for a product that maps but has no productFamily', async () => {
    const ws = await makeWorkspace();
    const product = ebsProduct('NOFAMILY00000001', 'EBS:VolumeUsage.gp3', 'GB-Mo', '0.08');
    await writePriceFile(
      ws,
      'us-east-2.json',
      bulkFile({ offerCode: 'AmazonEC2', products: [{ sku: product.sku, attributes: product.attributes, prices: product.prices }] }),
    );
    await expectFailureWritingNothing(ws, ['--partial'], 'structure: us-east-2.json: products.NOFAMILY00000001', 'productFamily');
  });

  it('read a product without regionCode by its location "US East (Ohio)"', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'ebs.json',
      bulkFile({
        offerCode: 'AmazonEC2',
        products: [ebsProduct('OHIOBYNAME000001', 'EBS:VolumeUsage.gp3', 'GB-Mo', '0.0900000000', { regionCode: '' })],
      }),
    );
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    // 0.08 -> 0.09 is +12.5 %.
    expect(linesStarting(run, 'changed')).toEqual([
      `changed us-east-2 ebs.gp3PerGbMonth 0.08 -> 0.09 (+12.5 %) USE2-EBS:VolumeUsage.gp3 ${rateCodeOf('OHIOBYNAME000001')}`,
    ]);
  });

  it('take the region from regionCode, never from the usage-type prefix: EU-EBS:VolumeUsage.gp3 in us-east-2 lands in us-east-2', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(
      ws,
      'ebs.json',
      bulkFile({
        offerCode: 'AmazonEC2',
        products: [
          ebsProduct('EUPREFIX00000001', 'EBS:VolumeUsage.gp3', 'GB-Mo', '0.0900000000', { usagetype: 'EU-EBS:VolumeUsage.gp3', ...OHIO }),
        ],
      }),
    );
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'changed')).toEqual([
      `changed us-east-2 ebs.gp3PerGbMonth 0.08 -> 0.09 (+12.5 %) EU-EBS:VolumeUsage.gp3 ${rateCodeOf('EUPREFIX00000001')}`,
    ]);
    const written = await readData(ws);
    // eu-west-1 (what "EU" would mean) keeps its own price.
    expect(priceAt(written, 'eu-west-1', 'ebs', 'gp3PerGbMonth')).toBe(0.088);
  });
});

describe('files that are not AWS price files', () => {
  /** kafka-topics.sh --describe output (Kafka 2.8–3.6), saved under a .json name. */
  const kafkaTopics = () => readFile(join(IMPORT_FIXTURES, 'kafka-topics-describe.kafka28-36.txt'), 'utf8');
  /** aws cloudwatch get-metric-statistics output: JSON, but not a price file. */
  const cloudWatch = () => readFile(join(IMPORT_FIXTURES, 'cloudwatch-get-metric-statistics.json'), 'utf8');

  it('are reported as unknown and are no failure when a price file is present', async () => {
    const ws = await makeWorkspace();
    await copyFile(MSK_EXCERPT, join(ws.fromDir, 'msk.json'));
    await writePriceFile(ws, 'topics.json', await kafkaTopics());
    await writePriceFile(ws, 'metrics/cloudwatch.json', await cloudWatch());
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const unknown = linesStarting(run, 'unknown');
    expect(unknown).toHaveLength(2);
    expect(unknown.find((l) => l.startsWith('unknown topics.json: '))).toContain('not an AWS price file');
    expect(unknown.find((l) => l.startsWith('unknown metrics/cloudwatch.json: '))).toContain('not an AWS price file');
  });

  it('alone exit 1 with "no AWS price file" and write nothing', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'topics.json', await kafkaTopics());
    await writePriceFile(ws, 'cloudwatch.json', await cloudWatch());
    const before = await readFile(ws.dataPath, 'utf8');
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no AWS price file');
    expect(linesStarting(run, 'unknown')).toHaveLength(2);
    expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
  });

  it('are not read at all when their name does not end in .json', async () => {
    const ws = await makeWorkspace();
    await copyFile(MSK_EXCERPT, join(ws.fromDir, 'msk.json'));
    await writePriceFile(ws, 'topics.txt', await kafkaTopics());
    const run = await refreshFrom(ws, '--partial', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('topics.txt');
  });
});

describe('a region the data does not bundle', () => {
  it('is reported as new-region and not added (regionCode ap-southeast-6, Asia Pacific (New Zealand))', async () => {
    const ws = await makeWorkspace();
    await copyFile(EC2_EXCERPT, join(ws.fromDir, 'us-east-2.json'));
    await writePriceFile(
      ws,
      'ap-southeast-6.json',
      bulkFile({
        offerCode: 'AmazonEC2',
        products: [
          ebsProduct('NEWZEALAND000001', 'EBS:VolumeUsage.gp3', 'GB-Mo', '0.0960000000', {
            usagetype: 'APS8-EBS:VolumeUsage.gp3',
            regionCode: 'ap-southeast-6',
            location: 'Asia Pacific (New Zealand)',
          }),
        ],
      }),
    );
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'new-region')).toEqual([
      'new-region ap-southeast-6 (Asia Pacific (New Zealand)) (AmazonEC2): not bundled, not added',
    ]);
    expect(Object.keys((await readData(ws))['regions'] as object)).not.toContain('ap-southeast-6');
  });

  it('is reported from pricing-page data by its location name', async () => {
    const ws = await makeWorkspace();
    const page = JSON.parse(await readFile(MSK_EXCERPT, 'utf8')) as { regions: Record<string, unknown> };
    page.regions['Asia Pacific (New Zealand)'] = {
      row: {
        rateCode: 'NZNZNZNZNZNZNZNZ.JRTCKXETXF.6YS6EN2CT7',
        price: '0.2500000000',
        usageType: 'APS8-Kafka.m5.large',
        operation: 'RunBroker',
      },
    };
    await writePriceFile(ws, 'msk.json', page);
    const run = await refreshFrom(ws, '--partial', '--dry-run');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'new-region')).toEqual(['new-region Asia Pacific (New Zealand) (AmazonMSK): not bundled, not added']);
  });
});
