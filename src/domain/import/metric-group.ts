/**
 * One CloudWatch metric across brokers, ready for statistics (SPEC §13.3): series of one broker
 * merged, brokers combined per instant (instants some broker lacks dropped, with a warning), and
 * the warnings about what the points can and cannot show.
 */
import { countOf, coveredDays, formatNumber, listWords, periodWords, spanWords } from './import-words';
import type { IssueLog } from './issue-log';
import type { MetricSeries, MskMetric } from './msk-metrics';
import { combineAcrossMembers, smallestGapSeconds, sortedSeries, type Combine, type CombinedSeries, type TimeSeries } from './series-math';

/** Fewer days than this may miss the weekly peak (SPEC §13.3 `short-window`). */
export const FULL_WEEK_DAYS = 7;
/** A period above this averages peaks away (SPEC §13.3 `coarse-period`). */
export const FINEST_PERIOD_SECONDS = 60;

export interface MetricGroup {
  readonly metric: MskMetric;
  readonly combine: Combine;
  readonly combined: CombinedSeries;
  readonly used: readonly MetricSeries[];
  /** The coarsest period of the series used: the one their combination can resolve. */
  readonly periodSeconds: number;
  readonly periodKnown: boolean;
  readonly aggregatedByRequest: boolean;
}

/** The series of `metric` in one class: peak-only (Maximum) or rate (Average, converted Sum). */
export function seriesOfClass(all: readonly MetricSeries[], metric: MskMetric, peakOnly: boolean): MetricSeries[] {
  return all.filter((s) => s.metric === metric && s.peakOnly === peakOnly);
}

/** For a figure that needs only a peak: the Maximum series when there are any, else the rate series. */
export function peakClassSeries(all: readonly MetricSeries[], metric: MskMetric): MetricSeries[] {
  const maxima = seriesOfClass(all, metric, true);
  return maxima.length > 0 ? maxima : seriesOfClass(all, metric, false);
}

/**
 * The series in `candidates` to use: series the request already combined with the right function
 * win over per-broker ones (adding both would count the traffic twice); a wrong function is not used.
 */
function pickSeries(candidates: readonly MetricSeries[], combine: Combine, log: IssueLog): MetricSeries[] {
  const combinedRight = candidates.filter((s) => s.aggregated === combine);
  const perBroker = candidates.filter((s) => s.aggregated === null);
  // Per-topic series count a broker's traffic again beside its own total: the totals win (as Prometheus's
  // series without a topic label do, SPEC §13.3); per-topic series alone add up across topics.
  const withoutTopics = perBroker.some((s) => s.perTopic !== true) ? perBroker.filter((s) => s.perTopic !== true) : perBroker;
  const chosen = combinedRight.length > 0 ? combinedRight : withoutTopics;
  const isChosen = new Set(chosen);
  for (const s of candidates) {
    if (isChosen.has(s)) continue;
    const why =
      s.aggregated !== null
        ? `brokers must be combined by ${combine.toUpperCase()}`
        : combinedRight.length > 0
          ? `${combinedRight[0]?.origin ?? 'a combined series'} already combines the brokers`
          : "it is one topic's share of a broker whose total is imported too";
    log.warn({ code: 'series-not-used', file: s.file, message: `${s.origin} (${s.metric}) is not used: ${why}` });
  }
  return chosen;
}

/** Series of one member (pages under different Ids, files of one broker) merged into one, by member. */
export function seriesByMember(series: readonly MetricSeries[]): Map<string, TimeSeries> {
  const byMember = new Map<string, MetricSeries[]>();
  for (const s of series) {
    const list = byMember.get(s.member);
    if (list) list.push(s);
    else byMember.set(s.member, [s]);
  }
  const merged = new Map<string, TimeSeries>();
  for (const [member, group] of byMember) {
    if (group.length === 1 && group[0]) {
      merged.set(member, group[0].points);
      continue;
    }
    const times = group.flatMap((s) => Array.from(s.points.times));
    const values = group.flatMap((s) => Array.from(s.points.values));
    merged.set(member, sortedSeries(times, values, 'mean'));
  }
  return merged;
}

/** The metric combined across brokers, or undefined without series; instants dropped and a group left empty are warned. */
export function metricGroup(series: readonly MetricSeries[], metric: MskMetric, combine: Combine, log: IssueLog): MetricGroup | undefined {
  const used = pickSeries(series, combine, log);
  const first = used[0];
  if (!first) return undefined;
  const combined = combineAcrossMembers([...seriesByMember(used).values()], combine);
  if (combined.dropped > 0) {
    log.warn({
      code: 'instants-dropped',
      file: first.file,
      message: `${metric}: ${countOf(combined.dropped, 'instant')} dropped because some broker has no value there (${countOf(combined.times.length, 'instant')} kept)`,
    });
  }
  if (combined.times.length === 0) {
    log.warn({
      code: 'value-not-imported',
      file: first.file,
      message: `${metric}: no instant has a value from every broker, so nothing is imported from it`,
    });
    return undefined;
  }
  return {
    metric,
    combine,
    combined,
    used,
    periodSeconds: used.reduce((coarsest, s) => Math.max(coarsest, s.periodSeconds), 0),
    periodKnown: used.every((s) => s.periodKnown),
    aggregatedByRequest: first.aggregated !== null,
  };
}

/** `single-sample`, `coarse-period` (rate series only: a Maximum is not averaged) and `short-window` for a group (SPEC §13.3). */
export function warnAboutCoverage(group: MetricGroup, log: IssueLog, rateSeries: boolean): void {
  const { combined, metric } = group;
  const file = group.used[0]?.file ?? '';
  const n = combined.times.length;
  if (n === 1) log.warn({ code: 'single-sample', file, message: `${metric}: one instant only, so its average is its peak` });
  const gap = smallestGapSeconds(combined.times);
  const period = group.periodKnown ? group.periodSeconds : Number.isFinite(gap) ? Math.max(gap, group.periodSeconds) : group.periodSeconds;
  if (rateSeries && period > FINEST_PERIOD_SECONDS) {
    log.warn({
      code: 'coarse-period',
      file,
      message: `${metric}: one value per ${formatNumber(period)} s${group.periodKnown ? '' : ' (the spacing of the points)'}; peaks shorter than that are averaged away`,
    });
  }
  const days = groupDays(group);
  if (days < FULL_WEEK_DAYS) {
    log.warn({
      code: 'short-window',
      file,
      message: `${metric}: the points cover ${formatNumber(days)} days (fewer than ${FULL_WEEK_DAYS}): a weekly peak may be missing`,
    });
  }
}

/** Days the group's instants cover, each instant standing for its period. */
export function groupDays(group: { readonly combined: TimeSeries; readonly periodSeconds: number }): number {
  const { times } = group.combined;
  return coveredDays(times[0] as number, times[times.length - 1] as number, group.periodSeconds);
}

/** "file#series" of the series used, for a derivation's `from`. */
export function originOf(groups: readonly MetricGroup[]): string {
  return listWords([...new Set(groups.flatMap((g) => g.used.map((s) => s.origin)))], 3);
}

const COMBINE_WORDS: Readonly<Record<Combine, string>> = { sum: 'sum', max: 'maximum', mean: 'mean' };

/** "the per-instant sum over 6 brokers of BytesInPerSec (Average, 60 s), 8,640 one-minute points, 2026-11-01 to 2026-11-07". */
export function groupWords(group: MetricGroup): string {
  const { combined, metric } = group;
  const recipes = listWords([...new Set(group.used.map((s) => s.recipe))]);
  const what = group.aggregatedByRequest
    ? `${metric} combined over brokers by the request's ${group.combine.toUpperCase()} expression`
    : combined.members === 1
      ? `${metric} of one series`
      : `the per-instant ${COMBINE_WORDS[group.combine]} over ${combined.members} brokers of ${metric}`;
  const n = combined.times.length;
  // An assumed period is not a fact about the points: then they are only counted.
  const kind = group.periodKnown ? `${periodWords(group.periodSeconds)} ` : '';
  const points = `${formatNumber(n)} ${kind}${n === 1 ? 'point' : 'points'}`;
  return `${what} (${recipes}), ${points}, ${spanWords(combined.times[0] as number, combined.times[n - 1] as number)}`;
}

/** "P99 (nearest rank)" or "maximum" (n ≤ 99, where the nearest-rank P99 is the maximum). */
export function peakWords(n: number): string {
  return n <= 99 ? 'maximum' : 'P99 (nearest rank)';
}
