/** Round axis scales: every expected tick below is worked by hand from "about four steps of 1, 2, 2.5 or 5 × 10^k". */
import { describe, expect, it } from 'vitest';
import { niceScale, niceTicksBetween, scaleTicks } from '../../src/report/axis-scale';

describe('nice axis scales', () => {
  it('covers $9,600 with four steps of $2,500 (9,600 / 4 = 2,400 → 2.5 × 1,000)', () => {
    expect(niceScale(9_600)).toEqual({ top: 10_000, step: 2_500 });
  });

  it('covers $46,000 with steps of $20,000 (46,000 / 4 = 11,500 → 2 × 10,000), top $60,000', () => {
    expect(niceScale(46_000)).toEqual({ top: 60_000, step: 20_000 });
  });

  it('counts 9 brokers in whole steps of 3, not 2.5 (9 / 4 = 2.25 → 3)', () => {
    expect(niceScale(9, true)).toEqual({ top: 9, step: 3 });
    expect(scaleTicks(niceScale(9, true))).toEqual([0, 3, 6, 9]);
  });

  it('still uses steps of 2.5 × 10^k for whole counts from 100 up (250 is whole)', () => {
    expect(niceScale(1_000, true)).toEqual({ top: 1_000, step: 250 });
  });

  it('gives a unit axis for nothing to show, and never a "-0" tick', () => {
    expect(niceScale(0)).toEqual({ top: 1, step: 0.25 });
    expect(niceScale(0, true)).toEqual({ top: 4, step: 1 });
    expect(Object.is(scaleTicks(niceScale(10))[0], -0)).toBe(false);
  });

  it('puts round ticks inside a range that starts off a round number', () => {
    // 10 to 160: span 150, 150 / 4 = 37.5 → 5 × 10 = 50
    expect(niceTicksBetween(10, 160)).toEqual([50, 100, 150]);
    // 20 to 320: span 300, 75 → 10 × 10 = 100
    expect(niceTicksBetween(20, 320)).toEqual([100, 200, 300]);
    // 0.5 to 8: span 7.5, 1.875 → 2
    expect(niceTicksBetween(0.5, 8)).toEqual([2, 4, 6, 8]);
  });
});
