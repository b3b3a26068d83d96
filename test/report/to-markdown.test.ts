/**
 * Markdown summary. Figures are worked by hand from SPEC §3–§8 (model v2) and the bundled us-east-1
 * prices for a small workload (I = Ip = O = Op = 1 MiB/s, otherwise SPEC §2 defaults, TLS factor 1.0),
 * where every constraint of every Standard, Express and self-managed option needs the minimum of 3
 * brokers (RF 3 over 3 AZs), so each bottleneck is the first constraint of its kind (SPEC §4.2, §5):
 * storage throughput for Standard and self-managed, ingress for Express; PST "auto" saves no broker and stays off:
 *   retained one copy = 1 × 168 × 3600 / 1024 = 590.625 GiB; local provisioned = 590.625 × 3 / 0.5 = 3,543.75 GiB
 *   a month of 1 MiB/s = 3600 × 730 / 1024 = 2,566.40625 GiB; cross-AZ producers = 2/3 of it = 1,710.9375 GiB
 *   MSK Standard storage = 3,543.75 × $0.10 = $354.375; cross-AZ = 1,710.9375 × $0.01 × 2 = $34.21875
 *   kafka.m7g.large 3 × $0.204 × 730 = $446.76 → $835.35375; kafka.m5.large 3 × $0.21 × 730 = $459.90 → $848.49375;
 *   kafka.t3.small 3 × $0.0456 × 730 = $99.864 → $488.45775
 *   express.m7g.large 3 × $0.408 × 730 = $893.52 + storage 590.625 × $0.10 + data in 2,566.40625 × $0.01 + cross-AZ = $1,012.4653125
 *   Serverless $0.75 × 730 + 300 × $0.0015 × 730 + 2,566.40625 × ($0.10 + $0.05) + 590.625 × $0.10 = $1,320.0234375
 *   self-managed m7g.large 3 × $0.0816 × 730 = $178.704 + gp3 3,543.75 × $0.08 = $283.50 + controllers 3 × ($0.096 × 730 + 64 × $0.08) = $225.60
 *     + cross-AZ (1,710.9375 + replication 2 × 2,566.40625) × $0.02 = $136.875 → $824.679, so MSK costs $10.67475 more
 *     (its gp3 volume gives min(78.75, 1,000) = 78.75 MiB/s, under the 125 MiB/s included, so no gp3 throughput is bought)
 *   kafka.m5.large ($848.49375) is within 5 % of kafka.m7g.large: 848.49375 / 835.35375 − 1 = 1.6 %
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/report-model';
import { escapeMarkdown, toMarkdown } from '../../src/report/to-markdown';
import { BUNDLED_PRICE_BOOK, sizeWith } from '../support/factories';
import { resultWithRanges } from './ranges-fixture';

const TODAY = '2026-11-22';
const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;

function markdownOf(overrides: Record<string, unknown>): string {
  return toMarkdown(buildReport(sizeWith(overrides), BUNDLED_PRICE_BOOK, TODAY));
}

/** True when `ch` occurs in `line` without an odd run of backslashes before it (so Markdown would act on it). */
function hasUnescaped(line: string, ch: string): boolean {
  for (let i = line.indexOf(ch); i !== -1; i = line.indexOf(ch, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && line[j] === '\\'; j -= 1) slashes += 1;
    if (slashes % 2 === 0) return true;
  }
  return false;
}

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['*bold*', '\\*bold\\*'],
    ['_italic_', '\\_italic\\_'],
    ['`code`', '\\`code\\`'],
    // Brackets escaped, the parentheses then mean nothing; the URL gets a zero-width space so nothing autolinks it.
    ['[link](http://x)', '\\[link\\](http:\u200b//x)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['Tom & Jerry', 'Tom \\& Jerry'],
    ['see www.example.com', 'see www\u200b.example.com'],
    ['EU (Ireland)', 'EU (Ireland)'],
    ['Self-managed, 1+1=2!', 'Self-managed, 1+1=2!'],
    ['a # in the middle', 'a # in the middle'],
    ['# heading', '\\# heading'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('turns line feeds and CRLF into spaces so text stays on its line', () => {
    expect(escapeMarkdown('one\ntwo')).toBe('one two');
    expect(escapeMarkdown('one\r\ntwo')).toBe('one two');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('Orders EU 2026')).toBe('Orders EU 2026');
  });

  it('escapes a backslash before the character after it, so a name cannot cancel our escape', () => {
    // "\|" typed by the user must become "\\\|": an escaped backslash, then an escaped bar.
    expect(escapeMarkdown('\\|')).toBe('\\\\\\|');
  });
});

describe('a hostile scenario name in the Markdown summary', () => {
  const hostile = 'x | y\n| z | <img src=x onerror=alert(1)>\n# Heading *b* _i_ `c` [l](u)';

  it('stays on the title line with every Markdown and HTML character escaped', () => {
    const lines = markdownOf({ name: hostile, ...SMALL }).split('\n');
    // Read as a human would: the name, with only the characters Markdown would act on escaped.
    expect(lines[0]).toBe('# MSK sizing: x \\| y \\| z \\| \\<img src=x onerror=alert(1)\\> # Heading \\*b\\* \\_i\\_ \\`c\\` \\[l\\](u)');
    const title = lines[0] ?? '';
    for (const ch of ['|', '<', '>', '*', '_', '`', '[', ']']) expect(hasUnescaped(title, ch)).toBe(false);
  });

  it('does not add, remove or change any other line of the summary', () => {
    const plain = markdownOf({ name: 'Orders', ...SMALL }).split('\n');
    const attacked = markdownOf({ name: hostile, ...SMALL }).split('\n');
    expect(attacked).toHaveLength(plain.length);
    expect(attacked.slice(1)).toEqual(plain.slice(1));
  });
});

describe('Markdown summary', () => {
  const lines = markdownOf({ name: 'Orders', ...SMALL }).split('\n');

  it('opens with the title, the region, the price date and the date it was generated', () => {
    expect(lines[0]).toBe('# MSK sizing: Orders');
    expect(lines).toContain(
      'Region us-east-1 (US East (N. Virginia)), AWS list prices as of 2025-04-04; generated 2026-11-22 by MSK Sizer.',
    );
  });

  it('gives the recommendation, the cheapest eligible MSK option, and what it costs against self-managed Kafka', () => {
    expect(lines.some((l) => l.startsWith('**Recommendation:** MSK Standard kafka.m7g.large, 3 brokers, $835.35/month ('))).toBe(true);
    expect(lines).toContain('Against Self-managed on EC2 m7g.large ($824.68/month) it costs $10.67/month more.');
  });

  it('states the rule the recommendation follows', () => {
    const rule = lines.find((l) => l.startsWith('Rule: '));
    expect(rule).toBeDefined();
    expect(rule).toContain('cheapest available MSK option that is not T3');
  });

  it('lists the close alternatives with how much more they cost', () => {
    const start = lines.indexOf('Close alternatives (within 5 %):');
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toBe('- MSK Standard kafka.m5.large, 3 brokers, $848.49/month (+1.6 %)');
    expect(lines[start + 2]).toBe('');
  });

  it('explains why the recommendation needs 3 brokers, constraint by constraint, marking the bottleneck', () => {
    const start = lines.indexOf('### Why 3 brokers');
    expect(start).toBeGreaterThan(0);
    const why = lines.slice(start + 2, start + 6);
    // kafka.m7g.large: min(78.75, 250) ÷ 6.5 × 0.5 = 6.06 MiB/s; 117 ÷ 7.2 × 0.5 = 8.13 MiB/s; 900 ÷ 1,000; 3,543.75 ÷ 16,384
    expect(why[0]).toMatch(
      /^- \*\*Storage throughput\*\* \(bottleneck\): 78\.75 MiB\/s .* = 6\.06 MiB\/s per broker → 1 MiB\/s of peak ingress needs 1 → rounded up to a multiple of 3 AZs: 3 brokers$/,
    );
    expect(why[1]).toMatch(/^- \*\*Network throughput\*\*: 117 MiB\/s network .* = 8\.13 MiB\/s per broker/);
    expect(why[2]).toMatch(/^- \*\*Partitions\*\*: .*900 partition replicas \(300 partitions × 3 replicas\) needs 1/);
    expect(why[3]).toMatch(/^- \*\*Storage\*\*: .*3,543\.75 GiB \(1,771\.88 GiB needed ÷ 0\.5 fill target\)/);
    // Explanations are plain text to Markdown: nothing in them is escaped, nothing needs to be.
    for (const line of why) expect(line.includes('\\')).toBe(false);
  });

  it('has a table with the pick of every class, its brokers, bottleneck and monthly cost; no provisioned-throughput column when no pick buys it', () => {
    const start = lines.indexOf('| Class | Option | Brokers | Bottleneck | Monthly cost |');
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toBe('|---|---|---:|---|---:|');
    expect(lines.slice(start + 2, start + 8)).toEqual([
      '| MSK Standard M7g | kafka.m7g.large | 3 | Storage throughput | $835.35 |',
      '| MSK Standard M5 | kafka.m5.large | 3 | Storage throughput | $848.49 |',
      '| MSK T3 (dev/test) | kafka.t3.small | 3 | Storage throughput | $488.46 |',
      '| MSK Express | express.m7g.large | 3 | Ingress | $1,012.47 |',
      '| MSK Serverless | serverless | serverless | - | $1,320.02 |',
      '| Self-managed M7g | m7g.large | 3 | Storage throughput | $824.68 |',
    ]);
    // self-managed m5.large: 3 × $0.096 × 730 = $210.24 + $283.50 + $225.60 + $136.875 = $856.215
    expect(lines[start + 8]?.startsWith('| Self-managed M5 | m5.large | 3 | Storage throughput | $856.2')).toBe(true);
  });

  it('shows provisioned throughput where it is in force: "-" for picks without it, the rate for eligible sizes compared', () => {
    // With 3 brokers the minimum everywhere, a fixed 400 MiB/s only adds cost, so no class pick is an eligible size.
    const text = toMarkdown(
      buildReport(sizeWith({ ...SMALL, provisionedThroughputMiBps: 400 }), BUNDLED_PRICE_BOOK, TODAY, {
        left: 'msk-standard:kafka.m5.4xlarge',
        right: 'msk-standard:kafka.m7g.2xlarge',
      }),
    );
    expect(text).toContain('| MSK Standard M5 | kafka.m5.large | 3 | Storage throughput | $848.49 |');
    // kafka.m5.4xlarge min(400, 593) = 400; kafka.m7g.2xlarge min(400, 312.5) = 312.5 → 312.5 with one decimal
    expect(text).toContain('| Provisioned throughput (MiB/s per broker) | 400 | 312.5 | -87.5 |');
  });

  it('compares the cheapest MSK M5 with the cheapest MSK T3 for development, second minus first', () => {
    const lines = markdownOf({ name: 'Orders', ...SMALL, purpose: 'development' }).split('\n');
    const start = lines.indexOf('## MSK Standard kafka.m5.large vs MSK Standard kafka.t3.small');
    expect(start).toBeGreaterThan(0);
    const section = lines.slice(start);
    expect(section).toContain('| Figure | First | Second | Difference (second − first) |');
    // Only the rows that differ are listed; equal ones (3 brokers each, 1,181.3 GiB each, no PST…) are counted in one line.
    expect(section.some((l) => l.startsWith('| Brokers |'))).toBe(false);
    expect(section.some((l) => l.startsWith('| Storage per broker (GiB) |'))).toBe(false);
    expect(section.filter((l) => l.startsWith('| ') && l.endsWith(' | $0.00 |'))).toEqual([]);
    expect(section.some((l) => /^The other \d+ figures are equal for both\.$/.test(l))).toBe(true);
    // $99.864 − $459.90 = −$360.036 on the broker line and on the total
    expect(section).toContain('| Brokers (USD/month) | $459.90 | $99.86 | -$360.04 |');
    expect(section).toContain('| Total (USD/month) | $848.49 | $488.46 | -$360.04 |');
  });

  it('lists the workload figures with their units', () => {
    const start = lines.indexOf('## Workload');
    expect(start).toBeGreaterThan(0);
    const section = lines.slice(start);
    expect(section).toContain('| Figure | Value |');
    expect(section).toContain('| Data retained, one copy | 590.63 GiB |');
    expect(section).toContain('| Local storage provisioned | 3,543.75 GiB |');
    expect(section).toContain('| Network write into brokers, peak | 3 MiB/s |');
    expect(section).toContain('| Network read out of brokers, peak | 3 MiB/s |');
    expect(section).toContain('| Replication traffic, average | 2 MiB/s |');
    expect(section).toContain('| Cross-AZ, producers | 1,710.94 GiB/month |');
    expect(section).toContain('| Cross-AZ, consumers | 0 GiB/month |');
  });

  it('lists the warnings last and ends with a newline', () => {
    const text = markdownOf({ name: 'Orders', ...SMALL });
    expect(lines).toContain('## Warnings');
    expect(lines.indexOf('## Warnings')).toBeGreaterThan(lines.indexOf('## Workload'));
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says plainly when no eligible MSK option is available and marks the empty classes', () => {
    // A quota of 1 broker rules out every Standard and Express size (at least 3 brokers); 300 MiB/s rules out Serverless (SPEC §6).
    const text = markdownOf({ avgIngressMiBps: 100, peakIngressMiBps: 300, brokerQuota: 1 });
    expect(text).toContain('**Recommendation:** no eligible MSK option is available for this scenario.');
    expect(text).toContain('| MSK Standard M5 | not available | - | - | - |');
    expect(text).toContain('| MSK Serverless | not available | - | - | - |');
    expect(text).not.toContain('Against ');
    expect(text).not.toContain('Rule: ');
    expect(text).not.toContain('### Why');
  });

  it('shows no difference when one side of the comparison is unavailable, and says why (SPEC §8)', () => {
    // SPEC §2 defaults: kafka.m5.large needs 9 brokers (81 ÷ 6.5 × 0.5 = 6.23 MiB/s → 7 → 9); kafka.t3.small
    // 45 (16.384 ÷ 8.7 × 0.5 = 0.94 MiB/s → 43 → 45), above ZooKeeper's 30, so it is unavailable.
    const defaults = markdownOf({ name: 'Orders', purpose: 'development' }).split('\n');
    const start = defaults.indexOf('## MSK Standard kafka.m5.large vs MSK Standard kafka.t3.small');
    expect(start).toBeGreaterThan(0);
    const section = defaults.slice(start, defaults.indexOf('## Workload'));
    expect(section).toContain('| Brokers | 9 | 45 | - |');
    expect(section.find((l) => l.startsWith('| Total (USD/month) |'))?.endsWith('| - |')).toBe(true);
    expect(
      section.some((l) => l.startsWith('No difference is shown. MSK Standard kafka.t3.small is not available: Needs 45 brokers')),
    ).toBe(true);
  });
});

describe('kinds with no pick in the Markdown summary', () => {
  it('say why, in a line each (SPEC §2 defaults: T3 needs 45 brokers, over its 30-broker limit)', () => {
    const lines = toMarkdown(buildReport(sizeWith({ name: 'Orders' }), BUNDLED_PRICE_BOOK, TODAY)).split('\n');
    expect(
      lines.some((l) =>
        l.startsWith('- MSK T3 (dev/test) is not available: Needs 45 brokers, but kafka.t3.small cannot run in KRaft mode'),
      ),
    ).toBe(true);
  });
});

describe('the ranges section in the Markdown summary (SPEC §12), from the hand-built ranges of ranges-fixture.ts', () => {
  const lines = toMarkdown(buildReport(resultWithRanges(), BUNDLED_PRICE_BOOK, TODAY)).split('\n');
  const start = lines.indexOf('## Ranges & growth');
  const section = lines.slice(start, lines.indexOf('## Workload'));

  it('comes before the workload, and opens with the chance the recommendation is the cheapest today, the least-regret choice and what a range means', () => {
    expect(start).toBeGreaterThan(0);
    expect(section).toContain('The recommendation, MSK Standard kafka.m7g.large, has a 55 % chance of being the cheapest today.');
    expect(section).toContain(
      'Least regret: Starting on MSK Express express.m7g.xlarge and moving only when it runs out of room costs on average 3.1 % more over 12 months ' +
        'than the best plan in hindsight; 5 % of futures outgrow it and move to MSK Standard kafka.m7g.large, typically in month 9.',
    );
    expect(section.some((l) => l.startsWith('Each range you entered is the span you expect 90 % of outcomes to fall in.'))).toBe(true);
    expect(section).toContain(
      'Entered: Peak ingress: 0.5 to 2 MiB/s (likely 1); Monthly growth of throughput: 1 % to 5 % (likely 3 %); Horizon 12 months; confidence 0.9; 2,000 futures; seed 7.',
    );
  });

  it('has a table with a row per option that matters, numbers right-aligned', () => {
    expect(section).toContain(
      "| Option | Chance it's the cheapest today | Monthly cost now: typical (middle 80 % of futures) | At month 12 | Brokers (typical) now → month 12 | At risk from | Unavailable by month 12 |",
    );
    expect(section).toContain('|---|---:|---:|---:|---:|---:|---:|');
    expect(section).toContain(
      '| MSK Standard kafka.m7g.large (recommended) | 55 % | $835.35 ($800.00–$900.00) | $955.35 ($920.00–$1,500.00) | 3 → 6 | — | 0 % |',
    );
    expect(section.filter((l) => l.startsWith('| MSK ') || l.startsWith('| Self-managed'))).toHaveLength(6);
  });

  it('is absent without ranges', () => {
    expect(markdownOf({ name: 'Orders', ...SMALL })).not.toContain('Ranges & growth');
  });
});
