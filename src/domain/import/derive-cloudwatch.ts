/**
 * Scenario values from CloudWatch series, whichever of get-metric-data, get-metric-statistics or
 * Metric Streams they came from (SPEC §13.3): throughput summed across brokers per instant then
 * averaged and P99'd over time, controller-only counts by maximum across brokers, replica counts,
 * CPU of the busiest broker, disk use, and the days covered.
 */
import { cpuCandidates } from './cloudwatch-cpu';
import type { Candidate, ImportValue } from './import-types';
import { coveredDays, formatNumber } from './import-words';
import type { IssueLog } from './issue-log';
import {
  groupWords,
  metricGroup,
  originOf,
  peakClassSeries,
  peakWords,
  seriesOfClass,
  warnAboutCoverage,
  type MetricGroup,
} from './metric-group';
import { bytesPerSecondToMiBps, type MetricSeries, type MskMetric } from './msk-metrics';
import { maxOf, meanOf, nearestRankP99, type Combine } from './series-math';

const MIB_WORDS = 'bytes/s ÷ 1,048,576 = MiB/s';

const THROUGHPUT = [
  { metric: 'BytesInPerSec', avgField: 'avgIngressMiBps', peakField: 'peakIngressMiBps' },
  { metric: 'BytesOutPerSec', avgField: 'avgEgressMiBps', peakField: 'peakEgressMiBps' },
] as const;

function candidateOf(field: string, value: ImportValue, groups: readonly MetricGroup[], method: string): Candidate {
  return { field, value, from: originOf(groups), method, source: 'cloudwatch', file: groups[0]?.used[0]?.file ?? '' };
}

interface Throughput {
  readonly candidates: Candidate[];
  /** The group that gives the peak, for the days covered. */
  readonly window?: MetricGroup;
}

/** Average from the rate series (Average, or Sum × 60 ÷ P); peak from Maximum series when there are any (SPEC §13.3: Maximum gives the peak only). */
function throughputOf(all: readonly MetricSeries[], spec: (typeof THROUGHPUT)[number], log: IssueLog): Throughput {
  const rate = metricGroup(seriesOfClass(all, spec.metric, false), spec.metric, 'sum', log);
  const maximum = metricGroup(seriesOfClass(all, spec.metric, true), spec.metric, 'sum', log);
  const peakGroup = maximum ?? rate;
  if (!peakGroup) return { candidates: [] };
  warnAboutCoverage(rate ?? peakGroup, log, rate !== undefined);
  const peakBytes = nearestRankP99(peakGroup.combined.values);
  const averageBytes = rate ? meanOf(rate.combined.values) : undefined;
  if (!(peakBytes > 0) || (averageBytes !== undefined && !(averageBytes > 0))) {
    log.warn({
      code: 'value-not-imported',
      file: peakGroup.used[0]?.file ?? '',
      message: `${spec.metric}: no traffic in these points, so the scenario keeps its throughput`,
    });
    return { candidates: [] };
  }
  const candidates: Candidate[] = [];
  if (rate && averageBytes !== undefined) {
    candidates.push(candidateOf(spec.avgField, bytesPerSecondToMiBps(averageBytes), [rate], `mean of ${groupWords(rate)}; ${MIB_WORDS}`));
  }
  const peakNote = maximum ? '; Maximum gives the peak only' : '';
  const peakMethod = `${peakWords(peakGroup.combined.values.length)} of ${groupWords(peakGroup)}; ${MIB_WORDS}${peakNote}`;
  candidates.push(candidateOf(spec.peakField, bytesPerSecondToMiBps(peakBytes), [peakGroup], peakMethod));
  return { candidates, window: peakGroup };
}

interface CountSpec {
  readonly metric: MskMetric;
  readonly field: string;
  readonly combine: Combine;
  readonly note: string;
}

/**
 * Counts are not rates: the largest count the cluster held in the window. GlobalPartitionCount is
 * reported by the controller only (the others report 0): maximum across brokers. PartitionCount is
 * per broker and counts replicas: summed, and never read as `partitions` (SPEC §13.3).
 */
const COUNTS: readonly CountSpec[] = [
  {
    metric: 'GlobalPartitionCount',
    field: 'partitions',
    combine: 'max',
    note: 'controller-only, so the maximum across brokers (the others report 0)',
  },
  {
    metric: 'PartitionCount',
    field: 'current.observed.partitionReplicas',
    combine: 'sum',
    note: 'replicas per broker, leaders and followers: partition replicas, never partitions',
  },
];

function countOf(all: readonly MetricSeries[], spec: CountSpec, log: IssueLog): Candidate[] {
  const group = metricGroup(peakClassSeries(all, spec.metric), spec.metric, spec.combine, log);
  if (!group) return [];
  const count = Math.round(maxOf(group.combined.values));
  if (!(count >= 1)) {
    log.warn({
      code: 'value-not-imported',
      file: group.used[0]?.file ?? '',
      message: `${spec.metric}: the largest count is ${formatNumber(count)}, so it is not imported`,
    });
    return [];
  }
  return [candidateOf(spec.field, count, [group], `largest value of ${groupWords(group)}; ${spec.note}`)];
}

/** Disk used, % of the volume: the mean over brokers per instant (equal volumes: used ÷ total), then its peak over time. */
function diskOf(all: readonly MetricSeries[], log: IssueLog): Candidate[] {
  const group = metricGroup(peakClassSeries(all, 'KafkaDataLogsDiskUsed'), 'KafkaDataLogsDiskUsed', 'mean', log);
  if (!group) return [];
  const peak = nearestRankP99(group.combined.values);
  return [
    candidateOf(
      'current.observed.diskUsedPct',
      peak,
      [group],
      `${peakWords(group.combined.values.length)} of ${groupWords(group)}; the cluster-wide share of the volumes used`,
    ),
  ];
}

/** Every scenario value the CloudWatch series give. */
export function deriveCloudWatch(all: readonly MetricSeries[], log: IssueLog): Candidate[] {
  const throughput = THROUGHPUT.map((spec) => throughputOf(all, spec, log));
  const candidates = [
    ...throughput.flatMap((t) => t.candidates),
    ...COUNTS.flatMap((spec) => countOf(all, spec, log)),
    ...cpuCandidates(all, log),
    ...diskOf(all, log),
  ];
  const window = throughput.find((t) => t.window)?.window;
  if (window) {
    const { times } = window.combined;
    const days = coveredDays(times[0] as number, times[times.length - 1] as number, window.periodSeconds);
    candidates.push(
      candidateOf(
        'current.observed.periodDays',
        days,
        [window],
        `days covered by ${window.metric}: first to last instant plus one ${formatNumber(window.periodSeconds)} s period`,
      ),
    );
  }
  return candidates;
}
