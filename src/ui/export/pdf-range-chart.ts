/**
 * The ranges chart (SPEC §12) in the PDF: one small panel per option over the same months, each on
 * its own cost scale (see RangesChartData for why). Each panel shades the P10–P90 band of monthly cost, draws
 * the P50 line in the option kind's colour, steps the P50 broker count in a strip below, and marks
 * the month the option is at risk from with a dashed vertical line. Separate panels, because the
 * bands of several options on one plot overlap into a blur.
 */
import type { jsPDF } from 'jspdf';
import { niceScale } from '../../report/axis-scale';
import { formatUsd } from '../../report/format';
import { CHART_GRID, CHART_INK, CHART_MUTED_INK, DASH_PATTERN, isDashedKind, OPTION_KIND_COLORS } from '../../report/palette';
import type { RangesChartData, RangesChartSeries } from '../../report/ranges-chart';
import { gridLine, tickText, valueAxisLeft, type Box } from './pdf-charts';
import { pdfText } from './pdf-text';

/** A panel's parts, in points. */
const TITLE_PT = 18;
const COST_PLOT_PT = 78;
const STRIP_GAP_PT = 6;
const STRIP_PT = 22;
const TICKS_PT = 14;
export const RANGE_PANEL_HEIGHT = TITLE_PT + COST_PLOT_PT + STRIP_GAP_PT + STRIP_PT + TICKS_PT;
const AXIS_PT = 48;

/** The colour mixed with white: a band light enough for the P50 line and grid to read over it. */
function tint(hex: string, share: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const mix = (shift: number) => Math.round(((value >> shift) & 0xff) * share + 255 * (1 - share));
  return `#${[16, 8, 0].map((shift) => mix(shift).toString(16).padStart(2, '0')).join('')}`;
}

type Month = RangesChartSeries['months'][number];

/** Runs of consecutive months where the option is available in some future (a gap breaks the band and the line). */
function runsOf(months: readonly Month[]): Month[][] {
  const runs: Month[][] = [];
  let current: Month[] = [];
  for (const m of months) {
    if (m.costUsd === null) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else {
      current.push(m);
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

function band(doc: jsPDF, run: readonly Month[], px: (m: number) => number, py: (usd: number) => number, color: string): void {
  const upper = run.map((m) => [px(m.month), py(m.costUsd?.p90 ?? 0)] as const);
  const lower = run.map((m) => [px(m.month), py(m.costUsd?.p10 ?? 0)] as const).reverse();
  const [first, ...rest] = [...upper, ...lower];
  if (first === undefined) return;
  doc.setFillColor(tint(color, 0.3));
  doc.moveTo(first[0], first[1]);
  for (const [x, y] of rest) doc.lineTo(x, y);
  doc.close();
  doc.fill();
}

function panel(doc: jsPDF, box: Box, s: RangesChartSeries, chart: RangesChartData): void {
  const color = s.recommendationClass ? OPTION_KIND_COLORS[s.recommendationClass] : CHART_INK;
  doc.setFontSize(7.5);
  doc.setTextColor(CHART_INK);
  doc.text(pdfText(s.label), box.x, box.y + 8);
  const plot = { x: box.x + AXIS_PT, y: box.y + TITLE_PT, width: box.width - AXIS_PT - 6, height: COST_PLOT_PT };
  const strip = { x: plot.x, y: plot.y + plot.height + STRIP_GAP_PT, width: plot.width, height: STRIP_PT };
  const scale = niceScale(s.maxCostUsd);
  const px = (month: number) => plot.x + (month / Math.max(1, chart.horizonMonths)) * plot.width;
  const py = (usd: number) => plot.y + plot.height - (usd / scale.top) * plot.height;
  valueAxisLeft(doc, plot, { top: scale.top, step: scale.top / 2 }, formatUsd);
  for (const m of chart.monthTicks) {
    gridLine(doc, px(m), plot.y, px(m), strip.y + strip.height);
    tickText(doc, String(m), px(m), strip.y + strip.height + 8, 'center');
  }
  tickText(doc, 'month', plot.x - 3, strip.y + strip.height + 8, 'right');
  const runs = runsOf(s.months);
  for (const run of runs) band(doc, run, px, py, color);
  doc.setDrawColor(color);
  doc.setLineWidth(1.3);
  doc.setLineDashPattern(s.recommendationClass && isDashedKind(s.recommendationClass) ? [...DASH_PATTERN] : [], 0);
  for (const run of runs) {
    for (let i = 0; i + 1 < run.length; i += 1) {
      const a = run[i];
      const b = run[i + 1];
      if (a?.costUsd && b?.costUsd) doc.line(px(a.month), py(a.costUsd.p50), px(b.month), py(b.costUsd.p50));
    }
    const only = run.length === 1 ? run[0] : undefined;
    if (only?.costUsd) {
      doc.setFillColor(color);
      doc.circle(px(only.month), py(only.costUsd.p50), 1.8, 'F');
    }
  }
  doc.setLineDashPattern([], 0);
  brokerSteps(doc, strip, s, chart, px);
  if (s.runsOutMonth !== null) {
    const x = px(s.runsOutMonth);
    doc.setDrawColor(CHART_INK);
    doc.setLineWidth(0.8);
    doc.setLineDashPattern([3, 2], 0);
    doc.line(x, plot.y, x, strip.y + strip.height);
    doc.setLineDashPattern([], 0);
    doc.setFontSize(6.5);
    doc.setTextColor(CHART_INK);
    const label = s.runsOutMonth === 0 ? 'at risk now' : `at risk from month ${s.runsOutMonth}`;
    doc.text(label, Math.min(x + 2, plot.x + plot.width - doc.getTextWidth(label)), plot.y + 7);
  }
}

/** P50 brokers as a step line in the strip, the count written where it starts and wherever it changes. */
function brokerSteps(doc: jsPDF, strip: Box, s: RangesChartSeries, chart: RangesChartData, px: (m: number) => number): void {
  doc.setDrawColor(CHART_GRID);
  doc.setLineWidth(0.4);
  doc.line(strip.x, strip.y + strip.height, strip.x + strip.width, strip.y + strip.height);
  const steps = s.months.flatMap((m) => (m.brokers === null ? [] : [{ month: m.month, brokers: m.brokers.p50 }]));
  if (steps.length === 0) {
    tickText(doc, s.months.some((m) => m.costUsd !== null) ? 'no brokers (serverless)' : 'not available', strip.x + 2, strip.y + strip.height - 4, 'left');
    return;
  }
  const sy = (n: number) => strip.y + strip.height - (n / Math.max(1, s.maxBrokers)) * (strip.height - 8);
  const end = (i: number) => px(Math.min(chart.horizonMonths, (steps[i]?.month ?? 0) + 1));
  doc.setDrawColor(CHART_MUTED_INK);
  doc.setLineWidth(1);
  steps.forEach((step, i) => {
    const next = steps[i + 1];
    const x = px(step.month);
    doc.line(x, sy(step.brokers), Math.max(x + 1, end(i)), sy(step.brokers));
    if (next && next.month === step.month + 1 && next.brokers !== step.brokers) doc.line(end(i), sy(step.brokers), end(i), sy(next.brokers));
    const previous = steps[i - 1];
    if (previous === undefined || previous.month !== step.month - 1 || previous.brokers !== step.brokers) {
      doc.setFontSize(6.5);
      doc.setTextColor(CHART_INK);
      doc.text(`${step.brokers}`, x + 1, sy(step.brokers) - 1.5);
    }
  });
  tickText(doc, 'brokers', strip.x - 3, strip.y + strip.height - 4, 'right');
}

/** Panels two to a row from `top`; `place` gives each row's top (it may start a new page) and returns it. */
export function drawRangeChart(doc: jsPDF, chart: RangesChartData, x: number, width: number, top: number, place: (y: number, height: number) => number): number {
  const columns = 2;
  const gap = 18;
  const panelWidth = (width - gap * (columns - 1)) / columns;
  let y = top;
  for (let i = 0; i < chart.series.length; i += columns) {
    y = place(y, RANGE_PANEL_HEIGHT);
    chart.series.slice(i, i + columns).forEach((s, k) => panel(doc, { x: x + k * (panelWidth + gap), y, width: panelWidth, height: RANGE_PANEL_HEIGHT }, s, chart));
    y += RANGE_PANEL_HEIGHT + 12;
  }
  return y;
}
