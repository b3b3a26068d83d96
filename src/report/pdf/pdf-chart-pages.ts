/** The PDF's chart pages: vector charts from the same chart data and palette as the page. */
import type { jsPDF } from 'jspdf';
import { toCostVsIngressPath, YOUR_WORKLOAD_LABEL } from '../chart-data';
import type { ReportCharts } from '../report-model';
import { formatNumber, formatUsdTick } from '../format';
import { CHART_INK as INK, CHART_MUTED_INK, COST_LINE_COLORS, isDashedKind, OPTION_KIND_COLORS } from '../palette';
import { drawBars, drawGroupedBars, drawLines, drawStackedBars } from './pdf-charts';
import { heading, MARGIN, newPage, wrap, write } from './pdf-layout';

/** A chart's title, and its caption wrapped below it; returns the y where the chart may start. */
function chartTitle(doc: jsPDF, title: string, x: number, y: number, width: number, caption?: string): number {
  doc.setFontSize(9);
  doc.setTextColor(INK);
  write(doc, title, x, y);
  if (caption === undefined) return y + 10;
  doc.setFontSize(7);
  doc.setTextColor(CHART_MUTED_INK);
  const lines = wrap(doc, caption, width);
  write(doc, lines, x, y + 10);
  return y + 10 + lines.length * 8.5;
}

export function drawChartPages(doc: jsPDF, charts: ReportCharts): void {
  let y = newPage(doc);
  // Measured on the new (portrait) page: the page before is the landscape options table.
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const half = width / 2 - 10;
  y = heading(doc, 'Charts', y);
  const cost = charts.costStack;
  let top = chartTitle(doc, 'Monthly cost of the cheapest options, by cost line (USD/month)', MARGIN, y + 6, width);
  drawStackedBars(
    doc,
    { x: MARGIN, y: top + 4, width, height: 250 },
    cost.rows.map((r) => r.label),
    cost.series.map((s) => ({ label: s.label, color: COST_LINE_COLORS[s.line], values: cost.rows.map((r) => r.linesUsd[s.line]) })),
    formatUsdTick,
  );
  y = top + 290;
  const growth = charts.costVsIngress;
  top = chartTitle(
    doc,
    'Monthly cost of the cheapest option of each kind as peak ingress grows (USD/month)',
    MARGIN,
    y,
    width,
    'Ingress and egress scale together. A line steps where its kind needs more or larger brokers; the dashed vertical line marks your workload.',
  );
  const xs = growth.points.map((p) => p.peakIngressMiBps);
  drawLines(
    doc,
    { x: MARGIN, y: top + 4, width, height: 250 },
    { minX: Math.min(...xs), maxX: Math.max(...xs) },
    growth.series.map(({ recommendationClass: cls, label }) => ({
      label,
      color: OPTION_KIND_COLORS[cls],
      dashed: isDashedKind(cls),
      vertices: toCostVsIngressPath(growth, cls).map((v) => ({ x: v.peakIngressMiBps, y: v.monthlyTotalUsd })),
    })),
    'Peak ingress (MiB/s)',
    formatUsdTick,
    { x: growth.currentPeakIngressMiBps, label: YOUR_WORKLOAD_LABEL },
  );

  y = newPage(doc);
  const brokers = charts.brokers;
  top = chartTitle(
    doc,
    'Recommended brokers per instance type',
    MARGIN,
    y,
    width,
    'Colour shows the kind: MSK Standard and Express sizes share names.',
  );
  drawBars(
    doc,
    { x: MARGIN, y: top + 4, width, height: Math.max(80, brokers.bars.length * 11 + 30) },
    brokers.bars.map((b) => ({ label: b.shortLabel, value: b.brokers, color: OPTION_KIND_COLORS[b.recommendationClass] })),
    brokers.kinds.map((k) => ({ label: k.label, color: OPTION_KIND_COLORS[k.recommendationClass], mark: 'bar' })),
    (v) => formatNumber(v, 0),
    60,
    true,
  );
  y = top + Math.max(80, brokers.bars.length * 11 + 30) + 30;

  const crossAz = charts.crossAz;
  const uses = crossAz.scenarioUsesNearestReplicaFetch;
  const crossAzTop = chartTitle(doc, 'Cross-AZ transfer per month by flow (GiB/month)', MARGIN, y, half, crossAz.description);
  const storage = charts.storage;
  const storageTop = chartTitle(doc, 'Storage (GiB)', MARGIN + half + 20, y, half, storage.description);
  top = Math.max(crossAzTop, storageTop);
  drawGroupedBars(
    doc,
    { x: MARGIN, y: top + 4, width: half, height: 200 },
    crossAz.rows.map((r) => r.label),
    [
      {
        label: `With nearest-replica fetch${uses ? ' (this scenario)' : ''}`,
        color: COST_LINE_COLORS.crossAz,
        outlined: !uses,
        values: crossAz.rows.map((r) => r.withNearestReplicaGiBPerMonth),
      },
      {
        label: `Without${uses ? '' : ' (this scenario)'}`,
        color: COST_LINE_COLORS.crossAz,
        outlined: uses,
        values: crossAz.rows.map((r) => r.withoutNearestReplicaGiBPerMonth),
      },
    ],
    'GiB/month',
  );
  drawBars(
    doc,
    { x: MARGIN + half + 20, y: top + 4, width: half, height: Math.min(200, storage.bars.length * 40 + 30) },
    storage.bars.map((b) => ({ label: b.label, value: b.gib, color: COST_LINE_COLORS[b.costLine], outlined: !b.billed })),
    [],
    (v) => formatNumber(v, 0),
    80,
  );
}
