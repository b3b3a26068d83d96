/** The terminal table: recommendation per class, then every option. */
import { formatNumber, formatUsd } from '../report/format';
import { bottleneckText } from '../report/labels';
import { CURRENT_HEADING, currentLines } from '../report/current-report';
import { KINESIS_HEADING } from '../report/kinesis-report';
import { RECOMMENDATIONS_HEADING, recommendationsTable } from '../report/recommendations-table';
import { listText } from '../report/format';
import { RANGES_HEADING, rangesLines } from '../report/ranges-lines';
import { replicationLines } from '../report/replication-report';
import type { Report, ReportOption } from '../report/report-model';

function pad(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, col) => (rightAligned.has(col) ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function brokers(o: ReportOption): string {
  if (o.brokers !== null) return String(o.brokers);
  return o.deployment === 'msk-serverless' ? 'serverless' : '-';
}

function monthly(o: ReportOption): string {
  return o.monthlyCostUsd ? o.monthlyText : '-';
}

function pst(o: ReportOption): string {
  return o.provisionedThroughputMiBps === null ? '-' : formatNumber(o.provisionedThroughputMiBps);
}

/** Strips control characters so a hostile scenario name cannot drive the terminal. */
function printable(text: string): string {
  return Array.from(text, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : ch;
  }).join('');
}

export function toTable(report: Report): string {
  const out: string[] = [];
  out.push(`${printable(report.title)}`);
  out.push(`Region ${report.region} (${report.regionName}), AWS list prices as of ${report.priceDate}`);
  out.push('');
  if (report.overall) {
    const o = report.overall;
    out.push(`Recommendation: ${o.label}, ${brokers(o)} brokers, ${monthly(o)}/month${report.replication ? ' for this cluster' : ''}`);
    if (report.current) out.push(`${CURRENT_HEADING}: ${report.current.runs} ${report.current.verdictText}`);
    if (report.versusSelfManaged) {
      const s = report.versusSelfManaged;
      out.push(
        `  vs ${s.option.label} at ${monthly(s.option)}/month: ${s.monthlySavingUsd >= 0 ? 'saves' : 'costs'} ${formatUsd(Math.abs(s.monthlySavingUsd))}/month${s.monthlySavingUsd >= 0 ? '' : ' more'}`,
      );
    }
    // SPEC §11 v2.1: with replication the whole setup's cost stands beside the cluster's own.
    const setup = report.replication
      ? replicationLines(report.replication, formatUsd).summary.find((l) => l.startsWith('Whole setup'))
      : undefined;
    if (setup) out.push(setup);
    out.push(`  Rule: ${report.rule}`);
    for (const a of report.closeAlternatives) out.push(`  Close alternative: ${a.label}, ${brokers(a)} brokers, ${monthly(a)}/month`);
    for (const c of report.overallWhy) out.push(`  ${c.label}${c.isBottleneck ? ' (bottleneck)' : ''}: ${c.explanation}`);
    if (report.overallPstNote) out.push(`  ${report.overallPstNote}`);
  } else {
    out.push('Recommendation: no eligible MSK option is available for this scenario.');
  }
  out.push('');
  const picks = [['Class', 'Option', 'Brokers', 'Bottleneck', 'PST MiB/s', 'Monthly cost']];
  for (const p of report.picks) {
    picks.push(
      p.option
        ? [
            p.classLabel,
            p.option.instanceType,
            brokers(p.option),
            bottleneckText(p.option.bottleneck) || '-',
            pst(p.option),
            monthly(p.option),
          ]
        : [p.classLabel, 'not available', '-', '-', '-', '-'],
    );
  }
  out.push(...pad(picks, new Set([2, 4, 5])), '');
  const all = [['Option', 'Brokers', 'Bottleneck', 'PST MiB/s', 'Monthly cost', 'Note']];
  for (const o of report.options) {
    all.push([
      o.label,
      brokers(o),
      bottleneckText(o.bottleneck) || '-',
      pst(o),
      monthly(o),
      o.available ? '' : `unavailable: ${o.unavailableReason}`,
    ]);
  }
  out.push(...pad(all, new Set([1, 3, 4])));
  if (report.replication) {
    const r = replicationLines(report.replication, formatUsd);
    out.push('', 'Replication and DR:', ...r.summary.map((line) => `  ${line}`), '');
    out.push(
      ...pad(
        r.clusters.map((row) => [...row]),
        new Set([3, 4]),
      ),
      '',
    );
    out.push(
      ...pad(
        r.tools.map((row) => [...row]),
        new Set([2, 3]),
      ),
    );
    for (const w of report.replication.warnings) out.push(`  - ${w}`);
  }
  if (report.kinesis) {
    const k = report.kinesis;
    out.push('', KINESIS_HEADING, `  ${k.summary}`);
    for (const r of k.rows)
      out.push(
        `  ${r.mode}: ${r.available ? `${r.monthlyText}/month, ${r.shardsText}${r.versusText ? ` (${r.versusText})` : ''}` : `not available: ${r.unavailableReason ?? ''}`}`,
      );
    out.push(`  You give up ${listText(k.givesUp.map((t) => t.short))}; you gain ${listText(k.gains.map((t) => t.short))}.`);
  }
  if (report.current) {
    const r = currentLines(report.current, formatUsd);
    out.push('', `${CURRENT_HEADING}:`, ...r.summary.map((l) => `  ${l}`));
    for (const row of r.table.slice(1))
      out.push(`  ${row[0] ?? ''}: ${row[1] === 'yes' ? 'passes' : 'fails'}, ${row[2] ?? ''}, ${row[3] ?? ''}/month`);
  }
  if (report.ranges) {
    const r = rangesLines(report.ranges, formatUsd);
    const head = r.table[0] ?? [];
    out.push('', `${RANGES_HEADING}:`, ...r.summary.map((line) => `  ${line}`), '');
    out.push(
      ...pad(
        r.table.map((row) => [...row]),
        new Set(head.map((_, i) => i).slice(1)),
      ),
      '',
    );
    out.push(...r.notes.map((line) => `  ${line}`));
  }
  if (report.warnings.length > 0) {
    out.push('', 'Warnings:');
    for (const w of report.warnings) out.push(`  - ${w}`);
  }
  out.push('');
  return out.join('\n');
}

/** Several scenarios' recommendations side by side, aligned for a terminal. */
export function recommendationsText(reports: readonly Report[]): string {
  const rows = recommendationsTable(reports);
  return [`${RECOMMENDATIONS_HEADING}:`, ...pad(rows, new Set([3, 4, 5, 6])), ''].join('\n');
}

/** The same as a Markdown table. */
export function recommendationsMarkdown(reports: readonly Report[]): string {
  const [head = [], ...rows] = recommendationsTable(reports);
  const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [`## ${RECOMMENDATIONS_HEADING}`, '', row(head), '|---|---|---|---:|---:|---:|---:|', ...rows.map(row), ''].join('\n');
}
