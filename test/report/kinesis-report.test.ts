/**
 * Kinesis Data Streams in the reports (SPEC §15): the summary sentence and rows of
 * `buildKinesisReport`, the Markdown section, the CSV rows and the CLI table's lines.
 *
 * The default scenario (20/40 MiB/s in, 40/80 out, 168 h, 300 partitions) in us-east-1, by hand from
 * the prices in src/data/aws-prices.json:
 *   consumers round(80 ÷ 40) = 2; shards ceil(max(40, 40 × 1,024 ÷ 1,000 = 40.96, 2 × 40 ÷ 2) × 1.2) = ceil(49.152) = 50
 *   Provisioned: 50 × 730 × $0.015 = $547.50 capacity + PUT 20,480 records/s × 2,628,000 ÷ 10^6 × $0.014 = $753.50016
 *     + extended retention 50 × 730 × $0.02 = $730.00 → $2,031.00016
 *   On-demand standard: 730 × $0.04 = $29.20 + 51,328.125 GB × $0.08 = $4,106.25 + 102,656.25 GB × $0.04 = $4,106.25
 *     + 10,125 GB-month × $0.10 = $1,012.50 → $9,254.20
 *   On-demand Advantage: 64,160.15625 GB (floor) × $0.032 = $2,053.125 + 102,656.25 × $0.016 = $1,642.50
 *     + 10,125 × $0.023 = $232.875 → $3,928.50
 * The cheapest is provisioned. The recommendation's cost is read from the result (its own derivation is
 * tested elsewhere); the percentages are worked from it here.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import rawPrices from '../../src/data/aws-prices.json';
import { loadPriceBook } from '../../src/data/price-book-from-data';
import type { KinesisAlternative, PriceBook, SizingResult } from '../../src/domain';
import { toTable } from '../../src/cli/table';
import { buildKinesisReport, type KinesisReport } from '../../src/report/kinesis-report';
import { buildReport } from '../../src/report/report-model';
import { toCsv } from '../../src/report/to-csv';
import { toMarkdown } from '../../src/report/to-markdown';
import { BUNDLED_PRICE_BOOK, costOf, makeScenario, optionOf, sizeWith } from '../support/factories';
import { sizeScenario } from '../../src/domain';

const TODAY = '2026-11-22';
const PROVISIONED = 547.5 + 753.50016 + 730;
const ON_DEMAND = 29.2 + 4106.25 + 4106.25 + 1012.5;
const ADVANTAGE = 2053.125 + 1642.5 + 232.875;

/** "$4,165.95": written here with Intl, not with the app's formatter. */
const dollars = (n: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

function reportOf(result: SizingResult): KinesisReport {
  const report = buildKinesisReport(result);
  if (report === null) throw new Error('no Kinesis report');
  return report;
}

/** The recommendation's monthly cost, from the result. */
function recommendationCost(result: SizingResult): number {
  const id = result.recommendations.overall;
  if (id === null) throw new Error('no recommendation');
  return costOf(optionOf(result, id)).total;
}

function withoutKinesisIn(region: string): PriceBook {
  const raw = structuredClone(rawPrices) as unknown as { regions: Record<string, Record<string, unknown>> };
  const r = raw.regions[region];
  if (r === undefined) throw new Error(`no region ${region}`);
  r['kinesis'] = null;
  return loadPriceBook(raw);
}

/** The result with each alternative's total set to `factor` × the recommendation's cost (lines unchanged). */
function withTotals(result: SizingResult, factors: readonly number[]): SizingResult {
  const rec = recommendationCost(result);
  const alternatives = (result.alternatives ?? []).map((a, i): KinesisAlternative => {
    const cost = a.monthlyCostUsd;
    return cost === null ? a : { ...a, monthlyCostUsd: { ...cost, total: rec * (factors[i] ?? 1) } };
  });
  return { ...result, alternatives };
}

describe('buildKinesisReport on the default scenario', () => {
  const result = sizeWith();
  const report = reportOf(result);
  const rec = recommendationCost(result);

  it('sums up the cheapest mode, provisioned at $2,031.00 with 50 shards, against the recommendation', () => {
    const overall = optionOf(result, result.recommendations.overall ?? '');
    const fleet = `${overall.brokers ?? 0} × ${overall.instanceType}`;
    expect(report.summary).toBe(
      `On Kinesis Data Streams this workload would cost $2,031.00/month at the cheapest (provisioned, 50 shards) against ${dollars(rec)} for the recommendation (${fleet}); its clients would have to leave the Kafka protocol.`,
    );
  });

  it('gives a row per mode with shards, cost and the difference from the recommendation, rounded to the whole per cent', () => {
    expect(report.rows.map((r) => [r.mode, r.shardsText, r.monthlyText])).toEqual([
      ['Provisioned', '50 shards', '$2,031.00'],
      ['On-demand standard', 'scales itself', '$9,254.20'],
      ['On-demand Advantage', 'scales itself', '$3,928.50'],
    ]);
    const pct = (total: number) => Math.round(Math.abs((total / rec - 1) * 100));
    const sign = (total: number) => (total >= rec ? '+' : '−');
    expect(report.rows.map((r) => r.versusText)).toEqual(
      [PROVISIONED, ON_DEMAND, ADVANTAGE].map((t) => `${sign(t)}${pct(t)} % against the recommendation`),
    );
    // With the recommendation at $4,165.95 (3 × express.m7g.xlarge): 2,031.00 ÷ 4,165.95 − 1 = −51.2 %,
    // 9,254.20 ÷ 4,165.95 − 1 = +122.1 %, 3,928.50 ÷ 4,165.95 − 1 = −5.7 %.
    expect(report.rows.map((r) => r.versusText?.split(' ')[0])).toEqual(['−51', '+122', '−6']);
  });

  it('says why in each row: the partitions hint on provisioned, the Advantage commitment', () => {
    expect(report.rows[0]?.warnings.join(' ')).toContain('300 Kafka partitions are not a shard count');
    expect(report.rows[1]?.warnings).toEqual([]);
    expect(report.rows[2]?.warnings.join(' ')).toContain('The commitment is per account and region');
    expect(report.rows.every((r) => r.available && r.unavailableReason === null)).toBe(true);
  });

  it('writes each derivation step with its value and formula', () => {
    const steps = report.rows[0]?.steps ?? [];
    expect(steps).toContain('Consuming applications: 2 consumers = round(80 MiB/s peak egress ÷ 40 MiB/s peak ingress) = round(2)');
    expect(steps).toContain('Shard-hours: $547.50/month = 50 shards × 730 h × $0.015 per shard-hour');
    expect(steps.at(-1)).toBe(
      'Monthly total: $2,031.00/month = capacity $547.50 + data in $753.50 + data out $0.00 + retention $730.00 + enhanced fan-out $0.00',
    );
  });

  it('lists what a move gives up and gains, each with an AWS source', () => {
    expect(report.givesUp.map((t) => t.short)).toEqual(['the Kafka protocol', 'log compaction', 'transactions', 'the Kafka ecosystem']);
    expect(report.gains.map((t) => t.short)).toEqual([
      'no brokers to size',
      'replication across three AZs in the price',
      'AWS-native consumers',
    ]);
    for (const t of [...report.givesUp, ...report.gains]) expect(t.sourceUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});

describe('the difference from the recommendation', () => {
  it('rounds to the whole per cent, with the sign of the difference', () => {
    const result = sizeWith();
    // −50.49 % → −50; +99.51 % → +100; +10.4 % → +10.
    const report = reportOf(withTotals(result, [0.4951, 1.9951, 1.104]));
    expect(report.rows.map((r) => r.versusText)).toEqual([
      '−50 % against the recommendation',
      '+100 % against the recommendation',
      '+10 % against the recommendation',
    ]);
  });

  it('says "0 %" within half a per cent of the recommendation, never "−0 %" or "+0 %"', () => {
    // 0.997 × and 1.003 × the recommendation round to 0 %; 1.006 × rounds to +1 %.
    const report = reportOf(withTotals(sizeWith(), [0.997, 1.003, 1.006]));
    expect(report.rows.map((r) => r.versusPct)).toEqual(['0 %', '0 %', '+1 %']);
  });

  it('is left out where a mode has no cost, and the summary says why no mode is priced', () => {
    const book = withoutKinesisIn('eu-west-1');
    const report = reportOf(sizeScenario(makeScenario({ region: 'eu-west-1' }, book), book));
    expect(report.rows.map((r) => [r.monthlyText, r.versusText, r.available])).toEqual([
      ['—', null, false],
      ['—', null, false],
      ['—', null, false],
    ]);
    expect(report.rows[0]?.shardsText).toBe('50 shards');
    expect(report.summary).toBe(
      'Kinesis Data Streams cannot be priced for this workload in eu-west-1: Kinesis Data Streams, provisioned: not priced in eu-west-1, where the price data has no price for the shard-hour, PUT payload units and extended retention per shard-hour; a missing price is never taken as zero.',
    );
  });

  it('picks the cheapest available mode in a region without Advantage prices', () => {
    const report = reportOf(sizeWith({ region: 'eu-west-1' }));
    expect(report.rows[2]?.available).toBe(false);
    expect(report.rows[2]?.monthlyText).toBe('—');
    expect(report.summary).toMatch(/at the cheapest \(provisioned, 50 shards\)/);
  });

  it('is no section at all for a price book without Kinesis', () => {
    const { alternatives: _none, ...withoutAlternatives } = sizeWith();
    expect(_none).toHaveLength(3);
    expect(buildKinesisReport(withoutAlternatives)).toBeNull();
    expect(buildReport(withoutAlternatives, BUNDLED_PRICE_BOOK, TODAY).kinesis).toBeNull();
    expect(toMarkdown(buildReport(withoutAlternatives, BUNDLED_PRICE_BOOK, TODAY))).not.toContain('Kinesis');
  });
});

describe('the Markdown section', () => {
  const markdown = toMarkdown(buildReport(sizeWith(), BUNDLED_PRICE_BOOK, TODAY));
  const lines = markdown.split('\n');
  const start = lines.indexOf('## Kinesis Data Streams instead?');

  it('has a heading, the summary, a table of the three modes and the trade-offs with their URLs', () => {
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 2]).toMatch(/^On Kinesis Data Streams this workload would cost \$2,031\.00\/month at the cheapest/);
    expect(lines[start + 4]).toBe('| Mode | Shards | Monthly cost | Compared with the recommendation | Notes |');
    expect(lines[start + 5]).toBe('|---|---:|---:|---|---|');
    const rows = lines.slice(start + 6, start + 9);
    expect(rows.map((r) => r.split(' | ').slice(0, 4))).toEqual([
      ['| Provisioned', '50 shards', '$2,031.00', '−51 % against the recommendation'],
      ['| On-demand standard', 'scales itself', '$9,254.20', '+122 % against the recommendation'],
      ['| On-demand Advantage', 'scales itself', '$3,928.50', '−6 % against the recommendation'],
    ]);
    expect(lines[start + 9]).toBe('');
    expect(lines[start + 10]).toBe('**You give up:**');
    const givesUp = lines.slice(start + 11, start + 15);
    expect(givesUp).toHaveLength(4);
    expect(givesUp[0]).toMatch(
      /^- The Kafka protocol: .*\(Kinesis Data Streams Developer Guide: https:\/\/docs\.aws\.amazon\.com\/streams\/latest\/dev\/introduction\.html\)$/,
    );
    expect(givesUp[1]).toContain('https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html)');
    expect(lines[start + 16]).toBe('**You gain:**');
    const gains = lines.slice(start + 17, start + 20);
    expect(gains.every((g) => g.startsWith('- ') && /\(.+: https:\/\/docs\.aws\.amazon\.com\/\S+\)$/.test(g))).toBe(true);
    expect(gains[0]).toContain('https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html');
  });

  it('comes before the workload figures', () => {
    expect(lines.indexOf('## Workload')).toBeGreaterThan(start);
  });
});

describe('the CSV rows', () => {
  const csvOf = (result: SizingResult) => {
    const parsed = Papa.parse<Record<string, string>>(toCsv(buildReport(result, BUNDLED_PRICE_BOOK, TODAY)), {
      newline: '\r\n',
      header: true,
    });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  };

  it('give the provisioned row its figures by hand, in the option columns and the four Kinesis columns', () => {
    const records = csvOf(sizeWith());
    const row = records.find((r) => r['Option ID'] === 'kinesis:kinesis-provisioned');
    expect(row).toMatchObject({
      Deployment: 'Kinesis Data Streams',
      'Instance type': 'Provisioned',
      Available: 'yes',
      'Brokers (count)': '',
      'Brokers (USD/month)': '',
      'Data in (USD/month)': '753.50', // PUT payload units
      'Data out (USD/month)': '0.00', // polling reads are in the shard-hour
      'Total (USD/month)': '2031.00',
      'Total (USD/year)': '24372.00', // 2,031.00016 × 12 = 24,372.00192
      'Shards (count)': '50',
      'Capacity (USD/month)': '547.50',
      'Retention (USD/month)': '730.00',
      'Enhanced fan-out (USD/month)': '0.00',
      Month: '',
    });
  });

  it('give on-demand its data in and out, and no shards', () => {
    const row = csvOf(sizeWith()).find((r) => r['Option ID'] === 'kinesis:kinesis-on-demand');
    expect(row).toMatchObject({
      'Data in (USD/month)': '4106.25',
      'Data out (USD/month)': '4106.25',
      'Total (USD/month)': '9254.20',
      'Shards (count)': '',
      'Capacity (USD/month)': '29.20',
      'Retention (USD/month)': '1012.50',
    });
  });

  it('follow the options and the replication rows, in the order provisioned, on-demand, Advantage', () => {
    const records = csvOf(sizeWith({ replication: { pattern: 'active-passive', targetRegion: 'us-west-2' } }));
    const ids = records.map((r) => r['Option ID'] ?? '');
    const first = ids.indexOf('kinesis:kinesis-provisioned');
    expect(ids.slice(first)).toEqual(['kinesis:kinesis-provisioned', 'kinesis:kinesis-on-demand', 'kinesis:kinesis-on-demand-advantage']);
    const lastReplication = ids.map((id) => id.startsWith('replication-')).lastIndexOf(true);
    expect(lastReplication).toBeGreaterThan(40);
    expect(first).toBe(lastReplication + 1);
  });

  it('leave the cost cells empty where a mode has no price, never 0', () => {
    const book = withoutKinesisIn('eu-west-1');
    const records = csvOf(sizeScenario(makeScenario({ region: 'eu-west-1' }, book), book)).filter((r) =>
      (r['Option ID'] ?? '').startsWith('kinesis:'),
    );
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r['Available']).toBe('no');
      expect(r['Unavailable reason']).toContain('never taken as zero');
      expect([r['Data in (USD/month)'], r['Total (USD/month)'], r['Capacity (USD/month)'], r['Retention (USD/month)']]).toEqual([
        '',
        '',
        '',
        '',
      ]);
    }
    expect(records[0]?.['Shards (count)']).toBe('50');
  });
});

describe('the CLI table', () => {
  it('prints the section: heading, summary, a line per mode and the trade-offs in short', () => {
    const table = toTable(buildReport(sizeWith(), BUNDLED_PRICE_BOOK, TODAY)).split('\n');
    const start = table.indexOf('Kinesis Data Streams instead?');
    expect(start).toBeGreaterThan(0);
    expect(table[start + 1]).toMatch(
      /^ {2}On Kinesis Data Streams this workload would cost \$2,031\.00\/month at the cheapest \(provisioned, 50 shards\)/,
    );
    expect(table.slice(start + 2, start + 6)).toEqual([
      '  Provisioned: $2,031.00/month, 50 shards (−51 % against the recommendation)',
      '  On-demand standard: $9,254.20/month, scales itself (+122 % against the recommendation)',
      '  On-demand Advantage: $3,928.50/month, scales itself (−6 % against the recommendation)',
      '  You give up the Kafka protocol, log compaction, transactions and the Kafka ecosystem; you gain no brokers to size, replication across three AZs in the price and AWS-native consumers.',
    ]);
  });

  it('says why a mode is not available', () => {
    const table = toTable(buildReport(sizeWith({ region: 'eu-west-1' }), BUNDLED_PRICE_BOOK, TODAY));
    expect(table).toContain(
      '  On-demand Advantage: not available: Kinesis Data Streams, on-demand Advantage: not priced in eu-west-1, where the price data has no price for',
    );
  });
});
