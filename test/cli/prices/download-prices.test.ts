/**
 * `--download` (SPEC §14) without a network: a fake fetch serves a constructed offer index, region
 * indexes with relative URLs as AWS writes them, and small region files. Files are saved under
 * `<root>/<today>/<offer>/<region>.json` and then read as `--from`.
 */
import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadPriceFiles, type Fetch } from '../../../src/cli/prices/download-prices';
import {
  EC2_EXCERPT,
  TODAY,
  VIRGINIA,
  bulkFile,
  linesStarting,
  makeWorkspace,
  priceAt,
  rateCodeOf,
  readData,
  removeWorkspaces,
  runRefresh,
  type Workspace,
} from './refresh-harness';

afterEach(removeWorkspaces);

const HOST = 'https://pricing.us-east-1.amazonaws.com';
const OFFER_INDEX = `${HOST}/offers/v1.0/aws/index.json`;
const OFFERS = ['AmazonMSK', 'AmazonEC2', 'AWSDataTransfer', 'AmazonKinesis'];

/** AWS's offer index: each offer's region index as a path on the same host. */
const offerIndex = () =>
  JSON.stringify({
    formatVersion: 'v1.0',
    publicationDate: '2026-12-06T00:00:00Z',
    offers: Object.fromEntries(
      [...OFFERS, 'AmazonS3'].map((offer) => [
        offer,
        {
          offerCode: offer,
          versionIndexUrl: `/offers/v1.0/aws/${offer}/index.json`,
          currentVersionUrl: `/offers/v1.0/aws/${offer}/current/index.json`,
          currentRegionIndexUrl: `/offers/v1.0/aws/${offer}/current/region_index.json`,
        },
      ]),
    ),
  });

const versionUrl = (offer: string, region: string) => `/offers/v1.0/aws/${offer}/20261201000000/${region}/index.json`;

/** An offer's region index listing some regions. */
const regionIndex = (offer: string, regions: readonly string[]) =>
  JSON.stringify({
    formatVersion: 'v1.0',
    publicationDate: '2026-12-01T00:00:00Z',
    regions: Object.fromEntries(regions.map((r) => [r, { regionCode: r, currentVersionUrl: versionUrl(offer, r) }])),
  });

/** AmazonMSK us-east-1 as a bulk file with kafka.m5.large at 0.22. */
const MSK_VIRGINIA = bulkFile({
  offerCode: 'AmazonMSK',
  products: [
    {
      sku: 'CBMW8TY4JC6XHKHM',
      productFamily: 'Managed Streaming for Apache Kafka (MSK)',
      attributes: { servicecode: 'AmazonMSK', ...VIRGINIA, usagetype: 'USE1-Kafka.m5.large', operation: 'RunBroker' },
      prices: [{ unit: 'Hrs', usd: '0.2200000000' }],
    },
  ],
});

/**
 * What the fake AWS serves: the offer index; AmazonMSK in us-east-1 only, AmazonEC2 in us-east-2
 * only (the real excerpt), AWSDataTransfer and AmazonKinesis in no bundled region.
 */
async function awsFiles(): Promise<Map<string, string | number>> {
  return new Map<string, string | number>([
    [OFFER_INDEX, offerIndex()],
    [`${HOST}/offers/v1.0/aws/AmazonMSK/current/region_index.json`, regionIndex('AmazonMSK', ['us-east-1'])],
    [`${HOST}/offers/v1.0/aws/AmazonEC2/current/region_index.json`, regionIndex('AmazonEC2', ['us-east-2'])],
    [`${HOST}/offers/v1.0/aws/AWSDataTransfer/current/region_index.json`, regionIndex('AWSDataTransfer', [])],
    [`${HOST}/offers/v1.0/aws/AmazonKinesis/current/region_index.json`, regionIndex('AmazonKinesis', [])],
    [`${HOST}${versionUrl('AmazonMSK', 'us-east-1')}`, MSK_VIRGINIA],
    [`${HOST}${versionUrl('AmazonEC2', 'us-east-2')}`, await readFile(EC2_EXCERPT, 'utf8')],
  ]);
}

/** A fetch over a map of URL → body text (or an HTTP status); every URL asked is recorded. */
function fakeFetch(files: ReadonlyMap<string, string | number>, asked: string[] = []): Fetch {
  return async (url) => {
    asked.push(url);
    const served = files.get(url);
    if (served === undefined) return new Response('Not Found', { status: 404 });
    if (typeof served === 'number') return new Response('error', { status: served });
    return new Response(served);
  };
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('downloadPriceFiles', () => {
  it('saves each offered region under <root>/<today>/<offer>/<region>.json, following the relative URLs on AWS’s host', async () => {
    const ws = await makeWorkspace();
    const root = join(ws.root, 'price-list');
    const asked: string[] = [];
    const log: string[] = [];
    const files = await awsFiles();
    const dir = await downloadPriceFiles({
      fetch: fakeFetch(files, asked),
      root,
      today: TODAY,
      regions: ['us-east-1', 'us-east-2'],
      log: (l) => log.push(l),
    });
    expect(dir).toBe(join(root, '2026-12-07'));
    expect(await readFile(join(root, '2026-12-07', 'AmazonMSK', 'us-east-1.json'), 'utf8')).toBe(MSK_VIRGINIA);
    expect(await readFile(join(root, '2026-12-07', 'AmazonEC2', 'us-east-2.json'), 'utf8')).toBe(await readFile(EC2_EXCERPT, 'utf8'));
    expect((await readdir(dir)).sort()).toEqual(['AmazonEC2', 'AmazonMSK']);
    // Only the four offers, never AmazonS3; every URL absolute on the Price List host.
    expect(asked[0]).toBe(OFFER_INDEX);
    expect(asked.every((url) => url.startsWith(`${HOST}/offers/v1.0/aws/`))).toBe(true);
    expect(asked.some((url) => url.includes('AmazonS3'))).toBe(false);
    expect(log).toContain(`downloaded AmazonMSK us-east-1 → ${join(root, '2026-12-07', 'AmazonMSK', 'us-east-1.json')}`);
  });

  it('logs and skips a region missing from an offer’s region index', async () => {
    const ws = await makeWorkspace();
    const log: string[] = [];
    await downloadPriceFiles({
      fetch: fakeFetch(await awsFiles()),
      root: ws.root,
      today: TODAY,
      regions: ['us-east-1', 'us-east-2'],
      log: (l) => log.push(l),
    });
    expect(log).toContain("not offered AmazonMSK us-east-2: not in the offer's region index");
    expect(log).toContain("not offered AmazonEC2 us-east-1: not in the offer's region index");
    expect(log).toContain("not offered AmazonKinesis us-east-1: not in the offer's region index");
    expect(await exists(join(ws.root, TODAY, 'AmazonMSK', 'us-east-2.json'))).toBe(false);
  });

  it('fails with the offer, region, URL and HTTP status when a region file cannot be fetched, and saves no file for it', async () => {
    const ws = await makeWorkspace();
    const files = await awsFiles();
    files.set(`${HOST}${versionUrl('AmazonMSK', 'us-east-1')}`, 503);
    await expect(
      downloadPriceFiles({ fetch: fakeFetch(files), root: ws.root, today: TODAY, regions: ['us-east-1'], log: () => undefined }),
    ).rejects.toThrow(`AmazonMSK us-east-1 (${HOST}${versionUrl('AmazonMSK', 'us-east-1')}): HTTP 503`);
    expect(await exists(join(ws.root, TODAY, 'AmazonMSK', 'us-east-1.json'))).toBe(false);
  });

  it('fails when the offer index cannot be fetched', async () => {
    const ws = await makeWorkspace();
    const files = await awsFiles();
    files.set(OFFER_INDEX, 500);
    await expect(
      downloadPriceFiles({ fetch: fakeFetch(files), root: ws.root, today: TODAY, regions: ['us-east-1'], log: () => undefined }),
    ).rejects.toThrow(`the offer index (${OFFER_INDEX}): HTTP 500`);
  });

  it('fails when a region index is not in AWS’s shape', async () => {
    const ws = await makeWorkspace();
    const files = await awsFiles();
    files.set(
      `${HOST}/offers/v1.0/aws/AmazonMSK/current/region_index.json`,
      JSON.stringify({ regions: { 'us-east-1': { regionCode: 'us-east-1' } } }),
    );
    await expect(
      downloadPriceFiles({ fetch: fakeFetch(files), root: ws.root, today: TODAY, regions: ['us-east-1'], log: () => undefined }),
    ).rejects.toThrow(/the region index of AmazonMSK .* is not in the expected shape: regions\.us-east-1\.currentVersionUrl/);
  });

  it('leaves no region file when the download breaks off midway', async () => {
    const ws = await makeWorkspace();
    const files = await awsFiles();
    const url = `${HOST}${versionUrl('AmazonMSK', 'us-east-1')}`;
    const serve = fakeFetch(files);
    const broken: Fetch = async (asked) => {
      if (asked !== url) return serve(asked);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(MSK_VIRGINIA.slice(0, 200)));
          controller.error(new Error('connection reset'));
        },
      });
      return { ok: true, status: 200, json: () => Promise.reject(new Error('not JSON')), body };
    };
    await expect(
      downloadPriceFiles({ fetch: broken, root: ws.root, today: TODAY, regions: ['us-east-1'], log: () => undefined }),
    ).rejects.toThrow('connection reset');
    expect(await exists(join(ws.root, TODAY, 'AmazonMSK', 'us-east-1.json'))).toBe(false);
  });
});

describe('prices:refresh --download', () => {
  const downloadInto =
    (ws: Workspace, files: ReadonlyMap<string, string | number>) => (regions: readonly string[], log: (line: string) => void) =>
      downloadPriceFiles({ fetch: fakeFetch(files), root: join(ws.root, 'price-list'), today: TODAY, regions, log });

  it('downloads, then reads what it saved: kafka.m5.large 0.21 -> 0.22 (+4.8 %) in us-east-1, gp3 unchanged in us-east-2', async () => {
    const ws = await makeWorkspace();
    const run = await runRefresh(ws, ['--download', '--partial'], downloadInto(ws, await awsFiles()));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.lines).toContain('read AmazonEC2/us-east-2.json: AmazonEC2, published 2023-03-22T14:56:51Z, 1 regions');
    expect(run.lines).toContain('read AmazonMSK/us-east-1.json: AmazonMSK, published 2026-12-01T00:00:00Z, 1 regions');
    // 34 bundled regions are not in the MSK region index: each is logged, none is a failure.
    expect(linesStarting(run, 'not').filter((l) => l.startsWith('not offered AmazonMSK '))).toHaveLength(34);
    expect(linesStarting(run, 'changed')).toEqual([
      `changed us-east-1 msk.brokers["kafka.m5.large"] 0.21 -> 0.22 (+4.8 %) USE1-Kafka.m5.large ${rateCodeOf('CBMW8TY4JC6XHKHM')}`,
    ]);
    expect(priceAt(await readData(ws), 'us-east-1', 'msk', 'brokers', 'kafka.m5.large')).toBe(0.22);
  });

  it('exits 1 on an HTTP error with a clear message and leaves the data as it was', async () => {
    const ws = await makeWorkspace();
    const files = await awsFiles();
    files.set(`${HOST}${versionUrl('AmazonEC2', 'us-east-2')}`, 403);
    const before = await readFile(ws.dataPath, 'utf8');
    const run = await runRefresh(ws, ['--download', '--partial'], downloadInto(ws, files));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `prices:refresh: download failed: AmazonEC2 us-east-2 (${HOST}${versionUrl('AmazonEC2', 'us-east-2')}): HTTP 403\n`,
    );
    expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
  });
});
