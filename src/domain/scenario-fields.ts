/**
 * Every scenario field's key, label, unit, help, group, how it is edited, its choices, its
 * placeholder and its bounds: one table the form, the reports, the page's messages, the CLI's `--set`
 * and the schema (scenario.ts builds its rules, defaults and messages from the rows) all read. A new
 * field is one row here and one line in the schema, which fails to compile without the row.
 */
import { rowOf, type FieldBounds, type FieldChoice, type FieldInfo, type FieldWording } from './field-table';
import { MAX_CONSUMER_GROUPS, MAX_NAME_LENGTH, MAX_PARTITIONS, MAX_RETENTION_HOURS, MAX_THROUGHPUT_MIBPS } from './scenario-limits';

export type { FieldBounds, FieldChoice, FieldGroup, FieldInfo, FieldKind } from './field-table';

const positiveThroughput: FieldBounds = { min: 0, minExclusive: true, max: MAX_THROUGHPUT_MIBPS };
const throughput: FieldBounds = { min: 0, max: MAX_THROUGHPUT_MIBPS };
const hours: FieldBounds = { min: 0, minExclusive: true, max: MAX_RETENTION_HOURS };
const whole = (min: number, max: number): FieldBounds => ({ min, max, integer: true });

const mibps: FieldWording = { what: ' (MiB/s)', unit: ' MiB/s', split: true };
const hoursWording: FieldWording = { what: ' of hours', unit: ' hours', split: true };

const numbers = (...values: readonly number[]): readonly FieldChoice[] => values.map((value) => ({ value, label: String(value) }));

const ROWS = [
  {
    key: 'name',
    default: 'Untitled workload',
    maxLength: MAX_NAME_LENGTH,
    kind: 'text',
    label: 'Scenario name',
    unit: '',
    group: 'workload',
    help: 'Shown in reports and links.',
  },
  {
    key: 'region',
    default: 'us-east-1',
    kind: 'select',
    choices: 'regions',
    label: 'AWS region',
    unit: '',
    group: 'workload',
    help: 'Selects the prices; some options are not offered in every region.',
  },
  {
    key: 'avgIngressMiBps',
    default: 20,
    says: mibps,
    bounds: positiveThroughput,
    kind: 'number',
    label: 'Average ingress',
    unit: 'MiB/s',
    group: 'workload',
    help: 'Producer throughput into the cluster, before replication, averaged over a month.',
  },
  {
    key: 'peakIngressMiBps',
    default: 40,
    says: mibps,
    bounds: positiveThroughput,
    kind: 'number',
    label: 'Peak ingress',
    unit: 'MiB/s',
    group: 'workload',
    help: 'Highest sustained producer throughput; brokers are sized for it.',
  },
  {
    key: 'avgEgressMiBps',
    default: 40,
    says: mibps,
    bounds: throughput,
    kind: 'number',
    label: 'Average egress',
    unit: 'MiB/s',
    group: 'workload',
    help: 'Consumer throughput of all consumer groups together, averaged over a month.',
  },
  {
    key: 'peakEgressMiBps',
    default: 80,
    says: mibps,
    bounds: throughput,
    kind: 'number',
    label: 'Peak egress',
    unit: 'MiB/s',
    group: 'workload',
    help: 'Highest sustained consumer throughput of all consumer groups together.',
  },
  {
    key: 'consumerGroups',
    default: null,
    says: { what: ' of consumer groups' },
    bounds: { min: 0, max: MAX_CONSUMER_GROUPS },
    kind: 'optionalNumber',
    placeholder: 'not set: enter egress',
    label: 'Consumer groups reading everything',
    unit: 'groups',
    group: 'workload',
    help: 'When set, egress follows ingress: average and peak egress = groups × ingress, and the two egress fields are ignored. Empty: enter egress yourself.',
  },
  {
    key: 'purpose',
    default: 'production',
    kind: 'select',
    choices: [
      { value: 'production', label: 'Production' },
      { value: 'development', label: 'Development and test' },
    ],
    label: 'Purpose',
    unit: '',
    group: 'workload',
    help: 'Production never recommends T3 brokers; development may (they run on CPU credits).',
  },
  {
    key: 'replicationFactor',
    default: 3,
    bounds: whole(1, 3),
    kind: 'select',
    choices: numbers(1, 2, 3),
    label: 'Replication factor',
    unit: 'copies',
    group: 'workload',
    help: 'Copies of each partition (Express always keeps 3).',
  },
  {
    key: 'retentionHours',
    default: 168,
    says: hoursWording,
    bounds: hours,
    kind: 'number',
    label: 'Retention',
    unit: 'hours',
    group: 'workload',
    help: 'How long data is kept in total (168 h = 7 days).',
  },
  {
    key: 'partitions',
    default: 300,
    says: { unit: ' partitions' },
    bounds: whole(1, MAX_PARTITIONS),
    kind: 'number',
    label: 'Partitions',
    unit: 'leader partitions',
    group: 'workload',
    help: "Sum of all topics' partition counts, before replication.",
  },
  {
    key: 'availabilityZones',
    default: 3,
    kind: 'select',
    choices: numbers(3, 2),
    label: 'Availability zones',
    unit: 'AZs',
    group: 'cluster',
    help: 'Brokers are spread evenly over 2 or 3 AZs; Express needs 3.',
  },
  {
    key: 'nearestReplicaFetch',
    default: true,
    kind: 'boolean',
    label: 'Consumers fetch from the nearest replica',
    unit: '',
    group: 'cluster',
    help: 'KIP-392 (Kafka 2.4+): consumers read from a replica in their own AZ, cutting cross-AZ traffic.',
  },
  {
    key: 'tlsInTransit',
    default: true,
    kind: 'boolean',
    label: 'TLS between clients and brokers',
    unit: '',
    group: 'cluster',
    help: "MSK's default. AWS publishes no throughput cost for it, so the TLS factor on the Assumptions page starts at 1.0; lowering it lowers every broker-based option alike.",
  },
  {
    key: 'ebsUtilizationTarget',
    default: 0.5,
    says: { between: true },
    bounds: { min: 0.1, max: 0.95 },
    kind: 'number',
    label: 'EBS fill target',
    unit: 'fraction',
    group: 'advanced',
    help: 'How full broker volumes may get: provisioned storage = needed ÷ target.',
  },
  {
    key: 'utilizationStandard',
    default: 0.5,
    says: { between: true },
    bounds: { min: 0.1, max: 1 },
    kind: 'number',
    label: 'Utilisation at peak, Standard brokers',
    unit: 'fraction',
    group: 'advanced',
    help: "Share of a Standard broker's sustainable throughput to plan for at peak (AWS default 0.5).",
  },
  {
    key: 'utilizationExpress',
    default: 0.75,
    says: { between: true },
    bounds: { min: 0.1, max: 1 },
    kind: 'number',
    label: 'Utilisation at peak, Express brokers',
    unit: 'fraction',
    group: 'advanced',
    help: "Share of an Express broker's sustained ingress to plan for at peak (AWS default 0.75).",
  },
  {
    key: 'laggingConsumerPct',
    default: null,
    says: { between: true },
    bounds: { min: 0, max: 100 },
    kind: 'optionalNumber',
    placeholder: 'spreadsheet allowance',
    label: 'Lagging consumers',
    unit: '% of egress',
    group: 'advanced',
    help: "Share of egress read from disk by consumers that fell behind. Empty: the spreadsheet's allowance (0.5 × ingress).",
  },
  {
    key: 'brokerSafetyFactor',
    default: 0,
    says: { unit: ' brokers' },
    bounds: whole(0, 10),
    kind: 'number',
    label: 'Broker safety margin',
    unit: 'brokers',
    group: 'advanced',
    help: 'Brokers that may be offline while the cluster still carries the workload.',
  },
  {
    key: 'ramCacheSeconds',
    default: null,
    says: { what: ' of seconds', unit: ' seconds', split: true, maxNote: '(a year)' },
    bounds: { min: 0, minExclusive: true, max: 31_536_000 },
    kind: 'optionalNumber',
    placeholder: 'off',
    label: 'Seconds of page cache',
    unit: 's',
    group: 'advanced',
    help: 'Keep this many seconds of the newest data in memory so consumers read from cache. Empty: no memory constraint.',
  },
  {
    key: 'localRetentionHours',
    default: null,
    says: hoursWording,
    bounds: hours,
    kind: 'optionalNumber',
    placeholder: 'same as retention',
    label: 'Local retention (tiered storage)',
    unit: 'hours',
    group: 'advanced',
    help: 'Hours kept on broker disks. Shorter than retention turns on tiered storage, which keeps a copy of the whole retention (at least 72 hours). Empty: same as retention (no tiering).',
  },
  {
    key: 'provisionedThroughputMiBps',
    default: 'auto',
    bounds: { min: 250, max: 1000 },
    kind: 'provisionedThroughput',
    label: 'Provisioned storage throughput',
    unit: 'MiB/s per broker',
    group: 'advanced',
    help: 'For kafka.m5.4xlarge and larger and kafka.m7g.2xlarge and larger. Without it a volume gives 250 MiB/s. Auto: for each size, PST off or the smallest rate that gives the fewest brokers, whichever costs less. Or a fixed rate, 250–1000 MiB/s.',
  },
  {
    key: 'useMaxPartitions',
    default: false,
    kind: 'boolean',
    label: 'Size partitions against the hard maximum',
    unit: '',
    group: 'advanced',
    help: 'Use the maximum partitions per broker instead of the recommended maximum.',
  },
  {
    key: 'brokerQuota',
    default: 60,
    says: { unit: ' brokers' },
    bounds: whole(1, 10_000),
    kind: 'number',
    label: 'Broker quota per cluster',
    unit: 'brokers',
    group: 'advanced',
    help: '60 with KRaft, 30 with ZooKeeper; options needing more are unavailable.',
  },
  {
    key: 'discountPct',
    default: 0,
    says: { between: true },
    bounds: { min: 0, max: 100 },
    kind: 'number',
    label: 'Discount',
    unit: '%',
    group: 'advanced',
    help: 'Private pricing or enterprise discount, applied to every cost line.',
  },
  {
    key: 'selfManaged.controllerInstance',
    default: 'm5.large',
    kind: 'select',
    choices: 'ec2Types',
    label: 'Controller instance type',
    unit: '',
    group: 'selfManaged',
    help: 'EC2 type of each KRaft controller (or ZooKeeper node) when you run Kafka yourself.',
  },
  {
    key: 'selfManaged.controllerCount',
    default: 3,
    kind: 'select',
    choices: numbers(0, 3, 5),
    label: 'Controllers',
    unit: 'nodes',
    group: 'selfManaged',
    help: '3 tolerates one failure, 5 tolerates two; 0 runs controllers on the brokers.',
  },
  {
    key: 'selfManaged.opsHoursPerMonth',
    default: 0,
    says: { what: ' of hours', unit: ' hours', split: true },
    bounds: { min: 0, max: 10_000 },
    kind: 'number',
    label: 'Operations time',
    unit: 'hours/month',
    group: 'selfManaged',
    help: 'Engineering time to run Kafka yourself: patching, upgrades, rebalancing, on-call.',
  },
  {
    key: 'selfManaged.opsHourlyUsd',
    default: 0,
    says: { what: ' (USD)', unit: ' USD', split: true },
    bounds: { min: 0, max: 100_000 },
    kind: 'number',
    label: 'Operations rate',
    unit: 'USD/hour',
    group: 'selfManaged',
    help: 'Loaded cost of an hour of that time.',
  },
] as const satisfies readonly FieldInfo[];

/** A scenario field's dotted key: a misspelt key fails to compile. */
export type ScenarioFieldKey = (typeof ROWS)[number]['key'];

export const SCENARIO_FIELDS: readonly FieldInfo<ScenarioFieldKey>[] = ROWS;

/** A scenario field's row. */
export function scenarioRow(key: ScenarioFieldKey): FieldInfo<ScenarioFieldKey> {
  return rowOf(SCENARIO_FIELDS, key, 'scenario');
}

/** The field's row in the table, or undefined for a key that is not a scenario field. */
export function fieldInfo(key: string): FieldInfo | undefined {
  return SCENARIO_FIELDS.find((f) => f.key === key);
}

/** A field's value by dotted key ("selfManaged.opsHoursPerMonth") in a scenario or scenario-shaped object. */
export function fieldValue(source: unknown, key: string): unknown {
  let current: unknown = source;
  for (const part of key.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Sets a field's value by dotted key in a plain object, creating the nested object it needs (the object is changed). */
export function setFieldValue(target: Record<string, unknown>, key: string, value: unknown): void {
  const dot = key.indexOf('.');
  if (dot < 0) {
    target[key] = value;
    return;
  }
  // Any depth ("uncertainty.peakIngressMiBps.low"): each level is copied, never shared with the source.
  const head = key.slice(0, dot);
  const inner = target[head];
  const nested: Record<string, unknown> =
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? { ...(inner as Record<string, unknown>) } : {};
  setFieldValue(nested, key.slice(dot + 1), value);
  target[head] = nested;
}

/** A scenario field's value by dotted key. */
export function scenarioValue(s: object, key: string): unknown {
  return fieldValue(s, key);
}
