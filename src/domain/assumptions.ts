/**
 * Every assumption of the model, with its value, unit and source (SPEC §4–§10, STYLE rule 5).
 * The Assumptions page renders from this module; the engine reads its numbers only from here
 * (model constants) or from the price book (AWS prices and instance specs).
 */

export interface Assumption {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  /** True when the user may change it on the Assumptions page. */
  readonly editable: boolean;
}

/** The two assumptions a user may override; everything else is fixed by the model. */
export interface EditableAssumptions {
  /** Share of plaintext per-broker throughput left when TLS in transit is on (0.1–1). */
  readonly tlsFactor: number;
  /** Share of broker memory usable as page cache (0.1–0.95). */
  readonly pageCacheShare: number;
}

/**
 * TLS_FACTOR. AWS says in-transit encryption "can add additional CPU overhead and a few
 * milliseconds of latency" but publishes no throughput figure (MSK Developer Guide, "Amazon MSK
 * encryption"); Confluent says CPU needs "can be significantly higher" with TLS, also without a
 * figure. No published measurement exists, so we choose a conservative 0.7 (30 % less throughput
 * per broker), above the ~20 % degradation reported anecdotally for Kafka clients
 * (librdkafka issue #890). Editable on the Assumptions page.
 */
export const TLS_FACTOR = 0.7;

/**
 * PAGE_CACHE_SHARE. Kafka keeps its heap small and leaves the rest of memory to the OS page cache
 * (Apache Kafka docs, "Java Version": -Xmx6g; Confluent, "Running Kafka in Production": "a file
 * system cache of up to 28-30 GB on a 32 GB machine"). On small brokers the heap is a larger share:
 * Strimzi / Red Hat Streams for Apache Kafka default the heap to 50 % of memory. AWS does not publish
 * MSK's heap size, so we take the conservative 0.5. Editable on the Assumptions page.
 */
export const PAGE_CACHE_SHARE = 0.5;

export const DEFAULT_EDITABLE_ASSUMPTIONS: EditableAssumptions = {
  tlsFactor: TLS_FACTOR,
  pageCacheShare: PAGE_CACHE_SHARE,
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
 * Express egress per broker = sustained ingress × 2.5 (AWS sizing logic, msk_sizing.py). The MSK
 * Developer Guide's Express quota table lists sustained egress as 2 × ingress (e.g. 31.2 vs 15.6 MBps
 * for express.m7g.large). We follow the sizing logic (SPEC §5) and show both on the Assumptions page.
 */
export const EXPRESS_EGRESS_FACTOR = 2.5;
/** The Express egress factor the MSK Developer Guide's quota table implies (for display). */
export const EXPRESS_EGRESS_FACTOR_DOCS = 2;
/** EBS counts one I/O per 256 KiB at most (EBS volume types docs); our IOPS figure is an estimate. */
export const EBS_IO_SIZE_KIB = 256;
/** Express replication factor, fixed by MSK (MSK Developer Guide, Express brokers). */
export const EXPRESS_REPLICATION_FACTOR = 3;
/** Express clusters need 3 AZs (MSK Developer Guide, Express brokers). */
export const EXPRESS_AVAILABILITY_ZONES = 3;
/** Keep CPU under 60 % (MSK best practices); the model does not size CPU, so utilisation above this warns. */
export const CPU_UTILIZATION_ADVICE = 0.6;
/** Above 30 brokers a cluster needs KRaft mode (MSK quotas: 30 brokers with ZooKeeper, 60 with KRaft). */
export const ZOOKEEPER_BROKER_LIMIT = 30;
/** gp3 volume for each self-managed KRaft controller (Confluent KRaft hardware guidance: ≥ 64 GB SSD). */
export const CONTROLLER_VOLUME_GIB = 64;
/** Most throughput one gp3 volume can be provisioned for (EBS docs, 2023: 1,000 MiB/s). */
export const GP3_MAX_THROUGHPUT_MIBPS = 1000;

/** The model's constants as the Assumptions page lists them. */
export function listAssumptions(editable: EditableAssumptions): readonly Assumption[] {
  const sizingScript = 'AWS sizing logic, msk_sizing.py (aws/agent-toolkit-for-aws, managing-amazon-msk), SPEC §4.1';
  return [
    { key: 'tlsFactor', label: 'TLS throughput factor', value: editable.tlsFactor, unit: '× plaintext throughput', editable: true,
      source: 'No published measurement: AWS says TLS adds CPU overhead and a few ms of latency (MSK Developer Guide, "Amazon MSK encryption") without a figure; conservative choice.' },
    { key: 'pageCacheShare', label: 'Page cache share of broker memory', value: editable.pageCacheShare, unit: '× memory', editable: true,
      source: 'Kafka docs (6 GB heap), Confluent "Running Kafka in Production" (28–30 GB cache on 32 GB), Strimzi default heap 50 %; MSK heap unpublished; conservative choice.' },
    { key: 'hoursPerMonth', label: 'Hours per month', value: 730, unit: 'h', editable: false, source: 'AWS Pricing Calculator convention; msk_sizing.py HOURS_PER_MONTH' },
    { key: 'laggingReadFactor', label: 'Lagging-consumer allowance (default)', value: DEFAULT_LAGGING_READ_FACTOR, unit: '× peak ingress', editable: false, source: sizingScript },
    { key: 'rebalancingFactor', label: 'Rebalancing headroom', value: REBALANCING_FACTOR, unit: '× peak ingress', editable: false, source: sizingScript },
    { key: 'tieringFactor', label: 'Tiered-storage copy load', value: TIERING_FACTOR, unit: '× peak ingress', editable: false, source: sizingScript },
    { key: 'replicationOutFactor', label: 'Replication out (3 AZs)', value: REPLICATION_OUT_FACTOR_3AZ, unit: '× peak ingress', editable: false, source: sizingScript },
    { key: 'expressEgressFactor', label: 'Express egress per broker (sizing logic)', value: EXPRESS_EGRESS_FACTOR, unit: '× sustained ingress', editable: false, source: 'msk_sizing.py (used); the MSK Developer Guide quota table implies 2×' },
    { key: 'expressEgressFactorDocs', label: 'Express egress per broker (documentation)', value: EXPRESS_EGRESS_FACTOR_DOCS, unit: '× sustained ingress', editable: false, source: 'MSK Developer Guide, Express broker quotas (shown for comparison, not used)' },
    { key: 'ebsIoSize', label: 'EBS I/O size for the IOPS estimate', value: EBS_IO_SIZE_KIB, unit: 'KiB', editable: false, source: 'Amazon EBS docs: I/O up to 256 KiB counts as one operation' },
    { key: 'cpuAdvice', label: 'CPU utilisation to stay under', value: CPU_UTILIZATION_ADVICE, unit: 'fraction', editable: false, source: 'MSK Developer Guide, best practices (60 % CPU)' },
    { key: 'zookeeperLimit', label: 'Brokers per cluster with ZooKeeper', value: ZOOKEEPER_BROKER_LIMIT, unit: 'brokers', editable: false, source: 'MSK Developer Guide, quotas (30 ZooKeeper / 60 KRaft)' },
    { key: 'controllerVolume', label: 'Self-managed controller volume', value: CONTROLLER_VOLUME_GIB, unit: 'GiB gp3', editable: false, source: 'Confluent KRaft hardware guidance (≥ 64 GB SSD)' },
    { key: 'gp3MaxThroughput', label: 'gp3 throughput per volume, maximum', value: GP3_MAX_THROUGHPUT_MIBPS, unit: 'MiB/s', editable: false, source: 'Amazon EBS docs (2023)' },
  ];
}
