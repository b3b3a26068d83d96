/**
 * The ranges chart's data (SPEC §12, STYLE rule 11): for each option of the ranges table, its cost
 * band and brokers month by month and the month it is at risk from. Pure; the PDF only draws it.
 */
import type { Percentiles, RangesResult, RecommendationClass } from '../domain';

/** One month of a row's band: cost P10/P50/P90 (USD/month) and brokers, over the futures where it is available. */
export interface RangesChartMonth {
  readonly month: number;
  readonly costUsd: Percentiles | null;
  readonly brokers: Percentiles | null;
}

/** One row's band over the months, and the month it runs out of room (the chart's marker). */
export interface RangesChartSeries {
  readonly id: string;
  /** The row's title: its label and roles. */
  readonly label: string;
  readonly recommendationClass: RecommendationClass | null;
  readonly months: readonly RangesChartMonth[];
  readonly runsOutMonth: number | null;
  /** First month by which half the futures have outgrown it: the band and line stop there (a median of the few futures left would mislead). */
  readonly endsMonth: number | null;
  /** Its largest P90 cost at any month, USD/month (0 when never priced): the top of its cost axis. */
  readonly maxCostUsd: number;
  /** Its largest P50 broker count at any month (0 without brokers). */
  readonly maxBrokers: number;
}

/**
 * The PDF's ranges chart: a band per row over the months, each on its own cost scale. One shared
 * scale was tried: a self-managed option's P90 at the horizon flattened every MSK band to a line,
 * hiding the growth the chart is there to show; the table compares the options' figures.
 */
export interface RangesChartData {
  readonly horizonMonths: number;
  /** Whole months for the x axis: every 1, 2, 3, 6, 12 or 24 months, at most 7 ticks. */
  readonly monthTicks: readonly number[];
  readonly series: readonly RangesChartSeries[];
}

/** What the chart needs of a table row. */
export interface RangesChartRow {
  readonly id: string;
  readonly title: string;
  readonly recommendationClass: RecommendationClass | null;
  readonly firstMonthAtRisk: number | null;
  /** SPEC §12 `limit.firstMonthP50`. */
  readonly firstMonthMostOut: number | null;
}

const MONTH_TICK_STEPS = [1, 2, 3, 6, 12, 24] as const;

/** Month ticks from 0 to the horizon: the smallest step of 1, 2, 3, 6, 12 or 24 months giving at most 6 steps (24 months: 0, 6, 12, 18, 24). */
export function monthTicks(horizonMonths: number): number[] {
  const step = MONTH_TICK_STEPS.find((s) => horizonMonths / s <= 6) ?? 24;
  return Array.from({ length: Math.floor(horizonMonths / step) + 1 }, (_, i) => i * step);
}

/** A series per row, in the rows' order, from the ranges' monthly timeline. */
export function toRangesChartData(ranges: RangesResult, rows: readonly RangesChartRow[]): RangesChartData {
  const series = rows.map((row): RangesChartSeries => {
    const drawn = (month: number) => row.firstMonthMostOut === null || month < row.firstMonthMostOut;
    const months = ranges.timeline.map((t) => ({
      month: t.month,
      costUsd: drawn(t.month) ? (t.options[row.id]?.monthlyCostUsd ?? null) : null,
      brokers: drawn(t.month) ? (t.options[row.id]?.brokers ?? null) : null,
    }));
    return {
      id: row.id,
      label: row.title,
      recommendationClass: row.recommendationClass,
      runsOutMonth: row.firstMonthAtRisk,
      endsMonth: row.firstMonthMostOut,
      months,
      maxCostUsd: Math.max(0, ...months.map((m) => m.costUsd?.p90 ?? 0)),
      maxBrokers: Math.max(0, ...months.map((m) => m.brokers?.p50 ?? 0)),
    };
  });
  return { horizonMonths: ranges.horizonMonths, monthTicks: monthTicks(ranges.horizonMonths), series };
}
