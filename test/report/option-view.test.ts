/**
 * The result's view: each option's words and cost cells, computed once and read by the result panels
 * and every export. Figures from the hand calculation in report-model.test.ts (1 MiB/s in and out, us-east-1).
 */
import { describe, expect, it } from 'vitest';
import { fleetText, resultViewOf } from '../../src/report/option-view';
import { buildReport } from '../../src/report/report-model';
import { BUNDLED_PRICE_BOOK, sizeWith } from '../support/factories';

const SMALL = { avgIngressMiBps: 1, peakIngressMiBps: 1, avgEgressMiBps: 1, peakEgressMiBps: 1 } as const;

describe("the result's view", () => {
  const result = sizeWith({ name: 'Orders', ...SMALL });
  const view = resultViewOf(result);

  it('words the recommendation: 3 × kafka.m7g.large at $835.35375 a month, $10,024.245 a year', () => {
    expect(view.overall).toMatchObject({
      id: 'msk-standard:kafka.m7g.large',
      brokersText: '3 brokers',
      fleetText: '3 × kafka.m7g.large',
      monthlyText: '$835.35',
      extraPct: 0,
    });
    // 12 × $835.35375 = $10,024.245: half a cent, which the double just below it rounds either way.
    expect(['$10,024.24', '$10,024.25']).toContain(view.overall?.yearlyText);
  });

  it('says how much more a close alternative costs: $848.49375 ÷ $835.35375 − 1 = 1.573 %', () => {
    expect(view.closeAlternatives.map((o) => o.id)).toEqual(['msk-standard:kafka.m5.large']);
    expect(view.closeAlternatives[0]?.extraPct).toBeCloseTo((848.49375 / 835.35375 - 1) * 100, 9);
    expect(view.closeAlternatives[0]?.monthlyText).toBe('$848.49');
  });

  it('names MSK Serverless by its label, with no brokers', () => {
    const serverless = view.options.find((o) => o.deployment === 'msk-serverless');
    expect(serverless?.brokersText).toBe('serverless');
    expect(serverless?.fleetText).toBe(serverless?.label);
  });

  it('is the view the report model carries, so screen and exports share each option object', () => {
    const report = buildReport(result, BUNDLED_PRICE_BOOK, '2026-12-07');
    expect(report.overall).toBe(view.overall);
    expect(report.options).toBe(view.options);
  });

  it('writes a fleet as count × type, or the words for none', () => {
    expect(fleetText(6, 'kafka.m5.xlarge', 'serverless')).toBe('6 × kafka.m5.xlarge');
    expect(fleetText(null, 'kafka.m5.xlarge', 'MSK Serverless')).toBe('MSK Serverless');
  });
});
