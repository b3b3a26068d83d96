/**
 * `prices:refresh --from DIR` on AWS's own files (SPEC §14): the unchanged excerpts change no price
 * and only date the data; one changed price gives exactly one `changed` line; two prices for one
 * key fail and write nothing.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COMMITTED_DATA,
  EC2_EXCERPT,
  M5_LARGE_RATE_CODE,
  MSK_EXCERPT,
  filesOf,
  linesStarting,
  makeWorkspace,
  priceAt,
  readData,
  readJson,
  readMskExcerpt,
  refreshFrom,
  removeWorkspaces,
  setPrice,
  virginiaRows,
  withoutDates,
  writePriceFile,
  type Json,
} from './refresh-harness';

afterEach(removeWorkspaces);

/** The last source of a data file (a refresh appends its own). */
const lastSource = (data: Json) => (data['sources'] as Json[]).at(-1);

describe('refreshing from the unchanged MSK excerpt with --partial', () => {
  it('prints 0 changed, 0 added, 0 removed and exits 0', async () => {
    const ws = await makeWorkspace();
    await copyFile(MSK_EXCERPT, join(ws.fromDir, 'msk.json'));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.lines.at(-1)).toBe(`0 changed, 0 added, 0 removed; wrote ${ws.dataPath}`);
    expect([...linesStarting(run, 'changed'), ...linesStarting(run, 'added'), ...linesStarting(run, 'removed')]).toEqual([]);
  });

  it('writes a file that differs from the original only in asOf and sources', async () => {
    const ws = await makeWorkspace();
    await copyFile(MSK_EXCERPT, join(ws.fromDir, 'msk.json'));
    const original = await readJson(COMMITTED_DATA);
    await refreshFrom(ws, '--partial');
    const written = await readData(ws);
    expect(withoutDates(written)).toEqual(withoutDates(original));
    // Put back the two dated keys: the rest of the text is the original's, byte for byte.
    const restored = { ...written, asOf: original['asOf'], sources: original['sources'] };
    expect(`${JSON.stringify(restored, null, 1)}\n`).toBe(await readFile(COMMITTED_DATA, 'utf8'));
  });

  it('adds a PL-AmazonMSK source with the excerpt publication date 2025-04-04T19:05:32Z, and dates asOf to today', async () => {
    const ws = await makeWorkspace();
    await copyFile(MSK_EXCERPT, join(ws.fromDir, 'msk.json'));
    const original = await readJson(COMMITTED_DATA);
    await refreshFrom(ws, '--partial');
    const written = await readData(ws);
    // The sources the data had are kept in their order; the refresh appends one per offer read.
    expect((written['sources'] as Json[]).slice(0, -1)).toEqual(original['sources']);
    expect(lastSource(written)).toMatchObject({
      id: 'PL-AmazonMSK',
      offerCode: 'AmazonMSK',
      publicationDate: '2025-04-04T19:05:32Z',
      refreshedOn: '2026-12-07',
      regions: ['us-east-1'],
      citation: 'AWS Price List, Amazon MSK, published 2025-04-04',
    });
    expect(String(written['asOf'])).toMatch(/^2026-12-07 /);
    expect(String(written['asOf'])).toContain('AmazonMSK published 2025-04-04');
    // What the data said before stays in asOf: only the refreshed offer is re-dated.
    expect(String(written['asOf'])).toContain(String(original['asOf']));
  });

  it('keeps one PL-AmazonMSK source and the same asOf when run a second time', async () => {
    const ws = await makeWorkspace();
    await copyFile(MSK_EXCERPT, join(ws.fromDir, 'msk.json'));
    await refreshFrom(ws, '--partial');
    const once = await readFile(ws.dataPath, 'utf8');
    const second = await refreshFrom(ws, '--partial');
    expect(second.status).toBe(0);
    expect(await readFile(ws.dataPath, 'utf8')).toBe(once);
    expect(((await readData(ws))['sources'] as Json[]).filter((s) => s['id'] === 'PL-AmazonMSK')).toHaveLength(1);
  });
});

describe('refreshing from the unchanged EC2 bulk excerpt with --partial', () => {
  it('keeps us-east-2 gp3 at 0.08 and every other price, and adds a PL-AmazonEC2 source of 2023-03-22', async () => {
    const ws = await makeWorkspace();
    await copyFile(EC2_EXCERPT, join(ws.fromDir, 'us-east-2.json'));
    const original = await readJson(COMMITTED_DATA);
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(run.lines).toContain('read us-east-2.json: AmazonEC2, published 2023-03-22T14:56:51Z, 1 regions');
    expect(run.lines.at(-1)).toBe(`0 changed, 0 added, 0 removed; wrote ${ws.dataPath}`);
    const written = await readData(ws);
    expect(priceAt(written, 'us-east-2', 'ebs', 'gp3PerGbMonth')).toBe(0.08);
    expect(withoutDates(written)).toEqual(withoutDates(original));
    expect(lastSource(written)).toMatchObject({
      id: 'PL-AmazonEC2',
      publicationDate: '2023-03-22T14:56:51Z',
      version: '20230322145651',
      regions: ['us-east-2'],
      citation: 'AWS Price List, Amazon EC2 (instances and EBS), published 2023-03-22',
    });
  });
});

describe('refreshing from the MSK excerpt with kafka.m5.large at 0.22 instead of 0.21', () => {
  /** The excerpt with every row of rate code CBMW8TY4JC6XHKHM (kafka.m5.large, listed three times) at a new price. */
  async function excerptWithM5Large(price: string) {
    const page = await readMskExcerpt();
    const rows = Object.values(virginiaRows(page)).filter((row) => row['rateCode'] === M5_LARGE_RATE_CODE);
    expect(rows).toHaveLength(3);
    rows.forEach((row) => (row['price'] = price));
    return page;
  }

  it('prints exactly one changed line: 0.21 -> 0.22 is +4.76 %, shown as (+4.8 %), with the usage type and rate code', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'msk.json', await excerptWithM5Large('0.2200000000'));
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(0);
    expect(linesStarting(run, 'changed')).toEqual([
      'changed us-east-1 msk.brokers["kafka.m5.large"] 0.21 -> 0.22 (+4.8 %) USE1-Kafka.m5.large CBMW8TY4JC6XHKHM.JRTCKXETXF.6YS6EN2CT7',
    ]);
    expect([...linesStarting(run, 'added'), ...linesStarting(run, 'removed')]).toEqual([]);
    expect(run.lines.at(-1)).toBe(`1 changed, 0 added, 0 removed; wrote ${ws.dataPath}`);
  });

  it('writes a file that differs from the original only there, in asOf and in sources', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'msk.json', await excerptWithM5Large('0.2200000000'));
    await refreshFrom(ws, '--partial');
    const expected = await readJson(COMMITTED_DATA);
    setPrice(expected, 'us-east-1', ['msk', 'brokers', 'kafka.m5.large'], 0.22);
    const written = await readData(ws);
    expect(withoutDates(written)).toEqual(withoutDates(expected));
    // us-east-2 has its own kafka.m5.large at 0.21: a us-east-1 file does not touch it.
    expect(priceAt(written, 'us-east-2', 'msk', 'brokers', 'kafka.m5.large')).toBe(0.21);
  });

  it('prints a fall as a negative percentage: 0.21 -> 0.189 is -10.0 %', async () => {
    const ws = await makeWorkspace();
    await writePriceFile(ws, 'msk.json', await excerptWithM5Large('0.1890000000'));
    const run = await refreshFrom(ws, '--partial', '--dry-run');
    expect(linesStarting(run, 'changed')).toEqual([
      'changed us-east-1 msk.brokers["kafka.m5.large"] 0.21 -> 0.189 (-10.0 %) USE1-Kafka.m5.large CBMW8TY4JC6XHKHM.JRTCKXETXF.6YS6EN2CT7',
    ]);
  });
});

describe('two rows for one key that disagree', () => {
  it('fail as a conflict when only one of the three kafka.m5.large rows changes, and nothing is written', async () => {
    const ws = await makeWorkspace();
    const page = await readMskExcerpt();
    const row = virginiaRows(page)['DxL5b5g6rdNYXl6IPVhWkEdLb4zOcQHAeBdxg6MQFQ8'];
    expect(row?.['rateCode']).toBe(M5_LARGE_RATE_CODE);
    if (row) row['price'] = '0.2200000000';
    await writePriceFile(ws, 'msk.json', page);
    const before = await readFile(ws.dataPath, 'utf8');
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^conflict: msk\.json: us-east-1 msk\.brokers\["kafka\.m5\.large"\] has two prices: /m);
    expect(run.stderr).toContain('0.21 (rate code CBMW8TY4JC6XHKHM.JRTCKXETXF.6YS6EN2CT7)');
    expect(run.stderr).toContain('0.22 (rate code CBMW8TY4JC6XHKHM.JRTCKXETXF.6YS6EN2CT7)');
    expect(run.stderr).toContain('nothing written');
    expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
    expect(await filesOf(ws)).toEqual(['aws-prices.json', 'from']);
  });

  it('fail as a conflict naming both rate codes when a second rate code gives the same key another price', async () => {
    const ws = await makeWorkspace();
    const page = await readMskExcerpt();
    virginiaRows(page)['second m5.large'] = {
      rateCode: 'ZZZZ2ND4RATE0CDE.JRTCKXETXF.6YS6EN2CT7',
      price: '0.2300000000',
      usageType: 'USE1-Kafka.m5.large',
      operation: 'RunBroker',
    };
    await writePriceFile(ws, 'msk.json', page);
    const before = await readFile(ws.dataPath, 'utf8');
    const run = await refreshFrom(ws, '--partial');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('conflict: ');
    expect(run.stderr).toContain('CBMW8TY4JC6XHKHM.JRTCKXETXF.6YS6EN2CT7');
    expect(run.stderr).toContain('ZZZZ2ND4RATE0CDE.JRTCKXETXF.6YS6EN2CT7');
    expect(await readFile(ws.dataPath, 'utf8')).toBe(before);
  });

  it('merge when they agree: a second rate code at the same 0.21 is no conflict and no change', async () => {
    const ws = await makeWorkspace();
    const page = await readMskExcerpt();
    virginiaRows(page)['second m5.large'] = {
      rateCode: 'ZZZZ2ND4RATE0CDE.JRTCKXETXF.6YS6EN2CT7',
      price: '0.21',
      usageType: 'USE1-Kafka.m5.large',
      operation: 'RunBroker',
    };
    await writePriceFile(ws, 'msk.json', page);
    const run = await refreshFrom(ws, '--partial', '--dry-run');
    expect(run.status).toBe(0);
    expect(run.lines.at(-1)).toBe('0 changed, 0 added, 0 removed; --dry-run: nothing written');
  });
});
