/**
 * `current.observed.cpuPeakPct` from CloudWatch (SPEC §13.1, §13.3): per broker CpuUser + CpuSystem
 * at each instant, that broker's peak over time, and the busiest broker's peak. Brokers you run
 * on EC2 publish only `CPUUtilization`, which is the same total and is read alike.
 */
import type { Candidate } from './import-types';
import { formatNumber, listWords } from './import-words';
import type { IssueLog } from './issue-log';
import { FINEST_PERIOD_SECONDS, FULL_WEEK_DAYS, groupDays, peakClassSeries, peakWords, seriesByMember } from './metric-group';
import type { MetricSeries, MskMetric } from './msk-metrics';
import { combineAcrossMembers, nearestRankP99, type TimeSeries } from './series-math';

interface BrokerCpu {
  readonly member: string;
  readonly points: TimeSeries;
  readonly dropped: number;
}

/** CPU series are per broker: a request that summed them over brokers says nothing about the busiest one. */
function perBrokerSeries(all: readonly MetricSeries[], metric: MskMetric, log: IssueLog): MetricSeries[] {
  const series = peakClassSeries(all, metric);
  for (const s of series.filter((c) => c.aggregated !== null)) {
    log.warn({
      code: 'series-not-used',
      file: s.file,
      message: `${s.origin} (${metric}) is not used: CPU is read per broker, not combined over brokers`,
    });
  }
  return series.filter((s) => s.aggregated === null);
}

/**
 * CpuUser and CpuSystem of each broker added per instant. Series pair up by broker; one series of
 * each with nothing to tell brokers apart (two get-metric-statistics files) is one broker.
 */
function brokersFromUserAndSystem(user: readonly MetricSeries[], system: readonly MetricSeries[], log: IssueLog): BrokerCpu[] {
  const users = seriesByMember(user);
  const systems = seriesByMember(system);
  const pairs: [string, TimeSeries, TimeSeries][] = [];
  for (const [member, points] of users) {
    const other = systems.get(member);
    if (other) pairs.push([member, points, other]);
  }
  const [onlyUser] = users;
  const [onlySystem] = systems;
  if (pairs.length === 0 && users.size === 1 && systems.size === 1 && onlyUser && onlySystem) {
    pairs.push([onlyUser[0], onlyUser[1], onlySystem[1]]);
  }
  const unpaired = users.size + systems.size - 2 * pairs.length;
  if (unpaired > 0) {
    const file = user[0]?.file ?? system[0]?.file ?? '';
    log.warn({
      code: 'value-not-imported',
      file,
      message: `CPU: ${unpaired} CpuUser or CpuSystem series have no partner of the same broker and are not used`,
    });
  }
  return pairs.map(([member, a, b]) => {
    const combined = combineAcrossMembers([a, b], 'sum');
    return { member, points: combined, dropped: combined.dropped };
  });
}

/** The busiest broker's CPU peak, or nothing when no broker has both parts of its CPU. */
export function cpuCandidates(all: readonly MetricSeries[], log: IssueLog): Candidate[] {
  const user = perBrokerSeries(all, 'CpuUser', log);
  const system = perBrokerSeries(all, 'CpuSystem', log);
  const total = user.length + system.length > 0 ? [] : perBrokerSeries(all, 'CPUUtilization', log);
  const used = [...user, ...system, ...total];
  const first = used[0];
  if (!first) return [];
  const brokers =
    total.length > 0
      ? [...seriesByMember(total)].map(([member, points]) => ({ member, points, dropped: 0 }))
      : brokersFromUserAndSystem(user, system, log);
  const dropped = brokers.reduce((sum, broker) => sum + broker.dropped, 0);
  if (dropped > 0) {
    log.warn({
      code: 'instants-dropped',
      file: first.file,
      message: `CPU: ${formatNumber(dropped)} instants dropped because a broker lacks CpuUser or CpuSystem there`,
    });
  }
  const peaks = brokers.filter((b) => b.points.values.length > 0).map((b) => ({ ...b, peak: nearestRankP99(b.points.values) }));
  const busiest = peaks.reduce<(typeof peaks)[number] | undefined>(
    (best, b) => (best === undefined || b.peak > best.peak ? b : best),
    undefined,
  );
  if (!busiest) return [];
  warnAboutCpuCoverage(busiest.points, first, log);
  const parts = total.length > 0 ? 'CPUUtilization' : 'CpuUser + CpuSystem';
  const n = busiest.points.values.length;
  const recipes = listWords([...new Set(used.map((s) => s.recipe))]);
  return [
    {
      field: 'current.observed.cpuPeakPct',
      value: busiest.peak,
      from: listWords([...new Set(used.map((s) => s.origin))], 3),
      method: `the busiest of ${peaks.length === 1 ? '1 broker' : `${peaks.length} brokers`}: ${peakWords(n)} over ${formatNumber(n)} instants of its ${parts} (${recipes}); brokers' peaks are compared, never added`,
      source: 'cloudwatch',
      file: first.file,
    },
  ];
}

function warnAboutCpuCoverage(points: TimeSeries, first: MetricSeries, log: IssueLog): void {
  const n = points.times.length;
  if (n === 1) log.warn({ code: 'single-sample', file: first.file, message: 'CPU: one instant only, so its peak is that one value' });
  if (!first.peakOnly && first.periodSeconds > FINEST_PERIOD_SECONDS) {
    log.warn({
      code: 'coarse-period',
      file: first.file,
      message: `CPU: one value per ${formatNumber(first.periodSeconds)} s; peaks shorter than that are averaged away`,
    });
  }
  const days = groupDays({ combined: points, periodSeconds: first.periodSeconds });
  if (days < FULL_WEEK_DAYS) {
    log.warn({
      code: 'short-window',
      file: first.file,
      message: `CPU: the points cover ${formatNumber(days)} days (fewer than ${FULL_WEEK_DAYS}): a weekly peak may be missing`,
    });
  }
}
