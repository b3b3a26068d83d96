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
  return Papa.unparse({ fields: [...CSV_HEADER], data: rows }, { newline: '\r\n', quotes: false, escapeFormulae: false });
}
