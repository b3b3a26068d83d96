import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf } from '../../src/domain';
import { formFromScenario, scenarioInputFromForm } from '../../src/state/form-values';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

describe('form values', () => {
  it('turn a scenario into text and back into the same scenario', () => {
    const scenario = makeScenario({ peakIngressMiBps: 12.5, avgIngressMiBps: 10, ramCacheSeconds: 30, selfManaged: { controllerCount: 5, controllerInstance: 'm7g.large', opsHoursPerMonth: 8, opsHourlyUsd: 120 } });
    const parsed = parseScenario(scenarioInputFromForm(formFromScenario(scenario)), ctx);
    expect(parsed).toEqual({ ok: true, value: scenario });
  });

  it('keep half-typed or wrong text so validation can name it', () => {
    const form = { ...formFromScenario(makeScenario()), peakIngressMiBps: '12abc', avgIngressMiBps: '' };
    const parsed = parseScenario(scenarioInputFromForm(form), ctx);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.map((e) => e.message)).toContain('peakIngressMiBps = "12abc": must be a number (MiB/s)');
      expect(parsed.errors.map((e) => e.message)).toContain('avgIngressMiBps = "": must be a number (MiB/s)');
    }
  });

  it('read an empty optional field as "not set" and thousands separators as numbers', () => {
    const form = { ...formFromScenario(makeScenario()), ramCacheSeconds: '', partitions: '1,200' };
    const input = scenarioInputFromForm(form);
    expect(input['ramCacheSeconds']).toBeNull();
    expect(input['partitions']).toBe(1200);
  });
});
