/** Money on chart axes: whole dollars where the tick is whole (issue: no cents on PDF axes). */
import { describe, expect, it } from 'vitest';
import { formatUsdTick } from '../../src/report/format';

describe('a money axis tick', () => {
  it('is whole dollars when the tick is whole, with thousands separators', () => {
    expect([0, 400, 10_000, 1_500_000].map(formatUsdTick)).toEqual(['$0', '$400', '$10,000', '$1,500,000']);
  });

  it('keeps cents only for a tick that is not whole', () => {
    expect(formatUsdTick(0.5)).toBe('$0.50');
  });
});
