/** The CLI renders through the same report model as the app, so its CSV and Markdown match the app's exports. */
import { describe, expect, it } from 'vitest';
import { sizeScenario, withRanges } from '../../src/domain';
import { buildReport } from '../../src/report/report-model';
import { toCsv } from '../../src/report/to-csv';
import { toMarkdown } from '../../src/report/to-markdown';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';
import { runCliInMemory } from '../support/run-cli-in-memory';

const TODAY = '2026-11-22';

function run(argv: string[], files: Record<string, string> = {}) {
  return runCliInMemory(argv, files, TODAY);
}

const SCENARIOS: readonly (readonly [string, Record<string, unknown>])[] = [
  ['the default workload', { name: 'Orders, "EU" =prod' }],
  [
    'a tiered, 2-AZ workload in Ireland',
    {
      name: 'Clickstream\nreplay',
      region: 'eu-west-1',
      avgIngressMiBps: 120,
      peakIngressMiBps: 300,
      avgEgressMiBps: 200,
      peakEgressMiBps: 500,
      availabilityZones: 2,
      retentionHours: 720,
      localRetentionHours: 24,
      provisionedThroughputMiBps: 500,
      discountPct: 12.5,
      selfManaged: { opsHoursPerMonth: 20, opsHourlyUsd: 95 },
    },
  ],
  [
    'a workload with ranges and growth (SPEC §12)',
    {
      name: 'Growth',
      uncertainty: {
        peakIngressMiBps: { low: 20, high: 80 },
        monthlyGrowthPct: { low: 0, likely: 3, high: 8 },
        samples: 250,
        horizonMonths: 3,
      },
    },
  ],
];

/** What the app exports for the scenario: its result, with ranges when it has an uncertainty block. */
function appReport(input: Record<string, unknown>) {
  return buildReport(withRanges(sizeScenario(makeScenario(input), BUNDLED_PRICE_BOOK), BUNDLED_PRICE_BOOK), BUNDLED_PRICE_BOOK, TODAY);
}

describe('CLI and app export parity', () => {
  it.each(SCENARIOS)('prints the same CSV as the app exports for %s, plus a final CRLF', (_, input) => {
    const { status, stdout, stderr } = run(['size', 'scenario.json', '--format', 'csv'], { 'scenario.json': JSON.stringify(input) });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const expected = toCsv(appReport(input));
    expect(stdout).toBe(`${expected}\r\n`);
  });

  it.each(SCENARIOS)('prints the same Markdown as the app exports for %s', (_, input) => {
    const { status, stdout } = run(['size', 'scenario.json', '--format', 'markdown'], { 'scenario.json': JSON.stringify(input) });
    expect(status).toBe(0);
    expect(stdout).toBe(toMarkdown(appReport(input)));
  });

  it('prints one header and then the rows of both files when given two', () => {
    const [first, second] = SCENARIOS.map(([, input]) => input);
    const files = { 'a.json': JSON.stringify(first), 'b.json': JSON.stringify(second) };
    const { stdout } = run(['size', 'a.json', 'b.json', '--format', 'csv'], files);
    const csvA = toCsv(buildReport(sizeScenario(makeScenario(first), BUNDLED_PRICE_BOOK), BUNDLED_PRICE_BOOK, TODAY));
    const csvB = toCsv(buildReport(sizeScenario(makeScenario(second), BUNDLED_PRICE_BOOK), BUNDLED_PRICE_BOOK, TODAY));
    const bodyB = csvB.slice(csvB.indexOf('\r\n') + 2);
    expect(stdout).toBe(`${csvA}\r\n${bodyB}\r\n`);
  });
});
