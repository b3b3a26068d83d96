/**
 * The PDF's page layout: margins, text in the face its characters need, headings, and tables that
 * never leave a few orphaned rows behind. Shared by the report pages and the chart pages.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData } from 'jspdf-autotable';
import { embedFaces, faceFor, textIn, type PdfFace } from './pdf-fonts';

export { embedFaces };

/**
 * The face `text` is written in: its Noto face when the document embedded it (the scenario name's
 * script), else Helvetica with ASCII stand-ins, so a character of ours outside Windows-1252 never
 * asks for a font that is not there.
 */
function faceIn(doc: jsPDF, text: string): PdfFace {
  const face = faceFor(text);
  return face === 'helvetica' || face in doc.getFontList() ? face : 'helvetica';
}
export const ACCENT = '#1f4e79';
export const INK = '#1b2733';
export const MUTED = '#5f6c79';

export const MARGIN = 40;
/** A table that fits in less than this is never split; a longer one starts on a fresh page. */
const MIN_ROWS_ON_A_PAGE = 5;

type Cell = string;
type Style = 'normal' | 'bold';

/** Writes text in the face its characters need (Helvetica, or an embedded Noto font). */
export function write(
  doc: jsPDF,
  text: string | readonly string[],
  x: number,
  y: number,
  style: Style = 'normal',
  options: { align?: 'right' } = {},
): void {
  const lines = typeof text === 'string' ? [text] : text;
  const face = faceIn(doc, lines.join(' '));
  doc.setFont(face, style);
  doc.text(
    lines.map((l) => textIn(l, face)),
    x,
    y,
    options,
  );
  doc.setFont('helvetica', 'normal');
}

/** Wraps text to a width in the face it will be written in. */
export function wrap(doc: jsPDF, text: string, width: number): string[] {
  const face = faceIn(doc, text);
  doc.setFont(face, 'normal');
  const lines = doc.splitTextToSize(textIn(text, face), width) as string[];
  doc.setFont('helvetica', 'normal');
  return lines;
}

function pageHeight(doc: jsPDF): number {
  return doc.internal.pageSize.getHeight();
}

export function newPage(doc: jsPDF, orientation: 'portrait' | 'landscape' = 'portrait'): number {
  doc.addPage('a4', orientation);
  return MARGIN + 10;
}

/** Starts a new page when less than `needed` points are left on this one. */
export function ensureSpace(doc: jsPDF, y: number, needed: number): number {
  return y + needed > pageHeight(doc) - MARGIN - 20 ? newPage(doc) : y;
}

export function heading(doc: jsPDF, text: string, y: number): number {
  doc.setFontSize(13);
  doc.setTextColor(ACCENT);
  write(doc, text, MARGIN, y, 'bold');
  doc.setTextColor(INK);
  return y + 10;
}

interface TableOptions {
  /** Columns from this one on are right-aligned (numbers), except `textColumns`. */
  readonly numericFrom?: number;
  readonly fontSize?: number;
  readonly textColumns?: readonly number[];
}

function tableSettings(
  startY: number,
  head: readonly Cell[],
  body: readonly (readonly Cell[])[],
  options: TableOptions,
  measuring = false,
) {
  const { numericFrom = 1, fontSize = 8, textColumns = [] } = options;
  return {
    startY,
    head: [[...head]],
    body: body.map((r) => [...r]),
    margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + 14 },
    rowPageBreak: 'avoid' as const,
    styles: { fontSize, cellPadding: 3, overflow: 'linebreak' as const, textColor: INK },
    headStyles: { fillColor: ACCENT, textColor: '#ffffff' },
    columnStyles: Object.fromEntries(
      head.map((_, i) => [i, { halign: i >= numericFrom && !textColumns.includes(i) ? ('right' as const) : ('left' as const) }]),
    ),
    // Each cell in the face its text needs; Helvetica cells get the standard font's stand-ins.
    // A measuring pass sets everything in Helvetica: close enough for a height, and no fonts to embed twice.
    didParseCell: (data: CellHookData) => {
      const face = measuring ? 'helvetica' : faceIn(data.doc as jsPDF, data.cell.text.join(' '));
      data.cell.styles.font = face;
      data.cell.text = data.cell.text.map((t) => textIn(t, face));
    },
  };
}

/** Cells that say nothing: a column of only these is left out of a printed table. */
const EMPTY_CELLS: ReadonlySet<string> = new Set(['', '-', '–', '—']);

/**
 * The table without columns whose every body cell is empty or a dash (e.g. a notes column no option
 * needs, or provisioned throughput no option buys): on paper an empty column only takes width.
 * Column options follow the columns kept.
 */
export function withoutEmptyColumns(
  head: readonly Cell[],
  body: readonly (readonly Cell[])[],
  options: TableOptions,
): { head: Cell[]; body: Cell[][]; options: TableOptions } {
  const keep = head.map((_, c) => c === 0 || body.length === 0 || body.some((row) => !EMPTY_CELLS.has(String(row[c] ?? '').trim())));
  const kept = keep.flatMap((k, c) => (k ? [c] : []));
  const { numericFrom = 1, textColumns = [] } = options;
  const newIndex = (c: number) => kept.indexOf(c);
  const firstNumeric = kept.findIndex((c) => c >= numericFrom);
  return {
    head: kept.map((c) => head[c] ?? ''),
    body: body.map((row) => kept.map((c) => row[c] ?? '')),
    options: {
      ...options,
      numericFrom: firstNumeric < 0 ? kept.length : firstNumeric,
      textColumns: textColumns.map(newIndex).filter((c) => c >= 0),
    },
  };
}

/** How tall a table will be, measured on a scratch page tall enough to hold it whole. */
function measureTable(doc: jsPDF, head: readonly Cell[], body: readonly (readonly Cell[])[], options: TableOptions): number {
  const width = doc.internal.pageSize.getWidth();
  const scratch = new jsPDF({ unit: 'pt', format: [width, 14_000] });
  autoTable(scratch, tableSettings(0, head, body, options, true));
  return (scratch as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? 0;
}

/**
 * A table that never leaves a few orphaned rows: when it does not fit in what is left of the page,
 * it starts on a new one (a table longer than a page is split, the head repeated).
 */
export function table(
  doc: jsPDF,
  startY: number,
  allHead: readonly Cell[],
  allBody: readonly (readonly Cell[])[],
  allOptions: TableOptions = {},
): number {
  const { head, body, options } = withoutEmptyColumns(allHead, allBody, allOptions);
  const height = measureTable(doc, head, body, options);
  const left = pageHeight(doc) - MARGIN - 14 - startY;
  const rowHeight = height / Math.max(1, body.length + 1);
  const y =
    height > left && (height < pageHeight(doc) - 2 * MARGIN || left < rowHeight * (MIN_ROWS_ON_A_PAGE + 1))
      ? newPage(doc, doc.internal.pageSize.getWidth() > doc.internal.pageSize.getHeight() ? 'landscape' : 'portrait')
      : startY;
  autoTable(doc, tableSettings(y, head, body, options));
  return (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? y;
}
