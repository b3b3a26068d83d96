/** `result.ranges` (SPEC §12): each option's chances, bands and limits, least regret, and the monthly timeline. */

export interface Percentiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** Cost and brokers over the samples where the option is available; null when it never is (brokers: also for Serverless). */
export interface RangeFigures {
  readonly monthlyCostUsd: Percentiles | null;
  readonly brokers: Percentiles | null;
}

export interface OptionLimit {
  /** First month by which at least 10 % of samples were unavailable at some month; null: never within the horizon. */
  readonly firstMonthP10: number | null;
  /** … at least 50 %. */
  readonly firstMonthP50: number | null;
  /** Share of samples unavailable at some month up to the horizon. */
  readonly pByHorizon: number;
}

export interface OptionRanges {
  readonly id: string;
  /** Share of samples where it is available at month 0. */
  readonly pAvailable: number;
  /** Share of samples (with any eligible option available) where it is the overall recommendation; null when its class is never eligible. */
  readonly pCheapest: number | null;
  readonly now: RangeFigures;
  /** At month `horizonMonths`; null until a run has sized that month. */
  readonly atHorizon: RangeFigures | null;
  readonly limit: OptionLimit;
  /** Least regret over the horizon (SPEC §12 v2.1): this option's plan; null when the purpose does not allow it. */
  readonly plan: OptionPlan | null;
}

/** An option's plan over the months sized: start on it, move only when it runs out of room. */
export interface OptionPlan {
  /** Mean over futures of regret^1.2 against the best plan in hindsight. */
  readonly score: number;
  /** Share of futures whose plan moves within the months sized. */
  readonly pMove: number;
  /** Median month of the move among the futures that move; null when none does. */
  readonly medianMoveMonth: number | null;
  /** The option most of those plans move to; null when none moves. */
  readonly moveTo: string | null;
  /** Median plan cost over the months sized, USD (whole months summed); null when the plan never runs. */
  readonly costP50: number | null;
}

export interface TimelineMonth {
  readonly month: number;
  readonly options: Readonly<Record<string, RangeFigures>>;
}

export interface RangesResult {
  readonly samples: number;
  /** Futures in which at least one option the purpose allows is available today: the base of pCheapest. */
  readonly samplesWithChoice: number;
  readonly seed: number;
  readonly confidence: number;
  readonly horizonMonths: number;
  /** Months sized so far (horizonMonths + 1 when complete): a run reports before it finishes. */
  readonly monthsSized: number;
  readonly options: readonly OptionRanges[];
  /**
   * The option whose plan has the least regret over the months sized (the horizon once complete;
   * SPEC §12 v2.1), with that plan's figures; null when no option is eligible for the overall
   * recommendation or none fits any future.
   */
  readonly leastRegret: ({ readonly id: string } & OptionPlan) | null;
  readonly timeline: readonly TimelineMonth[];
}
