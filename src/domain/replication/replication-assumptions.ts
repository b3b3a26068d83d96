/**
 * The constants of replication, migration and DR (SPEC §11), each with its source, and the one
 * editable assumption, MM2_MIBPS_PER_MCU. The Assumptions page lists them through
 * `listReplicationAssumptions`; the engine reads its numbers only from here or from the prices.
 */
import type { Assumption } from '../assumption-row';

/**
 * MirrorMaker 2 throughput per MSK Connect MCU (1 vCPU + 4 GiB), MiB/s; also per vCPU of an EC2
 * worker. Editable. SPEC §11: AWS publishes no MiB/s-per-MCU figure; the one public benchmark found
 * (Didi KnowStreaming, docs/plus/05: 259 MB/s on about 15.6 cores uncompressed, 13.6 MB/s per core
 * with LZ4, 1 KB records, full batches) gives about 16 MB/s per vCPU under ideal conditions, and
 * cross-region round trips lower it (Klarrio, 2024). SPEC's default of 8 is half the ideal figure.
 */
export const MM2_MIBPS_PER_MCU = 8;

/** Bounds of the editable MM2 throughput per MCU, MiB/s: our choice, wide around the benchmark's 13.6–16.6 (SPEC §11 gives none). */
export const MM2_MIBPS_PER_MCU_MIN = 0.5;
export const MM2_MIBPS_PER_MCU_MAX = 100;

/**
 * Most a Replicator carries: 1 GiB/s, that is 1,024 MiB/s. MSK quotas give "1 GB/s ingress per
 * Replicator" (research/replication.md §1a); the model reads AWS's MB as MiB (SPEC §1), and SPEC §11
 * words the limit as 1 GiB/s per replicator.
 */
export const REPLICATOR_MAX_GIBPS = 1;
export const REPLICATOR_MAX_MIBPS = REPLICATOR_MAX_GIBPS * 1024;

/**
 * Fewest brokers a Replicator's source or target cluster may have: MSK Replicator supported
 * configurations (3, or 4 in two AZs; our broker counts are multiples of the AZ count, so an
 * even count of at least 3 is already at least 4). SPEC §11.
 */
export const REPLICATOR_MIN_BROKERS = 3;

/** Replicators per account: MSK quotas (15). Above it we warn; the quota may be raised on request. */
export const REPLICATORS_PER_ACCOUNT = 15;

/** Partitions a Replicator needs per MB/s (MiB/s) replicated: MSK Replicator sizing best practices table (50 MB/s → 167 … 1000 → 3333, about 3.33). */
export const REPLICATOR_PARTITIONS_PER_MIBPS = 10 / 3;

/** The largest MSK Connect worker, MCUs (MSK Connect `mcuCount` is at most 8). */
export const MSK_CONNECT_LARGEST_WORKER_MCUS = 8;

/** MSK Connect worker sizes, MCUs per worker: MSK Connect `mcuCount` accepts 1, 2, 4 or 8 (SPEC §11). */
export const MSK_CONNECT_WORKER_MCUS: readonly number[] = [1, 2, 4, MSK_CONNECT_LARGEST_WORKER_MCUS];

/** MSK Connect: at most 10 workers per connector (MSK Connect quotas, SPEC §11). */
export const MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR = 10;

/** MSK Connect: 60 workers per account (MSK Connect quotas). Above it we warn; the quota may be raised on request. */
export const MSK_CONNECT_WORKERS_PER_ACCOUNT = 60;

/** MM2's checkpoint and heartbeat connectors, 1 MCU each, per replication flow (SPEC §11). */
export const MM2_AUXILIARY_MCUS = 2;

/** MM2 on EC2: the Kafka Connect worker type by default (SPEC §11: m7g.large, 2 vCPU). */
export const MM2_EC2_DEFAULT_INSTANCE = 'm7g.large';

/** MM2 on EC2: at least 2 workers so that one may fail (SPEC §11: `max(2, …)`). */
export const MM2_EC2_MIN_WORKERS = 2;

/** MM2 creates remote topics with replication.factor 2 unless told otherwise (Apache Kafka MirrorMaker 2 defaults). */
export const MM2_REMOTE_TOPIC_DEFAULT_RF = 2;

/** Hours in a week: migration months = weeks × 7 × 24 / 730 (SPEC §11). */
export const HOURS_PER_WEEK = 7 * 24;

/** The replication assumptions as the Assumptions page lists them, with the MM2 figure in force. */
export function listReplicationAssumptions(mm2MiBpsPerMcu: number = MM2_MIBPS_PER_MCU): readonly Assumption[] {
  return [
    {
      key: 'mm2MiBpsPerMcu',
      label: 'MirrorMaker 2 throughput per MCU (or per EC2 vCPU)',
      value: mm2MiBpsPerMcu,
      unit: 'MiB/s',
      editable: true,
      source:
        'AWS publishes no MirrorMaker 2 throughput per MSK Connect MCU. The one public benchmark found (Didi KnowStreaming) measured about 16 MB/s per vCPU with 1 KB records, full batches and no compression (13.6 with LZ4); cross-region round trips lower it. The default of 8 is an assumption, not a measurement: measure your own.',
    },
    {
      key: 'replicatorMaxThroughput',
      label: 'MSK Replicator throughput per replicator, maximum',
      value: REPLICATOR_MAX_MIBPS,
      unit: 'MiB/s',
      editable: false,
      source: "MSK quotas: 1 GB/s of ingress per Replicator, read as 1 GiB/s (1,024 MiB/s) because the model reads AWS's MB as MiB",
    },
    {
      key: 'replicatorMinBrokers',
      label: 'MSK Replicator: brokers per cluster, minimum',
      value: REPLICATOR_MIN_BROKERS,
      unit: 'brokers',
      editable: false,
      source:
        'MSK Replicator supported configurations: at least 3 brokers (4 in two AZs), no kafka.t3.small; a self-managed source into MSK Provisioned clusters (Standard or Express brokers), not Serverless',
    },
    {
      key: 'mskConnectWorkersPerConnector',
      label: 'MSK Connect workers per connector, maximum',
      value: MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR,
      unit: 'workers of 1, 2, 4 or 8 MCUs',
      editable: false,
      source:
        'MSK Connect quotas and connector capacity settings: a connector has one worker size (mcuCount 1, 2, 4 or 8) and a worker count (1 MCU = 1 vCPU + 4 GiB)',
    },
    {
      key: 'mskConnectMcusPerConnector',
      label: 'MirrorMaker 2 source connector on MSK Connect, MCUs, maximum',
      value: MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR * MSK_CONNECT_LARGEST_WORKER_MCUS,
      unit: `MCUs (${MSK_CONNECT_MAX_WORKERS_PER_CONNECTOR} workers × ${MSK_CONNECT_LARGEST_WORKER_MCUS} MCUs)`,
      editable: false,
      source:
        'Our choice for the MCUs MirrorMaker 2 needs: the fewest source connectors (MCUs needed ÷ 80, rounded up), the MCUs split between them as evenly as possible, and each connector the smallest workers × worker size that covers its share (fewer workers on a tie); what is provisioned is priced, so 13 MCUs needed become 7 workers × 2 MCUs = 14',
    },
    {
      key: 'mm2AuxiliaryMcus',
      label: 'MirrorMaker 2 checkpoint and heartbeat connectors',
      value: MM2_AUXILIARY_MCUS,
      unit: 'MCUs per replication flow',
      editable: false,
      source: 'Our model: one MCU each for the checkpoint and heartbeat connectors',
    },
    {
      key: 'mm2Ec2MinWorkers',
      label: 'MirrorMaker 2 on EC2: workers, minimum',
      value: MM2_EC2_MIN_WORKERS,
      unit: `workers (${MM2_EC2_DEFAULT_INSTANCE} by default)`,
      editable: false,
      source: 'Our model: at least two Kafka Connect workers so that one may fail',
    },
    {
      key: 'migrationHoursPerWeek',
      label: 'Migration overlap',
      value: HOURS_PER_WEEK,
      unit: 'h per week (÷ 730 h per month)',
      editable: false,
      source: 'Our model: both clusters and the replication run for migrationWeeks × 7 × 24 / 730 months',
    },
  ];
}

/** Choices SPEC §11 (v2.1) leaves open, as the Assumptions page states them, each with its reason. */
export const REPLICATION_CHOICES: readonly string[] = [
  "With replication, the options and the recommendation at the top are sized for the cluster you will run: your consumers plus the replication tool reading the replicated share (in active-active also the other region's writes), so the headline, every export and Terraform describe that cluster.",
  "A DR standby or a migration's new cluster is sized for what is replicated: ingress, egress and partitions × the share replicated (partitions rounded up), as AWS advises identical capacity for what fails over.",
  "Active-active with identical topic names: each topic holds both regions' writes, so the tool reads, processes and transfers each record twice (MSK Replicator bills both); MirrorMaker 2 cannot run it (its identity policy has no loop guard) and is shown as unavailable, priced only to compare.",
  "Copying retained data once (start from the earliest offset) goes through the tool once per direction, even with identical names: before replication starts the topics hold only their own region's data.",
  'Above 1 GiB/s of peak replicated throughput (twice the peak with identical names in active-active) MSK Replicator is several Replicators, ceil(peak ÷ 1,024 MiB/s) per direction or source cluster, each with its own topics; the account quota of 15 warns.',
  'The totals use the managed tool (MSK Replicator or MirrorMaker 2 on MSK Connect) with the lowest monthly cost, or for a migration the lowest one-off cost; MirrorMaker 2 on EC2 is compared and used only when you pick it or no managed tool is available, with a note that its operations time is not priced.',
  "Inter-region transfer is charged to the sending region at the pair's own price where AWS publishes one (for example us-east-1 to us-east-2 $0.01/GB, ap-southeast-4 to ap-southeast-2 $0.08/GB), else at the sending region's usual inter-region rate.",
  'Multi-VPC private connectivity, which a cross-region MSK Replicator needs on an MSK source, is named beside the Replicator but not priced (AWS does not publish whether replicated bytes count as processed).',
  'The target region starts near the source: the nearest region on the same continent and in the same partition where a managed replication tool is priced (South America looks next to North America, Africa and the Middle East to Europe).',
];
