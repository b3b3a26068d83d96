/**
 * CSV export: RFC 4180 text, one row per option, units in the headers, plain numbers and cells that
 * a spreadsheet cannot run as formulas (OWASP "CSV Injection"). Expected figures are worked by hand
 * from SPEC §3–§4 and the bundled us-east-1 prices for a small workload (I = Ip = O = Op = 1 MiB/s,
 * otherwise SPEC §2 defaults):
 *   local storage provisioned = 1 × 168 × 3600 × 3 / 1024 / 0.5 = 3,543.75 GiB, 1,181.25 GiB per broker on 3 brokers
 *   kafka.t3.small: 3 brokers × $0.0456 × 730 h = $99.864; storage 3,543.75 × $0.10 = $354.375
 *   cross-AZ, producers = 1 × 3600 × 730 / 1024 × 2/3 = 1,710.9375 GiB × $0.01 × 2 = $34.21875 (consumers 0 with nearest-replica fetch)
 *   total = $488.45775 a month, $5,861.493 a year
 *   every constraint needs 3 brokers (storage 21.75 ÷ 6.5 × 0.5 = 1.67 MiB/s, network 16.384 ÷ 7.2 × 0.5 = 1.14 MiB/s,
 *   900 ÷ 300 partition replicas), so the bottleneck is the first of SPEC §4.2, storage throughput; T3 has no PST
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatUsd, plainNumber } from '../../src/report/format';
import { buildReport } from '../../src/report/report-model';
import { CSV_HEADER, guardCell, toCsv } from '../../src/report/to-csv';
import { BUNDLED_PRICE_BOOK, sizeWith, withRegionPrices } from '../support/factories';
import { resultWithRanges } from './ranges-fixture';

const TODAY = '2026-11-22';
const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;

/** The CSV of a scenario (SPEC §2 defaults + overrides) sized with the bundled prices. */
function csvOf(overrides: Record<string, unknown> = {}, priceBook = BUNDLED_PRICE_BOOK): string {
  return toCsv(buildReport(sizeWith(overrides, priceBook), BUNDLED_PRICE_BOOK, TODAY));
}

/** Parses CSV back into rows of cells, failing the test on any parse error. */
function parseRows(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { newline: '\r\n', header: false, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Parses CSV back into one record per data row, keyed by header. */
function parseRecords(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { newline: '\r\n', header: true, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function recordOf(records: readonly Record<string, string>[], optionId: string): Record<string, string> {
  const found = records.find((r) => r['Option ID'] === optionId);
  if (!found) throw new Error(`no row for ${optionId}`);
  return found;
}

const COST_COLUMNS = [
  'Brokers (USD/month)',
  'Storage (USD/month)',
  'Tiered storage (USD/month)',
  'Provisioned throughput (USD/month)',
  'Data in (USD/month)',
  'Data out (USD/month)',
  'Cross-AZ transfer (USD/month)',
  'Controllers (USD/month)',
  'Operations (USD/month)',
  'Total (USD/month)',
  'Total (USD/year)',
] as const;

/** SPEC §12 columns, appended after the option columns and filled on ranges rows only. */
const RANGES_COLUMNS = [
  'Month',
  'Monthly cost P10 (USD/month)',
  'Monthly cost P50 (USD/month)',
  'Monthly cost P90 (USD/month)',
  'Brokers P10 (count)',
  'Brokers P50 (count)',
  'Brokers P90 (count)',
  'Cheapest in (share of futures)',
  'At risk from (month)',
  'Unavailable by horizon (share of futures)',
  'Regret score (share)',
] as const;

/** SPEC §15 columns, after the ranges columns, filled on Kinesis rows only. */
const KINESIS_COLUMNS = ['Shards (count)', 'Capacity (USD/month)', 'Retention (USD/month)', 'Enhanced fan-out (USD/month)'] as const;

/** The three Kinesis Data Streams rows (SPEC §15) that follow the option rows when the price book prices Kinesis. */
const KINESIS_ROWS = 3;

/** The columns an export promises, written out here rather than read from the module under test. */
const HEADER = [
  'Scenario',
  'Region',
  'Price date',
  'Option ID',
  'Deployment',
  'Instance type',
  'Class',
  'Available',
  'Unavailable reason',
  'Brokers (count)',
  'Bottleneck',
  'Storage per broker (GiB)',
  'Provisioned throughput (MiB/s per broker)',
  ...COST_COLUMNS,
  'Total excludes',
  ...RANGES_COLUMNS,
  ...KINESIS_COLUMNS,
];

/** An option row's ranges cells: all empty. */
const NO_RANGES: Record<string, string> = Object.fromEntries([...RANGES_COLUMNS, ...KINESIS_COLUMNS].map((c) => [c, '']));

describe('CSV header', () => {
  it('names every column, with the unit of each figure in its name and the cost lines in the order of SPEC §9', () => {
    expect([...CSV_HEADER]).toEqual(HEADER);
  });

  it('is the first record of the file', () => {
    const rows = parseRows(csvOf());
    expect(rows[0]).toEqual(HEADER);
  });
});

describe('CSV rows', () => {
  it('has one CRLF-separated row per option: 40 for the bundled price book (16 Standard, 7 Express, Serverless, 16 self-managed), then the 3 Kinesis modes', () => {
    const csv = csvOf();
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(1 + 40 + KINESIS_ROWS);
    expect(csv.endsWith('\r\n')).toBe(false);
    const records = parseRecords(csv);
    expect(records).toHaveLength(40 + KINESIS_ROWS);
    expect(records.filter((r) => r['Deployment'] === 'Kinesis Data Streams').map((r) => r['Option ID'])).toEqual([
      'kinesis:kinesis-provisioned',
      'kinesis:kinesis-on-demand',
      'kinesis:kinesis-on-demand-advantage',
    ]);
    expect(records.filter((r) => r['Deployment'] === 'MSK Standard')).toHaveLength(16);
    expect(records.filter((r) => r['Deployment'] === 'MSK Express')).toHaveLength(7);
    expect(records.filter((r) => r['Deployment'] === 'MSK Serverless')).toHaveLength(1);
    expect(records.filter((r) => r['Deployment'] === 'Self-managed on EC2')).toHaveLength(16);
    expect(new Set(records.map((r) => r['Option ID'])).size).toBe(40 + KINESIS_ROWS);
    for (const row of parseRows(csv)) expect(row).toHaveLength(HEADER.length);
  });

  it('writes the kafka.t3.small row of a small workload with the figures worked out by hand', () => {
    const row = recordOf(parseRecords(csvOf({ name: 'Orders', ...SMALL })), 'msk-standard:kafka.t3.small');
    expect(row).toEqual({
      Scenario: 'Orders',
      Region: 'us-east-1',
      'Price date': '2025-04-04',
      'Option ID': 'msk-standard:kafka.t3.small',
      Deployment: 'MSK Standard',
      'Instance type': 'kafka.t3.small',
      Class: 'MSK T3 (dev/test)',
      Available: 'yes',
      'Unavailable reason': '',
      'Brokers (count)': '3',
      Bottleneck: 'Storage throughput',
      'Storage per broker (GiB)': '1181.25',
      'Provisioned throughput (MiB/s per broker)': '',
      'Brokers (USD/month)': '99.86',
      'Storage (USD/month)': '354.38',
      'Tiered storage (USD/month)': '0.00',
      'Provisioned throughput (USD/month)': '0.00',
      'Data in (USD/month)': '0.00',
      'Data out (USD/month)': '0.00',
      'Cross-AZ transfer (USD/month)': '34.22',
      'Controllers (USD/month)': '0.00',
      'Operations (USD/month)': '0.00',
      'Total (USD/month)': '488.46',
      'Total (USD/year)': '5861.49',
      'Total excludes': '',
      ...NO_RANGES,
    });
  });

  it('writes numbers plainly: no dollar sign, no thousands separator, exactly two decimals, whole broker counts', () => {
    // 100 MiB/s average on 2 AZs: several options cost tens of thousands of dollars a month.
    const records = parseRecords(csvOf({ avgIngressMiBps: 100, peakIngressMiBps: 300, availabilityZones: 2 }));
    const money = records.flatMap((r) => COST_COLUMNS.map((c) => r[c] ?? 'missing'));
    expect(money.some((v) => Number(v) >= 10_000)).toBe(true);
    for (const v of money) expect(v).toMatch(/^(\d+\.\d{2})?$/);
    for (const r of records) {
      expect(r['Storage per broker (GiB)']).toMatch(/^(\d+\.\d{2})?$/);
      expect(r['Brokers (count)']).toMatch(/^(\d+)?$/);
    }
  });

  it('leaves every cost cell of an unpriced option empty, never 0, and gives the reason it is unavailable', () => {
    // SPEC §5: Express needs 3 AZs, so on 2 AZs it is unavailable and has no cost.
    const records = parseRecords(csvOf({ availabilityZones: 2 }));
    const express = records.filter((r) => r['Deployment'] === 'MSK Express');
    expect(express).toHaveLength(7);
    for (const r of express) {
      expect(r['Available']).toBe('no');
      expect(r['Unavailable reason']).toContain('3 availability zones');
      expect(r['Brokers (count)']).toBe('');
      for (const c of COST_COLUMNS) expect(r[c]).toBe('');
    }
  });

  it('leaves the cost cells empty when the region has no price for the option (SPEC §8)', () => {
    const priceBook = withRegionPrices('us-east-1', (r) => ({ ...r, mskBrokerHourly: { ...r.mskBrokerHourly, 'kafka.m7g.large': null } }));
    const row = recordOf(parseRecords(csvOf({}, priceBook)), 'msk-standard:kafka.m7g.large');
    expect(row['Available']).toBe('no');
    expect(row['Unavailable reason']).not.toBe('');
    for (const c of COST_COLUMNS) expect(row[c]).toBe('');
  });

  it('says why an option over the broker quota is unavailable', () => {
    // SPEC §4.1: kafka.t3.small carries under 1 MiB/s of ingress at the default utilisation, so 300 MiB/s needs far more than 60 brokers.
    const row = recordOf(parseRecords(csvOf({ avgIngressMiBps: 100, peakIngressMiBps: 300 })), 'msk-standard:kafka.t3.small');
    expect(row['Available']).toBe('no');
    expect(row['Unavailable reason']).toContain('quota of 60 brokers');
  });
});

describe('CSV provisioned-throughput column', () => {
  const PST = 'Provisioned throughput (MiB/s per broker)';

  it('sits right after the storage per broker', () => {
    expect(CSV_HEADER.indexOf(PST)).toBe(CSV_HEADER.indexOf('Storage per broker (GiB)') + 1);
  });

  it("gives the fixed rate in force, capped at each size's maximum, and leaves ineligible sizes empty", () => {
    // SPEC §4.4 with a fixed 400 MiB/s: kafka.m5.4xlarge min(400, 593) = 400, kafka.m7g.2xlarge min(400, 312.5) = 312.5;
    // kafka.m5.large and kafka.m7g.xlarge are not eligible. 1 MiB/s needs 3 brokers on each, so PST costs
    // 3 × 400 × $0.08 = $96 and 3 × 312.5 × $0.08 = $75.
    const records = parseRecords(csvOf({ ...SMALL, provisionedThroughputMiBps: 400 }));
    const m5 = recordOf(records, 'msk-standard:kafka.m5.4xlarge');
    expect(m5[PST]).toBe('400.00');
    expect(m5['Provisioned throughput (USD/month)']).toBe('96.00');
    // 3 × $1.68 × 730 = $3,679.20 + $354.375 storage + $96 PST + $34.21875 cross-AZ = $4,163.79375
    expect(m5['Total (USD/month)']).toBe('4163.79');
    const m7g = recordOf(records, 'msk-standard:kafka.m7g.2xlarge');
    expect(m7g[PST]).toBe('312.50');
    expect(m7g['Provisioned throughput (USD/month)']).toBe('75.00');
    for (const id of [
      'msk-standard:kafka.m5.large',
      'msk-standard:kafka.m7g.xlarge',
      'msk-standard:kafka.t3.small',
      'msk-express:express.m7g.large',
      'msk-serverless:serverless',
    ]) {
      expect(recordOf(records, id)[PST]).toBe('');
    }
  });

  it('shows the rate "auto" chose, and nothing where auto left PST off', () => {
    // Peak 100 MiB/s, 24 h retention: kafka.m5.4xlarge needs 6 brokers with PST off (250 ÷ 6.5 × 0.5 = 19.23 MiB/s)
    // and 3 from ceil(100 × 13 / 3) = 434 MiB/s up; 3 × $1.68 × 730 + 3 × 434 × $0.08 = $3,783.36 beats 6 × $1.68 × 730
    // = $7,358.40, so auto keeps 434 MiB/s (PST cost 3 × 434 × $0.08 = $104.16).
    const records = parseRecords(csvOf({ peakIngressMiBps: 100, retentionHours: 24 }));
    expect(recordOf(records, 'msk-standard:kafka.m5.4xlarge')[PST]).toBe('434.00');
    expect(recordOf(records, 'msk-standard:kafka.m5.4xlarge')['Provisioned throughput (USD/month)']).toBe('104.16');
    // With 1 MiB/s nothing needs more than 3 brokers, so PST saves nothing and auto leaves it off everywhere.
    for (const r of parseRecords(csvOf(SMALL))) expect(r[PST]).toBe('');
  });
});

describe('CSV total exclusions (SPEC §8)', () => {
  it('is the last of the option columns: the ranges columns (SPEC §12) come after it', () => {
    expect(CSV_HEADER[CSV_HEADER.length - 1 - RANGES_COLUMNS.length - KINESIS_COLUMNS.length]).toBe('Total excludes');
  });

  it('leaves a cross-AZ line without a published price empty, not 0, keeps the option available and says the total excludes it', () => {
    const priceBook = withRegionPrices('us-east-1', (r) => ({ ...r, crossAzPerGbEachDirection: null }));
    const records = parseRecords(csvOf({ name: 'Orders', ...SMALL }, priceBook));
    const t3 = recordOf(records, 'msk-standard:kafka.t3.small');
    expect(t3['Available']).toBe('yes');
    expect(t3['Cross-AZ transfer (USD/month)']).toBe('');
    expect(t3['Total excludes']).toBe('Cross-AZ transfer');
    // $99.864 brokers + $354.375 storage = $454.239 a month, $5,450.868 a year
    expect(t3['Total (USD/month)']).toBe('454.24');
    expect(t3['Total (USD/year)']).toBe('5450.87');
    // Kinesis Data Streams has no cross-AZ charge (replication across AZs is in its price, SPEC §15).
    for (const r of records.filter((x) => x['Deployment'] !== 'MSK Serverless' && x['Deployment'] !== 'Kinesis Data Streams')) {
      expect(r['Cross-AZ transfer (USD/month)']).toBe('');
      expect(r['Total excludes']).toBe('Cross-AZ transfer');
    }
    // MSK Serverless has no cross-AZ line in SPEC §6, so its total leaves nothing out.
    const serverless = recordOf(records, 'msk-serverless:serverless');
    expect(serverless['Cross-AZ transfer (USD/month)']).toBe('0.00');
    expect(serverless['Total excludes']).toBe('');
  });

  it('is empty when every line is priced, and for an option with no cost at all', () => {
    const records = parseRecords(csvOf({ availabilityZones: 2 }));
    expect(recordOf(records, 'msk-standard:kafka.m5.large')['Total excludes']).toBe('');
    expect(recordOf(records, 'msk-express:express.m7g.large')['Total excludes']).toBe('');
  });
});

describe('CSV quoting (RFC 4180)', () => {
  const names = [
    'Orders, EU',
    'The "big" one',
    'Line one\nline two',
    'Windows\r\nline break',
    'Lone\rcarriage return',
    ' padded ',
    'Mixed, "quoted"\r\nand, more',
  ];

  it.each(names)('round-trips the scenario name %j through a CSV parser on every row', (name) => {
    const rows = parseRows(csvOf({ name }));
    expect(rows).toHaveLength(1 + 40 + KINESIS_ROWS);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(HEADER.length);
      expect(row[0]).toBe(name);
    }
  });

  it('encloses a name with quotes in double quotes and doubles the quotes inside', () => {
    const csv = csvOf({ name: 'The "big" one, EU' });
    expect(csv.split('\r\n')[1]?.startsWith('"The ""big"" one, EU",us-east-1,')).toBe(true);
  });

  it('does not quote ordinary cells', () => {
    const firstRow = csvOf({ name: 'Orders' }).split('\r\n')[1] ?? '';
    expect(firstRow.startsWith('Orders,us-east-1,2025-04-04,msk-standard:kafka.t3.small,MSK Standard,kafka.t3.small,')).toBe(true);
  });
});

describe('CSV formula injection', () => {
  const hostile = [
    '=HYPERLINK("http://x","y")',
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '   =1+1',
    '\uFF1D1+1', // full-width equals sign, which some spreadsheets treat as "="
    '\uFF0B1', // full-width plus
    '\uFF0D1', // full-width hyphen-minus
    '\uFF20SUM(A1)', // full-width commercial at
  ];

  it.each(hostile)('turns the scenario name %j into text by prefixing an apostrophe on every row', (name) => {
    const records = parseRecords(csvOf({ name }));
    expect(records).toHaveLength(40 + KINESIS_ROWS);
    for (const r of records) expect(r['Scenario']).toBe(`'${name}`);
  });

  it('leaves the hyperlink formula inert in the raw text: quoted, apostrophe first', () => {
    const csv = csvOf({ name: '=HYPERLINK("http://x","y")' });
    expect(csv.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""http://x"",""y"")",`)).toBe(true);
  });

  it.each(['Orders', 'a=b', 'Team - Orders', '1+1', 'E-mail events', 'user@example.com', "'quoted'"])(
    'leaves the ordinary name %j untouched',
    (name) => {
      for (const r of parseRecords(csvOf({ name }))) expect(r['Scenario']).toBe(name);
    },
  );

  it('guards single cells the same way', () => {
    expect(guardCell('=cmd')).toBe("'=cmd");
    expect(guardCell('  @x')).toBe("'  @x");
    expect(guardCell('\tx')).toBe("'\tx");
    expect(guardCell('')).toBe('');
    expect(guardCell('plain')).toBe('plain');
  });
});

describe('plain numbers for CSV', () => {
  it('rounds 28834.425 to 28834.43 exactly as the screen shows $28,834.43', () => {
    expect(plainNumber(28834.425)).toBe('28834.43');
    expect(formatUsd(28834.425)).toBe('$28,834.43');
  });

  it('rounds half a cent up on the decimal value, where toFixed would round the binary value down', () => {
    // 1.005 and 2.675 are stored just below the half cent; written as decimals they are exactly on it.
    expect(plainNumber(1.005)).toBe('1.01');
    expect(plainNumber(2.675)).toBe('2.68');
  });

  it('never prints negative zero', () => {
    expect(plainNumber(-0)).toBe('0.00');
    expect(plainNumber(-0.004)).toBe('0.00');
    expect(plainNumber(-0.0000001)).toBe('0.00');
    expect(plainNumber(-0.4, 0)).toBe('0');
  });

  it('keeps real negatives, large values without separators and the number of decimals asked for', () => {
    expect(plainNumber(-12.5)).toBe('-12.50');
    expect(plainNumber(1234567.891)).toBe('1234567.89');
    expect(plainNumber(0)).toBe('0.00');
    expect(plainNumber(2.5, 0)).toBe('3');
    expect(plainNumber(1181.25, 1)).toBe('1181.3');
  });

  it('adds a row per replication cluster and tool after the options when the scenario has a replication block (SPEC §11)', () => {
    const text = toCsv(
      buildReport(sizeWith({ replication: { pattern: 'active-passive', targetRegion: 'us-west-2' } }), BUNDLED_PRICE_BOOK, TODAY),
    );
    const rows = Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data;
    const header = rows[0] ?? [];
    const replication = rows.filter((r) => (r[3] ?? '').startsWith('replication-'));
    expect(replication.map((r) => r[3])).toEqual([
      'replication-cluster:source',
      'replication-cluster:target',
      'replication-tool:msk-replicator',
      'replication-tool:mm2-msk-connect',
      'replication-tool:mm2-ec2',
    ]);
    for (const r of replication) expect(r).toHaveLength(header.length);
    // The target cluster sits in the target region; 40 option rows come first.
    expect(replication[1]?.[1]).toBe('us-west-2');
    expect(rows.indexOf(replication[0] ?? [])).toBe(41);
  });
});

describe('CSV ranges rows (SPEC §12), from the hand-built ranges of ranges-fixture.ts', () => {
  const csv = toCsv(buildReport(resultWithRanges(), BUNDLED_PRICE_BOOK, TODAY));
  const records = parseRecords(csv);

  it('follows the 40 option rows with a ranges-option row per option of the ranges table, then a ranges-month row per option and month', () => {
    const ids = records.map((r) => r['Option ID'] ?? '');
    expect(ids.slice(40 + KINESIS_ROWS, 46 + KINESIS_ROWS)).toEqual([
      'ranges-option:msk-express:express.m7g.large',
      'ranges-option:msk-express:express.m7g.xlarge',
      'ranges-option:self-managed:m7g.large',
      'ranges-option:msk-standard:kafka.m7g.large',
      'ranges-option:msk-standard:kafka.m5.large',
      'ranges-option:msk-serverless:serverless',
    ]);
    // 6 options × months 0 to 12.
    expect(ids.slice(46 + KINESIS_ROWS)).toHaveLength(78);
    expect(ids[46 + KINESIS_ROWS]).toBe('ranges-month:0:msk-express:express.m7g.large');
    expect(ids.at(-1)).toBe('ranges-month:12:msk-serverless:serverless');
    for (const row of parseRows(csv)) expect(row).toHaveLength(HEADER.length);
  });

  it('gives each ranges-option row its share cheapest, month at risk and share unavailable as fractions; the regret score on the least-regret choice only', () => {
    const blankOptionColumns = Object.fromEntries(HEADER.slice(7, HEADER.indexOf('Total excludes') + 1).map((c) => [c, '']));
    expect(recordOf(records, 'ranges-option:msk-express:express.m7g.xlarge')).toEqual({
      Scenario: 'Orders',
      Region: 'us-east-1',
      'Price date': '2025-04-04',
      'Option ID': 'ranges-option:msk-express:express.m7g.xlarge',
      Deployment: 'MSK Express',
      'Instance type': 'express.m7g.xlarge',
      Class: 'MSK Express',
      ...blankOptionColumns,
      ...NO_RANGES,
      'Cheapest in (share of futures)': '0.1450',
      'At risk from (month)': '',
      'Unavailable by horizon (share of futures)': '0.0500',
      'Regret score (share)': '0.0314',
    });
    expect(recordOf(records, 'ranges-option:msk-serverless:serverless')).toMatchObject({
      'Cheapest in (share of futures)': '0.0000',
      'At risk from (month)': '0',
      'Unavailable by horizon (share of futures)': '0.6200',
      'Regret score (share)': '',
    });
    // Self-managed Kafka is never the recommendation: no share, rather than 0.
    expect(recordOf(records, 'ranges-option:self-managed:m7g.large')).toMatchObject({
      'Cheapest in (share of futures)': '',
      'At risk from (month)': '7',
    });
  });

  it('gives each ranges-month row the month and the cost and brokers at P10, P50 and P90', () => {
    // Month 12 of kafka.m7g.large: 800 + 120, 835.35 + 120, 900 + 600; brokers 3/6/9.
    expect(recordOf(records, 'ranges-month:12:msk-standard:kafka.m7g.large')).toMatchObject({
      Month: '12',
      'Monthly cost P10 (USD/month)': '920.00',
      'Monthly cost P50 (USD/month)': '955.35',
      'Monthly cost P90 (USD/month)': '1500.00',
      'Brokers P10 (count)': '3',
      'Brokers P50 (count)': '6',
      'Brokers P90 (count)': '9',
      'Cheapest in (share of futures)': '',
      'Total (USD/month)': '',
    });
    // MSK Serverless has no brokers.
    expect(recordOf(records, 'ranges-month:0:msk-serverless:serverless')).toMatchObject({
      Month: '0',
      'Monthly cost P50 (USD/month)': '1300.00',
      'Brokers P10 (count)': '',
      'Brokers P50 (count)': '',
      'Brokers P90 (count)': '',
    });
  });

  it('leaves the ranges columns of option rows empty, and adds no ranges rows without ranges', () => {
    expect(recordOf(records, 'msk-standard:kafka.m7g.large')).toMatchObject(NO_RANGES);
    expect(parseRecords(csvOf({ name: 'Orders', ...SMALL }))).toHaveLength(40 + KINESIS_ROWS);
  });
});
