/** A run that reuses an earlier run's working memory gives exactly the answer of a fresh run. */
import { describe, expect, it } from 'vitest';
import { RangesRun } from '../../../src/domain';
import { BUNDLED_PRICE_BOOK, blockOf, makeScenario } from './ranges-factories';

describe('reused buffers', () => {
  it('give the same result, bit for bit, as fresh ones, whatever the earlier run held', () => {
    const first = makeScenario({
      uncertainty: {
        peakIngressMiBps: { low: 10, high: 400 },
        monthlyGrowthPct: { low: -20, likely: -5, high: 3 },
        horizonMonths: 6,
        seed: 3,
      },
    });
    const second = makeScenario({
      partitions: 900,
      uncertainty: {
        peakIngressMiBps: { low: 30, high: 60 },
        monthlyGrowthPct: { low: 2, likely: 6, high: 12 },
        horizonMonths: 6,
        seed: 9,
      },
    });
    const earlier = new RangesRun(first, blockOf(first), BUNDLED_PRICE_BOOK, 250);
    earlier.finish();
    const reusing = new RangesRun(second, blockOf(second), BUNDLED_PRICE_BOOK, 250, earlier.buffers);
    expect(reusing.buffers).toBe(earlier.buffers);
    const fresh = new RangesRun(second, blockOf(second), BUNDLED_PRICE_BOOK, 250);
    expect(reusing.finish()).toStrictEqual(fresh.finish());
  });

  it('are not reused for another sample count', () => {
    const s = makeScenario({ uncertainty: { horizonMonths: 0 } });
    const earlier = new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK, 250);
    expect(new RangesRun(s, blockOf(s), BUNDLED_PRICE_BOOK, 300, earlier.buffers).buffers).not.toBe(earlier.buffers);
  });
});
