/**
 * The `replication` block (SPEC §11): keys, defaults, bounds, and a message per invalid field that
 * names it (`replication.<key>`), the value and the rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  parseReplication,
  replicationFieldErrors,
  replicationSchema,
  REPLICATION_KEYS,
} from '../../../src/domain/replication/replication-schema';
import { makeReplication, makeScenario, REGIONS } from './replication-factories';

const scenario = makeScenario();

function errorsOf(input: unknown, s = scenario) {
  const parsed = parseReplication(input, s, REGIONS);
  if (parsed.ok) throw new Error('expected errors');
  // The field and the message files show; each error's code and parameters are tested in field-rule.test.ts.
  return parsed.errors.map(({ field, message }) => ({ field, message }));
}

describe('the replication block', () => {
  it('has the keys of SPEC §11, in its order, then the tool the user picks (SPEC §11: "the user may pick another") and what the source runs on', () => {
    expect(REPLICATION_KEYS).toEqual([
      'pattern',
      'targetRegion',
      'replicatedShare',
      'identicalTopicNames',
      'sourceClusters',
      'migrationWeeks',
      'copyExistingData',
      'tool',
      'sourceKind',
    ]);
  });

  it('takes the SPEC defaults when only the target region is given', () => {
    expect(makeReplication({ targetRegion: 'us-west-2' })).toEqual({
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
  });

  it('copies the existing data by default for a migration only', () => {
    expect(makeReplication({ targetRegion: 'us-west-2', pattern: 'migration' }).copyExistingData).toBe(true);
    expect(makeReplication({ targetRegion: 'us-west-2', pattern: 'active-active' }).copyExistingData).toBe(false);
    expect(makeReplication({ targetRegion: 'us-west-2', pattern: 'aggregation' }).copyExistingData).toBe(false);
    expect(makeReplication({ targetRegion: 'us-west-2', pattern: 'migration', copyExistingData: false }).copyExistingData).toBe(false);
    expect(makeReplication({ targetRegion: 'us-west-2', copyExistingData: true }).copyExistingData).toBe(true);
  });

  it("allows the target region to equal the scenario's region", () => {
    expect(makeReplication({ targetRegion: 'us-east-1' }).targetRegion).toBe('us-east-1');
  });

  it('accepts the bounds themselves', () => {
    const block = makeReplication({ targetRegion: 'eu-west-1', replicatedShare: 1, sourceClusters: 50, migrationWeeks: 52 });
    expect([block.replicatedShare, block.sourceClusters, block.migrationWeeks]).toEqual([1, 50, 52]);
    expect(
      makeReplication({ targetRegion: 'eu-west-1', replicatedShare: 0.001, sourceClusters: 1, migrationWeeks: 1 }).migrationWeeks,
    ).toBe(1);
    // SPEC says 1–52 weeks without "integer": part weeks are allowed
    expect(makeReplication({ targetRegion: 'eu-west-1', migrationWeeks: 2.5 }).migrationWeeks).toBe(2.5);
  });
});

describe('invalid replication blocks', () => {
  it('requires the target region', () => {
    expect(errorsOf({})).toEqual([
      { field: 'replication.targetRegion', message: 'replication.targetRegion = missing: must be an AWS region code (required)' },
    ]);
  });

  it('names the field, the value and the rule for each bad value', () => {
    const cases: [string, unknown, string][] = [
      ['pattern', 'hub', 'must be "active-passive", "active-active", "migration" or "aggregation"'],
      ['replicatedShare', 0, 'must be greater than 0 and at most 1'],
      ['replicatedShare', 1.5, 'must be greater than 0 and at most 1'],
      ['identicalTopicNames', 'yes', 'must be true or false'],
      ['sourceClusters', 51, 'must be a whole number from 1 to 50 clusters'],
      ['sourceClusters', 0, 'must be a whole number from 1 to 50 clusters'],
      ['sourceClusters', 2.5, 'must be a whole number'],
      ['migrationWeeks', 0.5, 'must be from 1 to 52 weeks'],
      ['migrationWeeks', 53, 'must be from 1 to 52 weeks'],
      ['copyExistingData', 1, 'must be true or false'],
    ];
    for (const [key, value, rule] of cases) {
      expect(errorsOf({ targetRegion: 'us-west-2', [key]: value })).toEqual([
        { field: `replication.${key}`, message: `replication.${key} = ${JSON.stringify(value)}: ${rule}` },
      ]);
    }
  });

  it('rejects unknown keys by name', () => {
    expect(errorsOf({ targetRegion: 'us-west-2', tools: 'mm2' })).toEqual([
      { field: 'replication.tools', message: 'replication.tools = "mm2": is not a replication field; remove it or check its spelling' },
    ]);
    expect(errorsOf({ targetRegion: 'us-west-2', tool: 'mm2' })).toEqual([
      {
        field: 'replication.tool',
        message: 'replication.tool = "mm2": must be "msk-replicator", "mm2-msk-connect", "mm2-ec2" or null (the cheapest managed tool)',
      },
    ]);
  });

  it('rejects a target region that is not in the price data', () => {
    expect(errorsOf({ targetRegion: 'mars-north-1' })).toEqual([
      {
        field: 'replication.targetRegion',
        message: 'replication.targetRegion = "mars-north-1": must be an AWS region code in the price data (e.g. us-west-2)',
      },
    ]);
  });

  it('rejects a hub whose ingress would pass the throughput maximum', () => {
    // 50 spokes × 30,000 MiB/s peak = 1,500,000 MiB/s > 1,048,576 (SPEC §2 bound of every throughput)
    const big = makeScenario({ avgIngressMiBps: 20_000, peakIngressMiBps: 30_000 });
    expect(errorsOf({ targetRegion: 'us-west-2', pattern: 'aggregation', sourceClusters: 50 }, big).map((e) => e.field)).toEqual([
      'replication.sourceClusters',
    ]);
    expect(errorsOf({ targetRegion: 'us-west-2', pattern: 'aggregation', sourceClusters: 50 }, big)[0]?.message).toMatch(
      /hub's peak ingress 50 × 30000 MiB\/s/,
    );
  });

  it('rejects an active-active share that would pass the throughput maximum', () => {
    const big = makeScenario({ avgIngressMiBps: 600_000, peakIngressMiBps: 600_000, avgEgressMiBps: 0, peakEgressMiBps: 0 });
    expect(errorsOf({ targetRegion: 'us-west-2', pattern: 'active-active' }, big).map((e) => e.field)).toEqual([
      'replication.replicatedShare',
    ]);
    expect(parseReplication({ targetRegion: 'us-west-2', pattern: 'active-active', replicatedShare: 0.5 }, big, REGIONS).ok).toBe(true);
  });

  it('checks a parsed block against a parsed scenario on its own (for the scenario parser to call)', () => {
    const block = replicationSchema.parse({ targetRegion: 'nowhere-1' });
    expect(replicationFieldErrors(block, scenario, REGIONS).map((e) => e.field)).toEqual(['replication.targetRegion']);
    expect(replicationFieldErrors(block, scenario, [...REGIONS, 'nowhere-1'])).toEqual([]);
  });

  it('says so when the block is not an object', () => {
    expect(errorsOf([1, 2])).toEqual([{ field: 'replication', message: 'replication = [1,2]: must be a JSON object' }]);
    expect(errorsOf(null)[0]?.field).toBe('replication');
  });
});

describe('invalid blocks, whatever the other fields (property)', () => {
  const BAD: Record<string, readonly unknown[]> = {
    pattern: ['', 'fan-out', 3, null],
    targetRegion: ['nowhere-9', 7, null, ''],
    replicatedShare: [0, -0.5, 1.01, '1', null, Number.NaN],
    identicalTopicNames: ['true', 0, null],
    sourceClusters: [0, 51, 1.5, '2', null],
    migrationWeeks: [0, 53, -1, '4', null],
    copyExistingData: ['false', 1, null],
  };
  const validBlock = fc.record({
    pattern: fc.constantFrom('active-passive', 'active-active', 'migration', 'aggregation'),
    targetRegion: fc.constantFrom(...REGIONS),
    replicatedShare: fc.double({ min: 0.001, max: 1, noNaN: true }),
    identicalTopicNames: fc.boolean(),
    sourceClusters: fc.integer({ min: 1, max: 50 }),
    migrationWeeks: fc.double({ min: 1, max: 52, noNaN: true }),
    copyExistingData: fc.boolean(),
  });

  it('gives an error naming exactly the broken field', () => {
    const broken = validBlock.chain((block) =>
      fc
        .constantFrom(...Object.keys(BAD))
        .chain((key) => fc.constantFrom(...(BAD[key] ?? [])).map((value) => ({ block: { ...block, [key]: value }, key }))),
    );
    fc.assert(
      fc.property(broken, ({ block, key }) => {
        const parsed = parseReplication(block, scenario, REGIONS);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.errors.map((e) => e.field)).toEqual([`replication.${key}`]);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every valid block', () => {
    fc.assert(
      fc.property(validBlock, (block) => {
        expect(parseReplication(block, scenario, REGIONS).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('wiring the block into the scenario schema', () => {
  const parent = z.strictObject({ region: z.string().default('us-east-1'), replication: replicationSchema.nullable().default(null) });

  it('is absent (null) by default and normalised when present', () => {
    expect(parent.parse({})).toEqual({ region: 'us-east-1', replication: null });
    expect(parent.parse({ replication: { targetRegion: 'us-west-2', pattern: 'migration' } }).replication).toMatchObject({
      pattern: 'migration',
      copyExistingData: true,
    });
  });

  it('reports nested issues with paths under replication, as parseScenario names fields', () => {
    const parsed = parent.safeParse({ replication: { targetRegion: 'us-west-2', replicatedShare: 2, foo: 1 } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(parsed.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual(
        expect.arrayContaining([
          ['too_big', 'replication.replicatedShare'],
          ['unrecognized_keys', 'replication'],
        ]),
      );
    }
  });
});
