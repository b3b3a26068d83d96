/**
 * The PDF's current cluster (SPEC §13): two lines on the summary page, and a section with its checks
 * and the right-sizing candidates, all from the report model's current section.
 */
import type { jsPDF } from 'jspdf';
import { CURRENT_HEADING, currentLines, type CurrentReport } from '../current-report';
import { formatNumber, formatUsd } from '../format';
import { ensureSpace, heading, MARGIN, table, wrap, write } from './pdf-layout';

/** The summary page's lines: what runs today and the verdict; returns the y below them. */
export function currentSummary(doc: jsPDF, current: CurrentReport, top: number, inner: number): number {
  let y = top;
  doc.setFontSize(9.5);
  for (const [i, line] of [`${CURRENT_HEADING}: ${current.runs}`, current.verdictText].entries()) {
    const wrapped = wrap(doc, line, inner);
    write(doc, wrapped, MARGIN, y, i === 1 ? 'bold' : 'normal');
    y += wrapped.length * 12;
  }
  return y + 2;
}

/** The section: the sentences, the current cluster's checks and every candidate; returns the y below it. */
export function drawCurrentSection(doc: jsPDF, current: CurrentReport, top: number): number {
  const r = currentLines(current, formatUsd);
  let y = ensureSpace(doc, top + 24, 160);
  y = heading(doc, CURRENT_HEADING, y);
  const inner = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  doc.setFontSize(9.5);
  for (const line of r.summary) {
    const wrapped = wrap(doc, line, inner);
    write(doc, wrapped, MARGIN, y);
    y += wrapped.length * 12;
  }
  if (current.constraints.length > 0) {
    y = table(
      doc,
      y + 6,
      ['Check of the cluster today', 'Used'],
      current.constraints.map((c) => [c.text, `${formatNumber(c.utilisationPct, 1)} %`]),
      { numericFrom: 1 },
    );
  }
  if (r.table.length > 1) {
    y = ensureSpace(doc, y + 12, 80);
    y = table(
      doc,
      y,
      [...(r.table[0] ?? [])],
      r.table.slice(1).map((row) => [...row]),
      { numericFrom: 3, textColumns: [2], fontSize: 7.5 },
    );
  }
  return y;
}
