/**
 * The samples of a Prometheus exposition that carry client traffic (SPEC §13.3): the JMX
 * exporter's `kafka_server_brokertopicmetrics_bytesin_total` / `…bytesout_total` in any case, also
 * `…_count`, and the `…_oneminuterate{name="BytesInPerSec"}` gauge. `replicationbytes*` is broker
 * to broker traffic and never counted; topics starting `__` are Kafka's own and excluded.
 */
import { atLine, type IssueLog } from './issue-log';
import { parsePrometheusLine, type PrometheusSample } from './prometheus-line';
import { forEachLine } from './text-input';

export type Direction = 'in' | 'out';
/** A counter of bytes since the broker started, or a gauge already in bytes per second. */
export type SampleKind = 'counter' | 'rate';

export interface ByteSample {
  /** Series identity: direction, kind, broker, topic and metric name. */
  readonly key: string;
  readonly name: string;
  readonly direction: Direction;
  readonly kind: SampleKind;
  /** The broker: every label but `topic` and `name`, so one broker's per-topic series share it. */
  readonly member: string;
  readonly topic: string | null;
  readonly value: number;
  readonly timestampMs?: number;
  /** How many times this series appeared earlier in the same file: a file may hold several scrapes. */
  readonly occurrence: number;
  readonly file: string;
  readonly line: number;
}

export interface PrometheusFile {
  readonly file: string;
  readonly samples: readonly ByteSample[];
  readonly timed: boolean;
  /** Sum of every byte counter: counters only grow, so a later scrape without timestamps has the larger total. */
  readonly counterTotal: number;
  readonly scrapes: number;
}

const PREFIX = 'kafka_server_brokertopicmetrics_';

/** Direction and kind of a byte metric, or undefined for any other metric (replication bytes included). */
export function classifyByteMetric(
  name: string,
  labels: ReadonlyMap<string, string>,
): { direction: Direction; kind: SampleKind } | undefined {
  const lower = name.toLowerCase();
  if (!lower.startsWith(PREFIX)) return undefined;
  const suffix = lower.slice(PREFIX.length);
  const nameLabel = (labels.get('name') ?? '').toLowerCase();
  if (suffix.includes('replicationbytes') || nameLabel.includes('replicationbytes')) return undefined;
  const direction: Direction | undefined =
    suffix.startsWith('bytesin') || nameLabel.startsWith('bytesin')
      ? 'in'
      : suffix.startsWith('bytesout') || nameLabel.startsWith('bytesout')
        ? 'out'
        : undefined;
  if (!direction) return undefined;
  if (suffix.endsWith('oneminuterate')) return { direction, kind: 'rate' };
  const isCounter = suffix.endsWith('_total') || suffix.endsWith('_count') || suffix === 'total' || suffix === 'count';
  return isCounter ? { direction, kind: 'counter' } : undefined;
}

function memberOf(labels: ReadonlyMap<string, string>): string {
  const pairs = [...labels].filter(([key]) => key !== 'topic' && key !== 'name').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs.length === 0 ? '(no labels)' : pairs.map(([key, value]) => `${key}="${value}"`).join(',');
}

interface FileState {
  readonly samples: ByteSample[];
  readonly occurrences: Map<string, number>;
  timedCount: number;
  untimedCount: number;
  counterTotal: number;
}

/** Reads one exposition; every unparsable line is an error with its line number (SPEC §13.3). */
export function readPrometheusFile(text: string, file: string, log: IssueLog): PrometheusFile {
  const state: FileState = { samples: [], occurrences: new Map(), timedCount: 0, untimedCount: 0, counterTotal: 0 };
  forEachLine(text, (line, lineNumber) => {
    const parsed = parsePrometheusLine(line);
    if (parsed.kind === 'error') {
      log.error({ code: 'unparsable-line', file, line: lineNumber, message: `line ${lineNumber}: ${parsed.problem}` });
    } else if (parsed.kind === 'sample') {
      addSample({ sample: parsed.sample, file, lineNumber, log, state });
    }
  });
  if (state.timedCount > 0 && state.untimedCount > 0) {
    log.error({
      code: 'mixed-timestamps',
      file,
      message: `${state.timedCount} byte samples carry a timestamp and ${state.untimedCount} do not: scrapes cannot be told apart`,
    });
  }
  let scrapes = 0;
  for (const count of state.occurrences.values()) scrapes = Math.max(scrapes, count);
  return { file, samples: state.samples, timed: state.timedCount > 0, counterTotal: state.counterTotal, scrapes };
}

interface SampleInput {
  readonly sample: PrometheusSample;
  readonly file: string;
  readonly lineNumber: number;
  readonly log: IssueLog;
  readonly state: FileState;
}

function addSample({ sample, file, lineNumber, log, state }: SampleInput): void {
  const metric = classifyByteMetric(sample.name, sample.labels);
  if (!metric) return;
  const topic = sample.labels.get('topic') ?? null;
  if (topic !== null && topic.startsWith('__')) return;
  if (!Number.isFinite(sample.value)) {
    log.error({
      code: 'non-numeric-value',
      file,
      ...atLine(lineNumber),
      message: `line ${lineNumber}: ${sample.name} is ${String(sample.value)}, not a count of bytes`,
    });
    return;
  }
  if (sample.value < 0) {
    log.error({
      code: 'negative-value',
      file,
      ...atLine(lineNumber),
      message: `line ${lineNumber}: ${sample.name} is negative (${sample.value}); bytes cannot be`,
    });
    return;
  }
  const member = memberOf(sample.labels);
  const key = `${metric.direction}|${metric.kind}|${member}|${topic ?? ''}|${sample.name.toLowerCase()}`;
  const occurrence = state.occurrences.get(key) ?? 0;
  state.occurrences.set(key, occurrence + 1);
  if (sample.timestampMs === undefined) state.untimedCount += 1;
  else state.timedCount += 1;
  if (metric.kind === 'counter') state.counterTotal += sample.value;
  const { direction, kind } = metric;
  const { name, value, timestampMs } = sample;
  state.samples.push(
    timestampMs === undefined
      ? { key, name, direction, kind, member, topic, value, occurrence, file, line: lineNumber }
      : { key, name, direction, kind, member, topic, value, timestampMs, occurrence, file, line: lineNumber },
  );
}
