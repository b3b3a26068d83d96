/**
 * The migration discovery file of AWS's migrate-to-msk skill (`cluster-config.json`, SPEC §13.3;
 * shape from the skill's references/discovery.md): `topology.num_brokers`,
 * `topology.broker_instance_type`, `topics[]` with `num_partitions`, `replication_factor` and
 * `configs`, and per-broker `metrics.*_bytes_*_per_broker_mbps`. Per-broker figures × brokers are
 * only a fallback (warning `per-broker-times-count`): on a skewed cluster they overstate.
 */
import type { Candidate, ImportValue } from './import-types';
import { formatNumber } from './import-words';
import type { IssueLog } from './issue-log';
import { isRecord, ownArray, ownRecord, ownString, ownValue } from './json-text';
import { topicCandidates, type TopicInfo } from './topic-fields';

export function isDiscoveryFile(json: unknown): boolean {
  return isRecord(json) && isRecord(ownValue(json, 'topology')) && isRecord(ownValue(json, 'metrics'));
}

/** The skill's "MB/s" is the sizing sheet's MB/s, which SPEC §1 reads as MiB/s. */
const THROUGHPUT_KEYS = [
  { key: 'avg_bytes_in_per_broker_mbps', field: 'avgIngressMiBps' },
  { key: 'peak_bytes_in_per_broker_mbps', field: 'peakIngressMiBps' },
  { key: 'avg_bytes_out_per_broker_mbps', field: 'avgEgressMiBps' },
  { key: 'peak_bytes_out_per_broker_mbps', field: 'peakEgressMiBps' },
] as const;

/** MSK types ("kafka.m7g.xlarge", "express.m7g.large") and EC2 types ("m5.2xlarge") of the broker. */
function deploymentOfType(instanceType: string): string | undefined {
  if (instanceType.startsWith('kafka.')) return 'msk-standard';
  if (instanceType.startsWith('express.')) return 'msk-express';
  return /^[a-z][a-z0-9-]*\.[0-9]*[a-z0-9]+$/.test(instanceType) ? 'self-managed' : undefined;
}

export function readDiscoveryFile(json: Readonly<Record<string, unknown>>, file: string, log: IssueLog): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (field: string, value: ImportValue, key: string, method: string): void => {
    candidates.push({ field, value, from: `${file}#${key}`, method, source: 'discovery', file });
  };
  const topology = ownRecord(json, 'topology') ?? {};
  const brokers = ownValue(topology, 'num_brokers');
  const brokerCount = typeof brokers === 'number' && Number.isInteger(brokers) && brokers >= 1 ? brokers : undefined;
  if (brokerCount !== undefined) add('current.brokers', brokerCount, 'topology.num_brokers', 'the broker count the discovery recorded');
  const instanceType = ownString(topology, 'broker_instance_type');
  const deployment = instanceType === undefined ? undefined : deploymentOfType(instanceType);
  if (instanceType !== undefined && deployment) {
    add(
      'current.deployment',
      deployment,
      'topology.broker_instance_type',
      'told by the instance type: kafka.* is MSK Standard, express.* MSK Express, an EC2 type self-managed',
    );
    add('current.instanceType', instanceType, 'topology.broker_instance_type', 'the broker instance type the discovery recorded');
  }
  readThroughput({ metrics: ownRecord(json, 'metrics') ?? {}, brokerCount, file, log, add });
  candidates.push(...topicCandidates({ topics: topicsOf(json, file, log), source: 'discovery', log }));
  return candidates;
}

interface ThroughputInput {
  readonly metrics: Readonly<Record<string, unknown>>;
  readonly brokerCount: number | undefined;
  readonly file: string;
  readonly log: IssueLog;
  readonly add: (field: string, value: ImportValue, key: string, method: string) => void;
}

function readThroughput({ metrics, brokerCount, file, log, add }: ThroughputInput): void {
  let used = 0;
  for (const { key, field } of THROUGHPUT_KEYS) {
    const perBroker = ownValue(metrics, key);
    if (perBroker === null || perBroker === undefined) continue;
    if (typeof perBroker !== 'number' || !Number.isFinite(perBroker) || perBroker < 0) {
      log.error({ code: 'non-numeric-value', file, field: `metrics.${key}`, message: `metrics.${key} is not a number of MB/s` });
      continue;
    }
    if (brokerCount === undefined || perBroker === 0) continue;
    add(
      field,
      perBroker * brokerCount,
      `metrics.${key}`,
      `per-broker ${formatNumber(perBroker)} MB/s (read as MiB/s) × ${brokerCount} brokers`,
    );
    used += 1;
  }
  if (used > 0) {
    log.warn({
      code: 'per-broker-times-count',
      file,
      message: `throughput is a per-broker figure × ${brokerCount ?? 0} brokers: it overstates a skewed cluster (one busy broker's peak counted for all); a metric source replaces it`,
    });
  }
}

function topicsOf(json: Readonly<Record<string, unknown>>, file: string, log: IssueLog): TopicInfo[] {
  const topics: TopicInfo[] = [];
  (ownArray(json, 'topics') ?? []).forEach((topic, index) => {
    const key = `topics[${index}]`;
    const name = isRecord(topic) ? ownString(topic, 'name') : undefined;
    const partitions = isRecord(topic) ? ownValue(topic, 'num_partitions') : undefined;
    const rf = isRecord(topic) ? ownValue(topic, 'replication_factor') : undefined;
    const wholeOrUndefined = (value: unknown): number | undefined =>
      typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
    const partitionCount = wholeOrUndefined(partitions);
    const factor = wholeOrUndefined(rf);
    if (!isRecord(topic) || name === undefined || partitionCount === undefined || factor === undefined || factor < 1) {
      log.error({
        code: 'topic-line-incomplete',
        file,
        field: key,
        message: `${key} needs a name, a whole num_partitions and a replication_factor of 1 or more`,
      });
      return;
    }
    const configs = new Map<string, string>();
    for (const [configKey, value] of Object.entries(ownRecord(topic, 'configs') ?? {})) {
      if (typeof value === 'string' || typeof value === 'number') configs.set(configKey, String(value));
    }
    topics.push({ name, partitions: partitionCount, replicationFactor: factor, configs, file });
  });
  return topics;
}
