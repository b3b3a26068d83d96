/**
 * The ranges section of a report (SPEC §12): how likely each option that matters is to be the
 * cheapest, its cost and brokers now and at the horizon, when it runs out of room, the least-regret
 * choice in a sentence, and the month-by-month bands the PDF draws. Every renderer (CLI table,
 * Markdown, CSV, PDF) words it from this model.
 */
import {
  classOfOption,
  likelyValue,
  RANGE_FIELDS,
  RANGE_KEYS,
  RECOMMENDATION_CLASSES,
  type OptionRanges,
  type Percentiles,
  type RangesResult,
  type RecommendationClass,
  type Scenario,
  type SizedOption,
  type SizingResult,
} from '../domain';
import { formatNumber } from './format';
import { CLASS_LABELS, optionLabel } from './labels';
import { toRangesChartData, type RangesChartData } from './ranges-chart';

/** Why an option has a row (an option may have several reasons). */
export type RangesRowRole = 'recommended' | 'least-regret' | 'often-cheapest' | 'cheapest-of-kind';

export interface RangesRow {
  readonly id: string;
  readonly label: string;
  readonly recommendationClass: RecommendationClass | null;
  readonly roles: readonly RangesRowRole[];
  /** Share of futures in which it is the overall recommendation; null when its kind is never eligible (self-managed, T3 for production). */
  readonly pCheapest: number | null;
  /** USD/month over the futures where it is available; null when it is available in none. */
  readonly costNowUsd: Percentiles | null;
  /** At month `horizonMonths`; null when available in none then, or not sized yet. */
  readonly costAtHorizonUsd: Percentiles | null;
  /** False for MSK Serverless, which has no brokers. */
  readonly hasBrokers: boolean;
  readonly brokersNowP50: number | null;
  readonly brokersAtHorizonP50: number | null;
  /** First month by which at least 1 future in 10 no longer fits the option (SPEC §12 `limit.firstMonthP10`); null: never within the horizon. */
  readonly firstMonthAtRisk: number | null;
  /** First month by which half the futures have outgrown it (`limit.firstMonthP50`); null: never within the horizon. */
  readonly firstMonthMostOut: number | null;
  /** Share of futures that outgrow it at some month up to the horizon. */
  readonly unavailableByHorizon: number;
}

export interface RangesReport {
  readonly samples: number;
  readonly seed: number;
  readonly confidence: number;
  readonly horizonMonths: number;
  /** False while months are still being sized (a page's first answer): the horizon's figures are then missing. */
  readonly isComplete: boolean;
  /** What a range means, in one sentence with the confidence and the number of futures. */
  readonly meaning: string;
  /** What was entered: each range with its likely value, growth, horizon, confidence, futures and seed, a line each. */
  readonly entered: readonly string[];
  /** Set when the scenario also replicates (SPEC §11): the ranges cover this cluster only. */
  readonly replicationNote: string | null;
  /** What "at risk from" and "unavailable by" mean. */
  readonly riskNote: string;
  readonly rows: readonly RangesRow[];
  /** Kinds left out because no size of theirs fits at least half the futures, by label. */
  readonly kindsLeftOut: readonly string[];
  /**
   * SPEC §12 v2.1's wording: "starting on X and moving only when it runs out of room costs on average
   * x % more over N months than the best plan in hindsight", with the likely move's month and option;
   * null when no option is eligible.
   */
  readonly leastRegret: {
    readonly id: string;
    readonly label: string;
    readonly score: number;
    readonly pMove: number;
    readonly medianMoveMonth: number | null;
    readonly moveToLabel: string | null;
    readonly sentence: string;
    /** Whether it is the single answer's recommendation. */
    readonly isRecommendation: boolean;
  } | null;
  /**
   * How often the single answer's recommendation is the cheapest today, in plain words; `detail` says
   * over which futures and how ties count (folded away on the page). Null when there is none.
   */
  readonly recommendation: {
    readonly id: string;
    readonly label: string;
    readonly pCheapest: number;
    readonly sentence: string;
    readonly detail: string;
  } | null;
  readonly chart: RangesChartData;
}

/** A row for every option cheapest in at least this share of futures. */
export const OFTEN_CHEAPEST_SHARE = 0.01;
/** A kind's representative must fit at least this share of futures now: a size that fits only the smallest futures looks cheap at P50 but is rarely a choice. */
export const KIND_AVAILABLE_SHARE = 0.5;

/** "42 %", with "under 1 %" and "over 99 %" so a rare event never reads as never or always. */
export function shareText(share: number): string {
  if (share <= 0) return '0 %';
  if (share >= 1) return '100 %';
  if (share < 0.01) return 'under 1 %';
  if (share > 0.99) return 'over 99 %';
  // Shares are counts ÷ samples (290 / 2,000 = 0.145): 12 significant digits undo the binary
  // product's error (14.499999999999998) so a half rounds up, as a person would round 14.5 %.
  return `${Math.round(Number((share * 100).toPrecision(12)))} %`;
}

/** A regret score (mean of r^1.2, a share) as "3.1 %", "less than 0.1 %" when above zero but rounding to it. */
export function regretText(score: number): string {
  const pct = Number((score * 100).toPrecision(12));
  return pct > 0 && pct < 0.05 ? 'less than 0.1 %' : `${formatNumber(pct, 1)} %`;
}

const p50Cost = (o: OptionRanges) => o.now.monthlyCostUsd?.p50 ?? Number.POSITIVE_INFINITY;

function compareCosts(a: number | undefined, b: number | undefined): number {
  const x = a ?? Number.POSITIVE_INFINITY;
  const y = b ?? Number.POSITIVE_INFINITY;
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * The rows that keep the table readable (SPEC §12 ranges all 40 options; most never matter): the
 * single answer's recommendation (the summary speaks of it), the least-regret choice, every option
 * cheapest in at least 1 % of futures, and each kind's cheapest size at P50 among those that fit at
 * least half the futures (ties: fits more futures, then fewer brokers, as SPEC §8 breaks ties). Rows
 * are ordered by P50 cost now, cheapest first.
 */
function chooseRows(result: SizingResult, ranges: RangesResult): { rows: Map<string, RangesRowRole[]>; kindsLeftOut: string[] } {
  const rows = new Map<string, RangesRowRole[]>();
  const add = (id: string | null | undefined, role: RangesRowRole) => {
    if (id === null || id === undefined || !ranges.options.some((o) => o.id === id)) return;
    rows.set(id, [...(rows.get(id) ?? []), role]);
  };
  add(result.recommendations.overall, 'recommended');
  add(ranges.leastRegret?.id, 'least-regret');
  for (const o of ranges.options) if ((o.pCheapest ?? 0) >= OFTEN_CHEAPEST_SHARE) add(o.id, 'often-cheapest');
  const classOf = new Map(result.options.map((o) => [o.id, classOfOption(o)]));
  const kindsLeftOut: string[] = [];
  for (const cls of RECOMMENDATION_CLASSES) {
    const fitting = ranges.options.filter(
      (o) => classOf.get(o.id) === cls && o.now.monthlyCostUsd !== null && o.pAvailable >= KIND_AVAILABLE_SHARE,
    );
    const best = fitting.reduce<OptionRanges | null>((a, b) => {
      if (a === null) return b;
      if (p50Cost(b) !== p50Cost(a)) return p50Cost(b) < p50Cost(a) ? b : a;
      if (b.pAvailable !== a.pAvailable) return b.pAvailable > a.pAvailable ? b : a;
      return (b.now.brokers?.p50 ?? 0) < (a.now.brokers?.p50 ?? 0) ? b : a;
    }, null);
    if (best) add(best.id, 'cheapest-of-kind');
    else kindsLeftOut.push(CLASS_LABELS[cls]);
  }
  return { rows, kindsLeftOut };
}

function rowOf(o: OptionRanges, sized: SizedOption, roles: readonly RangesRowRole[]): RangesRow {
  return {
    id: o.id,
    label: optionLabel(sized),
    recommendationClass: classOfOption(sized),
    roles,
    pCheapest: o.pCheapest,
    costNowUsd: o.now.monthlyCostUsd,
    costAtHorizonUsd: o.atHorizon?.monthlyCostUsd ?? null,
    hasBrokers: sized.deployment !== 'msk-serverless',
    brokersNowP50: o.now.brokers?.p50 ?? null,
    brokersAtHorizonP50: o.atHorizon?.brokers?.p50 ?? null,
    firstMonthAtRisk: o.limit.firstMonthP10,
    firstMonthMostOut: o.limit.firstMonthP50,
    unavailableByHorizon: o.limit.pByHorizon,
  };
}

/** What the user entered, a line each: each range with its likely value, growth, and how the futures were drawn. */
function enteredOf(s: Scenario, r: RangesResult): string[] {
  const block = s.uncertainty;
  const n = (v: number) => formatNumber(v, 2);
  const ranges = RANGE_KEYS.flatMap((key) => {
    const range = block?.[key];
    if (!range) return [];
    const t = RANGE_FIELDS[key];
    return [`${t.label}: ${n(range.low)} to ${n(range.high)}${t.unitInText} (likely ${n(likelyValue(key, s))})`];
  });
  const g = block?.monthlyGrowthPct ?? { low: 0, likely: 0, high: 0 };
  const growth =
    g.low === g.high
      ? `Monthly growth of throughput: ${n(g.likely)} %`
      : `Monthly growth of throughput: ${n(g.low)} % to ${n(g.high)} % (likely ${n(g.likely)} %)`;
  return [
    ...ranges,
    growth,
    `Horizon ${r.horizonMonths} months; confidence ${n(r.confidence)}; ${formatNumber(r.samples, 0)} futures; seed ${r.seed}`,
  ];
}

/** "1 month", "24 months". */
export function monthsText(months: number): string {
  return `${months} ${months === 1 ? 'month' : 'months'}`;
}

/** SPEC §12 v2.1's least-regret sentence, with the likely move when plans move. */
function leastRegretSentence(
  label: string,
  plan: NonNullable<RangesResult['leastRegret']>,
  horizonMonths: number,
  moveToLabel: string | null,
): string {
  const cost = regretText(plan.score);
  if (horizonMonths === 0) return `${label}: today it costs on average ${cost} more than the best choice in hindsight`;
  const head = `Starting on ${label} and moving only when it runs out of room costs on average ${cost} more over ${monthsText(horizonMonths)} than the best plan in hindsight`;
  if (plan.pMove === 0 || plan.medianMoveMonth === null) return `${head}; it has room in every future to month ${horizonMonths}`;
  const to = moveToLabel === null ? '' : ` to ${moveToLabel}`;
  return `${head}; ${shareText(plan.pMove)} of futures outgrow it and move${to}, typically in month ${plan.medianMoveMonth}`;
}

function meaningOf(r: RangesResult, anyRange: boolean): string {
  const sized = r.horizonMonths === 0 ? 'sized each one as it is now' : `sized each one month by month to month ${r.horizonMonths}`;
  const ranges = anyRange
    ? `Each range you entered is the span you expect ${formatNumber(r.confidence * 100, 1)} % of outcomes to fall in. From those ranges MSK Sizer drew`
    : 'No input has a range, so every future starts from the values in the form; MSK Sizer drew';
  return (
    `${ranges} ${formatNumber(r.samples, 0)} futures (seed ${r.seed}) and ${sized}; ` +
    'a figure reads typical (low–high): the middle future, and the span the middle 80 % of futures fall in, ' +
    'over the futures in which the option fits ("unavailable by" counts the others).'
  );
}

/** The option's label with the roles a reader looks for: "MSK Express express.m7g.large (recommended, least regret)". */
export function rowTitle(row: Pick<RangesRow, 'label' | 'roles'>): string {
  const tags = [
    ...(row.roles.includes('recommended') ? ['recommended'] : []),
    ...(row.roles.includes('least-regret') ? ['least regret'] : []),
  ];
  return tags.length === 0 ? row.label : `${row.label} (${tags.join(', ')})`;
}

/** The ranges section, or null when the result has none (its scenario has no uncertainty block). */
export function buildRangesReport(result: SizingResult): RangesReport | null {
  const ranges = result.ranges;
  if (ranges === undefined) return null;
  const sizedById = new Map(result.options.map((o) => [o.id, o]));
  const { rows: chosen, kindsLeftOut } = chooseRows(result, ranges);
  const rows = ranges.options
    .flatMap((o) => {
      const sized = sizedById.get(o.id);
      const roles = chosen.get(o.id);
      return sized && roles ? [rowOf(o, sized, roles)] : [];
    })
    // Stable, and unpriced rows (P50 +∞) last without the NaN that ∞ − ∞ would give.
    .sort((a, b) => compareCosts(a.costNowUsd?.p50, b.costNowUsd?.p50));
  const labelOf = (id: string) => {
    const sized = sizedById.get(id);
    return sized ? optionLabel(sized) : id;
  };
  const lr = ranges.leastRegret;
  const overallId = result.recommendations.overall;
  const overall = overallId === null ? undefined : ranges.options.find((o) => o.id === overallId);
  const months = `month ${ranges.horizonMonths}`;
  return {
    samples: ranges.samples,
    seed: ranges.seed,
    confidence: ranges.confidence,
    horizonMonths: ranges.horizonMonths,
    isComplete: ranges.monthsSized > ranges.horizonMonths,
    meaning: meaningOf(
      ranges,
      RANGE_KEYS.some((key) => result.scenario.uncertainty?.[key]),
    ),
    entered: enteredOf(result.scenario, ranges),
    replicationNote: result.replication
      ? "These ranges cover this cluster alone: the other cluster and the replication tools are priced for today's values (see Replication & DR)."
      : null,
    riskNote: `At risk from: the first month by which at least 1 future in 10 has outgrown the option; unavailable by ${months}: the share of futures that outgrow it at some month up to then.`,
    rows,
    kindsLeftOut,
    leastRegret:
      lr === null
        ? null
        : {
            id: lr.id,
            label: labelOf(lr.id),
            score: lr.score,
            pMove: lr.pMove,
            medianMoveMonth: lr.medianMoveMonth,
            moveToLabel: lr.moveTo === null ? null : labelOf(lr.moveTo),
            sentence: leastRegretSentence(
              labelOf(lr.id),
              lr,
              ranges.monthsSized > ranges.horizonMonths ? ranges.horizonMonths : Math.max(0, ranges.monthsSized - 1),
              lr.moveTo === null ? null : labelOf(lr.moveTo),
            ),
            isRecommendation: lr.id === overallId,
          },
    recommendation:
      overall === undefined || overall.pCheapest === null
        ? null
        : {
            id: overall.id,
            label: labelOf(overall.id),
            pCheapest: overall.pCheapest,
            sentence: `The recommendation, ${labelOf(overall.id)}, has a ${shareText(overall.pCheapest)} chance of being the cheapest today.`,
            detail:
              `Counted over the ${formatNumber(ranges.samplesWithChoice, 0)} futures` +
              `${ranges.samplesWithChoice < ranges.samples ? ` in which any option fits today (of ${formatNumber(ranges.samples, 0)})` : ' drawn'}; ` +
              // Sizes that cost the same go to the one with fewer brokers (SPEC §8), which least regret does not reward.
              'where sizes cost the same to the cent, the one with fewer brokers counts as the cheapest, as the recommendation breaks ties.',
          },
    chart: toRangesChartData(
      ranges,
      rows.map((row) => ({
        id: row.id,
        title: rowTitle(row),
        recommendationClass: row.recommendationClass,
        firstMonthAtRisk: row.firstMonthAtRisk,
        firstMonthMostOut: row.firstMonthMostOut,
      })),
    ),
  };
}
