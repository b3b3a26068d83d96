/**
 * Every assumption of the model as the Assumptions page lists it: the core's constants, then each
 * feature's (replication, ranges). It sits above the features, which list their own.
 */
import type { Assumption } from './assumption-row';
import {
  CLOSE_ALTERNATIVE_SHARE,
  CONTROLLER_VOLUME_GIB,
  CPU_UTILIZATION_ADVICE,
  DEFAULT_LAGGING_READ_FACTOR,
  DEFAULT_VOLUME_THROUGHPUT_MIBPS,
  EBS_IO_SIZE_KIB,
  EXPRESS_EGRESS_FACTOR,
  GP3_MAX_THROUGHPUT_MIBPS,
  REBALANCING_FACTOR,
  REPLICATION_OUT_FACTOR_3AZ,
  SELF_MANAGED_BROKER_WARNING,
  TIERING_FACTOR,
  ZOOKEEPER_BROKER_LIMIT,
  type EditableAssumptions,
} from './assumptions';
import { listCurrentAssumptions } from './current/current-assumptions';
import { listRangesAssumptions } from './ranges/ranges-assumptions';
import { listReplicationAssumptions } from './replication/replication-assumptions';

/** The model's constants as the Assumptions page lists them. */
export function listAssumptions(editable: EditableAssumptions): readonly Assumption[] {
  const sizingScript = 'AWS sizing logic, msk_sizing.py (aws/agent-toolkit-for-aws, managing-amazon-msk)';
  return [
    {
      key: 'tlsFactor',
      label: 'TLS throughput factor',
      value: editable.tlsFactor,
      unit: '× plaintext throughput',
      editable: true,
      source:
        'AWS publishes no measured TLS overhead for Kafka brokers and its per-broker figures carry no TLS adjustment (MSK Developer Guide, "Amazon MSK encryption"), so the default is 1.0; a value below 1 lowers every broker-based option alike: MSK Standard, Express and self-managed.',
    },
    {
      key: 'pageCacheShare',
      label: 'Page cache share of broker memory',
      value: editable.pageCacheShare,
      unit: '× memory',
      editable: true,
      source:
        'Kafka docs (6 GB heap), Confluent "Running Kafka in Production" (28–30 GB cache on 32 GB), Strimzi default heap 50 %; MSK heap unpublished; conservative choice.',
    },
    {
      key: 'defaultVolumeThroughput',
      label: 'Standard broker volume throughput without provisioned throughput',
      value: DEFAULT_VOLUME_THROUGHPUT_MIBPS,
      unit: 'MiB/s',
      editable: false,
      source:
        'MSK Developer Guide, "Manage storage throughput": "250 MiB per second is the default". AWS\'s sizing script credits large brokers with up to 1,000 MiB/s without charging for it; we do not.',
    },
    {
      key: 'provisionedThroughput',
      label: 'Provisioned storage throughput (PST)',
      value: 250,
      unit: 'MiB/s minimum per broker',
      editable: false,
      source:
        'MSK Developer Guide, "Manage storage throughput": kafka.m5.4xlarge and larger, kafka.m7g.2xlarge and larger, up to each size\'s maximum (312.5 to 1,000 MiB/s: the EBS figure of AWS\'s sizing logic); billed per MiB/s-month on the whole rate, as AWS\'s sizing script does (whether AWS bills only the part above 250 MiB/s is not published). "Auto" sizes each eligible size with PST off and at the smallest rate that gives the fewest brokers, and keeps the cheaper.',
    },
    {
      key: 't3BrokerLimit',
      label: 'kafka.t3.small brokers per cluster',
      value: ZOOKEEPER_BROKER_LIMIT,
      unit: 'brokers',
      editable: false,
      source:
        'MSK Developer Guide, KRaft mode: kafka.t3.small is not supported in KRaft mode, so the ZooKeeper quota of 30 brokers per cluster applies whatever the broker quota says.',
    },
    {
      key: 'hoursPerMonth',
      label: 'Hours per month',
      value: 730,
      unit: 'h',
      editable: false,
      source: 'AWS Pricing Calculator convention; msk_sizing.py HOURS_PER_MONTH',
    },
    {
      key: 'laggingReadFactor',
      label: 'Lagging-consumer allowance (default)',
      value: DEFAULT_LAGGING_READ_FACTOR,
      unit: '× peak ingress',
      editable: false,
      source: sizingScript,
    },
    {
      key: 'rebalancingFactor',
      label: 'Rebalancing headroom',
      value: REBALANCING_FACTOR,
      unit: '× peak ingress',
      editable: false,
      source: sizingScript,
    },
    {
      key: 'tieringFactor',
      label: 'Tiered-storage copy load',
      value: TIERING_FACTOR,
      unit: '× peak ingress',
      editable: false,
      source: sizingScript,
    },
    {
      key: 'replicationOutFactor',
      label: 'Replication out (3 AZs)',
      value: REPLICATION_OUT_FACTOR_3AZ,
      unit: '× peak ingress',
      editable: false,
      source: sizingScript,
    },
    {
      key: 'expressEgressFactor',
      label: 'Express egress per broker',
      value: EXPRESS_EGRESS_FACTOR,
      unit: '× sustained ingress',
      editable: false,
      source:
        "MSK Developer Guide, Express broker quotas: recommended sustained egress is twice the ingress (AWS's sizing script uses 2.5×, unpublished)",
    },
    {
      key: 'tieredStorageCopy',
      label: 'Tiered storage holds',
      value: 1,
      unit: 'copy of the full retention',
      editable: false,
      source:
        'MSK Developer Guide, tiered storage: closed segments are copied to the tier at once and kept until retention ends, so the tier holds the whole retention, not only the part beyond local retention',
    },
    {
      key: 'tieredMinRetention',
      label: 'Minimum retention with tiered storage',
      value: 72,
      unit: 'h',
      editable: false,
      source: 'MSK Developer Guide, tiered storage constraints: the minimum retention.ms of a tiered topic is 3 days',
    },
    {
      key: 'serverlessPartitionIngress',
      label: 'MSK Serverless ingress per partition',
      value: 5,
      unit: 'MiB/s',
      editable: false,
      source: 'MSK Developer Guide, MSK Serverless quotas (egress: 10 MiB/s per partition)',
    },
    {
      key: 'closeAlternatives',
      label: 'Close alternatives',
      value: CLOSE_ALTERNATIVE_SHARE * 100,
      unit: '% above the recommendation',
      editable: false,
      source: "Our model: eligible options within 5 % of the recommendation's monthly cost are listed beside it",
    },
    {
      key: 'ebsIoSize',
      label: 'EBS I/O size for the IOPS estimate',
      value: EBS_IO_SIZE_KIB,
      unit: 'KiB',
      editable: false,
      source: 'Amazon EBS docs: I/O up to 256 KiB counts as one operation',
    },
    {
      key: 'cpuAdvice',
      label: 'CPU utilisation to stay under',
      value: CPU_UTILIZATION_ADVICE,
      unit: 'fraction',
      editable: false,
      source: 'MSK Developer Guide, best practices (60 % CPU)',
    },
    {
      key: 'zookeeperLimit',
      label: 'Brokers per cluster with ZooKeeper',
      value: ZOOKEEPER_BROKER_LIMIT,
      unit: 'brokers',
      editable: false,
      source: 'MSK Developer Guide, quotas (30 ZooKeeper / 60 KRaft)',
    },
    {
      key: 'selfManagedBrokerWarning',
      label: 'Self-managed brokers before a warning',
      value: SELF_MANAGED_BROKER_WARNING,
      unit: 'brokers',
      editable: false,
      source: "Our model: MSK's quota does not bind self-managed Kafka; very large clusters warn instead",
    },
    {
      key: 'controllerVolume',
      label: 'Self-managed controller volume',
      value: CONTROLLER_VOLUME_GIB,
      unit: 'GiB gp3',
      editable: false,
      source: 'Confluent KRaft hardware guidance (≥ 64 GB SSD)',
    },
    {
      key: 'gp3MaxThroughput',
      label: 'gp3 throughput per volume, maximum',
      value: GP3_MAX_THROUGHPUT_MIBPS,
      unit: 'MiB/s',
      editable: false,
      source: 'Amazon EBS docs (2023)',
    },
    ...listReplicationAssumptions(editable.mm2MiBpsPerMcu),
    ...listRangesAssumptions(editable.moveMonths),
    ...listCurrentAssumptions(editable.m7gCpuFactor),
  ];
}
