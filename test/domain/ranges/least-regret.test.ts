/**
 * SPEC §12 v2.1: least regret over the horizon. A plan starts on an option and keeps it until the
 * first month it is out of room, then runs the cheapest option the purpose allows in each month, and
 * pays the move once (MOVE_MONTHS × that month's cost of the option moved to). Check 5 is worked out
 * here from the single sizings of each month, summed in whole cents as the recommendation compares costs.
 */
import { describe, expect, it } from 'vitest';
import { RangesRun, type SizedOption, type SizingResult } from '../../../src/domain';
import { BUNDLED_PRICE_BOOK, isOffered, makeScenario, rangesFor, sizeScaled, totalOf, type Throughputs } from './ranges-factories';

const cents = (usd: number) => Math.round(usd * 100);

/** Production allows every MSK option but T3 (SPEC §8); self-managed Kafka is compared, never recommended. */
function isEligibleInProduction(o: SizedOption): boolean {
  return o.deployment !== 'self-managed' && o.family !== 't3';
}

/**
 * A 12-broker quota and 10 % growth a month for 24 months, from 10/20 MiB/s in and 20/40 MiB/s out:
 * today's recommendation, express.m7g.large, runs out of brokers at month 21 (SPEC §12 check 5).
 */
const FIELDS = { brokerQuota: 12 };
const BASE: Throughputs = { avgIngressMiBps: 10, peakIngressMiBps: 20, avgEgressMiBps: 20, peakEgressMiBps: 40 };
const GROWTH = 1.1;
const HORIZON = 24;
const UNCERTAINTY = { monthlyGrowthPct: { low: 10, likely: 10, high: 10 }, horizonMonths: HORIZON, samples: 250 };

/** Month m's single sizing: every throughput × 1.1^m. */
const months: SizingResult[] = Array.from({ length: HORIZON + 1 }, (_, m) => sizeScaled(FIELDS, BASE, GROWTH ** m));

interface HandPlan {
  readonly cents: number;
  readonly moveMonth: number | null;
  readonly moveTo: string | null;
}

/** The plan of starting on `id`, by SPEC §12 v2.1, from the monthly single sizings; null when it has no room today. */
function planOf(id: string, moveMonths = 1): HandPlan | null {
  let total = 0;
  let moveMonth: number | null = null;
  let moveTo: string | null = null;
  for (const [m, month] of months.entries()) {
    const own = month.options.find((o) => o.id === id);
    if (moveMonth === null && own !== undefined && isOffered(own)) {
      // Growth only grows storage here, so "EBS never shrinks" changes nothing: the month's own cost.
      total += cents(totalOf(own));
      continue;
    }
    if (m === 0) return null;
    const cheapest = month.options.filter((o) => isEligibleInProduction(o) && isOffered(o)).sort((a, b) => totalOf(a) - totalOf(b))[0];
    if (cheapest === undefined) return null;
    if (moveMonth === null) {
      moveMonth = m;
      moveTo = cheapest.id;
      total += cents(moveMonths * totalOf(cheapest));
    }
    total += cents(totalOf(cheapest));
  }
  return { cents: total, moveMonth, moveTo };
}

describe("SPEC §12 check 5: growth that outgrows today's recommendation before the horizon", () => {
  const ranges = rangesFor({ ...FIELDS, ...BASE }, UNCERTAINTY);
  const today = months[0]?.recommendations.overall ?? '';
  const eligible = (months[0]?.options ?? []).filter(isEligibleInProduction).map((o) => o.id);
  const plans = new Map(eligible.map((id) => [id, planOf(id)]));
  const best = Math.min(...[...plans.values()].flatMap((p) => (p === null ? [] : [p.cents])));
  // Every future is the same (growth is certain), so the score is one future's regret^1.2.
  const score = (p: HandPlan | null) => (p === null ? 1 : ((p.cents - best) / best) ** 1.2);

  it('has a month-0 recommendation that runs out of room before the horizon, and a bigger size that never does', () => {
    expect(today).toBe('msk-express:express.m7g.large');
    expect(plans.get(today)?.moveMonth).toBe(21);
    expect(plans.get('msk-express:express.m7g.xlarge')?.moveMonth).toBeNull();
    const out = ranges.options.find((o) => o.id === today);
    expect(out?.limit.firstMonthP10).toBe(21);
  });

  it("does not name today's recommendation: the bigger size's plan costs less over the 24 months", () => {
    const stay = plans.get('msk-express:express.m7g.xlarge');
    const move = plans.get(today);
    expect(stay && move && stay.cents < move.cents).toBe(true);
    expect(ranges.leastRegret?.id).not.toBe(today);
    const winner = [...plans.entries()].sort(([, a], [, b]) => score(a) - score(b))[0];
    expect(ranges.leastRegret?.id).toBe(winner?.[0]);
    expect(ranges.leastRegret?.score).toBeCloseTo(score(winner?.[1] ?? null), 12);
  });

  it('gives the outgrown option pMove 1, its move in month 21 to the cheapest option then, and the regret of its plan', () => {
    const out = ranges.options.find((o) => o.id === today);
    const hand = plans.get(today) ?? null;
    expect(out?.plan).toMatchObject({ pMove: 1, medianMoveMonth: 21, moveTo: hand?.moveTo });
    expect(out?.plan?.score).toBeCloseTo(score(hand), 12);
    expect(out?.plan?.costP50).toBeCloseTo((hand?.cents ?? 0) / 100, 2);
    expect(score(hand)).toBeGreaterThan(0);
  });

  it("scores every eligible option's plan as worked out by hand, and gives none to self-managed options", () => {
    for (const option of ranges.options) {
      if (!eligible.includes(option.id)) {
        expect(option.plan).toBeNull();
        continue;
      }
      expect(option.plan?.score).toBeCloseTo(score(plans.get(option.id) ?? null), 12);
    }
  });

  it('charges the move by the editable move cost: with none, the outgrown plan costs exactly one month of the moved-to option less', () => {
    const free = rangesFor({ ...FIELDS, ...BASE, assumptions: { moveMonths: 0 } }, UNCERTAINTY);
    const charged = planOf(today, 1);
    const uncharged = planOf(today, 0);
    const moveTo = months[21]?.options.find((o) => o.id === charged?.moveTo);
    expect((charged?.cents ?? 0) - (uncharged?.cents ?? 0)).toBe(cents(totalOf(moveTo as SizedOption)));
    expect(free.options.find((o) => o.id === today)?.plan?.costP50).toBeCloseTo((uncharged?.cents ?? 0) / 100, 2);
  });
});

describe('least regret while a run is under way', () => {
  it("scores the months sized so far: after month 0 alone nothing has moved, and each plan costs today's single sizing", () => {
    const s = makeScenario({ ...FIELDS, ...BASE, uncertainty: UNCERTAINTY });
    if (s.uncertainty === null) throw new Error('no block');
    const run = new RangesRun(s, s.uncertainty, BUNDLED_PRICE_BOOK, 250);
    run.step();
    const first = run.result();
    expect(first.leastRegret).toMatchObject({ pMove: 0, medianMoveMonth: null, moveTo: null });
    const todayOption = months[0]?.options.find((o) => o.id === 'msk-express:express.m7g.large');
    expect(first.options.find((o) => o.id === 'msk-express:express.m7g.large')?.plan?.costP50).toBeCloseTo(
      totalOf(todayOption as SizedOption),
      2,
    );
  });
});
