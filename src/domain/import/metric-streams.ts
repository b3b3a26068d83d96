/**
 * CloudWatch Metric Streams in JSON (SPEC §13.3): one object per line with `namespace`,
 * `metric_name`, `dimensions`, `timestamp` (ms) and `value{max,min,sum,count}`. Each minute's
 * average is sum ÷ count. Records of other namespaces, and per-topic records (the per-broker
 * ones already hold their traffic), are skipped; files of one stream are read together.
 */
import { atLine, type IssueLog } from './issue-log';
import { isRecord, ownRecord, ownString, ownValue, readJson } from './json-text';
import { countOf, listWords } from './import-words';
import { mskMetricNamed, type MetricSeries, type MskMetric } from './msk-metrics';
import { sortedSeries } from './series-math';
import { forEachLine } from './text-input';
import { parseIsoTimestampMs } from './timestamps';

/** True when `json` (one line) is a Metric Streams record. */
export function isMetricStreamRecord(json: unknown): boolean {
  return (
    isRecord(json) &&
    typeof ownValue(json, 'metric_name') === 'string' &&
    typeof ownValue(json, 'namespace') === 'string' &&
    isRecord(ownValue(json, 'value'))
  );
}

interface MemberPoints {
  readonly metric: MskMetric;
  readonly member: string;
  readonly file: string;
  readonly times: number[];
  readonly values: number[];
}

/** The points of every stream file, gathered before series are built (a broker's minutes may span files). */
export class MetricStreamPoints {
  readonly byKey = new Map<string, MemberPoints>();
  readonly clusters = new Set<string>();
  readonly clusterFiles = new Set<string>();
}

interface Skipped {
  otherNamespace: number;
  perTopic: number;
  readonly unknownMetrics: Set<string>;
}

/** Reads one file's lines into `into`; a broken line is an error naming its line. */
export function readMetricStreamFile(text: string, file: string, log: IssueLog, into: MetricStreamPoints): void {
  const skipped: Skipped = { otherNamespace: 0, perTopic: 0, unknownMetrics: new Set() };
  forEachLine(text, (line, lineNumber) => {
    if (line.trim() === '') return;
    const read = readJson(line, lineNumber);
    if (!read.ok) {
      log.error({ code: 'invalid-json', file, line: read.line, message: `line ${read.line}, column ${read.column}: ${read.problem}` });
      return;
    }
    readRecord({ record: read.value, file, lineNumber, log, into, skipped });
  });
  const notes: string[] = [];
  if (skipped.otherNamespace > 0) notes.push(`${countOf(skipped.otherNamespace, 'record')} of other namespaces than AWS/Kafka`);
  if (skipped.perTopic > 0) notes.push(`${countOf(skipped.perTopic, 'per-topic record')} (the per-broker records hold the same traffic)`);
  if (skipped.unknownMetrics.size > 0) notes.push(`metrics the import does not read: ${listWords([...skipped.unknownMetrics].sort())}`);
  if (notes.length > 0) log.warn({ code: 'series-not-used', file, message: `skipped ${notes.join('; ')}` });
}

interface RecordRead {
  readonly record: unknown;
  readonly file: string;
  readonly lineNumber: number;
  readonly log: IssueLog;
  readonly into: MetricStreamPoints;
  readonly skipped: Skipped;
}

function readRecord({ record, file, lineNumber, log, into, skipped }: RecordRead): void {
  if (!isMetricStreamRecord(record) || !isRecord(record)) {
    log.error({
      code: 'bad-record',
      file,
      line: lineNumber,
      message: `line ${lineNumber} is not a Metric Streams record (namespace, metric_name, value)`,
    });
    return;
  }
  if (ownString(record, 'namespace') !== 'AWS/Kafka' && ownString(record, 'metric_name') !== 'CPUUtilization') {
    skipped.otherNamespace += 1;
    return;
  }
  const name = ownString(record, 'metric_name') ?? '';
  const metric = mskMetricNamed(name);
  if (!metric) {
    skipped.unknownMetrics.add(name.slice(0, 60));
    return;
  }
  const dimensions = ownRecord(record, 'dimensions') ?? {};
  if (ownValue(dimensions, 'Topic') !== undefined) {
    skipped.perTopic += 1;
    return;
  }
  const time = timestampOf(ownValue(record, 'timestamp'));
  const average = averageOf(ownRecord(record, 'value') ?? {});
  if (Number.isNaN(time) || Number.isNaN(average)) {
    const problem = Number.isNaN(time) ? 'timestamp is not a time' : 'value needs a finite sum of 0 or more and a count above 0';
    log.error({
      code: Number.isNaN(time) ? 'bad-timestamp' : 'non-numeric-value',
      file,
      ...atLine(lineNumber),
      message: `line ${lineNumber}: ${problem}`,
    });
    return;
  }
  const cluster = String(ownValue(dimensions, 'Cluster Name') ?? ownValue(dimensions, 'InstanceId') ?? '');
  const broker = ownValue(dimensions, 'Broker ID') ?? ownValue(dimensions, 'InstanceId');
  if (ownValue(dimensions, 'Cluster Name') !== undefined) {
    into.clusters.add(cluster);
    into.clusterFiles.add(file);
  }
  const member = `${cluster}/${broker === undefined ? 'cluster' : String(broker)}`;
  const key = `${metric}\u0000${member}`;
  const points = into.byKey.get(key) ?? { metric, member, file, times: [], values: [] };
  points.times.push(time);
  points.values.push(average);
  into.byKey.set(key, points);
}

function timestampOf(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  return typeof value === 'string' ? parseIsoTimestampMs(value) : Number.NaN;
}

/** The minute's average, sum ÷ count (SPEC §13.3); NaN when either is missing or not finite. */
function averageOf(value: Readonly<Record<string, unknown>>): number {
  const sum = ownValue(value, 'sum');
  const count = ownValue(value, 'count');
  if (
    typeof sum !== 'number' ||
    typeof count !== 'number' ||
    !(sum >= 0) ||
    !Number.isFinite(sum) ||
    !(count > 0) ||
    !Number.isFinite(count)
  ) {
    return Number.NaN;
  }
  return sum / count;
}

/** Metric Streams deliver one-minute aggregates. */
const STREAM_PERIOD_SECONDS = 60;

/** The series of all stream files; records of several clusters are an error (their brokers cannot be added up). */
export function metricStreamSeries(points: MetricStreamPoints, log: IssueLog): MetricSeries[] {
  if (points.clusters.size > 1) {
    log.error({
      code: 'several-clusters',
      file: [...points.clusterFiles].join(', '),
      message: `the stream holds metrics of ${points.clusters.size} clusters (${listWords([...points.clusters].sort())}): import one cluster's records`,
    });
    return [];
  }
  return [...points.byKey.values()].map((member) => ({
    metric: member.metric,
    peakOnly: false,
    aggregated: null,
    member: member.member,
    file: member.file,
    origin: `${member.file}#${member.metric}`,
    recipe: 'Average (sum ÷ count), 60 s',
    periodSeconds: STREAM_PERIOD_SECONDS,
    periodKnown: true,
    points: sortedSeries(member.times, member.values, 'mean'),
  }));
}
