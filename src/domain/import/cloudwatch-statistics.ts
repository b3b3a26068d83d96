/**
 * `aws cloudwatch get-metric-statistics` output (SPEC §13.3): `{Label, Datapoints[]}`, one metric
 * of one broker (or the cluster) per file, each datapoint keyed by the statistics asked for.
 * The output never says the period: it is read from the spacing of the points.
 */
import { atField, type IssueLog } from './issue-log';
import { isRecord, ownArray, ownString, ownValue } from './json-text';
import { DEFAULT_PERIOD_SECONDS, mskMetricInWords, perSecondValue, type MetricSeries, type Statistic } from './msk-metrics';
import { smallestGapSeconds, sortedSeries } from './series-math';
import { parseIsoTimestampMs } from './timestamps';

export function isMetricStatisticsOutput(json: unknown): boolean {
  return isRecord(json) && Array.isArray(ownValue(json, 'Datapoints')) && typeof ownValue(json, 'Label') === 'string';
}

const USED_STATISTICS: readonly Statistic[] = ['Average', 'Sum', 'Maximum'];
const OTHER_STATISTICS = ['Minimum', 'SampleCount', 'ExtendedStatistics'];

interface Points {
  readonly times: number[];
  readonly values: number[];
}

/** The series of one file: one per statistic present among Average, Sum and Maximum. */
export function readMetricStatistics(json: Readonly<Record<string, unknown>>, file: string, log: IssueLog): MetricSeries[] {
  const label = ownString(json, 'Label') ?? '';
  const metric = mskMetricInWords(label);
  if (!metric) {
    log.warn({ code: 'series-not-used', file, field: 'Label', message: `"${label.slice(0, 80)}" is not a metric the import reads` });
    return [];
  }
  const byStatistic = new Map<Statistic, Points>();
  const unused = new Set<string>();
  const datapoints = ownArray(json, 'Datapoints') ?? [];
  for (let i = 0; i < datapoints.length; i += 1) {
    const point = datapoints[i];
    const key = `Datapoints[${i}]`;
    const time = isRecord(point) ? parseIsoTimestampMs(ownString(point, 'Timestamp') ?? '') : Number.NaN;
    if (!isRecord(point) || Number.isNaN(time)) {
      log.error({ code: 'bad-timestamp', file, field: `${key}.Timestamp`, message: `${key} has no ISO 8601 Timestamp` });
      return [];
    }
    for (const name of OTHER_STATISTICS) if (ownValue(point, name) !== undefined) unused.add(name);
    for (const statistic of USED_STATISTICS) {
      const value = ownValue(point, statistic);
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        const problem = typeof value === 'number' && value < 0 ? 'negative' : 'not a number';
        log.error({
          code: problem === 'negative' ? 'negative-value' : 'non-numeric-value',
          file,
          field: `${key}.${statistic}`,
          message: `${key}.${statistic} is ${problem}`,
        });
        return [];
      }
      const points = byStatistic.get(statistic) ?? { times: [], values: [] };
      points.times.push(time);
      points.values.push(value);
      byStatistic.set(statistic, points);
    }
  }
  for (const name of unused) {
    log.warn({
      code: 'statistic-not-used',
      file,
      ...atField(name),
      message: `${metric}: statistic ${name} is not Average, Sum or Maximum, so it is not used`,
    });
  }
  return [...byStatistic].map(([statistic, points]) => seriesOf({ metric, statistic, points, file, label, log }));
}

interface SeriesInput {
  readonly metric: NonNullable<ReturnType<typeof mskMetricInWords>>;
  readonly statistic: Statistic;
  readonly points: Points;
  readonly file: string;
  readonly label: string;
  readonly log: IssueLog;
}

function seriesOf({ metric, statistic, points, file, label, log }: SeriesInput): MetricSeries {
  const sorted = sortedSeries(points.times, points.values, 'mean');
  const gap = smallestGapSeconds(sorted.times);
  const periodSeconds = Number.isFinite(gap) ? gap : DEFAULT_PERIOD_SECONDS;
  if (statistic === 'Sum') {
    // A sum is per period: the period the points are apart is the best reading of an unstated one.
    log.warn({
      code: 'assumed-recipe',
      file,
      message: `${metric}: the output does not say the period of its Sum; ${periodSeconds} s (${Number.isFinite(gap) ? 'the spacing of the datapoints' : 'assumed'}) is used`,
    });
  }
  const values = sorted.values.map((value) => perSecondValue(value, statistic, periodSeconds));
  return {
    metric,
    peakOnly: statistic === 'Maximum',
    aggregated: null,
    member: `file:${file}`,
    file,
    origin: `${file}#${label}`,
    recipe: `${statistic}, ${periodSeconds} s ${Number.isFinite(gap) ? 'from the spacing of the points' : 'assumed'}`,
    periodSeconds,
    periodKnown: false,
    points: { times: sorted.times, values },
  };
}

/**
 * get-metric-statistics returns at most 1,440 points a call, so a week of one-minute points comes as
 * several files. Series of one metric and statistic whose time windows do not overlap are read as
 * windows of one series (one member), with a warning; overlapping ones stay one broker per file.
 */
export function joinStatisticsWindows(series: readonly MetricSeries[], log: IssueLog): MetricSeries[] {
  const groups = new Map<string, MetricSeries[]>();
  for (const s of series) {
    const key = `${s.metric}\u0000${s.recipe.split(',')[0] ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const joined: MetricSeries[] = [];
  for (const group of groups.values()) {
    const windows = group
      .map((s) => ({ s, start: s.points.times[0] ?? 0, end: s.points.times[s.points.times.length - 1] ?? 0 }))
      .sort((a, b) => a.start - b.start);
    const apart = windows.length > 1 && windows.every((w, i) => i === 0 || (windows[i - 1]?.end ?? 0) < w.start);
    if (!apart) {
      joined.push(...group);
      continue;
    }
    const member = `windows:${windows.map((w) => w.s.file).join(',')}`;
    log.warn({
      code: 'windows-joined',
      file: windows.map((w) => w.s.file).join(', '),
      message: `${group[0]?.metric ?? ''}: ${windows.length} files cover one time window after another, so they are read as one series in parts (get-metric-statistics returns at most 1,440 points a call)`,
    });
    joined.push(...group.map((s) => ({ ...s, member })));
  }
  return joined;
}
