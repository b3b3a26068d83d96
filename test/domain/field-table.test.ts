/**
 * One field table for every block: the schemas take their defaults and bounds from the rows, and a
 * refused value comes back with a rule (a code and its parameters) that files and the page both word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FILE_WORDS,
  parseScenario,
  REPLICATION_FIELDS,
  ruleText,
  scenarioContextOf,
  SCENARIO_FIELDS,
  UNCERTAINTY_FIELDS,
  uncertaintySchema,
  type FieldError,
  type FieldInfo,
} from '../../src/domain';
import { replicationSchema } from '../../src/domain/replication/replication-schema';
import { BUNDLED_PRICE_BOOK } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

function errorsOf(input: unknown): readonly FieldError[] {
  const parsed = parseScenario(input, ctx);
  return parsed.ok ? [] : parsed.errors;
}

describe('defaults come from the rows', () => {
  it('parses an empty scenario to every scenario row default (SPEC §2), local retention filled in', () => {
    const parsed = parseScenario({}, ctx);
    if (!parsed.ok) throw new Error('defaults invalid');
    // SPEC §2 defaults, written out: 20/40 MiB/s in, 40/80 out, RF 3, 7 days, 300 partitions, 3 AZs.
    expect(parsed.value).toMatchObject({
      avgIngressMiBps: 20,
      peakIngressMiBps: 40,
      avgEgressMiBps: 40,
      peakEgressMiBps: 80,
      replicationFactor: 3,
      retentionHours: 168,
      localRetentionHours: 168,
      partitions: 300,
      availabilityZones: 3,
      provisionedThroughputMiBps: 'auto',
      brokerQuota: 60,
    });
    for (const row of SCENARIO_FIELDS.filter((f) => f.key !== 'localRetentionHours')) {
      const [head, tail] = row.key.split('.');
      const value = tail === undefined ? parsed.value[head as keyof typeof parsed.value] : (parsed.value.selfManaged as never)[tail];
      expect(value, row.key).toEqual(row.default);
    }
  });

  it('parses a replication block with only its target to the rows defaults (SPEC §11), copy by pattern', () => {
    const block = replicationSchema.parse({ targetRegion: 'us-west-2' });
    expect(block).toEqual({
      pattern: 'active-passive',
      targetRegion: 'us-west-2',
      replicatedShare: 1,
      identicalTopicNames: false,
      sourceClusters: 1,
      migrationWeeks: 4,
      copyExistingData: false,
      tool: null,
      sourceKind: 'msk',
    });
    for (const row of REPLICATION_FIELDS.filter((r) => r.default !== undefined)) {
      expect(block[row.key], row.key).toEqual(row.default);
    }
  });

  it('parses an empty uncertainty block to the rows defaults (SPEC §12: 0.8, 24 months, 2,000 futures, seed 1)', () => {
    const block = uncertaintySchema.parse({});
    expect(block).toMatchObject({
      confidence: 0.8,
      horizonMonths: 24,
      samples: 2000,
      seed: 1,
      monthlyGrowthPct: { low: 0, likely: 0, high: 0 },
    });
    for (const row of UNCERTAINTY_FIELDS.filter((r) => !r.key.includes('.') || r.key.startsWith('monthlyGrowthPct.'))) {
      const [head, tail] = row.key.split('.') as [keyof typeof block, string | undefined];
      const value = tail === undefined ? block[head] : (block[head] as Record<string, number>)[tail];
      expect(value, row.key).toEqual(row.default);
    }
  });
});

/** Number rows with finite bounds, each under its block's path. */
const NUMBER_ROWS: readonly (readonly [string, FieldInfo])[] = [
  ...SCENARIO_FIELDS.filter((f) => f.bounds && f.kind !== 'provisionedThroughput' && f.kind !== 'select').map((f) => [f.key, f] as const),
  ...REPLICATION_FIELDS.filter((f) => f.bounds).map((f) => [`replication.${f.key}`, f] as const),
  ...UNCERTAINTY_FIELDS.filter((f) => f.bounds && Number.isFinite(f.bounds.max)).map((f) => [`uncertainty.${f.key}`, f] as const),
];

function withValue(path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (head === 'replication') return { replication: { targetRegion: 'us-west-2', [rest.join('.')]: value } };
  if (head === 'uncertainty') {
    const [key, end] = rest;
    if (key === 'monthlyGrowthPct' && end) return { uncertainty: { monthlyGrowthPct: { low: 0, likely: 0, high: 0, [end]: value } } };
    return { uncertainty: { [key ?? '']: value } };
  }
  if (head === 'selfManaged') return { selfManaged: { [rest.join('.')]: value } };
  return { [path]: value };
}

describe('a refused value carries its rule (property)', () => {
  it('names the field with a bounds rule for any value above its maximum, in every block', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMBER_ROWS), fc.double({ min: 1.5, max: 1e6, noNaN: true }), ([path, row], factor) => {
        const b = row.bounds;
        if (b === undefined) return;
        const above = b.max === 0 ? 1 : Math.abs(b.max) * factor + 1;
        const error = errorsOf(withValue(path, b.integer ? Math.ceil(above) : above)).find((e) => e.field === path);
        expect(error, path).toBeDefined();
        expect(['range', 'max']).toContain(error?.code);
        // The file message is the rule in file words, after "path = value: ".
        if (error) expect(error.message.endsWith(ruleText(error, FILE_WORDS))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('says a value of the wrong kind is the wrong kind, for every number row', () => {
    for (const [path] of NUMBER_ROWS) {
      const error = errorsOf(withValue(path, 'twelve')).find((e) => e.field === path);
      expect(error?.code, path).toBe('type');
    }
  });
});

describe('rules worded for files', () => {
  it('names other fields by key, with the value that bounds them', () => {
    const [error] = errorsOf({ avgIngressMiBps: 20, peakIngressMiBps: 5 });
    expect(error).toMatchObject({
      field: 'peakIngressMiBps',
      code: 'compare-field',
      params: { other: 'avgIngressMiBps', otherValue: 20, unit: ' MiB/s', atMost: false },
      message: 'peakIngressMiBps = 5: must be at least avgIngressMiBps (20 MiB/s)',
    });
  });

  it('words a range that leaves out the likely value with the ratio it is around', () => {
    // likely egress ÷ ingress = 80 / 40 = 2; a low of 3 leaves it out.
    const error = errorsOf({ uncertainty: { egressToIngress: { low: 3, high: 4 } } }).find(
      (e) => e.field === 'uncertainty.egressToIngress.low',
    );
    expect(error?.code).toBe('range-excludes-likely');
    expect(error?.message).toBe(
      "uncertainty.egressToIngress.low = 3: must be at most the scenario's peakEgressMiBps ÷ peakIngressMiBps (2): a range must contain the likely value",
    );
  });

  it('lists a choice with null standing for its default', () => {
    expect(ruleText({ code: 'choice', params: { choices: ['a', 'b', 'c'], nullMeans: 'the cheapest' } }, FILE_WORDS)).toBe(
      'must be "a", "b", "c" or null (the cheapest)',
    );
    expect(ruleText({ code: 'choice', params: { choices: [2, 3] } }, FILE_WORDS)).toBe('must be 2 or 3');
  });
});
