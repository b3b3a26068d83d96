/**
 * Scenario format v2 (SPEC §2): defaults, validation rules and messages, consumer groups, purpose, the
 * 72-hour tiered-storage rule and migration from format 1. Every expected default below is the SPEC §2
 * table; every rejected value breaks a rule in that table or its validation paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf, sizeRawScenario, type FieldError } from '../../src/domain';
import { BUNDLED_PRICE_BOOK, SPEC_DEFAULT_SCENARIO } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

function errorsOf(input: unknown): readonly FieldError[] {
  const parsed = parseScenario(input, ctx);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return parsed.errors;
}

function errorFor(input: unknown, field: string): FieldError {
  const found = errorsOf(input).find((e) => e.field === field);
  if (!found) throw new Error(`no error for ${field}: ${JSON.stringify(errorsOf(input))}`);
  return found;
}

describe('scenario defaults', () => {
  it('fill every key of an empty object with the SPEC §2 defaults', () => {
    // SPEC_DEFAULT_SCENARIO is the SPEC §2 table written out by hand (test/support/factories.ts), with
    // local retention = retention, no assumptions block (the model's defaults) and no replication block (SPEC §11).
    expect(parseScenario({}, ctx)).toEqual({ ok: true, value: SPEC_DEFAULT_SCENARIO });
  });

  it('default local retention to the given retention', () => {
    const parsed = parseScenario({ retentionHours: 72 }, ctx);
    expect(parsed.ok && parsed.value.localRetentionHours).toBe(72);
  });

  it('fill missing self-managed keys with their defaults', () => {
    const parsed = parseScenario({ selfManaged: { opsHoursPerMonth: 10 } }, ctx);
    expect(parsed.ok && parsed.value.selfManaged).toEqual({
      controllerInstance: 'm5.large',
      controllerCount: 3,
      opsHoursPerMonth: 10,
      opsHourlyUsd: 0,
    });
  });

  it('accept the bounds of every range', () => {
    const parsed = parseScenario(
      {
        avgIngressMiBps: 5,
        peakIngressMiBps: 5,
        avgEgressMiBps: 0,
        peakEgressMiBps: 0,
        replicationFactor: 1,
        retentionHours: 24,
        localRetentionHours: 24,
        partitions: 1,
        availabilityZones: 2,
        ebsUtilizationTarget: 0.95,
        utilizationStandard: 1,
        utilizationExpress: 0.1,
        laggingConsumerPct: 100,
        brokerSafetyFactor: 10,
        ramCacheSeconds: 0.5,
        provisionedThroughputMiBps: 250,
        brokerQuota: 1,
        discountPct: 100,
        name: 'n'.repeat(120),
        selfManaged: { controllerCount: 5, opsHoursPerMonth: 0, opsHourlyUsd: 0 },
      },
      ctx,
    );
    expect(parsed.ok).toBe(true);
    for (const value of [0, 1000]) expect(parseScenario({ consumerGroups: value }, ctx).ok, `consumerGroups ${value}`).toBe(true);
    for (const value of ['auto', null, 250, 1000])
      expect(parseScenario({ provisionedThroughputMiBps: value }, ctx).ok, `PST ${String(value)}`).toBe(true);
    for (const value of ['production', 'development']) expect(parseScenario({ purpose: value }, ctx).ok, value).toBe(true);
  });
});

describe('scenario validation', () => {
  it('rejects an unknown key, naming it', () => {
    const e = errorFor({ avgIngresMiBps: 20 }, 'avgIngresMiBps');
    expect(e.message).toContain('avgIngresMiBps');
    expect(e.message).toMatch(/not a scenario field/);
  });

  it('rejects an unknown self-managed key, naming its path', () => {
    const e = errorFor({ selfManaged: { controllers: 3 } }, 'selfManaged.controllers');
    expect(e.message).toContain('selfManaged.controllers');
  });

  it('rejects peak ingress below average ingress, naming both', () => {
    const e = errorFor({ avgIngressMiBps: 50, peakIngressMiBps: 40 }, 'peakIngressMiBps');
    expect(e.message).toContain('peakIngressMiBps');
    expect(e.message).toContain('40');
    expect(e.message).toMatch(/at least avgIngressMiBps \(50/);
  });

  it('rejects peak egress below average egress', () => {
    const e = errorFor({ avgEgressMiBps: 100, peakEgressMiBps: 80 }, 'peakEgressMiBps');
    expect(e.message).toContain('80');
    expect(e.message).toMatch(/avgEgressMiBps/);
  });

  it('reports both directions at once', () => {
    const fields = errorsOf({ avgIngressMiBps: 50, peakIngressMiBps: 40, avgEgressMiBps: 100, peakEgressMiBps: 80 }).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['peakIngressMiBps', 'peakEgressMiBps']));
  });

  it('rejects local retention above retention', () => {
    const e = errorFor({ retentionHours: 24, localRetentionHours: 48 }, 'localRetentionHours');
    expect(e.message).toContain('48');
    expect(e.message).toMatch(/retentionHours \(24/);
  });

  it('rejects a newer format version with a message', () => {
    const e = errorFor({ version: 3 }, 'version');
    expect(e.message).toContain('3');
    expect(e.message).toMatch(/newer/);
  });

  it.each([0, 1.5, '1', null])('rejects version %j', (version) => {
    expect(errorsOf({ version }).map((e) => e.field)).toContain('version');
  });

  it.each([
    // [field, bad value, text of the rule]
    ['replicationFactor', 4, 'from 1 to 3'],
    ['replicationFactor', 2.5, 'whole number'],
    ['availabilityZones', 4, '2 or 3'],
    ['avgIngressMiBps', 0, 'greater than 0'],
    ['avgEgressMiBps', -1, '0 or more'],
    ['retentionHours', 0, 'greater than 0'],
    ['localRetentionHours', 0, 'greater than 0'],
    ['partitions', 0, 'whole number'],
    ['partitions', 2.5, 'whole number'],
    ['ebsUtilizationTarget', 0.05, 'between 0.1 and 0.95'],
    ['ebsUtilizationTarget', 0.96, 'between 0.1 and 0.95'],
    ['utilizationStandard', 1.1, 'between 0.1 and 1'],
    ['utilizationExpress', 0.09, 'between 0.1 and 1'],
    ['laggingConsumerPct', 101, 'between 0 and 100'],
    ['brokerSafetyFactor', 11, 'from 0 to 10'],
    ['ramCacheSeconds', 0, 'greater than 0'],
    ['provisionedThroughputMiBps', 200, 'from 250 to 1000'],
    ['provisionedThroughputMiBps', 1001, 'from 250 to 1000'],
    ['provisionedThroughputMiBps', 'max', '"auto"'],
    ['consumerGroups', -1, 'from 0 to 1000'],
    ['consumerGroups', 1001, 'from 0 to 1000'],
    ['purpose', 'staging', '"production" or "development"'],
    ['brokerQuota', 0, 'whole number'],
    ['discountPct', 100.5, 'between 0 and 100'],
    ['region', 'mars-north-1', 'region'],
    ['name', 'x'.repeat(121), '120'],
    ['nearestReplicaFetch', 'yes', 'true or false'],
  ])('names the field, the value and the rule: %s = %j', (field, value, rule) => {
    const e = errorFor({ [field]: value }, field);
    expect(e.message).toContain(field);
    expect(e.message).toContain(typeof value === 'string' && value.length > 50 ? value.slice(0, 20) : String(value));
    expect(e.message).toContain(rule);
  });

  it.each([
    ['controllerCount', 4, '0, 3 or 5'],
    ['controllerInstance', 'x9.huge', 'm5.large'],
    ['opsHoursPerMonth', -1, '0 or more'],
    ['opsHourlyUsd', -5, '0 or more'],
  ])('names self-managed fields by their path: selfManaged.%s = %j', (key, value, rule) => {
    const e = errorFor({ selfManaged: { [key]: value } }, `selfManaged.${key}`);
    expect(e.message).toContain(`selfManaged.${key}`);
    expect(e.message).toContain(String(value));
    expect(e.message).toContain(rule);
  });

  it.each([null, 42, 'scenario', true, [], [{ avgIngressMiBps: 20 }], undefined])('rejects non-object input %j', (input) => {
    const errors = errorsOf(input);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]?.message).toMatch(/JSON object/);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a numeric string', '20'],
    ['an empty string', ''],
    ['a boolean', true],
    ['an object', { value: 20 }],
  ])('rejects %s where a number goes', (_label, value) => {
    for (const field of ['avgIngressMiBps', 'retentionHours', 'partitions', 'discountPct']) {
      expect(
        errorsOf({ [field]: value }).map((e) => e.field),
        field,
      ).toContain(field);
    }
  });

  it('reports every broken field at once', () => {
    const fields = errorsOf({ replicationFactor: 0, availabilityZones: 5, discountPct: -1, extra: 1 }).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['replicationFactor', 'availabilityZones', 'discountPct', 'extra']));
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const inputs: unknown[] = [
      cyclic,
      { avgIngressMiBps: 10n },
      { name: Symbol('x') },
      Object.create(null),
      () => 1,
      { selfManaged: null },
      { selfManaged: [] },
    ];
    for (const input of inputs) {
      expect(() => parseScenario(input, ctx)).not.toThrow();
      expect(() => sizeRawScenario(input, BUNDLED_PRICE_BOOK)).not.toThrow();
    }
    expect(parseScenario(cyclic, ctx).ok).toBe(false);
    expect(parseScenario({ avgIngressMiBps: 10n }, ctx).ok).toBe(false);
  });

  it('returns the same errors through sizeRawScenario', () => {
    const raw = sizeRawScenario({ avgIngressMiBps: 50, peakIngressMiBps: 40 }, BUNDLED_PRICE_BOOK);
    expect(raw.ok).toBe(false);
    if (!raw.ok) expect(raw.errors.map((e) => e.field)).toContain('peakIngressMiBps');
  });
});

describe('consumer groups (v2)', () => {
  it('derive average and peak egress as groups × ingress', () => {
    const parsed = parseScenario({ avgIngressMiBps: 20, peakIngressMiBps: 40, consumerGroups: 3 }, ctx);
    // 3 × 20 = 60 and 3 × 40 = 120
    expect(parsed.ok && [parsed.value.avgEgressMiBps, parsed.value.peakEgressMiBps]).toEqual([60, 120]);
    expect(parsed.ok && parsed.value.consumerGroups).toBe(3);
  });

  it('ignore the egress fields, even when they are invalid or inconsistent', () => {
    for (const egress of [
      { avgEgressMiBps: -5, peakEgressMiBps: 'lots' },
      { avgEgressMiBps: 500, peakEgressMiBps: 1 },
    ]) {
      const parsed = parseScenario({ avgIngressMiBps: 10, peakIngressMiBps: 25, consumerGroups: 2, ...egress }, ctx);
      expect(parsed.ok && [parsed.value.avgEgressMiBps, parsed.value.peakEgressMiBps]).toEqual([2 * 10, 2 * 25]);
    }
  });

  it('give no egress at all with 0 groups', () => {
    const parsed = parseScenario({ consumerGroups: 0 }, ctx);
    expect(parsed.ok && [parsed.value.avgEgressMiBps, parsed.value.peakEgressMiBps]).toEqual([0, 0]);
  });

  it('may be fractional (an average number of groups reading everything)', () => {
    const parsed = parseScenario({ avgIngressMiBps: 20, peakIngressMiBps: 40, consumerGroups: 1.5 }, ctx);
    expect(parsed.ok && [parsed.value.avgEgressMiBps, parsed.value.peakEgressMiBps]).toEqual([1.5 * 20, 1.5 * 40]);
  });

  it('leave the egress fields in charge when null, and their rules checked', () => {
    const parsed = parseScenario({ consumerGroups: null, avgEgressMiBps: 7, peakEgressMiBps: 9 }, ctx);
    expect(parsed.ok && [parsed.value.avgEgressMiBps, parsed.value.peakEgressMiBps]).toEqual([7, 9]);
    expect(errorsOf({ consumerGroups: null, avgEgressMiBps: 10, peakEgressMiBps: 5 }).map((e) => e.field)).toContain('peakEgressMiBps');
  });
});

describe('tiered storage needs 72 hours of retention (v2)', () => {
  it('rejects 48 h of retention with 24 h local, on retentionHours, saying why', () => {
    const e = errorFor({ retentionHours: 48, localRetentionHours: 24 }, 'retentionHours');
    expect(e.message).toContain('48');
    expect(e.message).toContain('72');
    expect(e.message).toMatch(/tiered/);
  });

  it('accepts exactly 72 h with a shorter local retention', () => {
    const parsed = parseScenario({ retentionHours: 72, localRetentionHours: 24 }, ctx);
    expect(parsed.ok && [parsed.value.retentionHours, parsed.value.localRetentionHours]).toEqual([72, 24]);
  });

  it('does not apply without tiering, however short the retention', () => {
    expect(parseScenario({ retentionHours: 1 }, ctx).ok).toBe(true);
    expect(parseScenario({ retentionHours: 48, localRetentionHours: 48 }, ctx).ok).toBe(true);
  });
});

describe('migration from format 1', () => {
  it('turns v1\'s provisionedThroughputMiBps null into "auto"', () => {
    const parsed = parseScenario({ version: 1, provisionedThroughputMiBps: null }, ctx);
    expect(parsed.ok && parsed.value.provisionedThroughputMiBps).toBe('auto');
    expect(parsed.ok && parsed.value.version).toBe(2);
  });

  it('gives a v1 scenario without the key "auto" too (v1\'s default was null)', () => {
    const parsed = parseScenario({ version: 1 }, ctx);
    expect(parsed.ok && parsed.value.provisionedThroughputMiBps).toBe('auto');
  });

  it('keeps a v1 rate as it was', () => {
    const parsed = parseScenario({ version: 1, provisionedThroughputMiBps: 400 }, ctx);
    expect(parsed.ok && parsed.value.provisionedThroughputMiBps).toBe(400);
  });

  it('fills the new fields with their defaults and keeps every other v1 field', () => {
    const parsed = parseScenario({ version: 1, name: 'Orders', peakIngressMiBps: 60, avgEgressMiBps: 30, peakEgressMiBps: 90 }, ctx);
    expect(parsed.ok && parsed.value).toMatchObject({
      version: 2,
      name: 'Orders',
      peakIngressMiBps: 60,
      avgEgressMiBps: 30,
      peakEgressMiBps: 90,
      consumerGroups: null,
      purpose: 'production',
    });
  });

  it('keeps null (off) in a version 2 scenario', () => {
    const parsed = parseScenario({ version: 2, provisionedThroughputMiBps: null }, ctx);
    expect(parsed.ok && parsed.value.provisionedThroughputMiBps).toBeNull();
  });

  it('refuses version 3, saying it is newer', () => {
    expect(errorFor({ version: 3 }, 'version').message).toMatch(/newer/);
  });
});
