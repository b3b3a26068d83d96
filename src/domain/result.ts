/** The parts of result format v2 (SPEC §9) every feature shares: options, cost lines, derivations, messages. */

export type Deployment = 'msk-standard' | 'msk-express' | 'msk-serverless' | 'self-managed';

export type OptionFamily = 't3' | 'm5' | 'm7g' | 'express' | 'serverless';

/** Standard and self-managed: storageThroughput, networkThroughput, partitions, storage, memory; Express: ingress, egress, partitions. */
export type ConstraintName = 'storageThroughput' | 'networkThroughput' | 'ingress' | 'egress' | 'partitions' | 'storage' | 'memory';

/** Constraint order; a tie for the bottleneck goes to the earlier one (SPEC §4.2). */
export const CONSTRAINT_ORDER: readonly ConstraintName[] = [
  'storageThroughput',
  'networkThroughput',
  'ingress',
  'egress',
  'partitions',
  'storage',
  'memory',
];

/** A stable code for programs and tests, and a message for people (SPEC §8). */
export interface CodedMessage {
  readonly code: string;
  readonly message: string;
}

/** The terms of a Standard broker's storage factor (× peak ingress), SPEC §4.1. */
export interface StorageFactorTerms {
  readonly ingress: number;
  readonly replicationIn: number;
  readonly lagging: number;
  readonly rebalancing: number;
  readonly tiering: number;
  readonly total: number;
}

/** The terms of a Standard broker's network factor (× peak ingress), SPEC §4.1. */
export interface NetworkFactorTerms {
  /** Egress ÷ ingress at peak (the fan-out ratio). */
  readonly fanOutRatio: number;
  /** Fan-out × the AZ survival factor. */
  readonly fanOut: number;
  readonly replicationOut: number;
  readonly lagging: number;
  readonly rebalancing: number;
  readonly tiering: number;
  readonly total: number;
}

/** Where a Standard broker's volume throughput came from. */
export type VolumeSource =
  | 'default' // MSK's default 250 MiB/s volume throughput, no PST
  | 'provisioned' // provisioned storage throughput, billed
  | 'gp3'; // self-managed gp3, bought at the throughput the model assumes

/**
 * The figures and factors behind one constraint's capacity per broker, as data, so that a page,
 * report or CLI can show how it was reached (SPEC §9).
 */
export type Derivation =
  | {
      readonly kind: 'storageThroughput';
      /** The instance's EBS bandwidth, MiB/s; `instanceFigures` says whose figure it is. */
      readonly instanceEbsMiBps: number;
      readonly instanceFigures: 'sizing-logic' | 'ec2-baseline';
      readonly volumeMiBps: number;
      readonly volumeSource: VolumeSource;
      readonly storageFactor: StorageFactorTerms;
      /** min(instanceEbs, volume) ÷ storage factor: ingress one broker's storage path carries, MiB/s. */
      readonly limitMiBps: number;
      readonly utilization: number;
      readonly tlsFactor: number;
    }
  | {
      readonly kind: 'networkThroughput';
      readonly nicMiBps: number;
      readonly instanceFigures: 'sizing-logic' | 'ec2-baseline';
      readonly networkFactor: NetworkFactorTerms;
      /** NIC ÷ network factor, MiB/s of ingress. */
      readonly limitMiBps: number;
      readonly utilization: number;
      readonly tlsFactor: number;
    }
  | { readonly kind: 'expressIngress'; readonly sustainedIngressMiBps: number; readonly utilization: number; readonly tlsFactor: number }
  | { readonly kind: 'expressEgress'; readonly sustainedIngressMiBps: number; readonly egressFactor: number; readonly tlsFactor: number }
  | {
      readonly kind: 'partitions';
      readonly partitions: number;
      readonly replicationFactor: number;
      readonly limit: 'recommended' | 'maximum';
    }
  | { readonly kind: 'storage'; readonly neededGiB: number; readonly fillTarget: number; readonly maxVolumeGiB: number }
  | { readonly kind: 'memory'; readonly memGiB: number; readonly pageCacheShare: number; readonly ramCacheSeconds: number };

export interface Constraint {
  readonly name: ConstraintName;
  /** Cluster-wide demand, in `unit`. */
  readonly demand: number;
  readonly capacityPerBroker: number;
  /** ceil(demand ÷ capacity): brokers before rounding to the AZ count. */
  readonly rawBrokersNeeded: number;
  /** Brokers this constraint alone needs, rounded up to a multiple of the AZ count. */
  readonly brokersNeeded: number;
  readonly unit: 'MiB/s' | 'partition replicas' | 'GiB';
  readonly derivation: Derivation;
}

export const COST_LINES = [
  'brokers',
  'storage',
  'tieredStorage',
  'provisionedThroughput',
  'dataIn',
  'dataOut',
  'crossAz',
  'controllers',
  'operations',
] as const;
export type CostLine = (typeof COST_LINES)[number];

export interface MonthlyCost {
  readonly brokers: number;
  readonly storage: number;
  readonly tieredStorage: number;
  readonly provisionedThroughput: number;
  readonly dataIn: number;
  readonly dataOut: number;
  /** Null when the region publishes no cross-AZ price (never treated as zero). */
  readonly crossAz: number | null;
  readonly controllers: number;
  readonly operations: number;
  /** Discounted sum of the priced lines (every line above is already discounted). */
  readonly total: number;
  /** Lines left out of `total` because their price is not published (SPEC §8). */
  readonly totalExcludes: readonly CostLine[];
}

/** How an eligible Standard size handled provisioned storage throughput (SPEC §4.4). */
export interface ProvisionedThroughputPlan {
  readonly mode: 'off' | 'fixed' | 'auto';
  /** Brokers with PST off (the volume's default 250 MiB/s). */
  readonly brokersWithoutPst: number;
  /** The smallest rate giving the fewest brokers PST can give (auto), or the rate in force (fixed); MiB/s. */
  readonly rateMiBps: number;
  readonly brokersAtRate: number;
  /** Monthly totals of both candidates (null where a price is missing). */
  readonly totalWithoutPstUsd: number | null;
  readonly totalAtRateUsd: number | null;
}

export interface SizedOption {
  readonly id: string;
  readonly deployment: Deployment;
  readonly family: OptionFamily;
  readonly instanceType: string;
  readonly available: boolean;
  readonly unavailable: CodedMessage | null;
  /** Null for Serverless (no brokers) and where the option cannot be sized at all. */
  readonly brokers: number | null;
  readonly bottleneck: ConstraintName | null;
  /** PST per broker in force (MiB/s, billed), or null when off or not eligible. */
  readonly provisionedThroughputMiBps: number | null;
  /** With PST on: brokers saved against PST off. */
  readonly provisionedThroughputBrokersSaved: number | null;
  /** Eligible Standard sizes: both PST candidates, so a page can say what PST would change. */
  readonly provisionedThroughputPlan: ProvisionedThroughputPlan | null;
  readonly constraints: readonly Constraint[];
  readonly storagePerBrokerGiB: number | null;
  /** Null when a price the option cannot do without is missing in the region. */
  readonly monthlyCostUsd: MonthlyCost | null;
  readonly warnings: readonly CodedMessage[];
}

export interface CrossAzGiBPerMonth {
  readonly producers: number;
  readonly consumers: number;
  readonly replication: number;
}

export interface WorkloadFigures {
  readonly retainedGiB: number;
  readonly localStorageNeededGiB: number;
  readonly localStorageProvisionedGiB: number;
  readonly tieredStorageGiB: number;
  readonly networkWriteMiBps: number;
  readonly networkReadMiBps: number;
  readonly replicationMiBps: number;
  readonly storageThroughputMiBps: number;
  readonly iops: number;
  readonly pageCacheGiB: number | null;
  readonly crossAzGiBPerMonth: CrossAzGiBPerMonth;
}

export type RecommendationClass =
  'msk-standard-m7g' | 'msk-standard-m5' | 'msk-t3' | 'msk-express' | 'msk-serverless' | 'self-managed-m7g' | 'self-managed-m5';

export const RECOMMENDATION_CLASSES: readonly RecommendationClass[] = [
  'msk-standard-m7g',
  'msk-standard-m5',
  'msk-t3',
  'msk-express',
  'msk-serverless',
  'self-managed-m7g',
  'self-managed-m5',
];

export interface Recommendations {
  /** The rule behind `overall`, in one sentence (it depends on the scenario's purpose). */
  readonly rule: string;
  /** Cheapest eligible MSK option, or null when none is available. */
  readonly overall: string | null;
  /** Eligible MSK options within 5 % of the overall choice's monthly cost, fewest brokers first. */
  readonly closeAlternatives: readonly string[];
  readonly byClass: Readonly<Record<RecommendationClass, string | null>>;
  /** The overall choice against the cheapest self-managed M5/M7g option. */
  readonly versusSelfManaged: {
    readonly selfManagedOption: string;
    /** Self-managed monthly total minus the overall choice's: positive = MSK is cheaper. */
    readonly monthlySavingUsd: number;
  } | null;
}
