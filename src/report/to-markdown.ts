/** Markdown summary for tickets and pull requests, rendered from the report model. */
import { formatNumber, formatUsd } from './format';
import { differingRows } from './comparison';
import { bottleneckText } from './labels';
import { CURRENT_HEADING, currentLines } from './current-report';
import { KINESIS_HEADING } from './kinesis-report';
import { RANGES_HEADING, rangesLines } from './ranges-lines';
import { replicationLines } from './replication-report';
import type { Report, ReportOption } from './report-model';

/**
 * Escapes text so Markdown shows it literally, escaping only what inline Markdown acts on (so
 * "EU (Ireland)" and "Self-managed" stay as they are on GitHub, Jira and Slack): backslash, code,
 * emphasis, links and images ([ ]), HTML (< > &), table cells (|), strikethrough (~), and a leading #.
 * A URL in user text is made inert (no autolink) by a zero-width space after its "://" or "www".
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>&|~]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)#/, '$1\\#')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200b.`);
}

function cost(o: ReportOption | null): string {
  return o?.monthlyCostUsd ? o.monthlyText : 'n/a';
}

function brokers(o: ReportOption): string {
  return o.brokers === null ? (o.deployment === 'msk-serverless' ? 'serverless' : 'n/a') : String(o.brokers);
}

function pst(o: ReportOption): string {
  return o.provisionedThroughputMiBps === null ? '-' : `${formatNumber(o.provisionedThroughputMiBps)} MiB/s`;
}

export function toMarkdown(report: Report): string {
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(report.title)}`, '');
  lines.push(
    `Region ${report.region} (${escapeMarkdown(report.regionName)}), AWS list prices as of ${report.priceDate}; generated ${report.generatedOn} by MSK Sizer.`,
    '',
  );
  if (report.overall) {
    const o = report.overall;
    lines.push(
      `**Recommendation:** ${escapeMarkdown(o.label)}, ${brokers(o)} brokers, ${cost(o)}/month (${o.monthlyCostUsd ? o.yearlyText : 'n/a'}/year)${report.replication ? ' for this cluster' : ''}.`,
    );
    // SPEC §11 v2.1: with replication the whole setup's cost stands beside the cluster's own.
    const setupLine = report.replication
      ? replicationLines(report.replication, formatUsd).summary.find((l) => l.startsWith('Whole setup'))
      : undefined;
    if (setupLine) lines.push(`**${escapeMarkdown(setupLine.replace(/^Whole setup: /, 'Whole setup:** '))}`);
    // SPEC §13: what runs today and what it should be, beside the recommendation.
    if (report.current) lines.push(`**${CURRENT_HEADING}:** ${escapeMarkdown(`${report.current.runs} ${report.current.verdictText}`)}`);
    if (report.versusSelfManaged) {
      const { option, monthlySavingUsd } = report.versusSelfManaged;
      const verb = monthlySavingUsd >= 0 ? 'saves' : 'costs';
      lines.push(
        `Against ${escapeMarkdown(option.label)} (${cost(option)}/month) it ${verb} ${formatUsd(Math.abs(monthlySavingUsd))}/month${monthlySavingUsd >= 0 ? '' : ' more'}.`,
      );
    }
    lines.push('', `Rule: ${escapeMarkdown(report.rule)}`);
    if (report.closeAlternatives.length > 0) {
      lines.push('', 'Close alternatives (within 5 %):');
      for (const a of report.closeAlternatives) {
        const extra = a.monthlyCostUsd && o.monthlyCostUsd ? (a.monthlyCostUsd.total / o.monthlyCostUsd.total - 1) * 100 : 0;
        lines.push(`- ${escapeMarkdown(a.label)}, ${brokers(a)} brokers, ${cost(a)}/month (+${formatNumber(extra, 1)} %)`);
      }
    }
    if (report.overallWhy.length > 0) {
      lines.push('', `### Why ${brokers(o)} brokers`, '');
      for (const c of report.overallWhy)
        lines.push(`- **${c.label}**${c.isBottleneck ? ' (bottleneck)' : ''}: ${escapeMarkdown(c.explanation)}`);
      if (report.overallPstNote) lines.push(`- ${escapeMarkdown(report.overallPstNote)}`);
    }
  } else {
    lines.push('**Recommendation:** no eligible MSK option is available for this scenario.');
  }
  // Provisioned throughput is left out when no kind's pick buys it (an empty column says nothing).
  const withPst = report.picks.some((p) => p.option && pst(p.option) !== '-');
  lines.push(
    '',
    `| Class | Option | Brokers | Bottleneck |${withPst ? ' Provisioned throughput |' : ''} Monthly cost |`,
    `|---|---|---:|---|${withPst ? '---:|' : ''}---:|`,
  );
  for (const pick of report.picks) {
    const o = pick.option;
    lines.push(
      o
        ? `| ${pick.classLabel} | ${escapeMarkdown(o.instanceType)} | ${brokers(o)} | ${bottleneckText(o.bottleneck) || '-'} |${withPst ? ` ${pst(o)} |` : ''} ${cost(o)} |`
        : `| ${pick.classLabel} | not available | - | - |${withPst ? ' - |' : ''} - |`,
    );
  }
  const missing = report.picks.filter((p) => !p.option && p.unavailableReason);
  if (missing.length > 0) {
    lines.push('');
    for (const p of missing) lines.push(`- ${p.classLabel} is not available: ${escapeMarkdown(p.unavailableReason ?? '')}`);
  }
  if (report.comparison) {
    const c = report.comparison;
    lines.push(
      '',
      `## ${escapeMarkdown(c.leftLabel)} vs ${escapeMarkdown(c.rightLabel)}`,
      '',
      '| Figure | First | Second | Difference (second − first) |',
      '|---|---:|---:|---:|',
    );
    const show = (v: number | null, money: boolean) => (v === null ? '-' : money ? formatUsd(v) : formatNumber(v, 1));
    const signed = (v: number | null, money: boolean) => (v !== null && v > 0 ? `+${show(v, money)}` : show(v, money));
    const { rows, equalCount } = differingRows(c);
    for (const r of rows)
      lines.push(`| ${r.label} | ${show(r.left, r.money)} | ${show(r.right, r.money)} | ${signed(r.difference, r.money)} |`);
    if (equalCount > 0) lines.push('', `The other ${equalCount} figures are equal for both.`);
    if (c.unavailableNote) lines.push('', escapeMarkdown(c.unavailableNote));
  }
  if (report.replication) {
    const r = replicationLines(report.replication, formatUsd);
    const row = (cells: readonly string[]) => `| ${cells.map((c) => escapeMarkdown(c)).join(' | ')} |`;
    lines.push('', '## Replication and DR', '', ...r.summary.map((l) => escapeMarkdown(l)), '');
    lines.push(row(r.clusters[0] ?? []), '|---|---|---|---:|---:|', ...r.clusters.slice(1).map(row), '');
    const toolHead = r.tools[0] ?? [];
    lines.push(
      row(toolHead),
      `|${toolHead.map((h) => (h === 'Monthly cost' || h === 'One-off' ? '---:' : '---')).join('|')}|`,
      ...r.tools.slice(1).map(row),
    );
    const notes = [...report.replication.warnings, ...report.replication.toolNotes.map((n) => `${n.tools}: ${n.text}`)];
    if (notes.length > 0) lines.push('', ...notes.map((w) => `- ${escapeMarkdown(w)}`));
  }
  if (report.kinesis) {
    const k = report.kinesis;
    const row = (cells: readonly string[]) => `| ${cells.map((c) => escapeMarkdown(c)).join(' | ')} |`;
    lines.push(
      '',
      `## ${KINESIS_HEADING}`,
      '',
      escapeMarkdown(k.summary),
      '',
      row(['Mode', 'Shards', 'Monthly cost', 'Compared with the recommendation', 'Notes']),
      '|---|---:|---:|---|---|',
    );
    lines.push(
      ...k.rows.map((r) =>
        row([
          r.mode,
          r.shardsText,
          r.monthlyText,
          r.versusText ?? '',
          [r.unavailableReason ?? '', ...r.warnings].filter(Boolean).join(' '),
        ]),
      ),
    );
    lines.push(
      '',
      '**You give up:**',
      ...k.givesUp.map((t) => `- ${escapeMarkdown(t.text)} (${escapeMarkdown(t.source)}: ${t.sourceUrl})`),
    );
    lines.push('', '**You gain:**', ...k.gains.map((t) => `- ${escapeMarkdown(t.text)} (${escapeMarkdown(t.source)}: ${t.sourceUrl})`));
  }
  if (report.current) {
    const r = currentLines(report.current, formatUsd);
    const row = (cells: readonly string[]) => `| ${cells.map((c) => escapeMarkdown(c)).join(' | ')} |`;
    lines.push('', `## ${CURRENT_HEADING}`, '', ...r.summary.map((l) => escapeMarkdown(l)));
    if (r.table.length > 1) lines.push('', row(r.table[0] ?? []), '|---|---|---|---:|---:|', ...r.table.slice(1).map(row));
  }
  if (report.ranges) {
    const r = rangesLines(report.ranges, formatUsd);
    const row = (cells: readonly string[]) => `| ${cells.map((c) => escapeMarkdown(c)).join(' | ')} |`;
    const head = r.table[0] ?? [];
    lines.push('', `## ${RANGES_HEADING}`, '', ...r.summary.map((l) => escapeMarkdown(l)), '');
    lines.push(
      row(head),
      `|---|${head
        .slice(1)
        .map(() => '---:')
        .join('|')}|`,
      ...r.table.slice(1).map(row),
      '',
    );
    lines.push(...r.notes.map((l) => escapeMarkdown(l)));
  }
  lines.push('', '## Workload', '', '| Figure | Value |', '|---|---:|');
  for (const f of report.workload) lines.push(`| ${f.label} | ${formatNumber(f.value)} ${f.unit} |`);
  if (report.warnings.length > 0) {
    lines.push('', '## Warnings', '');
    for (const w of report.warnings) lines.push(`- ${escapeMarkdown(w)}`);
  }
  lines.push('');
  return lines.join('\n');
}
