/**
 * Every assumption of the model, with its value, unit and source (SPEC §4–§10, STYLE rule 5).
 * The Assumptions page renders from this module; the engine reads its numbers only from here
 * (model constants) or from the price book (AWS prices and instance specs).
 */
import { M7G_CPU_FACTOR, M7G_CPU_FACTOR_MAX, M7G_CPU_FACTOR_MIN } from './current/current-assumptions';
import { MOVE_MONTHS, MOVE_MONTHS_MAX, MOVE_MONTHS_MIN } from './ranges/ranges-assumptions';
import { MM2_MIBPS_PER_MCU, MM2_MIBPS_PER_MCU_MAX, MM2_MIBPS_PER_MCU_MIN } from './replication/replication-assumptions';

export type { Assumption } from './assumption-row';

/** The assumptions a user may override; everything else is fixed by the model. */
export interface EditableAssumptions {
  /** Share of plaintext per-broker throughput left when TLS in transit is on (0.1–1). */
  readonly tlsFactor: number;
  /** Share of broker memory usable as page cache (0.1–0.95). */
  readonly pageCacheShare: number;
  /** MirrorMaker 2 throughput per MSK Connect MCU or EC2 vCPU, MiB/s (SPEC §11: MM2_MIBPS_PER_MCU). */
  readonly mm2MiBpsPerMcu: number;
  /** Least regret (SPEC §12 v2.1): a move to another option costs this many months of the option moved to. */
  readonly moveMonths: number;
  /** Right-sizing (SPEC §13.2): CPU of an M7g broker against the M5 of its size (AWS: 27 % lower). */
  readonly m7gCpuFactor: number;
}

/**
 * TLS_FACTOR (v2, SPEC §4.1 and §10.9). AWS publishes no measured TLS overhead for Kafka brokers: the
 * MSK Developer Guide ("Amazon MSK encryption") says in-transit encryption "can add additional CPU
 * overhead and a few milliseconds of latency" without a figure, AWS's per-broker throughput figures
 * come with no TLS adjustment, and MSK turns TLS on by default. So the factor defaults to 1.0 (no
 * adjustment). A user who sets it below 1 on the Assumptions page lowers every broker-based option
 * alike (MSK Standard, Express and self-managed), never one kind only.
 */
export const TLS_FACTOR = 1.0;

export const PAGE_CACHE_SHARE = 0.5;

/** The range each editable assumption may take: the schema, the Assumptions page and stored state all read it. */
export const EDITABLE_ASSUMPTION_BOUNDS: Readonly<Record<keyof EditableAssumptions, readonly [min: number, max: number]>> = {
  tlsFactor: [0.1, 1],
  pageCacheShare: [0.1, 0.95],
  mm2MiBpsPerMcu: [MM2_MIBPS_PER_MCU_MIN, MM2_MIBPS_PER_MCU_MAX],
  moveMonths: [MOVE_MONTHS_MIN, MOVE_MONTHS_MAX],
  m7gCpuFactor: [M7G_CPU_FACTOR_MIN, M7G_CPU_FACTOR_MAX],
};

export const DEFAULT_EDITABLE_ASSUMPTIONS: EditableAssumptions = {
  tlsFactor: TLS_FACTOR,
  pageCacheShare: PAGE_CACHE_SHARE,
  mm2MiBpsPerMcu: MM2_MIBPS_PER_MCU,
  moveMonths: MOVE_MONTHS,
  m7gCpuFactor: M7G_CPU_FACTOR,
};

/** Load on survivors while one AZ is down: AZ / (AZ − 1) (AWS sizing logic uses 1.5 for 3 AZs; SPEC §4.1). */
export function azSurvivalFactor(availabilityZones: number): number {
  return availabilityZones / (availabilityZones - 1);
}

/** AWS sizing logic (msk_sizing.py, SPEC §4.1): lagging-consumer allowance when none is given, × ingress. */
export const DEFAULT_LAGGING_READ_FACTOR = 0.5;
/** AWS sizing logic: headroom for partition rebalancing, × ingress, on storage and network. */
export const REBALANCING_FACTOR = 3.0;
/** AWS sizing logic: extra load of copying segments to tiered storage, × ingress. */
export const TIERING_FACTOR = 1.5;
/** AWS sizing logic: replication out of a broker with 3 AZs, × ingress (scaled by AZS / 1.5 for 2 AZs). */
export const REPLICATION_OUT_FACTOR_3AZ = 2.2;
/** AWS sizing logic: the AZ survival factor for 3 AZs that REPLICATION_OUT_FACTOR_3AZ was written for. */
export const REPLICATION_OUT_REFERENCE_AZS = 1.5;
/**
 * Express egress per broker = sustained ingress × 2 (v2, SPEC §5 and §10.8): the MSK Developer Guide's
 * Express quota table recommends sustained egress of twice the ingress (31.2 vs 15.6 MBps for
 * express.m7g.large). AWS's sizing script uses 2.5×, a figure the docs do not publish.
 */
export const EXPRESS_EGRESS_FACTOR = 2;
/**
 * The volume throughput of a Standard broker without provisioned storage throughput (v2, SPEC §4.1,
 * §10.5): MSK Developer Guide, "Manage storage throughput": "250 MiB per second is the default".
 * The price data carries it per size (`defaultVolumeThroughputCapMiBps`); this is the figure shown.
 */
export const DEFAULT_VOLUME_THROUGHPUT_MIBPS = 250;
/** Close alternatives: eligible options within this share of the recommendation's monthly cost (SPEC §8). */
export const CLOSE_ALTERNATIVE_SHARE = 0.05;
/** Self-managed Kafka is not bound by MSK's quota; above this many brokers it warns instead (SPEC §7). */
export const SELF_MANAGED_BROKER_WARNING = 200;
/** EBS counts one I/O per 256 KiB at most (EBS volume types docs); our IOPS figure is an estimate. */
export const EBS_IO_SIZE_KIB = 256;
/** Express replication factor, fixed by MSK (MSK Developer Guide, Express brokers). */
export const EXPRESS_REPLICATION_FACTOR = 3;
/** Express clusters need 3 AZs (MSK Developer Guide, Express brokers). */
export const EXPRESS_AVAILABILITY_ZONES = 3;
/** Keep CPU under 60 % (MSK best practices); the model does not size CPU, so utilisation above this warns. */
export const CPU_UTILIZATION_ADVICE = 0.6;
/** Above 30 brokers a cluster needs KRaft mode (MSK quotas: 30 brokers with ZooKeeper, 60 with KRaft). T3 cannot run KRaft, so this is its limit. */
export const ZOOKEEPER_BROKER_LIMIT = 30;
/** gp3 volume for each self-managed KRaft controller (Confluent KRaft hardware guidance: ≥ 64 GB SSD). */
export const CONTROLLER_VOLUME_GIB = 64;
/** Most throughput one gp3 volume can be provisioned for (EBS docs, 2023: 1,000 MiB/s). */
export const GP3_MAX_THROUGHPUT_MIBPS = 1000;

/**
 * SPEC §10: every deliberate difference from AWS's sizing script (msk_sizing.py), each because AWS's
 * published documentation or price list says otherwise. The Assumptions page lists these.
 */
export const AWS_SCRIPT_DIFFERENCES: readonly string[] = [
  'Prices come from the AWS price list for the chosen region; the script hard-codes us-east-1 (kafka.m5.16xlarge is $6.73/h in the price list, $6.72 in the script).',
  "Tiered storage is $0.06/GB-month in us-east-1 (AWS price list); the script uses $0.023, Amazon S3's price.",
  'kafka.m7g.2xlarge may use provisioned storage throughput (MSK docs); the script does not allow it.',
  'kafka.m5.24xlarge allows 6,000 partition replicas at most (MSK docs), not 4,000.',
  'A Standard broker\'s storage path is limited by its volume: 250 MiB/s unless provisioned storage throughput is bought (MSK Developer Guide, "Manage storage throughput"). The script credits every size with its PST maximum without charging for it.',
  'No constraint "average egress ÷ PST" (the script\'s; it measures nothing physical): PST raises the storage limit instead.',
  'Tiered storage holds one copy of the full retention, not only the part beyond local retention (MSK docs: closed segments are copied to the tier and kept until retention ends).',
  'Express egress capacity is 2 × sustained ingress (MSK docs, Express best practices), not 2.5 ×.',
  'The TLS factor defaults to 1.0 and, when lowered, applies to every broker-based option alike; the script has no TLS input.',
  'An MSK volume is at least 1 GiB per broker (MSK quotas), so tiny workloads pay for that.',
  'With nearest-replica fetch, consumers still cross AZs when RF < AZ: O × max(0, AZ − RF) / AZ (RF 2 over 3 AZs: a third); the script counts none.',
  "kafka.t3.small is limited to 30 brokers (no KRaft); self-managed Kafka is not bound by MSK's quota (a warning above 200 brokers instead).",
];
