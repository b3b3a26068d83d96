/**
 * `aws cloudwatch get-metric-data` output (SPEC §13.3): `MetricDataResults[]` of
 * `{Id, Label, Timestamps, Values, StatusCode}`. Pages with the same Id (and label) are joined,
 * in one file or across files; the request, when given, says what each Id holds.
 */
import { atField, type IssueLog } from './issue-log';
import { isRecord, ownArray, ownString, ownValue } from './json-text';
import {
  DEFAULT_PERIOD_SECONDS,
  mskMetricInWords,
  perSecondValue,
  statisticNamed,
  type MetricSeries,
  type MskMetric,
  type Statistic,
} from './msk-metrics';
import type { MetricDataRequest, QueryRecipe } from './cloudwatch-request';
import { sortedSeries } from './series-math';
import { parseIsoTimestampMs } from './timestamps';
import { listWords } from './import-words';

/** One result of one page, checked: instants in UTC ms and finite values of equal length. */
export interface MetricDataResult {
  readonly id: string;
  readonly label: string;
  readonly file: string;
  readonly times: Float64Array;
  readonly values: Float64Array;
}

export function isMetricDataOutput(json: unknown): boolean {
  return isRecord(json) && Array.isArray(ownValue(json, 'MetricDataResults'));
}

const USABLE_STATUS = new Set(['Complete', 'PartialData']);

/**
 * The results of one output file, and whether CloudWatch has more pages after it (a NextToken or a
 * PartialData status); a broken result is an error naming the file and the series, and is left out.
 */
export function readMetricDataOutput(
  json: Readonly<Record<string, unknown>>,
  file: string,
  log: IssueLog,
): { readonly results: MetricDataResult[]; readonly morePages: boolean } {
  const results: MetricDataResult[] = [];
  const timestampCache = new Map<string, number>();
  let morePages = ownValue(json, 'NextToken') !== undefined && ownValue(json, 'NextToken') !== null;
  (ownArray(json, 'MetricDataResults') ?? []).forEach((entry, index) => {
    const key = `MetricDataResults[${index}]`;
    if (!isRecord(entry)) {
      log.error({ code: 'bad-series', file, field: key, message: `${key} is not an object` });
      return;
    }
    const status = ownString(entry, 'StatusCode');
    if (status === 'PartialData') morePages = true;
    const read = readResult({ entry, key, file, log, timestampCache });
    if (!read) return;
    if (status !== undefined && !USABLE_STATUS.has(status)) {
      log.error({
        code: 'bad-status-code',
        file,
        field: `${key}.StatusCode`,
        message: `series ${read.id}: StatusCode "${status}" (only Complete or PartialData can be read)`,
      });
      return;
    }
    results.push(read);
  });
  return { results, morePages };
}

/**
 * `partial-data` when every output given says more pages follow: the last page (no NextToken, every
 * series Complete) is missing. When it is among the files, the pages are all there and are joined.
 */
export function warnMissingPages(pages: readonly { readonly file: string; readonly morePages: boolean }[], log: IssueLog): void {
  if (pages.length === 0 || pages.some((p) => !p.morePages)) return;
  for (const { file } of pages) {
    log.warn({
      code: 'partial-data',
      file,
      message: 'CloudWatch has more pages of this data (PartialData or NextToken): import every page, pages with the same Id are joined',
    });
  }
}

interface ResultRead {
  readonly entry: Readonly<Record<string, unknown>>;
  readonly key: string;
  readonly file: string;
  readonly log: IssueLog;
  readonly timestampCache: Map<string, number>;
}

function readResult({ entry, key, file, log, timestampCache }: ResultRead): MetricDataResult | undefined {
  const id = ownString(entry, 'Id');
  const timestamps = ownArray(entry, 'Timestamps');
  const rawValues = ownArray(entry, 'Values');
  if (id === undefined || !timestamps || !rawValues) {
    log.error({ code: 'bad-series', file, field: key, message: `${key} needs Id, Timestamps and Values` });
    return undefined;
  }
  const label = ownString(entry, 'Label') ?? id;
  if (timestamps.length !== rawValues.length) {
    log.error({
      code: 'length-mismatch',
      file,
      field: key,
      message: `series ${id}: ${timestamps.length} Timestamps but ${rawValues.length} Values`,
    });
    return undefined;
  }
  const times = new Float64Array(timestamps.length);
  const values = new Float64Array(timestamps.length);
  for (let i = 0; i < timestamps.length; i += 1) {
    const stamp = timestamps[i];
    let time = typeof stamp === 'string' ? timestampCache.get(stamp) : undefined;
    if (time === undefined && typeof stamp === 'string') {
      time = parseIsoTimestampMs(stamp);
      timestampCache.set(stamp, time);
    }
    const value = rawValues[i];
    if (time === undefined || Number.isNaN(time)) {
      log.error({
        code: 'bad-timestamp',
        file,
        field: `${key}.Timestamps[${i}]`,
        message: `series ${id}: Timestamps[${i}] is not an ISO 8601 time`,
      });
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      log.error({ code: 'non-numeric-value', file, field: `${key}.Values[${i}]`, message: `series ${id}: Values[${i}] is not a number` });
      return undefined;
    }
    times[i] = time;
    values[i] = value;
  }
  return { id, label, file, times, values };
}

/**
 * Which broker a result holds, so that CpuUser and CpuSystem of one broker pair up: the request's
 * `Broker ID`, else the label without the metric's name (a SEARCH labels each broker's series
 * "1", "my-cluster 2 CpuUser"), else the result itself.
 */
function memberOf({
  id,
  label,
  metric,
  recipe,
}: {
  id: string;
  label: string;
  metric: MskMetric;
  recipe: QueryRecipe | undefined;
}): string {
  if (recipe?.aggregated) return 'cluster';
  // One topic's series of a broker is its own member, so the topics add up (combined by SUM across members).
  if (recipe?.broker !== undefined)
    return recipe.topic === undefined ? `broker ${recipe.broker}` : `broker ${recipe.broker} topic ${recipe.topic}`;
  const rest = label
    .split(/\s+/)
    .filter((word) => word !== '' && word.toLowerCase() !== metric.toLowerCase())
    .join(' ');
  return rest === '' ? `series ${id}\u0000${label}` : `label ${rest}`;
}

/** Pages of one series joined: same Id and same label (a SEARCH returns one label per broker under one Id). */
function groupPages(results: readonly MetricDataResult[]): Map<string, MetricDataResult[]> {
  const groups = new Map<string, MetricDataResult[]>();
  for (const result of results) {
    const key = `${result.id}\u0000${result.label}`;
    const group = groups.get(key);
    if (group) group.push(result);
    else groups.set(key, [result]);
  }
  return groups;
}

function concatenated(parts: readonly Float64Array[]): Float64Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Float64Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Turns the results into metric series. Without a request for an Id, SPEC §13.3 assumes per-broker
 * `Average` over 60 s (warning `assumed-recipe`, once per file) and finds the metric in the label or Id.
 */
export function metricDataSeries(results: readonly MetricDataResult[], request: MetricDataRequest, log: IssueLog): MetricSeries[] {
  const series: MetricSeries[] = [];
  const assumedIn = new Map<string, Set<string>>();
  for (const pages of groupPages(results).values()) {
    const { id, label, file } = pages[0] as MetricDataResult;
    const recipe = request.recipes.get(id);
    if (!recipe && request.ids.has(id)) {
      // The request computes this Id with an expression the import cannot follow: its values may be anything (a ratio, GB).
      log.warn({
        code: 'series-not-used',
        file,
        ...atField(id),
        message: `series ${id} ("${label.slice(0, 80)}"): the request computes it with an expression the import does not read`,
      });
      continue;
    }
    const metric = recipe ? recipe.metric : (mskMetricInWords(label) ?? mskMetricInWords(id));
    if (!metric) {
      log.warn({
        code: 'series-not-used',
        file,
        ...atField(id),
        message: `series ${id} ("${label.slice(0, 80)}") is not a metric the import reads`,
      });
      continue;
    }
    const statistic: Statistic | undefined = recipe ? statisticNamed(recipe.statistic) : 'Average';
    if (!statistic) {
      log.warn({
        code: 'statistic-not-used',
        file,
        ...atField(id),
        message: `series ${id} (${metric}): statistic ${recipe?.statistic ?? '?'} is not Average, Sum or Maximum, so it is not used`,
      });
      continue;
    }
    if (!recipe) for (const page of pages) assumedIn.set(page.file, (assumedIn.get(page.file) ?? new Set()).add(id));
    const periodSeconds = recipe?.periodSeconds ?? DEFAULT_PERIOD_SECONDS;
    const values = concatenated(pages.map((page) => page.values)).slice();
    const negativeAt = values.findIndex((value) => value < 0);
    if (negativeAt >= 0) {
      // Every metric the import reads (bytes, counts, percentages) is at least 0: a negative one is a broken export.
      log.error({
        code: 'negative-value',
        file,
        ...atField(id),
        message: `series ${id} (${metric}): value ${values[negativeAt]} is negative`,
      });
      continue;
    }
    for (let i = 0; i < values.length; i += 1) values[i] = perSecondValue(values[i] as number, statistic, periodSeconds);
    series.push({
      metric,
      peakOnly: statistic === 'Maximum',
      aggregated: recipe?.aggregated ?? null,
      member: memberOf({ id, label, metric, recipe }),
      ...(recipe?.topic === undefined ? {} : { perTopic: true }),
      file,
      origin: `${file}#${label}`,
      recipe: `${statistic}, ${periodSeconds} s${recipe ? '' : ' assumed'}`,
      periodSeconds,
      periodKnown: recipe !== undefined,
      points: sortedSeries(concatenated(pages.map((page) => page.times)), values, 'mean'),
    });
  }
  for (const [file, ids] of assumedIn) {
    log.warn({
      code: 'assumed-recipe',
      file,
      message: `the output does not say which statistic and period were asked for, and no request names ${listWords([...ids])}: per-broker Average over 60 s is assumed`,
    });
  }
  return series;
}
