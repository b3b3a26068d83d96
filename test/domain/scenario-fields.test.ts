/** The scenario field table: one row per schema field, read by the form, the reports, the page's messages and the CLI. */
import { describe, expect, it } from 'vitest';
import { fieldValue, parseScenario, scenarioContextOf, SCENARIO_FIELDS, SCENARIO_KEYS, setFieldValue } from '../../src/domain';
import { BUNDLED_PRICE_BOOK } from '../support/factories';

/**
 * Schema keys that are not form fields: the format version, the assumptions block (edited on the
 * Assumptions page), the replication block (SPEC §11), the uncertainty block (SPEC §12), the current cluster
 * (SPEC §13) and the Kinesis settings (SPEC §15), each kept beside the form with its own table.
 */
const NOT_EDITED = new Set(['version', 'assumptions', 'replication', 'uncertainty', 'current', 'kinesis']);

describe('scenario field table', () => {
  it('has exactly one row per edited schema field, nested self-managed fields by dotted key', () => {
    const defaults = parseScenario({}, scenarioContextOf(BUNDLED_PRICE_BOOK));
    if (!defaults.ok) throw new Error('defaults invalid');
    const schemaKeys = SCENARIO_KEYS.filter((k) => !NOT_EDITED.has(k)).flatMap((k) => {
      const value = defaults.value[k];
      return value !== null && typeof value === 'object' ? Object.keys(value).map((inner) => `${k}.${inner}`) : [k];
    });
    expect(SCENARIO_FIELDS.map((f) => f.key).sort()).toEqual([...schemaKeys].sort());
    expect(new Set(SCENARIO_FIELDS.map((f) => f.key)).size).toBe(SCENARIO_FIELDS.length);
  });

  it('gives every select its choices and every field a label, and only optional numbers a placeholder', () => {
    for (const f of SCENARIO_FIELDS) {
      expect(f.label.length, f.key).toBeGreaterThan(0);
      if (f.kind === 'select') expect(f.choices, f.key).toBeDefined();
      if (f.placeholder !== undefined) expect(f.kind, f.key).toBe('optionalNumber');
    }
  });

  it('gives every free number field its bounds, and the schema takes its rule from them: the ends accepted, just beyond refused', () => {
    const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);
    // Fields whose far end needs a companion value to stay valid across fields (SPEC §2 cross-field rules).
    const companions: Record<string, Record<string, unknown>> = {
      localRetentionHours: { retentionHours: 1_000_000 },
      peakIngressMiBps: { avgIngressMiBps: 1e-9 },
      peakEgressMiBps: { avgEgressMiBps: 0 },
    };
    const errorsOn = (key: string, value: number): string[] => {
      const raw: Record<string, unknown> = { ...(companions[key] ?? {}) };
      setFieldValue(raw, key, value);
      const parsed = parseScenario(raw, ctx);
      return parsed.ok ? [] : parsed.errors.filter((e) => e.field === key).map((e) => e.message);
    };
    const numbers = SCENARIO_FIELDS.filter((f) => f.kind === 'number' || f.kind === 'optionalNumber' || f.kind === 'provisionedThroughput');
    expect(numbers.length).toBeGreaterThan(15);
    for (const f of numbers) {
      const b = f.bounds;
      expect(b, f.key).toBeDefined();
      if (!b) continue;
      const step = b.integer ? 1 : Math.max(1e-9, (b.max - b.min) * 1e-6);
      expect(errorsOn(f.key, b.max), `${f.key} at its maximum`).toEqual([]);
      expect(errorsOn(f.key, b.max + step), `${f.key} above its maximum`).toHaveLength(1);
      expect(errorsOn(f.key, b.minExclusive ? b.min + step : b.min), `${f.key} at its minimum`).toEqual([]);
      expect(errorsOn(f.key, b.minExclusive ? b.min : b.min - step), `${f.key} below its minimum`).toHaveLength(1);
      if (b.integer) expect(errorsOn(f.key, b.min + 0.5), `${f.key} with a fraction`).toHaveLength(1);
    }
  });

  it('reads and writes values by dotted key, creating the nested object it needs', () => {
    const target: Record<string, unknown> = { name: 'a' };
    setFieldValue(target, 'selfManaged.controllerCount', 5);
    setFieldValue(target, 'peakIngressMiBps', 80);
    expect(target).toEqual({ name: 'a', selfManaged: { controllerCount: 5 }, peakIngressMiBps: 80 });
    expect(fieldValue(target, 'selfManaged.controllerCount')).toBe(5);
    expect(fieldValue(target, 'selfManaged.opsHourlyUsd')).toBeUndefined();
    expect(fieldValue(null, 'name')).toBeUndefined();
  });
});
