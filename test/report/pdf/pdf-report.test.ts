/**
 * The PDF report's ranges section (SPEC §12), rendered with jsPDF in Node and read back as text: the
 * page contents are Flate streams of text operators, which zlib inflates. The hand-built ranges come
 * from test/report/ranges-fixture.ts. (The browser test in test/e2e/exports.spec.ts reads whole
 * PDFs with pdftotext.)
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/report-model';
import { besideLine, usdAxisFormat } from '../../../src/report/pdf/pdf-range-chart';
import { RANGES_METHOD } from '../../../src/report/pdf/pdf-ranges';
import { renderPdfReport } from '../../../src/report/pdf/pdf-report';
import { ENTERED, handBuiltRanges, resultWithRanges, SMALL } from '../ranges-fixture';
import type { SizingResult } from '../../../src/domain';
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

/** The ranges section's pages (its chart panels may run onto the next), up to the options table that follows it. */
async function rangesSectionOf(result: SizingResult): Promise<string> {
  const [, ...rest] = await pdfPages(await renderPdfReport(buildReport(result, BUNDLED_PRICE_BOOK, TODAY)));
  const start = rest.findIndex((page) => page.startsWith('Ranges & growth'));
  const end = rest.findIndex((page) => page.startsWith('Every option and its cost lines'));
  return start < 0 ? '' : rest.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Wrapped text joined back into sentences (a wrap breaks at a space, which it drops). */
function unwrapped(text: string): string {
  return text.replace(/\n/g, ' ');
}

describe('the PDF report with ranges (SPEC §12)', () => {
  it('says on the summary page how often the recommendation is the cheapest and which choice has the least regret', async () => {
    const [summary = ''] = await pdfPages(await renderPdfReport(buildReport(resultWithRanges(), BUNDLED_PRICE_BOOK, TODAY)));
    expect(summary).toContain('Ranges & growth');
    expect(unwrapped(summary)).toContain(
      'The recommendation, MSK Standard kafka.m7g.large, has a 55 % chance of being the cheapest today.',
    );
    expect(unwrapped(summary)).toContain(
      'Least regret: Starting on MSK Express express.m7g.xlarge and moving only when it runs out of room costs on average 3.1 % more over 12 months ' +
        'than the best plan in hindsight; 5 % of futures outgrow it and move to MSK Standard kafka.m7g.large, typically in month 9.',
    );
  }, 20_000);

  it('has a Ranges & growth section with the table and a chart panel per option', async () => {
    const [, ...rest] = await pdfPages(await renderPdfReport(buildReport(resultWithRanges(), BUNDLED_PRICE_BOOK, TODAY)));
    const section = rest.find((page) => page.startsWith('Ranges & growth')) ?? '';
    expect(unwrapped(section)).toContain("Chance it's the cheapest today");
    expect(section).toContain('Monthly cost over the next 12 months (USD/month)');
    // The table's row and the chart panel's title for the recommendation; its typical cost now and at month 12, in whole dollars.
    expect(section.split('\n').filter((l) => l.startsWith('MSK Standard kafka.m7g.large'))).not.toHaveLength(0);
    // The en dash is Windows-1252's 0x96 in the standard fonts.
    expect(section).toContain('$835 ($800\u0096$900)');
    expect(section).toContain('$955');
    expect(section).not.toContain('$835.35');
    // Self-managed m7g.large is at risk from month 7 (its panel may be on the next page).
    expect(rest.join('\n')).toContain('at risk from month 7');
  }, 20_000);

  it("labels each chart's cost axis in whole dollars", async () => {
    const lines = (await rangesSectionOf(resultWithRanges())).split('\n');
    // Express m7g.large's P90 is $750 at every month: its axis runs to $800 in two steps of $400.
    // Serverless's P90 is $1,400: $750 steps to $1,500.
    expect(lines).toEqual(expect.arrayContaining(['$0', '$400', '$800', '$750', '$1,500']));
    expect(lines).not.toContain('$0.00');
    expect(lines).not.toContain('$800.00');
  }, 20_000);

  it('writes a space before every percent sign, as the rest of the report does', async () => {
    const section = await rangesSectionOf(resultWithRanges());
    // Shares from the fixture: P(cheapest) 0 % (Serverless) and 30 %; unavailable by month 12: 0 % and 70 %.
    expect(section.split('\n')).toEqual(expect.arrayContaining(['0 %', '30 %', '70 %', 'under 1 %']));
    // The text as written, not as a text extractor spaces it (pdftotext drops the only gap in "0 %").
    expect(section).not.toMatch(/\d%/);
  }, 20_000);

  it('writes the brokers now and at the horizon with a slash, which the standard fonts can draw, not an ASCII arrow', async () => {
    const section = await rangesSectionOf(resultWithRanges());
    // The recommendation's P50 brokers: 3 now, 6 at month 12.
    expect(section.split('\n')).toContain('3 / 6');
    expect(unwrapped(section)).toContain('Brokers (typical) now / month 12');
    expect(section).not.toContain('->');
  }, 20_000);

  it('states what was entered, the method in words rather than our spec, and where a chart line ends', async () => {
    const text = unwrapped(await rangesSectionOf(resultWithRanges()));
    // test/report/ranges-fixture.ts ENTERED: peak ingress 0.5–2 MiB/s around 1, growth 1–5 % (likely 3), 12 months, 0.9, seed 7.
    expect(text).toContain(
      'Entered: Peak ingress: 0.5 to 2 MiB/s (likely 1); Monthly growth of throughput: 1 % to 5 % (likely 3 %); ' +
        'Horizon 12 months; confidence 0.9; 2,000 futures; seed 7.',
    );
    expect(text).toContain(RANGES_METHOD);
    expect(text).toContain('split log-normal');
    expect(text).toContain('nearest-rank percentiles');
    expect(text).toContain("Netflix's service-capacity-modeling");
    expect(text).not.toContain('SPEC');
    expect(text).toContain('A band and its line end once half the futures have outgrown the option.');
  }, 20_000);

  it('says the ranges cover this cluster alone when the scenario also replicates', async () => {
    const result = {
      ...sizeWith({
        name: 'Orders',
        ...SMALL,
        uncertainty: ENTERED,
        replication: { pattern: 'active-passive', targetRegion: 'us-west-2' },
      }),
      ranges: handBuiltRanges(),
    };
    expect(unwrapped(await rangesSectionOf(result))).toContain(
      "These ranges cover this cluster alone: the other cluster and the replication tools are priced for today's values (see Replication & DR).",
    );
  }, 20_000);

  it('has no ranges section without ranges', async () => {
    const pages = await pdfPages(await renderPdfReport(buildReport(sizeWith({ name: 'Orders', ...SMALL }), BUNDLED_PRICE_BOOK, TODAY)));
    expect(pages.join('\n')).not.toContain('Ranges & growth');
  }, 20_000);
});

describe("the ranges chart's labels", () => {
  it('labels a cost axis in whole dollars when every tick is whole, and in cents on every tick otherwise', () => {
    const whole = usdAxisFormat([0, 750, 1500]);
    expect([0, 750, 1500].map(whole)).toEqual(['$0', '$750', '$1,500']);
    const cents = usdAxisFormat([0, 0.5, 1]);
    expect([0, 0.5, 1].map(cents)).toEqual(['$0.00', '$0.50', '$1.00']);
  });

  it('puts a marker label right of its line when it fits, else left of it, never past the plot', () => {
    // A plot from 100 to 300 pt and a label 60 pt wide, 3 pt from the line.
    expect(besideLine(150, 60, 100, 300, 3)).toBe(153);
    expect(besideLine(300, 60, 100, 300, 3)).toBe(237);
    expect(besideLine(100, 60, 100, 300, 3)).toBe(103);
  });
});
