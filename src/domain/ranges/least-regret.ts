/**
 * Least regret over the horizon (SPEC §12 v2.1). In each future a *plan* starts on option j and keeps
 * it, its broker count growing month by month, until the first month j is out of room; from then on
 * it runs the cheapest option the purpose allows in each month, and pays the move once (MOVE_MONTHS ×
 * that month's cost of the option it moves to). Plan cost Cᵢⱼ = Σ months' costs (+ the move);
 * regret rᵢⱼ = (Cᵢⱼ − minⱼ Cᵢⱼ) / minⱼ Cᵢⱼ; score = mean of rᵢⱼ^1.2 (Netflix's spend-regret exponent).
 *
 * Costs are summed in whole cents, as the recommendation compares costs, so sizes that cost the same
 * on the invoice have no regret against each other. `PlanBooks` is filled month by month by
 * `RangesRun.step`, so a partial run scores the months sized so far.
 */
import type { SizingFigures } from '../kernel/kernel-buffers';
import { REGRET_EXPONENT, UNAVAILABLE_REGRET } from './ranges-assumptions';

const cents = (usd: number) => Math.round(usd * 100);

/** Per (option, sample) plan costs and moves; cell = option × samples + sample, as the kernel lays figures out. */
export interface PlanBooks {
  /** Σ of the plan's monthly costs so far, cents. */
  readonly planCents: Float64Array;
  /** 1: the plan has no cost in this future (its option had no room today, or it had to move when nothing the purpose allows had room). */
  readonly broken: Uint8Array;
  /** The option the plan moved to (-1: it has not moved). */
  readonly moveTo: Int16Array;
  /** Scratch: each sample's cheapest eligible cost this month, USD, and its option (-1: none). */
  readonly cheapest: Float64Array;
  readonly cheapestOption: Int32Array;
}

export function allocatePlanBooks(options: number, samples: number): PlanBooks {
  const cells = options * samples;
  return {
    planCents: new Float64Array(cells),
    broken: new Uint8Array(cells),
    moveTo: new Int16Array(cells).fill(-1),
    cheapest: new Float64Array(samples),
    cheapestOption: new Int32Array(samples),
  };
}

export function resetPlanBooks(b: PlanBooks): void {
  b.planCents.fill(0);
  b.broken.fill(0);
  b.moveTo.fill(-1);
}

export interface PlanMonth {
  readonly month: number;
  readonly samples: number;
  readonly eligible: readonly boolean[];
  /** The kernel's figures for this month. */
  readonly figures: SizingFigures;
  /** First month each cell was out of room (-1: not yet), already updated for this month. */
  readonly firstUnavailable: Int16Array;
  /** The starting option's own monthly cost at a cell this month, USD (its storage never shrinking). */
  readonly ownCost: (cell: number) => number;
  readonly moveMonths: number;
}

/** Adds one month to every eligible option's plan in every future. */
export function addPlanMonth(b: PlanBooks, m: PlanMonth): void {
  const { samples, eligible, figures: f } = m;
  b.cheapest.fill(Number.POSITIVE_INFINITY);
  b.cheapestOption.fill(-1);
  eligible.forEach((isEligible, o) => {
    if (!isEligible) return;
    for (let i = 0; i < samples; i += 1) {
      const cell = o * samples + i;
      const total = f.total[cell] ?? Number.NaN;
      if (f.unavailable[cell] !== 0 || Number.isNaN(total)) continue;
      if (total < (b.cheapest[i] ?? Number.POSITIVE_INFINITY)) {
        b.cheapest[i] = total;
        b.cheapestOption[i] = o;
      }
    }
  });
  eligible.forEach((isEligible, o) => {
    if (!isEligible) return;
    for (let i = 0; i < samples; i += 1) {
      const cell = o * samples + i;
      if (b.broken[cell] === 1) continue;
      const outOfRoom = m.firstUnavailable[cell] ?? -1;
      if (outOfRoom === 0) {
        b.broken[cell] = 1;
        continue;
      }
      if (outOfRoom === -1) {
        b.planCents[cell] = (b.planCents[cell] ?? 0) + cents(m.ownCost(cell));
        continue;
      }
      const to = b.cheapestOption[i] ?? -1;
      if (to < 0) {
        b.broken[cell] = 1;
        continue;
      }
      const cost = b.cheapest[i] ?? 0;
      let add = cents(cost);
      if (outOfRoom === m.month) {
        add += cents(m.moveMonths * cost);
        b.moveTo[cell] = to;
      }
      b.planCents[cell] = (b.planCents[cell] ?? 0) + add;
    }
  });
}

/** One eligible option's plan, over the months scored. */
export interface PlanRegret {
  /** Mean over futures of rᵢⱼ^1.2. */
  readonly score: number;
  /** Share of futures whose plan moves within the months scored. */
  readonly pMove: number;
  /** Median month of the move among the futures that move (nearest rank); null when none does. */
  readonly medianMoveMonth: number | null;
  /** The option most plans move to; null when none moves. */
  readonly moveToIndex: number | null;
  /** Median plan cost over the futures where the plan runs, USD; null when it never does. */
  readonly costP50: number | null;
}

function nearestRankMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  values.sort((a, c) => a - c);
  return values[Math.max(1, Math.ceil(values.length / 2)) - 1] ?? null;
}

/** Every eligible option's plan regret (null for the others), from the books after the last month added. */
export function scorePlans(
  b: PlanBooks,
  eligible: readonly boolean[],
  samples: number,
  firstUnavailable: Int16Array,
  monthsScored: number,
): (PlanRegret | null)[] {
  const best = new Float64Array(samples).fill(Number.POSITIVE_INFINITY);
  eligible.forEach((isEligible, o) => {
    if (!isEligible) return;
    for (let i = 0; i < samples; i += 1) {
      const cell = o * samples + i;
      if (b.broken[cell] === 0) best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, b.planCents[cell] ?? 0);
    }
  });
  return eligible.map((isEligible, o) => {
    if (!isEligible) return null;
    let sum = 0;
    let moves = 0;
    const moveMonths: number[] = [];
    const costs: number[] = [];
    const moveCounts = new Map<number, number>();
    for (let i = 0; i < samples; i += 1) {
      const cell = o * samples + i;
      const lowest = best[i] ?? Number.POSITIVE_INFINITY;
      const runs = b.broken[cell] === 0 && lowest < Number.POSITIVE_INFINITY;
      const plan = b.planCents[cell] ?? 0;
      const r = !runs ? UNAVAILABLE_REGRET : lowest > 0 ? (plan - lowest) / lowest : 0;
      sum += r === 0 ? 0 : Math.pow(r, REGRET_EXPONENT);
      if (b.broken[cell] === 0) costs.push(plan / 100);
      const outOfRoom = firstUnavailable[cell] ?? -1;
      if (outOfRoom >= 1 && outOfRoom < monthsScored) {
        moves += 1;
        moveMonths.push(outOfRoom);
        const to = b.moveTo[cell] ?? -1;
        if (to >= 0) moveCounts.set(to, (moveCounts.get(to) ?? 0) + 1);
      }
    }
    let moveToIndex: number | null = null;
    let most = 0;
    for (const [to, count] of moveCounts) {
      if (count > most || (count === most && moveToIndex !== null && to < moveToIndex)) {
        most = count;
        moveToIndex = to;
      }
    }
    return {
      score: sum / samples,
      pMove: moves / samples,
      medianMoveMonth: nearestRankMedian(moveMonths),
      moveToIndex,
      costP50: nearestRankMedian(costs),
    };
  });
}

/**
 * The least-regret option: the lowest score; ties to the lower median plan cost, then to fewer
 * brokers today (SPEC §12, as SPEC §8 breaks ties). -1 when no option is eligible.
 */
export function leastRegretIndex(plans: readonly (PlanRegret | null)[], brokersToday: (o: number) => number): number {
  let winner = -1;
  plans.forEach((plan, o) => {
    if (plan === null) return;
    const current = winner < 0 ? null : (plans[winner] ?? null);
    if (current === null) {
      winner = o;
      return;
    }
    const cost = plan.costP50 ?? Number.POSITIVE_INFINITY;
    const currentCost = current.costP50 ?? Number.POSITIVE_INFINITY;
    const better =
      plan.score < current.score ||
      (plan.score === current.score && (cost < currentCost || (cost === currentCost && brokersToday(o) < brokersToday(winner))));
    if (better) winner = o;
  });
  return winner;
}
