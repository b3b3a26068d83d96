/**
 * The CloudWatch metrics the import reads (SPEC §13.3) and the one series shape that
 * get-metric-data, get-metric-statistics and Metric Streams all turn into.
 */
import type { Combine, TimeSeries } from './series-math';

/**
 * AWS/Kafka metrics that fill the scenario, plus EC2's `CPUUtilization` (brokers you run on EC2
 * publish CPU only there). `GlobalTopicCount` is recognised so that it is not reported as unknown.
 */
export const MSK_METRICS = [
  'BytesInPerSec',
  'BytesOutPerSec',
  'GlobalPartitionCount',
  'GlobalTopicCount',
  'PartitionCount',
  'CpuUser',
  'CpuSystem',
  'KafkaDataLogsDiskUsed',
  'CPUUtilization',
] as const;

export type MskMetric = (typeof MSK_METRICS)[number];

const METRIC_BY_LOWER_NAME: ReadonlyMap<string, MskMetric> = new Map(MSK_METRICS.map((metric) => [metric.toLowerCase(), metric]));

/** The metric named exactly (any case) by `name`. */
export function mskMetricNamed(name: string): MskMetric | undefined {
  return METRIC_BY_LOWER_NAME.get(name.toLowerCase());
}

/**
 * The metric a label or query id names as one of its words: "BytesInPerSec",
 * "my-cluster 1 BytesInPerSec", "sum_bytesinpersec". Whole words only, so
 * "ReplicationBytesInPerSec" and "TotalLocalStorageUsage(GB)" name none.
 */
export function mskMetricInWords(text: string): MskMetric | undefined {
  for (const word of text.slice(0, 500).split(/[^A-Za-z0-9]+/)) {
    const metric = word === '' ? undefined : mskMetricNamed(word);
    if (metric) return metric;
  }
  return undefined;
}

/** The CloudWatch statistics the import can use (SPEC §13.3); anything else is warned as not used. */
export type Statistic = 'Average' | 'Sum' | 'Maximum';

export function statisticNamed(name: string): Statistic | undefined {
  const lower = name.trim().toLowerCase();
  if (lower === 'average') return 'Average';
  if (lower === 'sum') return 'Sum';
  if (lower === 'maximum') return 'Maximum';
  return undefined;
}

/** CloudWatch's default and finest period for MSK metrics, and the one assumed when nothing says (SPEC §13.3). */
export const DEFAULT_PERIOD_SECONDS = 60;

/**
 * A statistic's value as a per-second figure: `Average` as is, `Sum` over a period P × 60 ÷ P
 * (MSK publishes one per-second sample a minute, so the sum adds P/60 of them; SPEC §13.3),
 * `Maximum` as is (it then gives only the peak).
 */
export function perSecondValue(value: number, statistic: Statistic, periodSeconds: number): number {
  return statistic === 'Sum' ? (value * DEFAULT_PERIOD_SECONDS) / periodSeconds : value;
}

/** One broker's (or the cluster's) values of one metric and statistic, converted to per-second figures. */
export interface MetricSeries {
  readonly metric: MskMetric;
  /** `Maximum` series give peaks only; `Average` and converted `Sum` series give both. */
  readonly peakOnly: boolean;
  /** How the request already combined brokers (a SUM(...) expression), or null for one broker or one cluster-level series. */
  readonly aggregated: Combine | null;
  /** Which broker: series of one member are merged, series of different members combined. */
  readonly member: string;
  /** One topic's share of a broker (a `Topic` dimension): added up per broker, never beside the broker's total. */
  readonly perTopic?: boolean;
  readonly file: string;
  /** "file#series" for derivations. */
  readonly origin: string;
  /** What was asked for, for derivations: "Average, 60 s". */
  readonly recipe: string;
  readonly periodSeconds: number;
  /** False when the period was assumed or read from the spacing of the points. */
  readonly periodKnown: boolean;
  readonly points: TimeSeries;
}

/** Bytes in a MiB: bytes per second ÷ 1,048,576 = MiB/s (SPEC §13.3). */
const BYTES_PER_MIB = 1_048_576;

export function bytesPerSecondToMiBps(bytesPerSecond: number): number {
  return bytesPerSecond / BYTES_PER_MIB;
}
