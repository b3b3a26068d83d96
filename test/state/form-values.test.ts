import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf } from '../../src/domain';
import { fieldKind, formFromScenario, scenarioInputFromForm } from '../../src/state/form-values';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

describe('form values', () => {
  it('turn a scenario into text and back into the same scenario', () => {
    const scenario = makeScenario({
      peakIngressMiBps: 12.5,
      avgIngressMiBps: 10,
      ramCacheSeconds: 30,
      selfManaged: { controllerCount: 5, controllerInstance: 'm7g.large', opsHoursPerMonth: 8, opsHourlyUsd: 120 },
    });
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

describe('form values for the format 2 fields', () => {
  const base = formFromScenario(makeScenario());

  it('edit consumer groups as an optional number, purpose as a choice and PST as its own kind', () => {
    expect(fieldKind('consumerGroups')).toBe('optionalNumber');
    expect(fieldKind('purpose')).toBe('select');
    expect(fieldKind('provisionedThroughputMiBps')).toBe('provisionedThroughput');
  });

  it('write a format 2 scenario input', () => {
    expect(scenarioInputFromForm(base)['version']).toBe(2);
  });

  it('show the defaults: no consumer groups, production, PST "auto"', () => {
    expect(base['consumerGroups']).toBe('');
    expect(base['purpose']).toBe('production');
    expect(base['provisionedThroughputMiBps']).toBe('auto');
  });

  it.each([
    ['auto', 'auto'],
    [' auto ', 'auto'],
    ['', null],
    ['  ', null],
    ['500', 500],
    ['312.5', 312.5],
    ['1,000', 1000],
    ['fast', 'fast'],
  ])('read the PST text %j as %j ("auto", off, a rate, or text validation names)', (text, expected) => {
    expect(scenarioInputFromForm({ ...base, provisionedThroughputMiBps: text })['provisionedThroughputMiBps']).toBe(expected);
  });

  it('read empty consumer groups as not set and a count as a number', () => {
    expect(scenarioInputFromForm({ ...base, consumerGroups: '' })['consumerGroups']).toBeNull();
    expect(scenarioInputFromForm({ ...base, consumerGroups: '3' })['consumerGroups']).toBe(3);
    expect(scenarioInputFromForm({ ...base, consumerGroups: '2.5x' })['consumerGroups']).toBe('2.5x');
  });

  it('keep the purpose as text, never a number', () => {
    expect(scenarioInputFromForm({ ...base, purpose: 'development' })['purpose']).toBe('development');
  });

  it('turn a scenario with groups, purpose and a fixed PST into text and back into the same scenario', () => {
    const scenario = makeScenario({ consumerGroups: 2, purpose: 'development', provisionedThroughputMiBps: 400 });
    // Egress is derived: 2 × 20 and 2 × 40 MiB/s (SPEC §2).
    expect(scenario.avgEgressMiBps).toBe(40);
    expect(scenario.peakEgressMiBps).toBe(80);
    const form = formFromScenario(scenario);
    expect(form['consumerGroups']).toBe('2');
    expect(form['purpose']).toBe('development');
    expect(form['provisionedThroughputMiBps']).toBe('400');
    expect(parseScenario(scenarioInputFromForm(form), ctx)).toEqual({ ok: true, value: scenario });
  });

  it('turn PST off (null) into an empty field and back into null', () => {
    const scenario = makeScenario({ provisionedThroughputMiBps: null });
    const form = formFromScenario(scenario);
    expect(form['provisionedThroughputMiBps']).toBe('');
    expect(parseScenario(scenarioInputFromForm(form), ctx)).toEqual({ ok: true, value: scenario });
  });

  it('let validation name a consumer-group count out of range (SPEC §2: 0–1000)', () => {
    const parsed = parseScenario(scenarioInputFromForm({ ...base, consumerGroups: '1001' }), ctx);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.field)).toContain('consumerGroups');
  });
});
