/**
 * The PDF's "Ranges & growth" (SPEC §12): two lines for the summary page, and a section with the
 * table and the chart, all from the report model's ranges section. Readers do not have our spec, so
 * the section names its method in words.
 */
import type { jsPDF } from 'jspdf';
import { formatUsdWhole } from '../format';
import { RANGES_HEADING, rangesLines } from '../ranges-lines';
import type { RangesReport } from '../ranges-report';
import { CHART_MUTED_INK, CHART_INK } from '../palette';
import { drawRangeChart } from './pdf-range-chart';
import { ensureSpace, heading, INK, MARGIN, MUTED, newPage, table, wrap, write } from './pdf-layout';

/** How the ranges are made, for a reader without our spec. */
export const RANGES_METHOD =
  "Method (MSK Sizer's ranges method): each future's inputs and growth are drawn from split log-normal distributions " +
  'whose median is the likely value; "typical" is the middle future and the span beside it holds the middle 80 % of futures (nearest-rank percentiles P50, P10 and P90); ' +
  'least regret follows each option from today, moving to the cheapest option that fits only when it runs out of room, ' +
  "and weighs each future's overspend over the horizon against the best plan in hindsight as Netflix's service-capacity-modeling does.";

/**
 * The standard PDF fonts have no "→" (the text would print as "->"), and the cells are set in them:
 * "6 → 18" under "now → month 12" reads "6 / 18" under "now / month 12".
 */
function withoutArrows(cell: string): string {
  return cell.replace(/\s*\u2192\s*/g, ' / ');
}

/** Writes wrapped lines from `y`; returns the y below them. */
function paragraph(doc: jsPDF, lines: readonly string[], x: number, y: number, width: number, lineHeight: number): number {
  let at = y;
  for (const line of lines) {
    const wrapped = wrap(doc, line, width);
    write(doc, wrapped, x, at);
    at += wrapped.length * lineHeight;
  }
  return at;
}

/** The summary page's lines: how often the recommendation is the cheapest, and the least-regret choice; returns the y below them. */
export function rangesSummary(doc: jsPDF, ranges: RangesReport, y: number, width: number): number {
  doc.setFontSize(10);
  write(doc, RANGES_HEADING, MARGIN, y, 'bold');
  doc.setFontSize(9);
  const lines = [
    ...(ranges.recommendation ? [ranges.recommendation.sentence] : []),
    ...(ranges.leastRegret ? [`Least regret: ${ranges.leastRegret.sentence}.`] : []),
  ];
  return paragraph(doc, lines, MARGIN, y + 14, width, 11.5) + 8;
}

/** The section on a page of its own: what the ranges mean, the table, its notes, then the chart. */
export function drawRangesSection(doc: jsPDF, ranges: RangesReport): number {
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  // Whole dollars: a spread of futures is no more exact than that.
  const r = rangesLines(ranges, formatUsdWhole);
  let y = heading(doc, RANGES_HEADING, newPage(doc)) + 6;
  doc.setFontSize(9);
  y = paragraph(doc, r.summary, MARGIN, y, width, 11.5);
  const [head = [], ...body] = r.table.map((row) => row.map(withoutArrows));
  y = table(doc, y + 4, head, body, { numericFrom: 1, fontSize: 7 });
  doc.setFontSize(7.5);
  doc.setTextColor(MUTED);
  y = paragraph(doc, [...r.notes, RANGES_METHOD], MARGIN, y + 12, width, 9.5);
  doc.setTextColor(INK);
  // A horizon of 0 has one month: nothing to draw over time, and the table already says it.
  if (ranges.horizonMonths === 0 || ranges.chart.series.length === 0) return y;
  y = ensureSpace(doc, y + 16, 200);
  doc.setFontSize(9);
  doc.setTextColor(CHART_INK);
  write(doc, `Monthly cost over the next ${ranges.horizonMonths} months (USD/month)`, MARGIN, y);
  doc.setFontSize(7);
  doc.setTextColor(CHART_MUTED_INK);
  y = paragraph(
    doc,
    [
      "Shaded: the middle 80 % of futures' monthly cost; line: the typical future. The strip below each chart steps the typical future's brokers, written where the count changes. " +
        'A dashed vertical line marks the month the option is at risk from (1 future in 10 has outgrown it). ' +
        'A band and its line end once half the futures have outgrown the option. Each chart has its own cost scale: the table compares the options.',
    ],
    MARGIN,
    y + 10,
    width,
    8.5,
  );
  doc.setTextColor(INK);
  return drawRangeChart(doc, ranges.chart, MARGIN, width, y + 4, (top, height) => ensureSpace(doc, top, height));
}
