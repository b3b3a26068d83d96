/**
 * Which file is read when two cover the same offer and region (the newest), `--check` and
 * `--dry-run` (print, never write), and the command line (SPEC §14: exit 2 on a usage error).
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRefreshArgs, runPricesRefresh } from '../../../src/cli/prices/refresh-command';
import {
  CHECK_DIR,
  M5_LARGE_RATE_CODE,
  MSK_EXCERPT,
  editData,
  filesOf,
  linesStarting,
  makeWorkspace,
  priceAt,
  readData,
  readMskExcerpt,
  realIo,
  refreshFrom,
  removeWorkspaces,
  runRefresh,
  setPrice,
  virginiaRows,
  writePriceFile,
} from './refresh-harness';

afterEach(removeWorkspaces);

/** The MSK excerpt with kafka.m5.large at a price and another publication date. */
async function mskExcerpt(price: string, published: string) {
  const page = await readMskExcerpt();
  Object.values(virginiaRows(page))
    .filter((row) => row['rateCode'] === M5_LARGE_RATE_CODE)
    .forEach((row) => (row['price'] = price));
  page.manifest['hawkFilePublicationDate'] = published;
  return page;
}

describe('two files of the same offer and region', () => {
  it('read the newer one, and a superseded note names the older', async () => {
    const ws = await makeWorkspace();
    // The older file sorts after the newer one: the publication date decides, not the order of reading.
    await writePriceFile(ws, 'b-older.json', await mskExcerpt('0.2500000000', '2026-06-01T00:00:00Z'));
    await writePriceFile(ws, 'a-newer.json', await mskExcerpt('0.2200000000', '2026-11-20T00:00:00Z'));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'superseded')).toEqual([
      'superseded AmazonMSK: b-older.json (published 2026-06-01T00:00:00Z) is older than a-newer.json (2026-11-20T00:00:00Z) in 1 regions (us-east-1); the newer one is read',
    ]);
    expect(linesStarting(run, 'changed')).toEqual([
      'changed us-east-1 msk.brokers["kafka.m5.large"] 0.21 -> 0.22 (+4.8 %) USE1-Kafka.m5.large CBMW8TY4JC6XHKHM.JRTCKXETXF.6YS6EN2CT7',
    ]);
    const written = await readData(ws);
    expect(priceAt(written, 'us-east-1', 'msk', 'brokers', 'kafka.m5.large')).toBe(0.22);
    // The source is dated by the file read.
    expect((written['sources'] as Record<string, unknown>[]).at(-1)).toMatchObject({
      id: 'PL-AmazonMSK',
      publicationDate: '2026-11-20T00:00:00Z',
    });
  });

  it('do not conflict when only the older one disagrees with itself', async () => {
    const ws = await makeWorkspace();
    const older = await mskExcerpt('0.2100000000', '2026-06-01T00:00:00Z');
    const row = virginiaRows(older)['DxL5b5g6rdNYXl6IPVhWkEdLb4zOcQHAeBdxg6MQFQ8'];
    if (row) row['price'] = '0.3000000000';
    await writePriceFile(ws, 'older.json', older);
    await writePriceFile(ws, 'newer.json', await mskExcerpt('0.2100000000', '2026-11-20T00:00:00Z'));
    const run = await refreshFrom(ws, '--partial', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.lines.at(-1)).toBe('0 changed, 0 added, 0 removed; --dry-run: nothing written');
  });
});

describe('--check', () => {
  it('exits 0 and says "the price data matches" for AWS’s MSK data of 2025-10-09 against the committed data', async () => {
    const ws = await makeWorkspace();
    const before = await readFile(ws.dataPath, 'utf8');
    const run = await runRefresh(ws, ['--from', CHECK_DIR, '--check']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.lines).toContain('read AmazonMSK/msk-pricing-page-2025-10-09.json: AmazonMSK, published 2025-10-09T18:20:28Z, 35 regions');
    expect(run.lines.at(-1)).toBe('0 changed, 0 added, 0 removed; --check: the price data matches');
    expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
  });

  it('exits 1 when a price differs, prints the difference and writes nothing', async () => {
    const ws = await makeWorkspace();
    await editData(ws, (data) => setPrice(data, 'eu-west-1', ['msk', 'storagePerGbMonth'], 0.1));
    const before = await readFile(ws.dataPath, 'utf8');
    const run = await runRefresh(ws, ['--from', CHECK_DIR, '--check']);
    expect(run.status).toBe(1);
    // AWS prices MSK storage in EU (Ireland) at 0.11 per GB-month: 0.1 -> 0.11 is +10.0 %.
    expect(linesStarting(run, 'changed')).toEqual([
      expect.stringMatching(/^changed eu-west-1 msk\.storagePerGbMonth 0\.1 -> 0\.11 \(\+10\.0 %\) EU-Kafka\.Storage\.GP2 /),
    ]);
    expect(run.lines.at(-1)).toBe('1 changed, 0 added, 0 removed; --check: the price data differs');
    expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
    expect(await filesOf(ws)).toEqual(['aws-prices.json', 'from']);
  });
});

describe('--dry-run', () => {
  it('prints the diff and writes nothing', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'msk.json', await mskExcerpt('0.2200000000', '2025-04-04T19:05:32Z'));
    const before = await readFile(ws.dataPath, 'utf8');
    const run = await refreshFrom(ws, '--partial', '--dry-run');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'changed')).toHaveLength(1);
    expect(run.lines.at(-1)).toBe('1 changed, 0 added, 0 removed; --dry-run: nothing written');
    expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
    expect(await filesOf(ws)).toEqual(['aws-prices.json', 'from']);
  });
});

describe('the command line', () => {
  it('reads --from, the flags and --data', () => {
    expect(parseRefreshArgs(['--from', 'price-list/2026-12-07', '--partial', '--dry-run', '--data', 'x.json'])).toEqual({
      from: 'price-list/2026-12-07',
      download: false,
      dryRun: true,
      partial: true,
      allowRemovals: false,
      check: false,
      data: 'x.json',
    });
  });

  it('refreshes src/data/aws-prices.json unless --data says otherwise', () => {
    expect(parseRefreshArgs(['--download'])).toMatchObject({ download: true, from: null, data: 'src/data/aws-prices.json' });
  });

  it.each([
    ['both --from and --download', ['--from', 'dir', '--download'], 'give exactly one of --from DIR and --download'],
    ['neither --from nor --download', ['--dry-run'], 'give exactly one of --from DIR and --download'],
    ['an unknown flag', ['--from', 'dir', '--force'], 'unknown argument "--force"'],
    ['--from without a path', ['--from', '--partial'], '--from needs a path'],
  ])('rejects %s with a usage message', (_what, argv, message) => {
    expect(parseRefreshArgs(argv)).toBe(message);
  });

  it.each([
    ['both --from and --download', ['--from', 'dir', '--download']],
    ['neither --from nor --download', []],
    ['an unknown flag', ['--from', 'dir', '--force']],
  ])('exits 2 on %s, printing the usage and reading nothing', async (_what, argv) => {
    const out = { stdout: '', stderr: '' };
    const status = await runPricesRefresh(argv, realIo(out));
    expect(status).toBe(2);
    expect(out.stderr).toMatch(/^prices:refresh: /);
    expect(out.stderr).toContain('Usage: npm run prices:refresh -- (--from DIR | --download) [options]');
    expect(out.stdout).toBe('');
  });

  it('prints the usage with --help and exits 0', async () => {
    const out = { stdout: '', stderr: '' };
    expect(await runPricesRefresh(['--help'], realIo(out))).toBe(0);
    expect(out.stdout).toContain('--allow-removals');
  });

  it('exits 1 with a clear message when the --from directory does not exist, writing nothing', async () => {
    const ws = await makeWorkspace();
    await copyFile(MSK_EXCERPT, join(ws.fromDir, 'msk.json'));
    const before = await readFile(ws.dataPath, 'utf8');
    const run = await runRefresh(ws, ['--from', join(ws.root, 'no-such-dir'), '--partial']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no-such-dir');
    expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
  });

  it('exits 1 with a clear message when the --data file does not exist', async () => {
    const ws = await makeWorkspace();
    await copyFile(MSK_EXCERPT, join(ws.fromDir, 'msk.json'));
    const out = { stdout: '', stderr: '' };
    const missing = join(ws.root, 'no-such-prices.json');
    expect(await runPricesRefresh(['--from', ws.fromDir, '--data', missing], realIo(out))).toBe(1);
    expect(out.stderr).toMatch(/^prices:refresh: cannot read the price data .*no-such-prices\.json: /);
    expect(await filesOf(ws)).toEqual(['aws-prices.json', 'from']);
  });
});
