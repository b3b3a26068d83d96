import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioContextOf, sizeScenario } from '../../src/domain';
import { BUNDLED_PRICE_BOOK, makeScenario } from '../support/factories';

const ctx = scenarioContextOf(BUNDLED_PRICE_BOOK);

describe('hostile or odd scenario input', () => {
  it('never throws on values JSON cannot describe, and names them', () => {
    const weird = { toString: 0, n: 1n };
    const result = parseScenario({ version: weird }, ctx);
    expect(result.ok).toBe(false);
    const bigint = parseScenario({ partitions: 10n }, ctx);
    expect(bigint.ok ? [] : bigint.errors.map((e) => e.message)).toEqual(['partitions = 10n: must be a whole number']);
  });

  it('names NaN and Infinity as themselves, not as null', () => {
    const result = parseScenario({ avgIngressMiBps: Number.NaN, peakIngressMiBps: Number.POSITIVE_INFINITY }, ctx);
    const messages = result.ok ? [] : result.errors.map((e) => e.message);
    expect(messages.some((m) => m.startsWith('avgIngressMiBps = NaN:'))).toBe(true);
    expect(messages.some((m) => m.startsWith('peakIngressMiBps = Infinity:'))).toBe(true);
  });

  it('accepts only plain JSON objects: a Date, Map or array is refused', () => {
    for (const input of [new Date(0), new Map(), [], 'text', 42, null]) {
      const result = parseScenario(input, ctx);
      expect(result.ok).toBe(false);
    }
  });

  it('sizes a vanishing egress like no egress at all instead of dividing by an underflowed zero', () => {
    // Op = 5e-324 MiB/s: Op/Ip underflows to 0 in the network factor, and Express's egress demand is next to nothing.
    const result = sizeScenario(
      makeScenario({
        avgIngressMiBps: 0.667,
        peakIngressMiBps: 0.667,
        avgEgressMiBps: 0,
        peakEgressMiBps: 5e-324,
        utilizationStandard: 0.1,
      }),
      BUNDLED_PRICE_BOOK,
    );
    for (const o of result.options) {
      if (o.brokers !== null) expect(Number.isFinite(o.brokers)).toBe(true);
      if (o.monthlyCostUsd) expect(Number.isFinite(o.monthlyCostUsd.total)).toBe(true);
    }
  });
});
