/**
 * The current cluster and its right-sizing in words (SPEC §13.1, §13.2), checked against the worked
 * example at the end of SPEC §13.2 (us-east-1 list prices: kafka.m7g.xlarge $0.408/h, kafka.m7g.large
 * $0.204/h, storage $0.10/GiB-month, cross-AZ $0.01/GB each direction), and its CSV and Markdown.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  scenarioContextOf,
  sizeScenario,
  type CheckValue,
  type RightSizingCheck,
  type SizingResult,
} from '../../src/domain';
import { buildCurrentReport, checkText, currentLines, failedText, type CurrentReport } from '../../src/report/current-report';
import { formatUsd } from '../../src/report/format';
import { buildReport } from '../../src/report/report-model';
import { toCsv } from '../../src/report/to-csv';
import { toMarkdown } from '../../src/report/to-markdown';
import { BUNDLED_PRICE_BOOK } from '../support/factories';
import { NINE_XLARGE, RIGHT_SIZE_WORKLOAD } from '../support/right-size-example';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

const WORKLOAD = { name: 'orders', ...RIGHT_SIZE_WORKLOAD };

function sized(current: Record<string, unknown>, extra: Record<string, unknown> = {}): SizingResult {
  const parsed = parseScenario({ ...WORKLOAD, ...extra, current }, ctx);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return sizeScenario(parsed.value, BUNDLED_PRICE_BOOK);
}

function reportOf(result: SizingResult): CurrentReport {
  const report = buildCurrentReport(result.current);
  if (report === null) throw new Error('no current report');
  return report;
}

/*
 * Hand figures for the worked example (SPEC §3, §4.1):
 * - storage throughput per broker = min(instance EBS, 250) ÷ 6.5 (1.5 + 1.5 + 0.5 + 3.0) × 0.5:
 *   xlarge 156.25 ÷ 6.5 × 0.5 = 12.019 MiB/s, large 78.75 ÷ 6.5 × 0.5 = 6.058 MiB/s; peak ingress 40.
 * - partition replicas = 1,400 × 3 = 4,200; recommended limit 1,000 per broker for both sizes.
 * - local storage needed = 10 × 24 × 3,600 × 3 ÷ 1,024 = 2,531.25 GiB; disk room 0.5 × 2,000 = 1,000 GiB.
 * - CPU = 24 × (9 × 4 vCPU) ÷ (brokers′ × vCPU′).
 * - brokers and storage today: 9 × 0.408 × 730 + 18,000 × 0.10 = 2,680.56 + 1,800 = 4,480.56;
 *   cross-AZ (producers only, nearest-replica fetch with RF 3 = AZ 3): 10 × 2/3 MiB/s
 *   = 17,109.375 GiB/month × 0.01 × 2 = 342.1875; total today 4,822.7475.
 */
const TOTAL_TODAY = 4480.56 + 342.1875;

describe('the worked example of SPEC §13.2: 9 × kafka.m7g.xlarge', () => {
  const result = sized(NINE_XLARGE);
  const report = reportOf(result);
  const row = (type: string, brokers: number) => report.candidates.find((c) => c.instanceType === type && c.brokers === brokers);

  it('says what runs today and what its brokers and storage cost', () => {
    expect(report.runs).toBe('You run 9 × kafka.m7g.xlarge (brokers and storage $4,480.56/month).');
    expect(report.instanceType).toBe('kafka.m7g.xlarge');
    expect(report.brokers).toBe(9);
    expect(report.monthlyTotalUsd).toBeCloseTo(TOTAL_TODAY, 6);
  });

  it('calls it over-provisioned, with the saving and what the next step down fails on, worst first', () => {
    // 3 × xlarge: partitions 4,200 ÷ 3 = 1,400 of 1,000 (1.4), CPU 24 × 36 ÷ 12 = 72 of 60 (1.2),
    // storage throughput 40 of 3 × 12.019 = 36.06 (1.11).
    expect(report.verdict).toBe('over-provisioned');
    expect(report.verdictText).toBe(
      'Over-provisioned: 6 × saves $1,493.52/month; 3 × fails on partitions per broker, CPU (72 % of 60 %) and storage throughput.',
    );
  });

  it('recommends 6 × kafka.m7g.xlarge, saving $1,493.52 a month and 1,493.52 × 12 = $17,922.24 a year', () => {
    // 3 × 0.408 × 730 + 6,000 GiB × 0.10 = 893.52 + 600 = 1,493.52.
    expect(report.recommended?.fleet).toBe('6 × kafka.m7g.xlarge');
    expect(report.recommended?.monthlySavingUsd).toBeCloseTo(1493.52, 6);
    expect(report.recommended?.yearlySavingUsd).toBeCloseTo(17_922.24, 6);
  });

  it('lists each candidate with the check that binds or fails it', () => {
    // 9 × large: CPU 24 × 36 ÷ 18 = 48 % (0.8) binds before storage throughput 40 of 54.52 (0.73); saves 9 × 0.204 × 730 = 1,340.28.
    expect(row('kafka.m7g.large', 9)).toMatchObject({
      fleet: '9 × kafka.m7g.large',
      passes: true,
      recommended: false,
      why: 'CPU 48 % of 60 %',
    });
    expect(row('kafka.m7g.large', 9)?.savingUsd).toBeCloseTo(1340.28, 6);
    // 6 × xlarge: partitions 4,200 ÷ 6 = 700 of 1,000 (0.7) binds before CPU 36 % of 60 % (0.6).
    expect(row('kafka.m7g.xlarge', 6)).toMatchObject({
      passes: true,
      recommended: true,
      why: '700 partition replicas per broker of 1,000 recommended',
    });
    expect(row('kafka.m7g.xlarge', 6)?.monthlyUsd).toBeCloseTo(TOTAL_TODAY - 1493.52, 6);
    // 6 × large: CPU 24 × 36 ÷ 12 = 72 % (1.2), storage throughput 40 of 6 × 6.058 = 36.35 (1.1).
    expect(row('kafka.m7g.large', 6)).toMatchObject({ passes: false, why: 'fails on CPU (72 % of 60 %) and storage throughput' });
    expect(row('kafka.m7g.xlarge', 3)?.passes).toBe(false);
    expect(report.candidates.filter((c) => c.recommended)).toHaveLength(1);
  });

  it('lists the cluster’s own checks as demand against capacity', () => {
    // Storage throughput 40 of 9 × 12.019 = 108.17 MiB/s; disk 2,531.25 ÷ 9 = 281.25 of 1,000 GiB;
    // partitions 4,200 ÷ 9 = 466.67 of 1,000.
    const texts = report.constraints.map((c) => c.text);
    expect(texts).toContain('storage throughput 40 of 108.17 MiB/s');
    expect(texts).toContain('disk 281.25 GiB per broker of 1,000 GiB');
    expect(texts).toContain('466.67 partition replicas per broker of 1,000 recommended');
    expect(texts.some((t) => t.startsWith('CPU'))).toBe(false);
    const disk = report.constraints.find((c) => c.text.startsWith('disk'));
    expect(disk?.utilisationPct).toBeCloseTo(28.125, 9);
  });

  it('gives the summary lines and the candidates table for the Markdown, the CLI and the PDF', () => {
    const { summary, table } = currentLines(report, formatUsd);
    expect(summary).toEqual([report.runs, report.verdictText, 'Saving with 6 × kafka.m7g.xlarge: $1,493.52/month, $17,922.24/year.']);
    expect(table[0]).toEqual(['Candidate', 'Passes', 'Check that binds or fails', 'Monthly cost', 'Saving per month']);
    expect(table).toContainEqual(['9 × kafka.m7g.large', 'yes', 'CPU 48 % of 60 %', expect.any(String), '$1,340.28']);
    expect(table.find((r) => r[0] === '6 × kafka.m7g.xlarge (recommended)')?.[4]).toBe('$1,493.52');
    expect(table).toHaveLength(1 + report.candidates.length);
  });

  it('writes current rows to the CSV, parsed back with papaparse', () => {
    const csv = toCsv(buildReport(result, BUNDLED_PRICE_BOOK, '2026-11-22'));
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const byId = (id: string) => rows.find((r) => r['Option ID'] === id);
    const cluster = byId('current:cluster');
    expect(cluster).toMatchObject({
      Scenario: 'orders',
      Region: 'us-east-1',
      Deployment: 'Current cluster (over-provisioned)',
      'Instance type': 'kafka.m7g.xlarge',
      Available: 'yes',
      'Unavailable reason': `${report.runs} ${report.verdictText}`,
      'Brokers (count)': '9',
      // 4,822.7475 a month, × 12 = 57,872.97 a year.
      'Total (USD/month)': '4822.75',
      'Total (USD/year)': '57872.97',
    });
    const six = byId('current-candidate:kafka.m7g.xlarge:6');
    expect(six).toMatchObject({
      Deployment: 'Right-sizing candidate (recommended): 6 × kafka.m7g.xlarge',
      'Instance type': 'kafka.m7g.xlarge',
      Available: 'yes',
      'Unavailable reason': '700 partition replicas per broker of 1,000 recommended',
      'Brokers (count)': '6',
      // 4,822.7475 − 1,493.52 = 3,329.2275.
      'Total (USD/month)': '3329.23',
    });
    expect(byId('current-candidate:kafka.m7g.large:9')).toMatchObject({ Available: 'yes', 'Unavailable reason': 'CPU 48 % of 60 %' });
    expect(byId('current-candidate:kafka.m7g.xlarge:3')?.Available).toBe('no');
    // One row for the cluster and one per candidate.
    expect(rows.filter((r) => (r['Option ID'] ?? '').startsWith('current'))).toHaveLength(1 + report.candidates.length);
  });

  it('writes a "Current cluster" section to the Markdown, and a line beside the recommendation', () => {
    const markdown = toMarkdown(buildReport(result, BUNDLED_PRICE_BOOK, '2026-11-22'));
    expect(markdown).toContain(`**Current cluster:** ${report.runs} ${report.verdictText}`);
    const lines = markdown.split('\n');
    const at = lines.indexOf('## Current cluster');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '',
      report.runs,
      report.verdictText,
      'Saving with 6 × kafka.m7g.xlarge: $1,493.52/month, $17,922.24/year.',
    ]);
    expect(lines).toContain('| Candidate | Passes | Check that binds or fails | Monthly cost | Saving per month |');
    expect(lines).toContain(
      '| 6 × kafka.m7g.xlarge (recommended) | yes | 700 partition replicas per broker of 1,000 recommended | $3,329.23 | $1,493.52 |',
    );
  });
});

describe('other verdicts', () => {
  it('says how many brokers an under-provisioned cluster needs and for which check: 3 × kafka.m7g.large needs 9', () => {
    // Storage throughput 40 ÷ 6.058 = 6.6 → 7 → 9 brokers (AZ rounding); network and partitions need 6.
    const report = reportOf(sized({ ...NINE_XLARGE, instanceType: 'kafka.m7g.large', brokers: 3 }));
    expect(report.verdict).toBe('under-provisioned');
    expect(report.verdictText).toBe('Under-provisioned: storage throughput needs 9 brokers of this type; you run 3.');
    // kafka.m7g.large at the floor of 3 brokers has nowhere smaller to go.
    expect(report.recommended).toBeNull();
    // Brokers and storage: 3 × 0.204 × 730 + 6,000 GiB × 0.10 = 446.76 + 600 = 1,046.76.
    expect(currentLines(report, formatUsd).summary).toEqual([
      'You run 3 × kafka.m7g.large (brokers and storage $1,046.76/month).',
      report.verdictText,
    ]);
  });

  it('calls the smallest passing cluster right-sized and names what the step down fails on', () => {
    // 6 × xlarge today; 3 × xlarge: partitions 1,400 of 1,000 (1.4), storage throughput 40 of 36.06 (1.11),
    // CPU 24 × 24 ÷ 12 = 48 % passes.
    const report = reportOf(sized({ ...NINE_XLARGE, brokers: 6 }));
    expect(report.verdict).toBe('right-sized');
    expect(report.verdictText).toBe(
      'Right-sized: no smaller cluster MSK can move to in place passes every check; 3 × fails on partitions per broker and storage throughput.',
    );
    expect(report.recommended).toBeNull();
  });

  it('is no report without a current block', () => {
    expect(buildCurrentReport(undefined)).toBeNull();
    const parsed = parseScenario(WORKLOAD, ctx);
    if (!parsed.ok) throw new Error('invalid workload');
    const report = buildReport(sizeScenario(parsed.value, BUNDLED_PRICE_BOOK), BUNDLED_PRICE_BOOK, '2026-11-22');
    expect(report.current).toBeNull();
    expect(toMarkdown(report)).not.toContain('## Current cluster');
    expect(toCsv(report)).not.toContain('current:cluster');
  });

  it('guards the scenario name on current rows against spreadsheet formulas', () => {
    const csv = toCsv(buildReport(sized(NINE_XLARGE, { name: '=HYPERLINK("x")' }), BUNDLED_PRICE_BOOK, '2026-11-22'));
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r['Option ID'] === 'current:cluster')?.Scenario).toBe('\'=HYPERLINK("x")');
  });
});

describe('checkText', () => {
  it('words each check with its unit', () => {
    const text = (check: RightSizingCheck, value: number, limit: number) => checkText({ check, value, limit });
    expect(text('cpu', 36, 60)).toBe('CPU 36 % of 60 %');
    expect(text('storageThroughput', 40, 108.1731)).toBe('storage throughput 40 of 108.17 MiB/s');
    expect(text('networkThroughput', 40, 121.03)).toBe('network throughput 40 of 121.03 MiB/s');
    expect(text('partitions', 700, 1000)).toBe('700 partition replicas per broker of 1,000 recommended');
    expect(text('disk', 843.75, 1000)).toBe('disk 843.75 GiB per broker of 1,000 GiB');
    expect(text('storage', 5062.5, 147_456)).toBe('storage 5,062.5 of 147,456 GiB');
    expect(text('memory', 3.5, 48)).toBe('memory 3.5 of 48 GiB');
    expect(text('brokerQuota', 9, 60)).toBe('9 brokers of a quota of 60');
  });
});

describe('failedText', () => {
  const check = (name: RightSizingCheck, value: number, limit: number): CheckValue => ({ check: name, value, limit });

  it('names one check, two with "and", more with commas and "and"', () => {
    expect(failedText([check('storageThroughput', 40, 36)])).toBe('storage throughput');
    expect(failedText([check('storageThroughput', 40, 36), check('partitions', 1400, 1000)])).toBe(
      'storage throughput and partitions per broker',
    );
    expect(failedText([check('partitions', 1400, 1000), check('storage', 2, 1), check('brokerQuota', 70, 60)])).toBe(
      'partitions per broker, storage and the broker quota',
    );
  });

  it('adds the CPU figure when CPU fails', () => {
    expect(failedText([check('storageThroughput', 40, 36), check('cpu', 72, 60)])).toBe('storage throughput and CPU (72 % of 60 %)');
    expect(failedText([check('cpu', 144, 60)])).toBe('CPU (144 % of 60 %)');
  });

  it('names every failed check exactly once, in order (property)', () => {
    const names: RightSizingCheck[] = ['storageThroughput', 'networkThroughput', 'partitions', 'storage', 'memory', 'disk', 'brokerQuota'];
    const words: Record<string, string> = {
      storageThroughput: 'storage throughput',
      networkThroughput: 'network throughput',
      partitions: 'partitions per broker',
      storage: 'storage',
      memory: 'memory',
      disk: 'disk',
      brokerQuota: 'the broker quota',
    };
    fc.assert(
      fc.property(fc.shuffledSubarray(names, { minLength: 2 }), (picked) => {
        const text = failedText(picked.map((n) => check(n, 2, 1)));
        const expected = `${picked
          .slice(0, -1)
          .map((n) => words[n])
          .join(', ')} and ${words[picked.at(-1) ?? 'disk']}`;
        expect(text).toBe(expected);
      }),
    );
  });
});

describe('an under-provisioned disk', () => {
  it('says what the volumes hold against what each broker needs, and that growing them is the other way out', () => {
    // 50 MiB/s average for 72 hours: 50 × 3,600 × 72 ÷ 1,024 = 12,656.25 GiB × RF 3 = 37,968.75 GiB ÷ 6 brokers = 6,328 GiB each;
    // 1,000 GiB volumes at the 0.5 fill target hold 500 GiB.
    const parsed = parseScenario(
      {
        avgIngressMiBps: 50,
        peakIngressMiBps: 120,
        retentionHours: 72,
        region: 'eu-west-1',
        current: {
          deployment: 'msk-standard',
          instanceType: 'kafka.m5.2xlarge',
          brokers: 6,
          volumeGiBPerBroker: 1000,
          observed: { cpuPeakPct: 20 },
        },
      },
      ctx,
    );
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
    const result = sizeScenario(parsed.value, BUNDLED_PRICE_BOOK);
    const report = buildCurrentReport(result.current);
    expect(report?.verdictText).toMatch(
      /^Under-provisioned: disk needs 6,328 GiB per broker and the volumes hold 500 GiB each at the fill target; grow the volumes \(EBS grows in place\), or run \d+ brokers of this type with volumes sized for the workload; you run 6\.$/,
    );
  });
});
