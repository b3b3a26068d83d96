/**
 * The kinesis block (SPEC §15) on the command line: `--set kinesis.<key>=…` reaches it like any
 * block, the JSON output carries `result.alternatives`, and a refused value exits 1 naming the field.
 *
 * By hand from the us-east-1 prices, for the default workload (20/40 MiB/s in, 40/80 out, 168 h):
 *   1 KiB (default): shards ceil(max(40, 40.96, 2 × 40 ÷ 2 = 40) × 1.2) = 50
 *   8 KiB: 40 × 1,024 ÷ 8 = 5,120 records/s → 5.12 shards; max(40, 5.12, 40) × 1.2 = 48 shards:
 *     48 × 730 × $0.015 = $525.60 + PUT 2,560 records/s × 2,628,000 ÷ 10^6 × $0.014 = $94.18752
 *     + extended retention 48 × 730 × $0.02 = $700.80 → $1,320.58752
 *   On-demand bills 8 KiB records as 8 KiB: in′ = in = 51,328.125 GB, unchanged from 1 KiB.
 */
import { describe, expect, it } from 'vitest';
import { runCliInMemory } from '../support/run-cli-in-memory';

interface Alternative {
  id: string;
  available: boolean;
  shards: number | null;
  monthlyCostUsd: { total: number; dataIn: number; capacity: number } | null;
}
interface JsonResult {
  scenario: { kinesis: unknown };
  options: unknown[];
  alternatives: Alternative[];
}

function sizeJson(sets: string[], file = '{}'): JsonResult {
  const { status, stdout, stderr } = runCliInMemory(['size', 'a.json', ...sets.flatMap((s) => ['--set', s]), '--format', 'json'], {
    'a.json': file,
  });
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout) as JsonResult;
}

describe('cli size with Kinesis Data Streams', () => {
  it('prints the three alternatives in the JSON, after the options, for the defaults', () => {
    const result = sizeJson([]);
    expect(result.scenario.kinesis).toBeNull();
    expect(result.alternatives.map((a) => [a.id, a.available, a.shards])).toEqual([
      ['kinesis-provisioned', true, 50],
      ['kinesis-on-demand', true, null],
      ['kinesis-on-demand-advantage', true, null],
    ]);
    expect(result.options).toHaveLength(40);
  });

  it('--set kinesis.recordSizeKiB=8 creates the block and changes the alternatives', () => {
    const before = sizeJson([]);
    const after = sizeJson(['kinesis.recordSizeKiB=8']);
    expect(after.scenario.kinesis).toEqual({ recordSizeKiB: 8, consumers: null, enhancedFanOut: false, headroomPct: 20 });
    const provisioned = after.alternatives[0];
    expect(provisioned?.shards).toBe(48);
    expect(provisioned?.monthlyCostUsd?.capacity).toBeCloseTo(525.6, 9);
    expect(provisioned?.monthlyCostUsd?.dataIn).toBeCloseTo(94.18752, 9);
    expect(provisioned?.monthlyCostUsd?.total).toBeCloseTo(525.6 + 94.18752 + 700.8, 9);
    // On-demand standard is the same: 8 KiB records are billed as 8 KiB.
    expect(after.alternatives[1]?.monthlyCostUsd).toEqual(before.alternatives[1]?.monthlyCostUsd);
    // The MSK options do not move.
    expect(after.options).toEqual(before.options);
  });

  it('reads booleans and null for the block as JSON, and merges --set into a block in the file', () => {
    const result = sizeJson(['kinesis.enhancedFanOut=true', 'kinesis.consumers=null'], '{"kinesis": {"consumers": 9, "headroomPct": 0}}');
    expect(result.scenario.kinesis).toEqual({ recordSizeKiB: 1, consumers: null, enhancedFanOut: true, headroomPct: 0 });
    // With enhanced fan-out no consumer shares the reads: max(40, 40.96, 0) × 1 → 41 shards.
    expect(result.alternatives[0]?.shards).toBe(41);
  });

  it('exits 1 naming kinesis.headroomPct for --set kinesis.headroomPct=300, with nothing on stdout', () => {
    const { status, stdout, stderr } = runCliInMemory(['size', 'a.json', '--set', 'kinesis.headroomPct=300', '--format', 'json'], {
      'a.json': '{}',
    });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('a.json');
    expect(stderr).toContain('kinesis.headroomPct = 300: must be between 0 and 100');
  });

  it('exits 1 naming an unknown key of the block', () => {
    const { status, stderr } = runCliInMemory(['size', 'a.json', '--set', 'kinesis.shards=4'], { 'a.json': '{}' });
    expect(status).toBe(1);
    expect(stderr).toContain('kinesis.shards');
  });

  it('prints the section in the table, with the cheapest mode', () => {
    const { status, stdout } = runCliInMemory(['size', 'a.json', '--set', 'kinesis.recordSizeKiB=8'], { 'a.json': '{}' });
    expect(status).toBe(0);
    expect(stdout).toContain('Kinesis Data Streams instead?');
    expect(stdout).toContain('  Provisioned: $1,320.59/month, 48 shards (');
  });
});
