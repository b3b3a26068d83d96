import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf } from '../../src/domain';
import { fromSpecUnit, toSpecUnit, unitOf } from '../../src/state/display-units';
import { formFromScenario, scenarioInputFromForm } from '../../src/state/form-values';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';

describe('units a field may be typed in', () => {
  it('converts MB/s to MiB/s (1 MB = 1,000,000 bytes, 1 MiB = 1,048,576) and days to hours', () => {
    expect(toSpecUnit(100, 'MB/s')).toBeCloseTo((100 * 1_000_000) / 1_048_576, 12); // 95.367… MiB/s
    expect(fromSpecUnit(95.367431640625, 'MB/s')).toBeCloseTo(100, 12);
    expect(toSpecUnit(7, 'days')).toBe(168);
    expect(fromSpecUnit(72, 'days')).toBe(3);
  });

  it('shows a field in its SPEC unit unless another was chosen', () => {
    expect(unitOf('peakIngressMiBps', {})).toBe('MiB/s');
    expect(unitOf('retentionHours', { retentionHours: 'days' })).toBe('days');
    expect(unitOf('partitions', {})).toBeNull();
    expect(unitOf('peakIngressMiBps', { peakIngressMiBps: 'days' })).toBe('MiB/s'); // not a choice of this field
  });

  it('keeps the scenario in SPEC units: 7 days and 100 MB/s typed give 168 h and 95.37 MiB/s', () => {
    const settings = { decimal: ',' as const, units: { retentionHours: 'days' as const, peakIngressMiBps: 'MB/s' as const } };
    const form = { ...formFromScenario(makeScenario(), settings), retentionHours: '7', peakIngressMiBps: '100', avgIngressMiBps: '12,5' };
    const parsed = parseScenario(scenarioInputFromForm(form, settings), scenarioContextOf(BUNDLED_PRICE_BOOK));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.retentionHours).toBe(168);
    expect(parsed.value.peakIngressMiBps).toBeCloseTo(95.367431640625, 9);
    expect(parsed.value.avgIngressMiBps).toBe(12.5);
    // …and shows it back in the chosen units: 168 h as 7 days, 0.5 with a decimal comma.
    const shown = formFromScenario(parsed.value, settings);
    expect(shown['retentionHours']).toBe('7');
    expect(shown['ebsUtilizationTarget']).toBe('0,5');
  });
});
