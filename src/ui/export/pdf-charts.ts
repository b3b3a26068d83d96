/**
 * Charts drawn as vector graphics straight into the PDF from the same chart data as the screen
 * (src/report/chart-data.ts): sharp at any zoom, and their labels are real text.
 */
import type { jsPDF } from 'jspdf';
import { formatNumber, formatUsdWhole } from '../../report/format';
import { pdfText } from './pdf-text';

export const PDF_PALETTE = ['#1f4e79', '#2e86ab', '#5aa469', '#f4a261', '#e76f51', '#8d6cab', '#6c757d', '#c9a227', '#3d5a80'] as const;

export interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

export interface BarSeries { readonly label: string; readonly values: readonly number[] }

function colour(i: number): string {
  return PDF_PALETTE[i % PDF_PALETTE.length] ?? '#1f4e79';
}

function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}

function legend(doc: jsPDF, box: Box, labels: readonly string[]): number {
  let x = box.x;
  let y = box.y;
  doc.setFontSize(7);
  labels.forEach((label, i) => {
    const text = pdfText(label);
    const width = doc.getTextWidth(text) + 12;
    if (x + width > box.x + box.width) { x = box.x; y += 10; }
    doc.setFillColor(colour(i));
    doc.rect(x, y - 5, 6, 6, 'F');
    doc.setTextColor('#1b2733');
    doc.text(text, x + 8, y);
    x += width + 6;
  });
  return y + 8;
}

/** Horizontal grid lines at quarters of `max`, labelled on the left. */
function drawValueGrid(doc: jsPDF, plot: Box, max: number, format: (n: number) => string): void {
  doc.setDrawColor('#c8ced6');
  doc.setLineWidth(0.4);
  for (let t = 0; t <= 4; t += 1) {
    const y = plot.y + plot.height - (plot.height * t) / 4;
    doc.line(plot.x, y, plot.x + plot.width, y);
    doc.setFontSize(6.5);
    doc.setTextColor('#4a5968');
    doc.text(pdfText(format((max * t) / 4)), plot.x - 3, y + 2, { align: 'right' });
  }
}

/** Horizontal stacked bars: one row per category, one segment per series; `format` labels the axis. */
export function drawStackedBars(doc: jsPDF, box: Box, categories: readonly string[], series: readonly BarSeries[], format: (n: number) => string): void {
  const top = legend(doc, box, series.map((s) => s.label));
  const labelWidth = 120;
  const plot = { x: box.x + labelWidth, y: top, width: box.width - labelWidth - 10, height: box.y + box.height - top - 14 };
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const rowHeight = plot.height / Math.max(1, categories.length);
  doc.setDrawColor('#c8ced6');
  doc.setLineWidth(0.4);
  for (let t = 0; t <= 4; t += 1) {
    const x = plot.x + (plot.width * t) / 4;
    doc.line(x, plot.y, x, plot.y + plot.height);
    doc.setFontSize(6.5);
    doc.setTextColor('#4a5968');
    doc.text(pdfText(format((max * t) / 4)), x, plot.y + plot.height + 8, { align: 'center' });
  }
  categories.forEach((category, i) => {
    const y = plot.y + i * rowHeight;
    doc.setFontSize(6.5);
    doc.setTextColor('#1b2733');
    doc.text(pdfText(category), plot.x - 4, y + rowHeight * 0.62, { align: 'right', maxWidth: labelWidth - 6 });
    let x = plot.x;
    series.forEach((s, k) => {
      const width = ((s.values[i] ?? 0) / max) * plot.width;
      if (width <= 0) return;
      doc.setFillColor(colour(k));
      doc.rect(x, y + rowHeight * 0.15, width, rowHeight * 0.7, 'F');
      x += width;
    });
  });
}

/** Vertical grouped bars: categories along x, one bar per series in each group. */
export function drawGroupedBars(doc: jsPDF, box: Box, categories: readonly string[], series: readonly BarSeries[], unit: string): void {
  const top = legend(doc, box, series.map((s) => s.label));
  const plot = { x: box.x + 42, y: top + 4, width: box.width - 50, height: box.y + box.height - top - 30 };
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  drawValueGrid(doc, plot, max, (v) => formatNumber(v, 0));
  doc.text(pdfText(unit), box.x, plot.y - 4);
  const groupWidth = plot.width / Math.max(1, categories.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, series.length);
  categories.forEach((category, i) => {
    series.forEach((s, k) => {
      const value = s.values[i] ?? 0;
      const height = (value / max) * plot.height;
      doc.setFillColor(colour(k));
      doc.rect(plot.x + i * groupWidth + groupWidth * 0.1 + k * barWidth, plot.y + plot.height - height, barWidth, height, 'F');
    });
    doc.setFontSize(categories.length > 10 ? 5.5 : 7);
    doc.setTextColor('#1b2733');
    doc.text(pdfText(category), plot.x + i * groupWidth + groupWidth / 2, plot.y + plot.height + 8, { align: 'center', maxWidth: groupWidth + 4 });
  });
}

/** Lines over a numeric x axis; null values break the line. */
export function drawLines(doc: jsPDF, box: Box, xs: readonly number[], series: readonly { readonly label: string; readonly values: readonly (number | null)[] }[], xLabel: string): void {
  const top = legend(doc, box, series.map((s) => s.label));
  const plot = { x: box.x + 48, y: top + 4, width: box.width - 58, height: box.y + box.height - top - 32 };
  const maxY = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const px = (x: number) => plot.x + ((x - minX) / Math.max(1e-9, maxX - minX)) * plot.width;
  const py = (y: number) => plot.y + plot.height - (y / maxY) * plot.height;
  drawValueGrid(doc, plot, maxY, formatUsdWhole);
  xs.forEach((x) => doc.text(pdfText(formatNumber(x, 1)), px(x), plot.y + plot.height + 8, { align: 'center' }));
  doc.text(pdfText(xLabel), plot.x + plot.width / 2, plot.y + plot.height + 18, { align: 'center' });
  series.forEach((s, k) => {
    doc.setDrawColor(colour(k));
    doc.setLineWidth(1.2);
    for (let i = 1; i < xs.length; i += 1) {
      const a = s.values[i - 1];
      const b = s.values[i];
      const xa = xs[i - 1];
      const xb = xs[i];
      if (a === null || a === undefined || b === null || b === undefined || xa === undefined || xb === undefined) continue;
      doc.line(px(xa), py(a), px(xb), py(b));
    }
  });
}
