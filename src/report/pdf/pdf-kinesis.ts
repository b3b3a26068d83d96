/**
 * The PDF's Kinesis Data Streams section (SPEC §15), from the report model's kinesis section: the
 * sentence, the three modes, what a move gives up and gains with sources, and how each figure was
 * worked out.
 */
import type { jsPDF } from 'jspdf';
import { KINESIS_HEADING, type KinesisReport } from '../kinesis-report';
import { ensureSpace, heading, MARGIN, table, wrap, write } from './pdf-layout';

export function drawKinesisSection(doc: jsPDF, kinesis: KinesisReport, top: number): number {
  let y = ensureSpace(doc, top + 24, 160);
  y = heading(doc, KINESIS_HEADING, y);
  const inner = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  doc.setFontSize(9.5);
  const summary = wrap(doc, kinesis.summary, inner);
  write(doc, summary, MARGIN, y);
  y += summary.length * 12;
  y = table(
    doc,
    y + 6,
    ['Mode', 'Shards', 'Monthly cost', 'Compared with the recommendation', 'Notes'],
    kinesis.rows.map((r) => [
      r.mode,
      r.shardsText,
      r.monthlyText,
      r.versusText ?? '',
      [r.unavailableReason ?? '', ...r.warnings].filter(Boolean).join(' '),
    ]),
    { numericFrom: 1, textColumns: [3, 4], fontSize: 7.5 },
  );
  y = ensureSpace(doc, y + 12, 80);
  y = table(
    doc,
    y,
    ['What you give up', 'Source'],
    kinesis.givesUp.map((t) => [t.text, `${t.source} (${t.sourceUrl})`]),
    { fontSize: 7.5, numericFrom: 2 },
  );
  y = ensureSpace(doc, y + 12, 80);
  y = table(
    doc,
    y,
    ['What you gain', 'Source'],
    kinesis.gains.map((t) => [t.text, `${t.source} (${t.sourceUrl})`]),
    { fontSize: 7.5, numericFrom: 2 },
  );
  for (const r of kinesis.rows) {
    y = ensureSpace(doc, y + 12, 60);
    y = table(
      doc,
      y,
      [`How ${r.mode.toLowerCase()} is worked out`],
      r.steps.map((s) => [s]),
      { fontSize: 7 },
    );
  }
  return y;
}
