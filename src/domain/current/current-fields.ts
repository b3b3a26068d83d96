/**
 * The `current` block's fields (SPEC §13.1): what a user runs today, one row each. The schema
 * (current-schema.ts) builds its enums, bounds and messages from these rows, and the Current cluster
 * panel renders them. A new key is one row here and one line in the schema.
 */
import { rowOf, type FieldInfo } from '../field-table';

export const CURRENT_DEPLOYMENTS = ['msk-standard', 'msk-express', 'msk-serverless', 'self-managed'] as const;
export type CurrentDeployment = (typeof CURRENT_DEPLOYMENTS)[number];

/** SPEC §13.1: an EBS volume of 1–16,384 GiB per broker. */
export const MAX_VOLUME_GIB = 16_384;

const ROWS = [
  {
    key: 'deployment',
    kind: 'select',
    choices: [
      { value: 'msk-standard', label: 'MSK Standard brokers' },
      { value: 'msk-express', label: 'MSK Express brokers' },
      { value: 'msk-serverless', label: 'MSK Serverless' },
      { value: 'self-managed', label: 'Self-managed Kafka on EC2 (or on premises)' },
    ],
    default: 'msk-standard',
    label: 'Runs on',
    unit: '',
    group: 'current',
    help: 'What the cluster runs on today.',
  },
  {
    // A broker type of that deployment in the price data: checked with the scenario (a rule across fields).
    key: 'instanceType',
    kind: 'select',
    choices: 'brokerTypes',
    label: 'Broker type',
    unit: '',
    group: 'current',
    help: 'kafka.m7g.xlarge, express.m7g.large, or the EC2 type of a self-managed broker (m5.2xlarge). Not for Serverless.',
  },
  {
    // 1 to the scenario's broker quota (a rule across fields); the table's bound is the quota's own maximum.
    key: 'brokers',
    kind: 'number',
    bounds: { min: 1, max: 10_000, integer: true },
    says: { unit: ' brokers' },
    label: 'Brokers',
    unit: 'brokers',
    group: 'current',
    help: 'Brokers in the cluster today (not for Serverless).',
  },
  {
    key: 'volumeGiBPerBroker',
    kind: 'number',
    bounds: { min: 1, max: MAX_VOLUME_GIB },
    says: { unit: ' GiB', what: ' of GiB' },
    labelNote: 'unit',
    label: 'Volume per broker',
    unit: 'GiB',
    group: 'current',
    help: 'EBS volume of each broker (Standard and self-managed). EBS never shrinks: right-sizing keeps it.',
  },
  {
    key: 'provisionedThroughputMiBps',
    kind: 'optionalNumber',
    bounds: { min: 250, max: 1000 },
    says: { unit: ' MiB/s' },
    default: null,
    placeholder: 'none',
    labelNote: 'unit',
    label: 'Provisioned storage throughput',
    unit: 'MiB/s per broker',
    group: 'current',
    help: 'Provisioned storage throughput bought per broker; empty: none.',
  },
  {
    key: 'observed.cpuPeakPct',
    kind: 'optionalNumber',
    bounds: { min: 0, max: 100 },
    says: { between: true },
    default: null,
    placeholder: 'not known',
    labelNote: 'unit',
    label: 'Peak CPU, busiest broker',
    unit: '%',
    group: 'current',
    help: "The busiest broker's peak CpuUser + CpuSystem. With it, a smaller cluster must keep projected CPU at 60 % or less.",
  },
  {
    key: 'observed.diskUsedPct',
    kind: 'optionalNumber',
    bounds: { min: 0, max: 100 },
    says: { between: true },
    default: null,
    placeholder: 'not known',
    labelNote: 'unit',
    label: 'Disk used, peak',
    unit: '%',
    group: 'current',
    help: 'KafkaDataLogsDiskUsed at its cluster-wide peak: shown beside the model’s figure.',
  },
  {
    key: 'observed.partitionReplicas',
    kind: 'optionalNumber',
    bounds: { min: 0, max: 100_000_000, integer: true },
    says: { unit: ' replicas' },
    default: null,
    placeholder: 'not known',
    label: 'Partition replicas',
    unit: 'replicas',
    group: 'current',
    help: 'Partition replicas across the brokers (PartitionCount summed over brokers).',
  },
  {
    key: 'observed.periodDays',
    kind: 'optionalNumber',
    bounds: { min: 0, max: 3660 },
    says: { unit: ' days' },
    default: null,
    placeholder: 'not known',
    labelNote: 'unit',
    label: 'Days of metrics',
    unit: 'days',
    group: 'current',
    help: 'How many days the metrics cover.',
  },
] as const satisfies readonly FieldInfo[];

/** A key within the current block ("brokers", "observed.cpuPeakPct"): a misspelt key fails to compile. */
export type CurrentKey = (typeof ROWS)[number]['key'];

export const CURRENT_FIELDS: readonly FieldInfo<CurrentKey>[] = ROWS;

/** A current-cluster field's row. */
export function currentRow(key: CurrentKey): FieldInfo<CurrentKey> {
  return rowOf(CURRENT_FIELDS, key, 'current-cluster');
}

/** Which fields a deployment has: Serverless has no brokers to count, Express and Serverless no volumes (SPEC §13.1). */
export function currentFieldApplies(key: CurrentKey, deployment: CurrentDeployment): boolean {
  if (deployment === 'msk-serverless') return key === 'deployment' || key.startsWith('observed.');
  if (deployment === 'msk-express') return key !== 'volumeGiBPerBroker' && key !== 'provisionedThroughputMiBps';
  return true;
}
