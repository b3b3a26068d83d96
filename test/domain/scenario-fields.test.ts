/** The scenario field table: one row per schema field, read by the form, the reports, the page's messages and the CLI. */
import { describe, expect, it } from 'vitest';
import { fieldValue, parseScenario, scenarioContextOf, SCENARIO_FIELDS, SCENARIO_KEYS, setFieldValue } from '../../src/domain';
import { BUNDLED_PRICE_BOOK } from '../support/factories';

/**
 * Schema keys that are not form fields: the format version, the assumptions block (edited on the
 * Assumptions page), the replication block (SPEC §11) and the uncertainty block (SPEC §12), both kept beside the form.
 */
const NOT_EDITED = new Set(['version', 'assumptions', 'replication', 'uncertainty']);

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
