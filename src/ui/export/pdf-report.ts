/**
 * The PDF sizing report, built in the browser with jsPDF (loaded on demand: this module is only
 * reached through a dynamic import). Text is real text; charts are vector drawings.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { COST_LINES, type EditableAssumptions, type PriceBook, type SizingResult } from '../../domain';
import { toBrokersChartData, toCostStackData, toCostVsIngressData, toCostVsIngressPath, toCrossAzChartData, toStorageChartData, YOUR_WORKLOAD_LABEL } from '../../report/chart-data';
import { formatNumber, formatUsd, formatUsdWhole } from '../../report/format';
import { COST_LINE_LABELS } from '../../report/labels';
import { CHART_INK as INK, CHART_MUTED_INK, COST_LINE_COLORS, isDashedKind, OPTION_KIND_COLORS } from '../../report/palette';
import type { Report } from '../../report/report-model';
import { drawBars, drawGroupedBars, drawLines, drawStackedBars } from './pdf-charts';
import { pdfText } from './pdf-text';

const MARGIN = 40;
const ACCENT = '#1f4e79';

type Cell = string;

function heading(doc: jsPDF, text: string, y: number): number {
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(13);
  doc.setTextColor(ACCENT);
  doc.text(pdfText(text), MARGIN, y);
  doc.setFont('helvetica', 'normal');
  doc.setTextColor('#1b2733');
  return y + 10;
}

/** A table; columns from `numericFrom` on are right-aligned, except those named in `textColumns`. */
function table(doc: jsPDF, startY: number, head: readonly Cell[], body: readonly (readonly Cell[])[], numericFrom = 1, fontSize = 8, textColumns: readonly number[] = []): number {
  autoTable(doc, {
    startY,
    head: [head.map(pdfText)],
    body: body.map((r) => r.map(pdfText)),
    margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN },
    styles: { fontSize, cellPadding: 3, overflow: 'linebreak' },
    headStyles: { fillColor: ACCENT, textColor: '#ffffff' },
    columnStyles: Object.fromEntries(head.map((_, i) => [i, { halign: i >= numericFrom && !textColumns.includes(i) ? 'right' : 'left' }])),
  });
  return (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? startY;
}

function newPage(doc: jsPDF, orientation: 'portrait' | 'landscape' = 'portrait'): number {
  doc.addPage('a4', orientation);
  return MARGIN + 10;
}

function titlePage(doc: jsPDF, report: Report): void {
  const width = doc.internal.pageSize.getWidth();
  doc.setFillColor(ACCENT);
  doc.rect(0, 0, width, 120, 'F');
  doc.setTextColor('#ffffff');
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(26);
  doc.text('MSK sizing report', MARGIN, 70);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(12);
  doc.text('Apache Kafka on AWS: brokers, storage, network and monthly cost', MARGIN, 95);
  doc.setTextColor('#1b2733');
  doc.setFontSize(18);
  doc.setFont('helvetica', 'bold');
  const name = doc.splitTextToSize(pdfText(report.scenarioName), width - 2 * MARGIN) as string[];
  doc.text(name.slice(0, 3), MARGIN, 170);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(11);
  const facts = [
    `Generated ${report.generatedOn} by MSK Sizer`,
    `Region ${report.region} (${report.regionName})`,
    `AWS list prices as of ${report.priceDate} (on-demand, USD)`,
  ];
  facts.forEach((f, i) => doc.text(pdfText(f), MARGIN, 230 + i * 18));
  const o = report.overall;
  doc.setFontSize(13);
  doc.setFont('helvetica', 'bold');
  doc.text('Recommendation', MARGIN, 320);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(11);
  const lines = o?.monthlyCostUsd
    ? [
      `${o.label}: ${o.brokers === null ? 'serverless' : `${o.brokers} brokers`}${o.bottleneck ? `, sized by ${o.bottleneck.toLowerCase()}` : ''}`,
      `${formatUsd(o.monthlyCostUsd.total)} per month, ${formatUsd(o.monthlyCostUsd.total * 12)} per year`,
      ...(report.versusSelfManaged
        ? [`${formatUsd(Math.abs(report.versusSelfManaged.monthlySavingUsd))} per month ${report.versusSelfManaged.monthlySavingUsd >= 0 ? 'less' : 'more'} than ${report.versusSelfManaged.option.label}`]
        : []),
      ...(o.provisionedThroughputMiBps === null ? [] : [`Provisioned storage throughput ${formatNumber(o.provisionedThroughputMiBps)} MiB/s per broker`]),
      `Rule: ${report.rule}`,
      ...report.closeAlternatives.map((a) => `Close alternative: ${a.label}, ${a.brokers === null ? 'serverless' : `${a.brokers} brokers`}, ${a.monthlyCostUsd ? formatUsd(a.monthlyCostUsd.total) : '-'} per month`),
    ]
    : ['No eligible MSK option is available for this scenario.'];
  let y = 340;
  for (const l of lines) {
    const wrapped = doc.splitTextToSize(pdfText(l), width - 2 * MARGIN) as string[];
    doc.text(wrapped, MARGIN, y);
    y += wrapped.length * 15 + 2;
  }
}

/** A chart's title, and its caption wrapped below it; returns the y where the chart may start. */
function chartTitle(doc: jsPDF, title: string, x: number, y: number, width: number, caption?: string): number {
  doc.setFontSize(9);
  doc.setTextColor(INK);
  doc.text(pdfText(title), x, y);
  if (caption === undefined) return y + 10;
  doc.setFontSize(7);
  doc.setTextColor(CHART_MUTED_INK);
  const lines = doc.splitTextToSize(pdfText(caption), width) as string[];
  doc.text(lines, x, y + 10);
  return y + 10 + lines.length * 8.5;
}

function chartPages(doc: jsPDF, result: SizingResult, priceBook: PriceBook, assumptions: EditableAssumptions): void {
  let y = newPage(doc);
  // Measured on the new (portrait) page: the page before is the landscape options table.
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const half = width / 2 - 10;
  y = heading(doc, 'Charts', y);
  const cost = toCostStackData(result, 12);
  let top = chartTitle(doc, 'Monthly cost of the cheapest options, by cost line (USD/month)', MARGIN, y + 6, width);
  drawStackedBars(doc, { x: MARGIN, y: top + 4, width, height: 250 }, cost.rows.map((r) => r.label),
    cost.series.map((s) => ({ label: s.label, color: COST_LINE_COLORS[s.line], values: cost.rows.map((r) => r.linesUsd[s.line]) })), formatUsdWhole);
  y = top + 290;
  const growth = toCostVsIngressData(result.scenario, priceBook, assumptions);
  top = chartTitle(doc, 'Monthly cost of the cheapest option of each kind as peak ingress grows (USD/month)', MARGIN, y, width,
    'Ingress and egress scale together. A line steps where its kind needs more or larger brokers; the dashed vertical line marks your workload.');
  const xs = growth.points.map((p) => p.peakIngressMiBps);
  drawLines(doc, { x: MARGIN, y: top + 4, width, height: 250 }, { minX: Math.min(...xs), maxX: Math.max(...xs) },
    growth.series.map(({ recommendationClass: cls, label }) => ({
      label, color: OPTION_KIND_COLORS[cls], dashed: isDashedKind(cls),
      vertices: toCostVsIngressPath(growth, cls).map((v) => ({ x: v.peakIngressMiBps, y: v.monthlyTotalUsd })),
    })), 'Peak ingress (MiB/s)', formatUsdWhole, { x: growth.currentPeakIngressMiBps, label: YOUR_WORKLOAD_LABEL });

  y = newPage(doc);
  const brokers = toBrokersChartData(result);
  top = chartTitle(doc, 'Recommended brokers per instance type', MARGIN, y, width, 'Colour shows the kind: MSK Standard and Express sizes share names.');
  drawBars(doc, { x: MARGIN, y: top + 4, width, height: Math.max(80, brokers.bars.length * 11 + 30) },
    brokers.bars.map((b) => ({ label: b.shortLabel, value: b.brokers, color: OPTION_KIND_COLORS[b.recommendationClass] })),
    brokers.kinds.map((k) => ({ label: k.label, color: OPTION_KIND_COLORS[k.recommendationClass], mark: 'bar' })), (v) => formatNumber(v, 0), 60, true);
  y = top + Math.max(80, brokers.bars.length * 11 + 30) + 30;

  const crossAz = toCrossAzChartData(result);
  const uses = crossAz.scenarioUsesNearestReplicaFetch;
  const crossAzTop = chartTitle(doc, 'Cross-AZ transfer per month by flow (GiB/month)', MARGIN, y, half, crossAz.description);
  const storage = toStorageChartData(result);
  const storageTop = chartTitle(doc, 'Storage (GiB)', MARGIN + half + 20, y, half, storage.description);
  top = Math.max(crossAzTop, storageTop);
  drawGroupedBars(doc, { x: MARGIN, y: top + 4, width: half, height: 200 }, crossAz.rows.map((r) => r.label), [
    { label: `With nearest-replica fetch${uses ? ' (this scenario)' : ''}`, color: COST_LINE_COLORS.crossAz, outlined: !uses, values: crossAz.rows.map((r) => r.withNearestReplicaGiBPerMonth) },
    { label: `Without${uses ? '' : ' (this scenario)'}`, color: COST_LINE_COLORS.crossAz, outlined: uses, values: crossAz.rows.map((r) => r.withoutNearestReplicaGiBPerMonth) },
  ], 'GiB/month');
  drawBars(doc, { x: MARGIN + half + 20, y: top + 4, width: half, height: Math.min(200, storage.bars.length * 40 + 30) },
    storage.bars.map((b) => ({ label: b.label, value: b.gib, color: COST_LINE_COLORS[b.costLine], outlined: !b.billed })), [],
    (v) => formatNumber(v, 0), 80);
}

function addPageNumbers(doc: jsPDF, report: Report): void {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i += 1) {
    doc.setPage(i);
    const w = doc.internal.pageSize.getWidth();
    const h = doc.internal.pageSize.getHeight();
    doc.setFontSize(8);
    doc.setTextColor('#5f6c79');
    doc.text(pdfText(`MSK Sizer - ${report.scenarioName.slice(0, 60)} - prices as of ${report.priceDate}`), MARGIN, h - 20);
    doc.text(`Page ${i} of ${pages}`, w - MARGIN, h - 20, { align: 'right' });
  }
}

/** Renders the report (with its charts) to a PDF blob. */
export function renderPdfReport(report: Report, result: SizingResult, priceBook: PriceBook, assumptions: EditableAssumptions): Blob {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.setProperties({ title: pdfText(report.title), subject: 'MSK sizing report', creator: 'MSK Sizer' });
  titlePage(doc, report);

  let y = newPage(doc);
  y = heading(doc, 'Inputs', y);
  y = table(doc, y, ['Input', 'Value', 'Unit'], report.inputs.map((i) => [i.label, i.value, i.unit]), 3);
  if (report.overall && report.overallWhy.length > 0) {
    y = heading(doc, `Why ${report.overall.brokers ?? ''} brokers of ${report.overall.instanceType}`, y + 24);
    y = table(doc, y, ['Constraint', 'Brokers', 'How one broker\'s capacity and the count were reached'], [
      ...report.overallWhy.map((c) => [`${c.label}${c.isBottleneck ? ' (bottleneck)' : ''}`, String(c.brokersNeeded), c.explanation]),
      ...(report.overallPstNote ? [['Provisioned throughput', '', report.overallPstNote]] : []),
    ], 1, 7, [2]);
  }
  y = heading(doc, 'Recommendation per kind', y + 24);
  y = table(doc, y, ['Kind', 'Option', 'Brokers', 'Bottleneck', 'Monthly cost (USD)'], report.picks.map((p) => p.option
    ? [p.classLabel, p.option.instanceType, p.option.brokers === null ? 'serverless' : String(p.option.brokers), p.option.bottleneck || '-', p.option.monthlyCostUsd ? formatUsd(p.option.monthlyCostUsd.total) : '-']
    : [p.classLabel, 'not available', '-', '-', '-']), 2, 8, [3]);
  if (report.comparison) {
    const c = report.comparison;
    y = heading(doc, `Comparison: ${c.leftLabel} vs ${c.rightLabel}`, y + 24);
    const show = (v: number | null, money: boolean) => (v === null ? '-' : money ? formatUsd(v) : formatNumber(v, 1));
    y = table(doc, y, ['Figure', 'First', 'Second', 'Difference'], c.rows.map((r) => [r.label, show(r.left, r.money), show(r.right, r.money), show(r.difference, r.money)]));
    if (c.unavailableNote) table(doc, y + 8, ['Note'], [[c.unavailableNote]], 1, 8);
  }

  y = newPage(doc, 'landscape');
  y = heading(doc, 'All options (USD per month)', y);
  const lines = COST_LINES.filter((line) => report.options.some((o) => (o.monthlyCostUsd?.[line] ?? 0) !== 0));
  table(doc, y, ['Option', 'Brokers', 'Bottleneck', 'GiB/broker', 'PST MiB/s', ...lines.map((l) => COST_LINE_LABELS[l]), 'Total', 'Note'],
    report.options.map((o) => {
      const cost = o.monthlyCostUsd;
      return [
        o.label, o.brokers === null ? '-' : String(o.brokers), o.bottleneck || '-', o.storagePerBrokerGiB === null ? '-' : formatNumber(o.storagePerBrokerGiB, 1),
        o.provisionedThroughputMiBps === null ? '-' : formatNumber(o.provisionedThroughputMiBps, 1),
        ...lines.map((l) => {
          const value = cost?.[l] ?? null;
          return value === null ? '-' : formatNumber(value, 2);
        }),
        cost ? formatNumber(cost.total, 2) : '-',
        o.available ? (cost && cost.totalExcludes.length > 0 ? `total excludes ${cost.totalExcludes.map((l) => COST_LINE_LABELS[l].toLowerCase()).join(', ')}` : '') : o.unavailableReason,
      ];
    }), 1, 6.5, [2, lines.length + 6]);

  chartPages(doc, result, priceBook, assumptions);

  y = newPage(doc);
  y = heading(doc, 'Workload', y);
  y = table(doc, y, ['Figure', 'Value', 'Unit'], report.workload.map((f) => [f.label, formatNumber(f.value), f.unit]), 1);
  if (report.warnings.length > 0) {
    y = heading(doc, 'Warnings', y + 24);
    table(doc, y, ['Best-practice note'], report.warnings.map((w) => [w]), 1);
  }
  y = newPage(doc);
  y = heading(doc, 'Assumptions and sources', y);
  y = table(doc, y, ['Assumption', 'Value', 'Unit', 'Source'], report.assumptions.map((a) => [a.label, String(a.value), a.unit, a.source]), 1, 7);
  y = heading(doc, 'Price data', y + 24);
  table(doc, y, ['Id', 'Source'], priceBook.sources.map((s) => [s.id, s.citationUrl ? `${s.citation} (${s.citationUrl})` : s.citation]), 2, 7);
  addPageNumbers(doc, report);
  return doc.output('blob');
}
