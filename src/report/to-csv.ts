/**
 * CSV export (RFC 4180): one row per option, units in the headers, plain numbers, formula-safe text;
 * then replication (SPEC §11), current-cluster (SPEC §13), Kinesis (SPEC §15) and ranges (SPEC §12) rows when the result has them, each kind named in
 * the Option ID column (`replication-tool:<tool>`, `ranges-month:<month>:<option id>`, …).
 */
import Papa from 'papaparse';
import { COST_LINES, type CostLine, type Percentiles } from '../domain';
import { plainNumber } from './format';
import { bottleneckText, classText, COST_LINE_LABELS, DEPLOYMENT_LABELS } from './labels';
import type { Report } from './report-model';

const COST_HEADERS = COST_LINES.map((line: CostLine) => `${COST_LINE_LABELS[line]} (USD/month)`);

export const CSV_HEADER = [
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
  ...COST_HEADERS,
  'Total (USD/month)',
  'Total (USD/year)',
  'Total excludes',
  // SPEC §12, filled on ranges rows only (see rangesRows); appended so the option columns keep their places.
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
  // SPEC §15, filled on kinesis rows only (see kinesisRows); appended after the ranges columns.
  'Shards (count)',
  'Capacity (USD/month)',
  'Retention (USD/month)',
  'Enhanced fan-out (USD/month)',
] as const;

/** The columns before the ranges columns: what option and replication rows fill. */
const OPTION_COLUMNS = CSV_HEADER.indexOf('Total excludes') + 1;
const KINESIS_COLUMNS = CSV_HEADER.length - CSV_HEADER.indexOf('Shards (count)');
/** Every column after the option columns: the ranges and Kinesis columns, empty on other rows. */
const RANGES_COLUMNS = CSV_HEADER.length - OPTION_COLUMNS;
const blanks = (n: number) => Array.from({ length: n }, () => '');

/**
 * Text cells that a spreadsheet would run as a formula (starting, after any spaces, with = + - @,
 * or with a tab, CR or LF; full-width ＝ ＋ － ＠ too) are prefixed with an apostrophe (OWASP CSV
 * injection guidance); numbers are written by us and stay plain.
 */
export function guardCell(text: string): string {
  return /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/.test(text) ? `'${text}` : text;
}

/**
 * SPEC §11 rows after the options, when the scenario has a replication block: the source and target
 * clusters (each cluster's monthly total; brokers of the option priced) and each replication tool
 * (its sizing in the instance-type column, its monthly total or why it is unavailable). Cost-line
 * columns stay empty: those rows' lines are the ones the page and the Markdown list.
 */
function replicationRows(report: Report): string[][] {
  const r = report.replication;
  if (r === null) return [];
  const money = (v: number | null) => (v === null ? ['', ''] : [plainNumber(v), plainNumber(v * 12)]);
  const clusters = r.clusters.map((c) => [
    guardCell(report.scenarioName),
    c.region,
    report.priceDate,
    `replication-cluster:${c.role.toLowerCase()}`,
    `${c.role} cluster${c.clusters > 1 ? ` (× ${c.clusters})` : ''}`,
    c.option,
    '',
    c.monthlyUsd === null ? 'no' : 'yes',
    guardCell(c.note),
    c.brokers === null ? '' : String(c.brokers),
    ...blanks(3 + COST_LINES.length),
    ...money(c.monthlyUsd),
    '',
    ...blanks(RANGES_COLUMNS),
  ]);
  const tools = r.tools.map((t) => [
    guardCell(report.scenarioName),
    r.targetRegion,
    report.priceDate,
    `replication-tool:${t.tool}`,
    `Replication tool${t.chosen ? ' (used)' : ''}: ${t.label}`,
    t.sizing,
    '',
    t.unavailableReason ? 'no' : 'yes',
    guardCell(t.unavailableReason),
    '',
    ...blanks(3 + COST_LINES.length),
    ...money(t.monthlyUsd),
    '',
    ...blanks(RANGES_COLUMNS),
  ]);
  return [...clusters, ...tools];
}

/**
 * SPEC §13 rows after the options, when the scenario has a current block: the cluster run today
 * (`current:cluster`, its verdict in the reason column) and each right-sizing candidate
 * (`current-candidate:<type>:<brokers>`, the check that binds or fails it), with monthly totals.
 */
function currentRows(report: Report): string[][] {
  const r = report.current;
  if (r === null) return [];
  const money = (v: number | null) => (v === null ? ['', ''] : [plainNumber(v), plainNumber(v * 12)]);
  const lead = (id: string, label: string, type: string) => [
    guardCell(report.scenarioName),
    report.region,
    report.priceDate,
    id,
    label,
    type,
    '',
  ];
  const cluster = [
    ...lead('current:cluster', `Current cluster (${r.verdict})`, r.instanceType ?? ''),
    'yes',
    guardCell(`${r.runs} ${r.verdictText}`),
    r.brokers === null ? '' : String(r.brokers),
    ...blanks(3 + COST_LINES.length),
    ...money(r.monthlyTotalUsd),
    '',
    ...blanks(RANGES_COLUMNS),
  ];
  const candidates = r.candidates.map((c) => [
    ...lead(
      `current-candidate:${c.instanceType}:${c.brokers}`,
      `Right-sizing candidate${c.recommended ? ' (recommended)' : ''}: ${c.fleet}`,
      c.instanceType,
    ),
    c.passes ? 'yes' : 'no',
    guardCell(c.why),
    String(c.brokers),
    ...blanks(3 + COST_LINES.length),
    ...money(c.monthlyUsd),
    '',
    ...blanks(RANGES_COLUMNS),
  ]);
  return [cluster, ...candidates];
}

/**
 * SPEC §12 rows after the options (and replication), when the result carries ranges, for the options
 * the report's ranges table shows: a `ranges-option:<option id>` row each with the share of futures
 * in which it is the cheapest (empty when its kind is never eligible), the first month at risk (by
 * which 1 future in 10 has outgrown it; empty: never) and the share unavailable by the horizon, plus
 * the regret score on the least-regret choice's row only; then a `ranges-month:<month>:<option id>`
 * row per option and month from 0 (now) to the horizon with cost and brokers at P10/P50/P90 over the
 * futures where it is available (empty where it is available in none, brokers empty for Serverless).
 * Shares are fractions (0.42 = 42 %). Deployment, instance type and class say which option a row is.
 */
function rangesRows(report: Report): string[][] {
  const r = report.ranges;
  if (r === null) return [];
  const share = (v: number | null) => (v === null ? '' : plainNumber(v, 4));
  // Scenario, region, price date, the row's kind and option, then the option columns left empty.
  const lead = (kind: string, id: string) => {
    const option = report.options.find((o) => o.id === id);
    const cells = [
      guardCell(report.scenarioName),
      report.region,
      report.priceDate,
      `${kind}:${id}`,
      option ? DEPLOYMENT_LABELS[option.deployment] : '',
      option?.instanceType ?? '',
      option ? classText(option.recommendationClass) : '',
    ];
    return [...cells, ...blanks(OPTION_COLUMNS - cells.length)];
  };
  const percentiles = (p: Percentiles | null, digits: number) =>
    p === null ? blanks(3) : [p.p10, p.p50, p.p90].map((v) => plainNumber(v, digits));
  const summary = r.rows.map((row) => [
    ...lead('ranges-option', row.id),
    '',
    ...blanks(6), // no month, cost or broker percentiles
    share(row.pCheapest),
    row.firstMonthAtRisk === null ? '' : String(row.firstMonthAtRisk),
    share(row.unavailableByHorizon),
    r.leastRegret?.id === row.id ? plainNumber(r.leastRegret.score, 4) : '',
    ...blanks(KINESIS_COLUMNS),
  ]);
  const months = r.chart.series.flatMap((series) =>
    series.months.map((m) => [
      ...lead(`ranges-month:${m.month}`, series.id),
      String(m.month),
      ...percentiles(m.costUsd, 2),
      ...percentiles(m.brokers, 0),
      '',
      '',
      '',
      '', // the per-option figures are on its ranges-option row
      ...blanks(KINESIS_COLUMNS),
    ]),
  );
  return [...summary, ...months];
}

/**
 * SPEC §15 rows after the options, when the result prices Kinesis Data Streams: one `kinesis:<mode>`
 * row per mode (provisioned, on-demand, on-demand Advantage; why one is unavailable in the reason
 * column, its warnings in the other exports) with its data in and out in those
 * columns, its shards, capacity, retention and enhanced fan-out in the last four, and its total.
 */
function kinesisRows(report: Report): string[][] {
  const k = report.kinesis;
  if (k === null) return [];
  return k.rows.map((r) => {
    const cost = r.monthlyCostUsd;
    const line = (v: number | undefined) => (v === undefined ? '' : plainNumber(v));
    return [
      guardCell(report.scenarioName),
      report.region,
      report.priceDate,
      `kinesis:${r.id}`,
      'Kinesis Data Streams',
      r.mode,
      '',
      r.available ? 'yes' : 'no',
      guardCell(r.unavailableReason ?? ''),
      ...blanks(4),
      ...COST_LINES.map((l) => (l === 'dataIn' ? line(cost?.dataIn) : l === 'dataOut' ? line(cost?.dataOut) : '')),
      line(cost?.total),
      cost ? plainNumber(cost.total * 12) : '',
      '',
      ...blanks(RANGES_COLUMNS - KINESIS_COLUMNS),
      r.shards === null ? '' : String(r.shards),
      line(cost?.capacity),
      line(cost?.retention),
      line(cost?.enhancedFanOut),
    ];
  });
}

export function toCsv(report: Report): string {
  const rows = report.options.map((o) => {
    const cost = o.monthlyCostUsd;
    return [
      guardCell(report.scenarioName),
      report.region,
      report.priceDate,
      o.id,
      DEPLOYMENT_LABELS[o.deployment],
      o.instanceType,
      classText(o.recommendationClass),
      o.available ? 'yes' : 'no',
      guardCell(o.unavailableReason),
      o.brokers === null ? '' : String(o.brokers),
      bottleneckText(o.bottleneck),
      o.storagePerBrokerGiB === null ? '' : plainNumber(o.storagePerBrokerGiB),
      o.provisionedThroughputMiBps === null ? '' : plainNumber(o.provisionedThroughputMiBps),
      ...COST_LINES.map((line) => {
        const value = cost?.[line] ?? null;
        return value === null ? '' : plainNumber(value);
      }),
      cost ? plainNumber(cost.total) : '',
      cost ? plainNumber(cost.total * 12) : '',
      cost ? cost.totalExcludes.map((line) => COST_LINE_LABELS[line]).join('; ') : '',
      ...blanks(RANGES_COLUMNS),
    ];
  });
  return Papa.unparse(
    {
      fields: [...CSV_HEADER],
      data: [...rows, ...replicationRows(report), ...currentRows(report), ...kinesisRows(report), ...rangesRows(report)],
    },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
}
