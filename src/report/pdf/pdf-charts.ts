/**
 * Charts drawn as vector graphics straight into the PDF from the same chart data as the screen
 * (src/report/chart-data.ts) and the same colours (src/report/palette.ts): sharp at any zoom, and
 * their labels are real text, in ink (never in a series colour).
 */
import type { jsPDF } from 'jspdf';
import { niceScale, niceTicksBetween, scaleTicks, type AxisScale } from '../axis-scale';
import { formatNumber } from '../format';
import { CHART_GRID, CHART_INK, CHART_MUTED_INK, CHART_SURFACE, DASH_PATTERN, type SeriesMark } from '../palette';
import { pdfText } from './pdf-text';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly mark: SeriesMark;
}

export interface BarSeries {
  readonly label: string;
  readonly color: string;
  readonly values: readonly number[];
  readonly outlined?: boolean;
}

/** One horizontal bar with its own colour. */
export interface ColouredBar {
  readonly label: string;
  readonly value: number;
  readonly color: string;
  readonly outlined?: boolean;
}

const TICK_FONT_PT = 6.5;

function legendMark(doc: jsPDF, x: number, y: number, entry: LegendEntry): number {
  doc.setLineDashPattern([], 0);
  if (entry.mark === 'line' || entry.mark === 'dashed-line') {
    doc.setDrawColor(entry.color);
    doc.setLineWidth(1.6);
    if (entry.mark === 'dashed-line')
      doc.setLineDashPattern(
        [...DASH_PATTERN].map((d) => d * 0.6),
        0,
      );
    doc.line(x, y - 2, x + 12, y - 2);
    doc.setLineDashPattern([], 0);
    return 14;
  }
  doc.setDrawColor(entry.color);
  doc.setLineWidth(1);
  doc.setFillColor(entry.mark === 'bar' ? entry.color : CHART_SURFACE);
  doc.rect(x, y - 5.5, 6, 6, 'FD');
  return 8;
}

/** The legend across the top of `box`, wrapping; returns the y below it. */
function legend(doc: jsPDF, box: Box, entries: readonly LegendEntry[]): number {
  let x = box.x;
  let y = box.y;
  doc.setFontSize(7);
  for (const entry of entries) {
    const text = pdfText(entry.label);
    const markWidth = entry.mark === 'line' || entry.mark === 'dashed-line' ? 14 : 8;
    const width = markWidth + doc.getTextWidth(text);
    if (x > box.x && x + width > box.x + box.width) {
      x = box.x;
      y += 10;
    }
    const w = legendMark(doc, x, y, entry);
    doc.setTextColor(CHART_INK);
    doc.text(text, x + w, y);
    x += width + 10;
  }
  return entries.length > 0 ? y + 10 : y;
}

export function gridLine(doc: jsPDF, x1: number, y1: number, x2: number, y2: number): void {
  doc.setLineDashPattern([], 0);
  doc.setDrawColor(CHART_GRID);
  doc.setLineWidth(0.4);
  doc.line(x1, y1, x2, y2);
}

export function tickText(doc: jsPDF, text: string, x: number, y: number, align: 'left' | 'center' | 'right'): void {
  doc.setFontSize(TICK_FONT_PT);
  doc.setTextColor(CHART_MUTED_INK);
  doc.text(pdfText(text), x, y, { align });
}

function bar(doc: jsPDF, x: number, y: number, width: number, height: number, color: string, outlined = false): void {
  if (width <= 0 || height <= 0) return;
  doc.setLineDashPattern([], 0);
  if (outlined) {
    doc.setDrawColor(color);
    doc.setLineWidth(1.2);
    doc.setFillColor(CHART_SURFACE);
    doc.rect(x + 0.6, y + 0.6, Math.max(0, width - 1.2), Math.max(0, height - 1.2), 'FD');
    return;
  }
  doc.setFillColor(color);
  doc.rect(x, y, width, height, 'F');
}

/** Vertical grid lines and value labels under a horizontal-bar plot. */
function valueAxisBelow(doc: jsPDF, plot: Box, scale: AxisScale, format: (n: number) => string): void {
  for (const v of scaleTicks(scale)) {
    const x = plot.x + (v / scale.top) * plot.width;
    gridLine(doc, x, plot.y, x, plot.y + plot.height);
    tickText(doc, format(v), x, plot.y + plot.height + 8, 'center');
  }
}

/** Category labels left of horizontal bars, wrapped at spaces to `width`, centred on each row. */
function categoryLabel(doc: jsPDF, label: string, right: number, rowTop: number, rowHeight: number, width: number): void {
  doc.setFontSize(TICK_FONT_PT);
  doc.setTextColor(CHART_INK);
  const lines = doc.splitTextToSize(pdfText(label), width) as string[];
  const lineHeight = TICK_FONT_PT * 1.15;
  const first = rowTop + rowHeight / 2 - ((lines.length - 1) * lineHeight) / 2 + TICK_FONT_PT * 0.35;
  lines.forEach((line, i) => doc.text(line, right, first + i * lineHeight, { align: 'right' }));
}

/** Horizontal stacked bars: one row per category, one segment per series; `format` labels the axis. */
export function drawStackedBars(
  doc: jsPDF,
  box: Box,
  categories: readonly string[],
  series: readonly BarSeries[],
  format: (n: number) => string,
): void {
  const top = legend(
    doc,
    box,
    series.map((s) => ({ label: s.label, color: s.color, mark: 'bar' })),
  );
  const labelWidth = 120;
  const plot = { x: box.x + labelWidth, y: top + 2, width: box.width - labelWidth - 14, height: box.y + box.height - top - 16 };
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const scale = niceScale(Math.max(0, ...totals));
  valueAxisBelow(doc, plot, scale, format);
  const rowHeight = plot.height / Math.max(1, categories.length);
  categories.forEach((category, i) => {
    const y = plot.y + i * rowHeight;
    categoryLabel(doc, category, plot.x - 4, y, rowHeight, labelWidth - 8);
    let x = plot.x;
    for (const s of series) {
      const width = ((s.values[i] ?? 0) / scale.top) * plot.width;
      bar(doc, x, y + rowHeight * 0.15, width, rowHeight * 0.7, s.color);
      x += Math.max(0, width);
    }
  });
}

/** Horizontal bars, each in its own colour (filled, or outlined when not billed), with a legend. */
export function drawBars(
  doc: jsPDF,
  box: Box,
  bars: readonly ColouredBar[],
  legendEntries: readonly LegendEntry[],
  format: (n: number) => string,
  labelWidth: number,
  whole = false,
): void {
  const top = legend(doc, box, legendEntries);
  const plot = { x: box.x + labelWidth, y: top + 2, width: box.width - labelWidth - 14, height: box.y + box.height - top - 16 };
  const scale = niceScale(Math.max(0, ...bars.map((b) => b.value)), whole);
  valueAxisBelow(doc, plot, scale, format);
  const rowHeight = plot.height / Math.max(1, bars.length);
  bars.forEach((b, i) => {
    const y = plot.y + i * rowHeight;
    categoryLabel(doc, b.label, plot.x - 4, y, rowHeight, labelWidth - 8);
    bar(doc, plot.x, y + rowHeight * 0.12, (b.value / scale.top) * plot.width, rowHeight * 0.76, b.color, b.outlined);
  });
}

/** Horizontal grid lines at the scale's ticks, labelled on the left. */
export function valueAxisLeft(doc: jsPDF, plot: Box, scale: AxisScale, format: (n: number) => string): void {
  for (const v of scaleTicks(scale)) {
    const y = plot.y + plot.height - (v / scale.top) * plot.height;
    gridLine(doc, plot.x, y, plot.x + plot.width, y);
    tickText(doc, format(v), plot.x - 3, y + 2, 'right');
  }
}

/** Vertical grouped bars: categories along x, one bar per series in each group. */
export function drawGroupedBars(doc: jsPDF, box: Box, categories: readonly string[], series: readonly BarSeries[], unit: string): void {
  const top = legend(
    doc,
    box,
    series.map((s) => ({ label: s.label, color: s.color, mark: s.outlined ? 'outlined-bar' : 'bar' })),
  );
  const plot = { x: box.x + 42, y: top + 16, width: box.width - 50, height: box.y + box.height - top - 30 };
  const scale = niceScale(Math.max(0, ...series.flatMap((s) => s.values)));
  valueAxisLeft(doc, plot, scale, (v) => formatNumber(v, 0));
  tickText(doc, unit, box.x, plot.y - 8, 'left');
  const groupWidth = plot.width / Math.max(1, categories.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, series.length);
  categories.forEach((category, i) => {
    series.forEach((s, k) => {
      const height = ((s.values[i] ?? 0) / scale.top) * plot.height;
      bar(
        doc,
        plot.x + i * groupWidth + groupWidth * 0.1 + k * barWidth + 1,
        plot.y + plot.height - height,
        barWidth - 2,
        height,
        s.color,
        s.outlined,
      );
    });
    doc.setFontSize(7);
    doc.setTextColor(CHART_INK);
    doc.text(pdfText(category), plot.x + i * groupWidth + groupWidth / 2, plot.y + plot.height + 9, { align: 'center' });
  });
}

/** One line through its vertices, straight from one to the next; a null y breaks the line (a vertical step is two vertices at one x). */
export interface LineSeries {
  readonly label: string;
  readonly color: string;
  readonly dashed: boolean;
  readonly vertices: readonly { readonly x: number; readonly y: number | null }[];
}

/** Lines over a numeric x axis from `minX` to `maxX`; `marker` draws a labelled vertical line at an x. */
export function drawLines(
  doc: jsPDF,
  box: Box,
  xRange: { readonly minX: number; readonly maxX: number },
  series: readonly LineSeries[],
  xLabel: string,
  format: (n: number) => string,
  marker: { readonly x: number; readonly label: string } | null,
): void {
  const { minX, maxX } = xRange;
  const top = legend(
    doc,
    box,
    series.map((s) => ({ label: s.label, color: s.color, mark: s.dashed ? 'dashed-line' : 'line' })),
  );
  const plot = { x: box.x + 48, y: top + 14, width: box.width - 58, height: box.y + box.height - top - 40 };
  const yScale = niceScale(Math.max(0, ...series.flatMap((s) => s.vertices.flatMap((v) => (v.y === null ? [] : [v.y])))));
  const px = (x: number) => plot.x + ((x - minX) / Math.max(1e-9, maxX - minX)) * plot.width;
  const py = (y: number) => plot.y + plot.height - (y / yScale.top) * plot.height;
  valueAxisLeft(doc, plot, yScale, format);
  for (const x of niceTicksBetween(minX, maxX)) {
    gridLine(doc, px(x), plot.y, px(x), plot.y + plot.height);
    tickText(doc, formatNumber(x, 1), px(x), plot.y + plot.height + 8, 'center');
  }
  doc.setFontSize(7);
  doc.setTextColor(CHART_INK);
  doc.text(pdfText(xLabel), plot.x + plot.width / 2, plot.y + plot.height + 20, { align: 'center' });
  for (const s of series) {
    doc.setDrawColor(s.color);
    doc.setLineWidth(1.3);
    doc.setLineDashPattern(s.dashed ? [...DASH_PATTERN] : [], 0);
    for (let i = 0; i + 1 < s.vertices.length; i += 1) {
      const a = s.vertices[i];
      const b = s.vertices[i + 1];
      if (a === undefined || b === undefined || a.y === null || b.y === null) continue;
      doc.line(px(a.x), py(a.y), px(b.x), py(b.y));
    }
    // A vertex with no drawn neighbour (a kind available at one sample only) would vanish: mark it with a dot.
    s.vertices.forEach((v, i) => {
      const drawn = (j: number) => (s.vertices[j]?.y ?? null) !== null;
      if (v.y !== null && !drawn(i - 1) && !drawn(i + 1)) {
        doc.setFillColor(s.color);
        doc.circle(px(v.x), py(v.y), 1.8, 'F');
      }
    });
  }
  doc.setLineDashPattern([], 0);
  if (marker !== null && marker.x >= minX && marker.x <= maxX) {
    const x = px(marker.x);
    doc.setDrawColor(CHART_INK);
    doc.setLineWidth(0.8);
    doc.setLineDashPattern([3, 2], 0);
    doc.line(x, plot.y - 2, x, plot.y + plot.height);
    doc.setLineDashPattern([], 0);
    doc.setFontSize(7);
    doc.setTextColor(CHART_INK);
    doc.text(pdfText(marker.label), x, plot.y - 5, { align: 'center' });
  }
}
