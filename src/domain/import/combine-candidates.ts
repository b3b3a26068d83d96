/**
 * One value per field from every source's offers (SPEC §13.3): kafka-topics > CloudWatch >
 * Prometheus > log-dirs > discovery file, with a warning naming each source that lost; a peak
 * below its average is raised to it; imported egress sets `consumerGroups` to null (with a
 * warning); and the winners become the nested scenario patch.
 */
import { SOURCE_NAMES, SOURCE_PRECEDENCE, type Candidate, type ImportDerivation, type ImportValue } from './import-types';
import { formatNumber } from './import-words';
import type { IssueLog } from './issue-log';

/** The order derivations are shown in: the workload first, then the current cluster. */
const FIELD_ORDER = [
  'region',
  'avgIngressMiBps',
  'peakIngressMiBps',
  'avgEgressMiBps',
  'peakEgressMiBps',
  'consumerGroups',
  'partitions',
  'replicationFactor',
  'retentionHours',
  'localRetentionHours',
  'availabilityZones',
  'current.deployment',
  'current.instanceType',
  'current.brokers',
  'current.volumeGiBPerBroker',
  'current.provisionedThroughputMiBps',
  'current.observed.cpuPeakPct',
  'current.observed.diskUsedPct',
  'current.observed.partitionReplicas',
  'current.observed.periodDays',
];

const PAIRS = [
  { avg: 'avgIngressMiBps', peak: 'peakIngressMiBps' },
  { avg: 'avgEgressMiBps', peak: 'peakEgressMiBps' },
] as const;

function rankOf(candidate: Candidate): number {
  return SOURCE_PRECEDENCE.indexOf(candidate.source);
}

function orderOf(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

function valueWords(value: ImportValue): string {
  return typeof value === 'number' ? formatNumber(value) : JSON.stringify(value);
}

function sourceWords(candidate: Candidate): string {
  return `${SOURCE_NAMES[candidate.source]} (${candidate.file})`;
}

/** The best-ranked offer per field; every other offer is a `precedence` warning naming its source. */
function winnersOf(candidates: readonly Candidate[], log: IssueLog): Map<string, Candidate> {
  const sorted = [...candidates].sort((a, b) => rankOf(a) - rankOf(b));
  const winners = new Map<string, Candidate>();
  for (const candidate of sorted) {
    const winner = winners.get(candidate.field);
    if (!winner) {
      winners.set(candidate.field, candidate);
      continue;
    }
    const same = winner.value === candidate.value ? ' (the same value)' : '';
    log.warn({
      code: 'precedence',
      file: candidate.file,
      field: candidate.field,
      message: `${candidate.field}: ${sourceWords(winner)} gives ${valueWords(winner.value)} and is used; ${sourceWords(candidate)} gave ${valueWords(candidate.value)}${same}, not used`,
    });
  }
  return winners;
}

/** A peak from one source may sit below an average from another (or a P99 below a mean skewed by rare bursts): the scenario needs peak ≥ average. */
function raisePeaksToAverages(winners: Map<string, Candidate>, log: IssueLog): void {
  for (const { avg, peak } of PAIRS) {
    const average = winners.get(avg);
    const top = winners.get(peak);
    if (!average || !top || typeof average.value !== 'number' || typeof top.value !== 'number' || top.value >= average.value) continue;
    log.warn({
      code: 'peak-below-average',
      file: top.file,
      field: peak,
      message: `${peak} ${formatNumber(top.value)} is below ${avg} ${formatNumber(average.value)}: the peak is raised to the average`,
    });
    winners.set(peak, {
      ...top,
      value: average.value,
      method: `${top.method}; raised to ${avg} (${formatNumber(average.value)}), as a peak is never below the average`,
    });
  }
}

/** SPEC §2: with `consumerGroups` set, egress is derived from ingress and the imported egress would be ignored. */
function clearConsumerGroups(winners: Map<string, Candidate>, log: IssueLog): void {
  const egress = winners.get('avgEgressMiBps') ?? winners.get('peakEgressMiBps');
  if (!egress) return;
  winners.set('consumerGroups', {
    field: 'consumerGroups',
    value: null,
    from: egress.from,
    method: 'egress is imported, so it is used as measured rather than derived from consumer groups × ingress',
    source: egress.source,
    file: egress.file,
  });
  log.warn({
    code: 'consumer-groups-cleared',
    file: egress.file,
    field: 'consumerGroups',
    message: 'egress is imported, so consumerGroups is set to null (egress as measured, not consumer groups × ingress)',
  });
}

/** Sets `value` at a dotted path ("current.observed.cpuPeakPct") of `patch`, creating the objects on the way. */
function setPath(patch: Record<string, unknown>, path: string, value: ImportValue): void {
  const keys = path.split('.');
  let target = patch;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    const child: Record<string, unknown> = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : {};
    target[key] = child;
    target = child;
  }
  target[keys[keys.length - 1] as string] = value;
}

export interface Combined {
  readonly patch: Record<string, unknown>;
  readonly derivations: ImportDerivation[];
}

export function combineCandidates(candidates: readonly Candidate[], log: IssueLog): Combined {
  const winners = winnersOf(candidates, log);
  raisePeaksToAverages(winners, log);
  clearConsumerGroups(winners, log);
  const fields = [...winners.keys()].sort((a, b) => orderOf(a) - orderOf(b) || (a < b ? -1 : a > b ? 1 : 0));
  const patch: Record<string, unknown> = {};
  const derivations: ImportDerivation[] = [];
  for (const field of fields) {
    const { value, from, method } = winners.get(field) as Candidate;
    setPath(patch, field, value);
    derivations.push({ field, value, from, method });
  }
  return { patch, derivations };
}
