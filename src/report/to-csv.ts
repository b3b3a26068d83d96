/** CSV export (RFC 4180): one row per option, units in the headers, plain numbers, formula-safe text. */
import Papa from 'papaparse';
import { COST_LINES, type CostLine } from '../domain';
import { plainNumber } from './format';
import { bottleneckText, classText, COST_LINE_LABELS, DEPLOYMENT_LABELS } from './labels';
import type { Report } from './report-model';

const COST_HEADERS = COST_LINES.map((line: CostLine) => `${COST_LINE_LABELS[line]} (USD/month)`);

export const CSV_HEADER = [
  'Scenario', 'Region', 'Price date', 'Option ID', 'Deployment', 'Instance type', 'Class', 'Available', 'Unavailable reason',
  'Brokers (count)', 'Bottleneck', 'Storage per broker (GiB)', 'Provisioned throughput (MiB/s per broker)', ...COST_HEADERS,
  'Total (USD/month)', 'Total (USD/year)', 'Total excludes',
] as const;

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
  const blanks = (n: number) => Array.from({ length: n }, () => '');
  const money = (v: number | null) => (v === null ? ['', ''] : [plainNumber(v), plainNumber(v * 12)]);
  const clusters = r.clusters.map((c) => [
    guardCell(report.scenarioName), c.region, report.priceDate, `replication-cluster:${c.role.toLowerCase()}`, `${c.role} cluster${c.clusters > 1 ? ` (× ${c.clusters})` : ''}`,
    c.option, '', c.monthlyUsd === null ? 'no' : 'yes', guardCell(c.note), c.brokers === null ? '' : String(c.brokers), ...blanks(3 + COST_LINES.length),
    ...money(c.monthlyUsd), '',
  ]);
  const tools = r.tools.map((t) => [
    guardCell(report.scenarioName), r.targetRegion, report.priceDate, `replication-tool:${t.tool}`, `Replication tool${t.chosen ? ' (used)' : ''}: ${t.label}`,
    t.sizing, '', t.unavailableReason ? 'no' : 'yes', guardCell(t.unavailableReason), '', ...blanks(3 + COST_LINES.length), ...money(t.monthlyUsd), '',
  ]);
  return [...clusters, ...tools];
}

export function toCsv(report: Report): string {
  const rows = report.options.map((o) => {
    const cost = o.monthlyCostUsd;
    return [
      guardCell(report.scenarioName), report.region, report.priceDate, o.id, DEPLOYMENT_LABELS[o.deployment], o.instanceType, classText(o.recommendationClass),
      o.available ? 'yes' : 'no', guardCell(o.unavailableReason),
      o.brokers === null ? '' : String(o.brokers), bottleneckText(o.bottleneck),
      o.storagePerBrokerGiB === null ? '' : plainNumber(o.storagePerBrokerGiB),
      o.provisionedThroughputMiBps === null ? '' : plainNumber(o.provisionedThroughputMiBps),
      ...COST_LINES.map((line) => {
        const value = cost?.[line] ?? null;
        return value === null ? '' : plainNumber(value);
      }),
      cost ? plainNumber(cost.total) : '', cost ? plainNumber(cost.total * 12) : '',
      cost ? cost.totalExcludes.map((line) => COST_LINE_LABELS[line]).join('; ') : '',
    ];
  });
  return Papa.unparse({ fields: [...CSV_HEADER], data: [...rows, ...replicationRows(report)] }, { newline: '\r\n', quotes: false, escapeFormulae: false });
}
