/**
 * The PDF report's ranges section (SPEC §12), rendered with jsPDF in Node and read back as text: the
 * page contents are Flate streams of text operators, which zlib inflates. The hand-built ranges come
 * from test/report/ranges-fixture.ts. (The browser test in test/e2e/exports.spec.ts reads whole
 * PDFs with pdftotext.)
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/report-model';
import { renderPdfReport } from '../../../src/ui/export/pdf-report';
import { resultWithRanges, SMALL } from '../../report/ranges-fixture';
import { BUNDLED_PRICE_BOOK, sizeWith } from '../../support/factories';

const TODAY = '2026-11-22';

/** The text each content stream writes (one stream per page, in page order), a line per text operator. */
async function pdfPages(blob: Blob): Promise<string[]> {
  const bytes = Buffer.from(await blob.arrayBuffer());
  const raw = bytes.toString('latin1');
  const pages: string[] = [];
  for (const match of raw.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const content = inflateSync(bytes.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    const texts = [...content.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1'));
    if (texts.length > 0) pages.push(texts.join('\n'));
  }
  return pages;
}

describe('the PDF report with ranges (SPEC §12)', () => {
  it('says on the summary page how often the recommendation is the cheapest and which choice has the least regret', async () => {
    const [summary = ''] = await pdfPages(await renderPdfReport(buildReport(resultWithRanges(), BUNDLED_PRICE_BOOK, TODAY)));
    expect(summary).toContain('Ranges & growth');
    expect(summary).toContain('The recommendation, MSK Standard kafka.m7g.large, is the cheapest choice in 55 % of the 2,000 futures.');
    // The em dash is Windows-1252's 0x97 in the standard fonts.
    expect(summary).toContain('Least regret: MSK Express express.m7g.xlarge \u0097 on average 3.1 % above the best choice in hindsight.');
  }, 20_000);

  it('has a Ranges & growth section with the table and a chart panel per option', async () => {
    const [, ...rest] = await pdfPages(await renderPdfReport(buildReport(resultWithRanges(), BUNDLED_PRICE_BOOK, TODAY)));
    const section = rest.find((page) => page.startsWith('Ranges & growth')) ?? '';
    expect(section).toContain('P(cheapest)');
    expect(section).toContain('Monthly cost over the next 12 months (USD/month)');
    // The table's row and the chart panel's title for the recommendation; its P50 now and at month 12.
    expect(section.split('\n').filter((l) => l.startsWith('MSK Standard kafka.m7g.large'))).not.toHaveLength(0);
    expect(section).toContain('$835.35');
    expect(section).toContain('$955.35');
    // Self-managed m7g.large is at risk from month 7 (its panel may be on the next page).
    expect(rest.join('\n')).toContain('at risk from month 7');
  }, 20_000);

  it('has no ranges section without ranges', async () => {
    const pages = await pdfPages(await renderPdfReport(buildReport(sizeWith({ name: 'Orders', ...SMALL }), BUNDLED_PRICE_BOOK, TODAY)));
    expect(pages.join('\n')).not.toContain('Ranges & growth');
  }, 20_000);
});
