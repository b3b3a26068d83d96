/**
 * Where SPEC §12 leaves a choice: least regret's last tie-break (fewer brokers, as SPEC §8 breaks
 * ties) and the base of P(cheapest) (futures in which any option the purpose allows fits).
 */
import { describe, expect, it } from 'vitest';
import { sizeScenario } from '../../../src/domain';
import { BUNDLED_PRICE_BOOK, makeScenario, rangesFor } from './ranges-factories';

describe('least regret among options that cost the same', () => {
  it("goes to the single sizing's recommendation when nothing is uncertain (express.m7g.large and xlarge cost the same; xlarge needs fewer brokers)", () => {
    const ranges = rangesFor({}, { horizonMonths: 0 }, 250);
    const single = sizeScenario(makeScenario(), BUNDLED_PRICE_BOOK);
    // Hand check of the tie: the two Express sizes have the same cost and different broker counts.
    const large = single.options.find((o) => o.id === 'msk-express:express.m7g.large');
    const xlarge = single.options.find((o) => o.id === 'msk-express:express.m7g.xlarge');
    expect(large?.monthlyCostUsd?.total).toBeCloseTo(xlarge?.monthlyCostUsd?.total ?? Number.NaN, 2);
    expect((xlarge?.brokers ?? 0) < (large?.brokers ?? 0)).toBe(true);
    expect(single.recommendations.overall).toBe('msk-express:express.m7g.xlarge');
    // Horizon 0: one month; nothing moves; the plan costs the month's cost (SPEC §12 v2.1).
    expect(ranges.leastRegret).toMatchObject({
      id: 'msk-express:express.m7g.xlarge',
      score: 0,
      pMove: 0,
      medianMoveMonth: null,
      moveTo: null,
    });
    expect(ranges.leastRegret?.costP50).toBeCloseTo(xlarge?.monthlyCostUsd?.total ?? Number.NaN, 2);
  });
});

describe('the base of P(cheapest)', () => {
  it('is every future when something always fits', () => {
    expect(rangesFor({}, { horizonMonths: 0 }, 250).samplesWithChoice).toBe(250);
  });

  it('leaves out the futures in which no allowed option fits, and the shares over the rest sum to 1', () => {
    // A 3-broker quota and peak ingress up to 20,000 MiB/s (P90): Serverless stops at 200 MiB/s (SPEC §6)
    // and three of the largest brokers carry a small fraction of that, so the largest futures have no option at all.
    const ranges = rangesFor(
      { brokerQuota: 3, avgIngressMiBps: 20, peakIngressMiBps: 40 },
      { peakIngressMiBps: { low: 10, high: 20_000 }, horizonMonths: 0 },
      500,
    );
    expect(ranges.samplesWithChoice).toBeGreaterThan(0);
    expect(ranges.samplesWithChoice).toBeLessThan(500);
    const shares = ranges.options.map((o) => o.pCheapest ?? 0).reduce((a, b) => a + b, 0);
    expect(shares).toBeCloseTo(1, 12);
  });

  it('is no future at all when nothing fits, and then no option is named the least-regret choice', () => {
    // 1 TiB/s of peak ingress with a 3-broker quota: no MSK option carries it (Serverless stops at 200 MiB/s).
    const ranges = rangesFor({ brokerQuota: 3, avgIngressMiBps: 1, peakIngressMiBps: 1_000_000 }, { horizonMonths: 0 }, 250);
    expect(ranges.samplesWithChoice).toBe(0);
    expect(ranges.leastRegret).toBeNull();
  });
});
