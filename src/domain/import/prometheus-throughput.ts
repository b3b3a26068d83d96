/**
 * Ingress and egress from Prometheus expositions (SPEC §13.3): byte counters differenced between
 * two scrapes (their timestamps, else `scrapeIntervalSeconds`, else warning
 * `counter-needs-two-scrapes`), a counter that falls is an error; per broker its series without a
 * `topic` label, else the sum over its topics, never both; then brokers summed per scrape and
 * statistics over time, as for every metric source.
 */
import type { Candidate } from './import-types';
import { countOf, formatNumber, listWords, spanWords } from './import-words';
import type { IssueLog } from './issue-log';
import { FINEST_PERIOD_SECONDS, FULL_WEEK_DAYS, peakWords } from './metric-group';
import { bytesPerSecondToMiBps } from './msk-metrics';
import type { ByteSample, Direction, PrometheusFile, SampleKind } from './prometheus-samples';
import { meanOf, nearestRankP99 } from './series-math';

/** Bytes per second over (start, end], instants in ms. */
interface Interval {
  readonly start: number;
  readonly end: number;
  readonly rate: number;
}

interface Series {
  readonly first: ByteSample;
  readonly points: { readonly time: number; readonly sample: ByteSample }[];
}

/** A one-minute rate stands for the minute before its scrape. */
const RATE_WINDOW_MS = 60_000;
const SECONDS_PER_DAY = 86_400;

const DIRECTIONS = [
  { direction: 'in', avgField: 'avgIngressMiBps', peakField: 'peakIngressMiBps' },
  { direction: 'out', avgField: 'avgEgressMiBps', peakField: 'peakEgressMiBps' },
] as const;

interface Timing {
  /** Instants are real: timestamps, or scrapes `scrapeIntervalSeconds` apart. */
  readonly known: boolean;
  /** Instants are dates (the scrapes carry timestamps), not offsets from the first scrape. */
  readonly dated: boolean;
  readonly timeOf: (sample: ByteSample) => number;
}

/**
 * Scrape instants. Scrapes without timestamps are ordered by their counter totals (counters only
 * grow, so the order the files were given in does not matter) and placed one interval apart.
 */
function timingOf(files: readonly PrometheusFile[], scrapeIntervalSeconds: number | undefined): Timing {
  const untimed = files
    .filter((f) => !f.timed)
    .sort((a, b) => a.counterTotal - b.counterTotal || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const f of untimed) {
    offsets.set(f.file, offset);
    offset += f.scrapes;
  }
  const stepMs = (scrapeIntervalSeconds ?? 1) * 1000;
  return {
    known: files.some((f) => f.timed) || scrapeIntervalSeconds !== undefined,
    dated: files.some((f) => f.timed),
    timeOf: (sample) => sample.timestampMs ?? ((offsets.get(sample.file) ?? 0) + sample.occurrence) * stepMs,
  };
}

function seriesOf(files: readonly PrometheusFile[], timing: Timing): Series[] {
  const byKey = new Map<string, Series>();
  for (const f of files) {
    for (const sample of f.samples) {
      const point = { time: timing.timeOf(sample), sample };
      const series = byKey.get(sample.key);
      if (series) series.points.push(point);
      else byKey.set(sample.key, { first: sample, points: [point] });
    }
  }
  for (const series of byKey.values()) if (series.points.length > 1) series.points.sort((a, b) => a.time - b.time);
  return [...byKey.values()];
}

/** Counter increases ÷ seconds between scrapes; a counter that falls (a broker restart) is an error naming the line. */
function counterIntervals(series: Series, log: IssueLog): Interval[] {
  const intervals: Interval[] = [];
  for (let i = 1; i < series.points.length; i += 1) {
    const before = series.points[i - 1];
    const after = series.points[i];
    if (!before || !after || after.time === before.time) continue;
    const increase = after.sample.value - before.sample.value;
    if (increase < 0) {
      log.error({
        code: 'counter-fell',
        file: after.sample.file,
        line: after.sample.line,
        field: after.sample.name,
        message: `line ${after.sample.line}: ${after.sample.name} {${after.sample.member}} falls from ${before.sample.value} to ${after.sample.value} (a restart resets it): import scrapes with no restart between them`,
      });
      return [];
    }
    intervals.push({ start: before.time, end: after.time, rate: increase / ((after.time - before.time) / 1000) });
  }
  return intervals;
}

function gaugeIntervals(series: Series): Interval[] {
  return series.points.map(({ time, sample }) => ({ start: time - RATE_WINDOW_MS, end: time, rate: sample.value }));
}

/** One broker's rate per scrape: its series without a topic label when it has one, else the sum over its topics (never both). */
function brokerIntervals(series: readonly Series[], toIntervals: (s: Series) => Interval[], log: IssueLog): Interval[] {
  const whole = series.filter((s) => s.first.topic === null).sort((a, b) => (a.first.key < b.first.key ? -1 : 1));
  const [chosen, ...others] = whole;
  if (chosen) {
    for (const other of others) {
      log.warn({
        code: 'series-not-used',
        file: other.first.file,
        message: `${other.first.name} {${other.first.member}} is not used: ${chosen.first.name} already gives this broker's total`,
      });
    }
    return toIntervals(chosen);
  }
  const byEnd = new Map<number, Interval>();
  for (const s of series) {
    for (const interval of toIntervals(s)) {
      const sum = byEnd.get(interval.end);
      byEnd.set(
        interval.end,
        sum ? { start: Math.min(sum.start, interval.start), end: interval.end, rate: sum.rate + interval.rate } : interval,
      );
    }
  }
  return [...byEnd.values()].sort((a, b) => a.end - b.end);
}

function byMember(series: readonly Series[]): Map<string, Series[]> {
  const members = new Map<string, Series[]>();
  for (const s of series) {
    const list = members.get(s.first.member);
    if (list) list.push(s);
    else members.set(s.first.member, [s]);
  }
  return members;
}

interface Choice {
  readonly kind: SampleKind;
  readonly members: readonly Interval[][];
  readonly series: readonly Series[];
}

/** Counters when two scrapes with known instants give increases, else the one-minute rate gauges, else nothing. */
function chooseKind(all: readonly Series[], direction: Direction, timing: Timing, log: IssueLog): Choice | undefined {
  const counters = all.filter((s) => s.first.direction === direction && s.first.kind === 'counter');
  const gauges = all.filter((s) => s.first.direction === direction && s.first.kind === 'rate');
  const twoScrapes = counters.some((s) => s.points.length >= 2);
  if (counters.length > 0 && twoScrapes && timing.known) {
    const members = [...byMember(counters).values()].map((list) => brokerIntervals(list, (s) => counterIntervals(s, log), log));
    return { kind: 'counter', members, series: counters };
  }
  if (gauges.length > 0) {
    return {
      kind: 'rate',
      members: [...byMember(gauges).values()].map((list) => brokerIntervals(list, gaugeIntervals, log)),
      series: gauges,
    };
  }
  if (counters.length > 0) {
    const first = counters[0] as Series;
    const why = twoScrapes
      ? 'the scrapes carry no timestamps: give the scrape interval'
      : 'there is one scrape only: import two scrapes of the same brokers';
    log.warn({
      code: 'counter-needs-two-scrapes',
      file: first.first.file,
      message: `bytes ${direction}: a counter gives a rate only as the difference between two scrapes; ${why}`,
    });
  }
  return undefined;
}

/** Brokers' scrapes lined up from the most recent: a broker with fewer scrapes drops the others' oldest. */
function alignFromEnd(members: readonly Interval[][]): {
  readonly sums: Float64Array;
  readonly kept: Interval[];
  readonly dropped: number;
} {
  let n = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (const m of members) {
    n = Math.min(n, m.length);
    longest = Math.max(longest, m.length);
  }
  if (!Number.isFinite(n)) n = 0;
  const sums = new Float64Array(n);
  const kept: Interval[] = [];
  for (const intervals of members) {
    const skip = intervals.length - n;
    for (let k = 0; k < n; k += 1) {
      const interval = intervals[skip + k] as Interval;
      sums[k] = (sums[k] as number) + interval.rate;
      kept.push(interval);
    }
  }
  return { sums, kept, dropped: longest - n };
}

export function derivePrometheus(files: readonly PrometheusFile[], scrapeIntervalSeconds: number | undefined, log: IssueLog): Candidate[] {
  const timing = timingOf(files, scrapeIntervalSeconds);
  // Files without timestamps are taken as successive scrapes, in the order of their counters. A broker's
  // JMX exporter scraped with curl carries no broker label, so files from different brokers look the same:
  // say how they were read, so a wrong reading is not silent.
  const untimed = files.filter((f) => !f.timed);
  if (untimed.length > 1) {
    log.warn({
      code: 'untimed-scrapes-ordered',
      file: untimed.map((f) => f.file).join(', '),
      message: `${untimed.map((f) => f.file).join(', ')} have no timestamps: they are read as successive scrapes of the same brokers, in the order their counters grow. Files from different brokers need a label that tells them apart (instance="…") on every line.`,
    });
  }
  const all = seriesOf(files, timing);
  return DIRECTIONS.flatMap((spec) => {
    const choice = chooseKind(all, spec.direction, timing, log);
    return choice ? candidatesOf({ choice, spec, timing, log }) : [];
  });
}

interface CandidateInput {
  readonly choice: Choice;
  readonly spec: (typeof DIRECTIONS)[number];
  readonly timing: Timing;
  readonly log: IssueLog;
}

function candidatesOf({ choice, spec, timing, log }: CandidateInput): Candidate[] {
  const file = choice.series[0]?.first.file ?? '';
  const { sums, kept, dropped } = alignFromEnd(choice.members);
  if (dropped > 0) {
    log.warn({
      code: 'instants-dropped',
      file,
      message: `bytes ${spec.direction}: ${countOf(dropped, 'scrape')} dropped because some broker has no value there`,
    });
  }
  if (sums.length === 0) {
    log.warn({ code: 'value-not-imported', file, message: `bytes ${spec.direction}: no scrape has a value from every broker` });
    return [];
  }
  const average = meanOf(sums);
  const peak = nearestRankP99(sums);
  if (!(average > 0)) {
    log.warn({
      code: 'value-not-imported',
      file,
      message: `bytes ${spec.direction}: no traffic between these scrapes, so the scenario keeps its throughput`,
    });
    return [];
  }
  const coverage = coverageWords({ kept, n: sums.length, choice, timing, file, log, direction: spec.direction });
  const what = `the per-scrape sum over ${countOf(choice.members.length, 'broker')} of ${choice.kind === 'counter' ? 'byte-counter increases ÷ seconds between scrapes' : 'one-minute byte rates'} (per broker its series without a topic label, else the sum over its topics; replication bytes and __ topics never counted), ${coverage}; bytes/s ÷ 1,048,576 = MiB/s`;
  const from = listWords([...new Set(choice.series.map((s) => `${s.first.file}#${s.first.name}`))], 3);
  return [
    { field: spec.avgField, value: bytesPerSecondToMiBps(average), from, method: `mean of ${what}`, source: 'prometheus', file },
    {
      field: spec.peakField,
      value: bytesPerSecondToMiBps(peak),
      from,
      method: `${peakWords(sums.length)} of ${what}`,
      source: 'prometheus',
      file,
    },
  ];
}

interface CoverageInput {
  readonly kept: readonly Interval[];
  readonly n: number;
  readonly choice: Choice;
  readonly timing: Timing;
  readonly file: string;
  readonly log: IssueLog;
  readonly direction: Direction;
}

/** Warnings about what the scrapes cover (SPEC §13.3), and the words for it. */
function coverageWords({ kept, n, choice, timing, file, log, direction }: CoverageInput): string {
  const label = `bytes ${direction}`;
  if (n === 1) log.warn({ code: 'single-sample', file, message: `${label}: one interval only, so its average is its peak` });
  const intervals = countOf(n, choice.kind === 'counter' ? 'interval' : 'scrape');
  if (!timing.known) {
    log.warn({
      code: 'short-window',
      file,
      message: `${label}: the scrapes carry no timestamps, and a few scrapes cover minutes, not the ${FULL_WEEK_DAYS} days a weekly peak needs`,
    });
    return `${intervals} without timestamps`;
  }
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const interval of kept) {
    start = Math.min(start, interval.start);
    end = Math.max(end, interval.end);
  }
  const seconds = (end - start) / 1000;
  const meanInterval = choice.kind === 'counter' ? seconds / n : RATE_WINDOW_MS / 1000;
  if (meanInterval > FINEST_PERIOD_SECONDS) {
    log.warn({
      code: 'coarse-period',
      file,
      message: `${label}: scrapes ${formatNumber(meanInterval)} s apart on average; peaks shorter than that are averaged away`,
    });
  }
  if (seconds / SECONDS_PER_DAY < FULL_WEEK_DAYS) {
    log.warn({
      code: 'short-window',
      file,
      message: `${label}: the scrapes cover ${formatNumber(seconds)} s (fewer than ${FULL_WEEK_DAYS} days): a weekly peak may be missing`,
    });
  }
  // Scrapes placed one interval apart have no dates to name.
  return timing.dated
    ? `${intervals} over ${formatNumber(seconds)} s, ${spanWords(start, end)}`
    : `${intervals} over ${formatNumber(seconds)} s`;
}
