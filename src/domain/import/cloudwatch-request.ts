/**
 * The request behind a get-metric-data output (`--metric-data-queries`: a JSON array of
 * `{Id, MetricStat | Expression}`, or `--cli-input-json` with `MetricDataQueries`). It says which
 * metric, statistic and period each result Id holds, and whether an expression already summed
 * the brokers (SPEC §13.3; kcp builds SEARCH per broker and SUM over them).
 */
import { isRecord, ownArray, ownRecord, ownString, ownValue } from './json-text';
import { mskMetricNamed, type MskMetric } from './msk-metrics';
import type { Combine } from './series-math';

export interface QueryRecipe {
  /** The metric as named in the request ("BytesInPerSec"), whether or not the import uses it. */
  readonly metricName: string;
  readonly metric: MskMetric | undefined;
  /** The statistic as written ("Average", "p99"): the reader decides whether it can use it. */
  readonly statistic: string;
  readonly periodSeconds: number;
  /** The function of a SUM(id)/MAX(id)/AVG(id) expression over per-broker results, null for one series per result. */
  readonly aggregated: Combine | null;
  /** The `Broker ID` dimension of a MetricStat query, naming its broker. */
  readonly broker?: string;
  /** The `Topic` dimension: one topic's share of a broker's traffic (MSK's PER_TOPIC_PER_BROKER level). */
  readonly topic?: string;
}

/** An expression longer than this is not a query we can read (and regular expressions stay cheap). */
const MAX_EXPRESSION_CHARS = 4000;

const AGGREGATES: Readonly<Record<string, Combine>> = { SUM: 'sum', MAX: 'max', AVG: 'mean' };

/** True for a request file: a JSON array (or `MetricDataQueries`) of objects with `Id` and `MetricStat` or `Expression`. */
export function isMetricDataRequest(json: unknown): boolean {
  const queries = queriesOf(json);
  return (
    queries !== undefined &&
    queries.length > 0 &&
    queries.every(
      (q) =>
        isRecord(q) &&
        typeof ownValue(q, 'Id') === 'string' &&
        (isRecord(ownValue(q, 'MetricStat')) || typeof ownValue(q, 'Expression') === 'string'),
    )
  );
}

function queriesOf(json: unknown): readonly unknown[] | undefined {
  if (Array.isArray(json)) return json as unknown[];
  return isRecord(json) ? ownArray(json, 'MetricDataQueries') : undefined;
}

/** What a request says: every query Id, and the recipe of each that names a metric, a statistic and a period. */
export interface MetricDataRequest {
  readonly ids: ReadonlySet<string>;
  readonly recipes: ReadonlyMap<string, QueryRecipe>;
}

export function readMetricDataRequest(json: unknown): MetricDataRequest {
  const byId = new Map<string, Readonly<Record<string, unknown>>>();
  for (const query of queriesOf(json) ?? []) {
    const id = isRecord(query) ? ownString(query, 'Id') : undefined;
    if (id !== undefined && isRecord(query)) byId.set(id, query);
  }
  const recipes = new Map<string, QueryRecipe>();
  for (const id of byId.keys()) {
    const recipe = recipeOf(id, byId, 0);
    if (recipe) recipes.set(id, recipe);
  }
  return { ids: new Set(byId.keys()), recipes };
}

function recipeOf(id: string, byId: ReadonlyMap<string, Readonly<Record<string, unknown>>>, depth: number): QueryRecipe | undefined {
  const query = byId.get(id);
  if (!query || depth > 3) return undefined;
  const metricStat = ownRecord(query, 'MetricStat');
  if (metricStat) return recipeOfMetricStat(metricStat);
  const expression = ownString(query, 'Expression');
  if (expression === undefined || expression.length > MAX_EXPRESSION_CHARS) return undefined;
  const aggregate = /^\s*(SUM|MAX|AVG)\s*\(\s*([A-Za-z0-9_]+)\s*\)\s*$/i.exec(expression);
  if (aggregate) {
    const inner = recipeOf(aggregate[2] as string, byId, depth + 1);
    const combine = AGGREGATES[(aggregate[1] as string).toUpperCase()];
    return inner && combine ? { ...inner, aggregated: combine } : undefined;
  }
  return recipeOfSearch(expression);
}

function recipeOfMetricStat(metricStat: Readonly<Record<string, unknown>>): QueryRecipe | undefined {
  const metric = ownRecord(metricStat, 'Metric');
  const metricName = metric ? ownString(metric, 'MetricName') : undefined;
  const statistic = ownString(metricStat, 'Stat');
  const period = ownValue(metricStat, 'Period');
  if (metricName === undefined || statistic === undefined || typeof period !== 'number' || !(period > 0)) return undefined;
  const dimensions = metric ? ownArray(metric, 'Dimensions') : undefined;
  const broker = brokerDimension(dimensions);
  const topic = brokerDimension(dimensions, 'Topic');
  return {
    metricName,
    metric: mskMetricNamed(metricName),
    statistic,
    periodSeconds: period,
    aggregated: null,
    ...(broker === undefined ? {} : { broker }),
    ...(topic === undefined ? {} : { topic }),
  };
}

function brokerDimension(dimensions: readonly unknown[] | undefined, name = 'Broker ID'): string | undefined {
  for (const dimension of dimensions ?? []) {
    if (!isRecord(dimension) || ownString(dimension, 'Name') !== name) continue;
    const value = ownValue(dimension, 'Value');
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/** `SEARCH('{AWS/Kafka,...} MetricName="BytesInPerSec" ...', 'Average', 60)`: each broker's series under one Id. */
function recipeOfSearch(expression: string): QueryRecipe | undefined {
  if (!/^\s*SEARCH\s*\(/i.test(expression)) return undefined;
  const name = /MetricName\s*=\s*"?([A-Za-z0-9_.-]+)"?/.exec(expression);
  const tail = /,\s*'([A-Za-z0-9.()%]+)'\s*,\s*([0-9]+)\s*\)\s*$/.exec(expression);
  if (!name || !tail) return undefined;
  const metricName = name[1] as string;
  if (!(Number(tail[2]) > 0)) return undefined;
  return { metricName, metric: mskMetricNamed(metricName), statistic: tail[1] as string, periodSeconds: Number(tail[2]), aggregated: null };
}
