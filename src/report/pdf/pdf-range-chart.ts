/**
 * The ranges chart (SPEC §12) in the PDF: one small panel per option over the same months, each on
 * its own cost scale (see RangesChartData for why). Each panel shades the P10–P90 band of monthly cost, draws
 * the P50 line in the option kind's colour, steps the P50 broker count in a strip below, and marks
 * the month the option is at risk from with a dashed vertical line, labelled above the plot. A band
 * and its line stop where the month's figures are null (half the futures have outgrown the option):
 * nothing is drawn to zero. Separate panels, because the bands of several options on one plot
 * overlap into a blur.
 */
import type { jsPDF } from 'jspdf';
import { niceScale, scaleTicks } from '../axis-scale';
import { formatUsd, formatUsdWhole } from '../format';
import { CHART_GRID, CHART_INK, CHART_MUTED_INK, DASH_PATTERN, isDashedKind, OPTION_KIND_COLORS } from '../palette';
import type { RangesChartData, RangesChartSeries } from '../ranges-chart';
import { gridLine, tickText, valueAxisLeft, type Box } from './pdf-charts';
import { pdfText } from './pdf-text';

/** A panel's parts, in points: the title, then a row for the at-risk marker's label, then the plot. */
const TITLE_PT = 24;
const COST_PLOT_PT = 78;
const STRIP_GAP_PT = 6;
const STRIP_PT = 22;
const TICKS_PT = 14;
export const RANGE_PANEL_HEIGHT = TITLE_PT + COST_PLOT_PT + STRIP_GAP_PT + STRIP_PT + TICKS_PT;
const AXIS_PT = 48;
/** The marker label's font size, and its gap from the dashed line. */
const MARKER_FONT_PT = 6.5;
const MARKER_GAP_PT = 3;

/** Whole dollars on an axis whose ticks are all whole ("$40,000"); cents on every tick otherwise, so one axis reads one way. */
export function usdAxisFormat(ticks: readonly number[]): (usd: number) => string {
  return ticks.every((v) => Math.abs(v - Math.round(v)) < 1e-6) ? formatUsdWhole : formatUsd;
}

/**
 * Where a label of `width` starts beside a vertical line at `lineX` inside [left, right]: right of
 * the line when it fits there, else left of it, else as far left as the line allows; never across it when there is room.
 */
export function besideLine(lineX: number, width: number, left: number, right: number, gap: number): number {
  if (lineX + gap + width <= right) return Math.max(left, lineX + gap);
  if (lineX - gap - width >= left) return lineX - gap - width;
  return Math.max(left, Math.min(lineX + gap, right - width));
}

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
  const axis = { top: scale.top, step: scale.top / 2 };
  valueAxisLeft(doc, plot, axis, usdAxisFormat(scaleTicks(axis)));
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
  const markerX = s.runsOutMonth === null ? null : px(s.runsOutMonth);
  brokerSteps(doc, strip, s, chart, px, markerX);
  if (s.runsOutMonth !== null && markerX !== null) {
    // The label sits in its own row above the plot, beside the line's top: clear of the band, the
    // cost axis's labels (left of the plot) and the broker counts (in the strip).
    const labelY = plot.y - MARKER_GAP_PT;
    doc.setDrawColor(CHART_INK);
    doc.setLineWidth(0.8);
    doc.setLineDashPattern([3, 2], 0);
    doc.line(markerX, labelY - MARKER_FONT_PT * 0.75, markerX, strip.y + strip.height);
    doc.setLineDashPattern([], 0);
    doc.setFontSize(MARKER_FONT_PT);
    doc.setTextColor(CHART_INK);
    const label = s.runsOutMonth === 0 ? 'at risk now' : `at risk from month ${s.runsOutMonth}`;
    doc.text(label, besideLine(markerX, doc.getTextWidth(label), plot.x, plot.x + plot.width, MARKER_GAP_PT), labelY);
  }
}

/**
 * P50 brokers as a step line in the strip, the count written where it starts and wherever it
 * changes. A month's count holds until the next month; the last month before a gap (or the
 * horizon) is a short stub, so the steps end where the cost line ends. Counts stay inside the
 * strip and off the at-risk marker's line at `markerX`.
 */
function brokerSteps(
  doc: jsPDF,
  strip: Box,
  s: RangesChartSeries,
  chart: RangesChartData,
  px: (m: number) => number,
  markerX: number | null,
): void {
  doc.setDrawColor(CHART_GRID);
  doc.setLineWidth(0.4);
  doc.line(strip.x, strip.y + strip.height, strip.x + strip.width, strip.y + strip.height);
  const steps = s.months.flatMap((m) => (m.brokers === null ? [] : [{ month: m.month, brokers: m.brokers.p50 }]));
  const right = strip.x + strip.width;
  /** Where text of `width` wanted at `x` starts: inside the strip and off the marker's line. */
  const clear = (x: number, width: number) => {
    const at = Math.min(x, right - width);
    return markerX !== null && markerX >= at - 1 && markerX <= at + width + 1 ? besideLine(markerX, width, strip.x, right, 2) : at;
  };
  if (steps.length === 0) {
    const text = s.months.some((m) => m.costUsd !== null) ? 'no brokers (serverless)' : 'not available';
    doc.setFontSize(6.5);
    tickText(doc, text, clear(strip.x + 2, doc.getTextWidth(text)), strip.y + strip.height - 4, 'left');
    return;
  }
  const sy = (n: number) => strip.y + strip.height - (n / Math.max(1, s.maxBrokers)) * (strip.height - 8);
  const continues = (i: number) => steps[i + 1]?.month === (steps[i]?.month ?? 0) + 1;
  const end = (i: number) => px(Math.min(chart.horizonMonths, (steps[i]?.month ?? 0) + (continues(i) ? 1 : 0)));
  const labels: { text: string; x: number; y: number; width: number }[] = [];
  doc.setFontSize(6.5);
  steps.forEach((step, i) => {
    const next = steps[i + 1];
    const x = px(step.month);
    doc.setDrawColor(CHART_MUTED_INK);
    doc.setLineWidth(1);
    doc.line(x, sy(step.brokers), Math.max(x + 1, end(i)), sy(step.brokers));
    if (next && continues(i) && next.brokers !== step.brokers) doc.line(end(i), sy(step.brokers), end(i), sy(next.brokers));
    const previous = steps[i - 1];
    if (previous === undefined || previous.month !== step.month - 1 || previous.brokers !== step.brokers) {
      const text = `${step.brokers}`;
      const width = doc.getTextWidth(text);
      labels.push({ text, x: clear(x + 1, width), y: sy(step.brokers) - 1.5, width });
    }
  });
  // Counts that would overlap (steps a month or two apart) give way to the later one: the latest count matters most.
  let leftEdge = Number.POSITIVE_INFINITY;
  doc.setTextColor(CHART_INK);
  for (const label of labels.reverse()) {
    if (label.x + label.width + 2 > leftEdge) continue;
    doc.text(label.text, label.x, label.y);
    leftEdge = label.x;
  }
  tickText(doc, 'brokers', strip.x - 3, strip.y + strip.height - 4, 'right');
}

/** Panels two to a row from `top`; `place` gives each row's top (it may start a new page) and returns it. */
export function drawRangeChart(
  doc: jsPDF,
  chart: RangesChartData,
  x: number,
  width: number,
  top: number,
  place: (y: number, height: number) => number,
): number {
  const columns = 2;
  const gap = 18;
  const panelWidth = (width - gap * (columns - 1)) / columns;
  let y = top;
  for (let i = 0; i < chart.series.length; i += columns) {
    y = place(y, RANGE_PANEL_HEIGHT);
    chart.series
      .slice(i, i + columns)
      .forEach((s, k) => panel(doc, { x: x + k * (panelWidth + gap), y, width: panelWidth, height: RANGE_PANEL_HEIGHT }, s, chart));
    y += RANGE_PANEL_HEIGHT + 12;
  }
  return y;
}
