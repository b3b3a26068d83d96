/**
 * The PDF sizing report, built in the browser with jsPDF (loaded on demand: this module is only
 * reached through a dynamic import). Page 1 is a summary a manager can read alone; the details
 * follow. Text is real text (Unicode through embedded Noto fonts where needed); charts are vector
 * drawings; money is always two decimals with thousands separators; tables start on a new page
 * rather than leave a few orphaned rows behind.
 */
import { jsPDF } from 'jspdf';
import { differingRows } from '../comparison';
import { formatAmount, formatNumber, formatUsd, formatUsdTick } from '../format';
import { bottleneckText, COST_LINE_LABELS } from '../labels';
import { OPTION_KIND_COLORS } from '../palette';
import type { Report } from '../report-model';
import { replicationLines, type SetupHeadline } from '../replication-report';
import { fleetText } from '../option-view';
import { drawChartPages } from './pdf-chart-pages';
import { drawBars } from './pdf-charts';
import { currentSummary, drawCurrentSection } from './pdf-current';
import { drawKinesisSection } from './pdf-kinesis';
import { drawRangesSection, rangesSummary } from './pdf-ranges';
import type { FontLoader } from './pdf-fonts';
import { ACCENT, embedFaces, ensureSpace, heading, INK, MARGIN, MUTED, newPage, table, wrap, write } from './pdf-layout';

/** Page 1: what to buy, what it costs and why, for a reader who reads nothing else. */
function summaryPage(doc: jsPDF, report: Report): void {
  const width = doc.internal.pageSize.getWidth();
  const inner = width - 2 * MARGIN;
  doc.setFillColor(ACCENT);
  doc.rect(0, 0, width, 92, 'F');
  doc.setTextColor('#ffffff');
  doc.setFontSize(20);
  write(doc, 'MSK sizing report', MARGIN, 42, 'bold');
  doc.setFontSize(10);
  write(doc, `Generated ${report.generatedOn} by MSK Sizer · AWS list prices as of ${report.priceDate} (on-demand, USD)`, MARGIN, 64);
  write(doc, `Region ${report.region} (${report.regionName})`, MARGIN, 79);
  doc.setTextColor(INK);
  doc.setFontSize(16);
  const name = wrap(doc, report.scenarioName, inner).slice(0, 2);
  write(doc, name, MARGIN, 122, 'bold');
  let y = 122 + name.length * 18 + 6;

  const o = report.overall;
  doc.setFontSize(12);
  doc.setTextColor(ACCENT);
  write(doc, 'Recommendation', MARGIN, y, 'bold');
  doc.setTextColor(INK);
  y += 18;
  if (o?.monthlyCostUsd) {
    doc.setFontSize(14);
    write(doc, `${o.label}: ${o.brokersText}`, MARGIN, y, 'bold');
    y += 18;
    doc.setFontSize(11);
    write(
      doc,
      `${o.monthlyText} per month · ${o.yearlyText} per year${report.replication ? (report.replication.setup.selfManagedSource ? ' for this workload on MSK' : ' for this cluster') : ''}`,
      MARGIN,
      y,
    );
    y += 15;
    if (report.replication) y = setupLines(doc, report.replication.setup, y, inner);
    if (report.current) y = currentSummary(doc, report.current, y, inner);
    const extras = [
      ...(o.provisionedThroughputMiBps === null
        ? []
        : [`With provisioned storage throughput of ${formatNumber(o.provisionedThroughputMiBps, 1)} MiB/s per broker.`]),
      ...(o.bottleneck ? [`Sized by ${bottleneckText(o.bottleneck).toLowerCase()}.`] : []),
      ...(report.versusSelfManaged
        ? [
            `${formatUsd(Math.abs(report.versusSelfManaged.monthlySavingUsd))} per month ${report.versusSelfManaged.monthlySavingUsd >= 0 ? 'less' : 'more'} than running Kafka yourself (${report.versusSelfManaged.option.label}, ${formatUsd(report.versusSelfManaged.option.monthlyCostUsd?.total ?? 0)}), before your operations time.`,
          ]
        : []),
      // SPEC §15: the AWS-native alternative, priced on the same workload.
      ...(report.kinesis ? [report.kinesis.summary] : []),
    ];
    doc.setFontSize(9.5);
    for (const line of extras) {
      const wrapped = wrap(doc, line, inner);
      write(doc, wrapped, MARGIN, y);
      y += wrapped.length * 12;
    }
  } else {
    doc.setFontSize(11);
    write(doc, 'No eligible MSK option is available for this scenario.', MARGIN, y);
    y += 15;
  }
  doc.setFontSize(8.5);
  doc.setTextColor(MUTED);
  const rule = wrap(doc, `Rule: ${report.rule}`, inner);
  write(doc, rule, MARGIN, y + 2);
  y += rule.length * 11 + 10;
  doc.setTextColor(INK);

  if (report.closeAlternatives.length > 0 && o?.monthlyCostUsd) {
    doc.setFontSize(10);
    write(doc, 'Close alternatives (within 5 %)', MARGIN, y, 'bold');
    y += 13;
    doc.setFontSize(9);
    for (const a of report.closeAlternatives.slice(0, 4)) {
      write(
        doc,
        `${a.label}: ${a.brokersText}, ${a.monthlyCostUsd ? a.monthlyText : '-'} per month (+${formatNumber(a.extraPct ?? 0, 1)} %)`,
        MARGIN + 8,
        y,
      );
      y += 12;
    }
    y += 4;
  }

  doc.setFontSize(10);
  write(doc, 'The assumptions that matter most here', MARGIN, y, 'bold');
  y += 13;
  doc.setFontSize(9);
  for (const a of report.keyAssumptions) {
    const wrapped = wrap(doc, `• ${a}`, inner - 8);
    write(doc, wrapped, MARGIN + 4, y);
    y += wrapped.length * 11.5;
  }
  y += 8;

  if (report.replication) {
    // SPEC §11 on the summary page: the pattern, the whole setup's monthly cost and the tool's rule.
    doc.setFontSize(10);
    write(doc, 'Replication and DR', MARGIN, y, 'bold');
    y += 14;
    doc.setFontSize(9);
    for (const line of replicationLines(report.replication, formatUsd).summary) {
      const wrapped = wrap(doc, line, inner);
      write(doc, wrapped, MARGIN, y);
      y += wrapped.length * 11.5;
    }
    y += 8;
  }

  // SPEC §12 on the summary page: how often the recommendation is the cheapest, and the least-regret choice.
  if (report.ranges) y = rangesSummary(doc, report.ranges, y, inner);

  doc.setFontSize(10);
  write(doc, 'Cheapest option of each kind (USD per month)', MARGIN, y, 'bold');
  const picks = report.picks.filter((p) => p.option?.monthlyCostUsd);
  const height = picks.length * 17 + 12;
  drawBars(
    doc,
    { x: MARGIN, y: y + 8, width: inner, height },
    picks.map((p) => ({
      label: `${p.classLabel}: ${fleetText(p.option?.brokers ?? null, (p.option?.instanceType ?? '').replace(/^kafka\./, ''), 'serverless')}${p.option?.available ? '' : ' (not available)'}`,
      value: p.option?.monthlyCostUsd?.total ?? 0,
      color: OPTION_KIND_COLORS[p.recommendationClass],
    })),
    [],
    formatUsdTick,
    190,
    true,
  );
  y += height + 22;
  const missing = report.picks.filter((p) => !p.option?.monthlyCostUsd).map((p) => p.classLabel);
  if (missing.length > 0) {
    doc.setFontSize(8.5);
    doc.setTextColor(MUTED);
    write(doc, wrap(doc, `Not available for this workload: ${missing.join(', ')} (reasons on the following pages).`, inner), MARGIN, y);
    doc.setTextColor(INK);
  }
}

function detailPages(doc: jsPDF, report: Report): void {
  let y = newPage(doc);
  y = heading(doc, 'Inputs', y);
  y = table(
    doc,
    y,
    ['Input', 'Value', 'Unit'],
    report.inputs.map((i) => [i.label, i.value, i.unit]),
    { numericFrom: 3 },
  );

  if (report.comparison) {
    const c = report.comparison;
    y = ensureSpace(doc, y + 24, 80);
    y = heading(doc, `Comparison: ${c.leftLabel} vs ${c.rightLabel}`, y);
    const show = (v: number | null, money: boolean) => (v === null ? '-' : money ? formatAmount(v) : formatNumber(v, 1));
    const { rows, equalCount } = differingRows(c);
    const notes = [
      ...(equalCount > 0 ? [[`The other ${equalCount} figures are equal for both.`, '', '', '']] : []),
      ...(c.unavailableNote ? [[c.unavailableNote, '', '', '']] : []),
    ];
    y = table(
      doc,
      y,
      ['Figure (money in USD)', 'First', 'Second', 'Difference'],
      [...rows.map((r) => [r.label, show(r.left, r.money), show(r.right, r.money), show(r.difference, r.money)]), ...notes],
    );
  }

  if (report.overall && report.overallWhy.length > 0) {
    y = ensureSpace(doc, y + 24, 120);
    y = heading(doc, `Why ${report.overall.brokersText} of ${report.overall.instanceType}`, y);
    y = table(
      doc,
      y,
      ['Constraint', 'Brokers', "How one broker's capacity and the count were reached"],
      [
        ...report.overallWhy.map((c) => [`${c.label}${c.isBottleneck ? ' (bottleneck)' : ''}`, String(c.brokersNeeded), c.explanation]),
        ...(report.overallPstNote ? [['Provisioned throughput', '', report.overallPstNote]] : []),
      ],
      { numericFrom: 1, fontSize: 7.5, textColumns: [2] },
    );
  }

  if (report.replication) {
    const r = replicationLines(report.replication, formatUsd);
    y = ensureSpace(doc, y + 24, 160);
    y = heading(doc, 'Replication and DR', y);
    y = table(
      doc,
      y,
      [...(r.clusters[0] ?? [])],
      r.clusters.slice(1).map((row) => [...row]),
      { numericFrom: 3 },
    );
    y = ensureSpace(doc, y + 16, 100);
    const toolHead = r.tools[0] ?? [];
    y = table(
      doc,
      y,
      [...toolHead],
      r.tools.slice(1).map((row) => [...row]),
      { fontSize: 7.5, textColumns: [toolHead.indexOf('Note')].filter((i) => i >= 0) },
    );
    const notes = [...report.replication.warnings, ...report.replication.toolNotes.map((n) => `${n.tools}: ${n.text}`)];
    if (notes.length > 0)
      y = table(
        doc,
        y + 12,
        ['Replication note'],
        notes.map((w) => [w]),
      );
  }

  if (report.current) y = drawCurrentSection(doc, report.current, y);
  if (report.kinesis) y = drawKinesisSection(doc, report.kinesis, y);
  if (report.ranges) drawRangesSection(doc, report.ranges);

  y = newPage(doc, 'landscape');
  y = heading(doc, 'Every option and its cost lines (USD per month)', y);
  const lines = report.costLinesInUse;
  table(
    doc,
    y,
    ['Option', 'Brokers', 'Bottleneck', 'GiB/broker', 'PST MiB/s', ...lines.map((l) => COST_LINE_LABELS[l]), 'Total', 'Note'],
    report.options.map((o) => {
      const cost = o.monthlyCostUsd;
      return [
        o.label,
        o.brokers === null ? '-' : String(o.brokers),
        bottleneckText(o.bottleneck) || '-',
        o.storagePerBrokerGiB === null ? '-' : formatNumber(o.storagePerBrokerGiB, 1),
        o.provisionedThroughputMiBps === null ? '-' : formatNumber(o.provisionedThroughputMiBps, 1),
        ...lines.map((l) => {
          const value = cost?.[l] ?? null;
          return value === null ? '-' : formatAmount(value);
        }),
        cost ? formatAmount(cost.total) : '-',
        o.available
          ? cost && cost.totalExcludes.length > 0
            ? `total excludes ${cost.totalExcludes.map((l) => COST_LINE_LABELS[l].toLowerCase()).join(', ')}`
            : ''
          : o.unavailableReason,
      ];
    }),
    { numericFrom: 1, fontSize: 6.5, textColumns: [2, lines.length + 6] },
  );

  y = newPage(doc);
  y = heading(doc, 'Workload', y);
  y = table(
    doc,
    y,
    ['Figure', 'Value', 'Unit'],
    report.workload.map((f) => [f.label, formatNumber(f.value), f.unit]),
  );
  if (report.warnings.length > 0) {
    y = ensureSpace(doc, y + 24, 80);
    y = heading(doc, 'Warnings and best practices', y);
    table(
      doc,
      y,
      ['Note'],
      report.warnings.map((w) => [w]),
    );
  }
}

function sourcePages(doc: jsPDF, report: Report): void {
  let y = newPage(doc);
  y = heading(doc, 'Assumptions', y);
  y = table(
    doc,
    y,
    ['Assumption', 'Value', 'Unit', 'Source'],
    report.assumptions.map((a) => [a.label, String(a.value), a.unit, a.source]),
    { fontSize: 7, textColumns: [3] },
  );
  y = ensureSpace(doc, y + 24, 80);
  y = heading(doc, 'Price and specification sources', y);
  table(
    doc,
    y,
    ['Id', 'Source'],
    report.priceSources.map((s) => [s.id, s.citationUrl ? `${s.citation} (${s.citationUrl})` : s.citation]),
    { numericFrom: 2, fontSize: 7.5 },
  );
}

function addPageNumbers(doc: jsPDF, report: Report): void {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i += 1) {
    doc.setPage(i);
    const w = doc.internal.pageSize.getWidth();
    const h = doc.internal.pageSize.getHeight();
    doc.setFontSize(8);
    doc.setTextColor(MUTED);
    write(doc, `MSK Sizer · ${report.scenarioName.slice(0, 60)} · prices as of ${report.priceDate}`, MARGIN, h - 20);
    write(doc, `Page ${i} of ${pages}`, w - MARGIN, h - 20, 'normal', { align: 'right' });
  }
}

/** Renders the report (its charts and sources included: nothing else is read) to a PDF blob; fonts for non-Latin text load first. */
/** SPEC §11 v2.1 on page 1: the whole setup, naming the tool, its monthly total and the one-offs, beside the cluster's own cost. */
function setupLines(doc: jsPDF, setup: SetupHeadline, top: number, inner: number): number {
  let y = top;
  doc.setFontSize(11);
  const total =
    setup.monthlyTotalUsd === null
      ? 'not priced'
      : setup.migration
        ? `${formatUsd(setup.monthlyTotalUsd)} per month while both clusters run (${formatNumber(setup.migration.weeks, 1)} weeks)`
        : `${formatUsd(setup.monthlyTotalUsd)} per month · ${formatUsd(setup.monthlyTotalUsd * 12)} per year`;
  const head = wrap(doc, `Whole setup (${setup.title}): ${total}`, inner);
  write(doc, head, MARGIN, y, 'bold');
  y += head.length * 14;
  doc.setFontSize(9.5);
  const parts = [
    setup.parts.map((p) => `${p.label} ${p.monthlyUsd === null ? 'not priced' : formatUsd(p.monthlyUsd)}`).join(' + '),
    ...(setup.oneOffUsd === null ? [] : [`One-off: ${formatUsd(setup.oneOffUsd)} (${setup.oneOffText ?? ''}).`]),
    ...(setup.migration?.afterMonthlyUsd == null
      ? []
      : [`After the migration: the new cluster alone, ${formatUsd(setup.migration.afterMonthlyUsd)} per month.`]),
  ];
  for (const line of parts) {
    const wrapped = wrap(doc, line, inner);
    write(doc, wrapped, MARGIN, y);
    y += wrapped.length * 12;
  }
  return y + 3;
}

/** The PDF of a report; `loadFont` gives the Noto faces a scenario name may need (the page's default fetches them). */
export async function renderPdfReport(report: Report, loadFont?: FontLoader): Promise<Blob> {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  await embedFaces(doc, [report.scenarioName, report.title], loadFont);
  doc.setProperties({ title: report.title, subject: 'MSK sizing report', creator: 'MSK Sizer' });
  summaryPage(doc, report);
  detailPages(doc, report);
  drawChartPages(doc, report.charts);
  sourcePages(doc, report);
  addPageNumbers(doc, report);
  return doc.output('blob');
}
