/** Labels, units and help for every scenario field: one source for the form, reports and the CLI. */
import type { Scenario } from './scenario';

export type FieldGroup = 'workload' | 'cluster' | 'advanced' | 'selfManaged';

export interface FieldInfo {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly help: string;
  readonly group: FieldGroup;
}

export const SCENARIO_FIELDS: readonly FieldInfo[] = [
  { key: 'name', label: 'Scenario name', unit: '', group: 'workload', help: 'Shown in reports and links.' },
  { key: 'region', label: 'AWS region', unit: '', group: 'workload', help: 'Selects the prices; some options are not offered in every region.' },
  { key: 'avgIngressMiBps', label: 'Average ingress', unit: 'MiB/s', group: 'workload', help: 'Producer throughput into the cluster, before replication, averaged over a month.' },
  { key: 'peakIngressMiBps', label: 'Peak ingress', unit: 'MiB/s', group: 'workload', help: 'Highest sustained producer throughput; brokers are sized for it.' },
  { key: 'avgEgressMiBps', label: 'Average egress', unit: 'MiB/s', group: 'workload', help: 'Consumer throughput of all consumer groups together, averaged over a month.' },
  { key: 'peakEgressMiBps', label: 'Peak egress', unit: 'MiB/s', group: 'workload', help: 'Highest sustained consumer throughput of all consumer groups together.' },
  { key: 'consumerGroups', label: 'Consumer groups reading everything', unit: 'groups', group: 'workload', help: 'When set, egress follows ingress: average and peak egress = groups × ingress, and the two egress fields are ignored. Empty: enter egress yourself.' },
  { key: 'purpose', label: 'Purpose', unit: '', group: 'workload', help: 'Production never recommends T3 brokers; development may (they run on CPU credits).' },
  { key: 'replicationFactor', label: 'Replication factor', unit: 'copies', group: 'workload', help: 'Copies of each partition (Express always keeps 3).' },
  { key: 'retentionHours', label: 'Retention', unit: 'hours', group: 'workload', help: 'How long data is kept in total (168 h = 7 days).' },
  { key: 'partitions', label: 'Partitions', unit: 'leader partitions', group: 'workload', help: 'Sum of all topics\' partition counts, before replication.' },
  { key: 'availabilityZones', label: 'Availability zones', unit: 'AZs', group: 'cluster', help: 'Brokers are spread evenly over 2 or 3 AZs; Express needs 3.' },
  { key: 'nearestReplicaFetch', label: 'Consumers fetch from the nearest replica', unit: '', group: 'cluster', help: 'KIP-392 (Kafka 2.4+): consumers read from a replica in their own AZ, cutting cross-AZ traffic.' },
  { key: 'tlsInTransit', label: 'TLS between clients and brokers', unit: '', group: 'cluster', help: 'MSK\'s default. AWS publishes no throughput cost for it, so the TLS factor on the Assumptions page starts at 1.0; lowering it lowers every broker-based option alike.' },
  { key: 'ebsUtilizationTarget', label: 'EBS fill target', unit: 'fraction', group: 'advanced', help: 'How full broker volumes may get: provisioned storage = needed ÷ target.' },
  { key: 'utilizationStandard', label: 'Utilisation at peak, Standard brokers', unit: 'fraction', group: 'advanced', help: 'Share of a Standard broker\'s sustainable throughput to plan for at peak (AWS default 0.5).' },
  { key: 'utilizationExpress', label: 'Utilisation at peak, Express brokers', unit: 'fraction', group: 'advanced', help: 'Share of an Express broker\'s sustained ingress to plan for at peak (AWS default 0.75).' },
  { key: 'laggingConsumerPct', label: 'Lagging consumers', unit: '% of egress', group: 'advanced', help: 'Share of egress read from disk by consumers that fell behind. Empty: the spreadsheet\'s allowance (0.5 × ingress).' },
  { key: 'brokerSafetyFactor', label: 'Broker safety margin', unit: 'brokers', group: 'advanced', help: 'Brokers that may be offline while the cluster still carries the workload.' },
  { key: 'ramCacheSeconds', label: 'Seconds of page cache', unit: 's', group: 'advanced', help: 'Keep this many seconds of the newest data in memory so consumers read from cache. Empty: no memory constraint.' },
  { key: 'localRetentionHours', label: 'Local retention (tiered storage)', unit: 'hours', group: 'advanced', help: 'Hours kept on broker disks. Shorter than retention turns on tiered storage, which keeps a copy of the whole retention (at least 72 hours). Empty: same as retention (no tiering).' },
  { key: 'provisionedThroughputMiBps', label: 'Provisioned storage throughput', unit: 'MiB/s per broker', group: 'advanced', help: 'For kafka.m5.4xlarge and larger and kafka.m7g.2xlarge and larger. Without it a volume gives 250 MiB/s. Auto: for each size, PST off or the smallest rate that gives the fewest brokers, whichever costs less. Or a fixed rate, 250–1000 MiB/s.' },
  { key: 'useMaxPartitions', label: 'Size partitions against the hard maximum', unit: '', group: 'advanced', help: 'Use the maximum partitions per broker instead of the recommended maximum.' },
  { key: 'brokerQuota', label: 'Broker quota per cluster', unit: 'brokers', group: 'advanced', help: '60 with KRaft, 30 with ZooKeeper; options needing more are unavailable.' },
  { key: 'discountPct', label: 'Discount', unit: '%', group: 'advanced', help: 'Private pricing or enterprise discount, applied to every cost line.' },
  { key: 'selfManaged.controllerInstance', label: 'Controller instance type', unit: '', group: 'selfManaged', help: 'EC2 type of each KRaft controller (or ZooKeeper node) when you run Kafka yourself.' },
  { key: 'selfManaged.controllerCount', label: 'Controllers', unit: 'nodes', group: 'selfManaged', help: '3 tolerates one failure, 5 tolerates two; 0 runs controllers on the brokers.' },
  { key: 'selfManaged.opsHoursPerMonth', label: 'Operations time', unit: 'hours/month', group: 'selfManaged', help: 'Engineering time to run Kafka yourself: patching, upgrades, rebalancing, on-call.' },
  { key: 'selfManaged.opsHourlyUsd', label: 'Operations rate', unit: 'USD/hour', group: 'selfManaged', help: 'Loaded cost of an hour of that time.' },
];

/** A scenario field's value by dotted key ("selfManaged.opsHoursPerMonth"). */
export function scenarioValue(s: Scenario, key: string): unknown {
  const [head, tail] = key.split('.');
  const top = (s as unknown as Record<string, unknown>)[head ?? ''];
  if (tail === undefined) return top;
  return top !== null && typeof top === 'object' ? (top as Record<string, unknown>)[tail] : undefined;
}
