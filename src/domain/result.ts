/** Result format v1 (SPEC §9): what the CLI prints with --format json and the app exports. */
import type { Scenario } from './scenario';

export type Deployment = 'msk-standard' | 'msk-express' | 'msk-serverless' | 'self-managed';

export type ConstraintName = 'ingress' | 'egress' | 'partitions' | 'storage' | 'provisionedThroughput' | 'memory';

/** Constraint order; a tie for the bottleneck goes to the earlier one (SPEC §4.2). */
export const CONSTRAINT_ORDER: readonly ConstraintName[] = ['ingress', 'egress', 'partitions', 'storage', 'provisionedThroughput', 'memory'];

export interface Constraint {
  readonly name: ConstraintName;
  /** Cluster-wide demand, in `unit`. */
  readonly demand: number;
  readonly capacityPerBroker: number;
  /** Brokers this constraint alone needs, rounded up to a multiple of the AZ count. */
  readonly brokersNeeded: number;
  readonly unit: 'MiB/s' | 'partition replicas' | 'GiB';
}

export interface MonthlyCost {
  readonly brokers: number;
  readonly storage: number;
  readonly tieredStorage: number;
  readonly provisionedThroughput: number;
  readonly dataIn: number;
  readonly dataOut: number;
  readonly crossAz: number;
  readonly controllers: number;
  readonly operations: number;
  /** Discounted sum of the lines (every line above is already discounted). */
  readonly total: number;
}

export const COST_LINES = ['brokers', 'storage', 'tieredStorage', 'provisionedThroughput', 'dataIn', 'dataOut', 'crossAz', 'controllers', 'operations'] as const;
export type CostLine = (typeof COST_LINES)[number];

export interface SizedOption {
  readonly id: string;
  readonly deployment: Deployment;
  readonly instanceType: string;
  readonly available: boolean;
  readonly unavailableReason: string | null;
  /** Null for Serverless (no brokers) and where the option cannot be sized at all. */
  readonly brokers: number | null;
  readonly bottleneck: ConstraintName | null;
  readonly constraints: readonly Constraint[];
  readonly storagePerBrokerGiB: number | null;
  /** Null when a price the option needs is missing in the region. */
  readonly monthlyCostUsd: MonthlyCost | null;
  readonly warnings: readonly string[];
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
  | 'msk-standard-m7g' | 'msk-standard-m5' | 'msk-t3' | 'msk-express' | 'msk-serverless' | 'self-managed-m7g' | 'self-managed-m5';

export const RECOMMENDATION_CLASSES: readonly RecommendationClass[] = [
  'msk-standard-m7g', 'msk-standard-m5', 'msk-t3', 'msk-express', 'msk-serverless', 'self-managed-m7g', 'self-managed-m5',
];

export interface Recommendations {
  /** Cheapest production-grade MSK option, or null when none is available. */
  readonly overall: string | null;
  readonly byClass: Readonly<Record<RecommendationClass, string | null>>;
  /** The overall choice against the cheapest self-managed M5/M7g option. */
  readonly versusSelfManaged: {
    readonly selfManagedOption: string;
    /** Self-managed monthly total minus the overall choice's: positive = MSK is cheaper. */
    readonly monthlySavingUsd: number;
  } | null;
}

export interface SizingResult {
  readonly version: 1;
  readonly scenario: Scenario;
  readonly prices: { readonly region: string; readonly regionName: string; readonly asOf: string };
  readonly assumptions: { readonly tlsFactor: number; readonly pageCacheShare: number };
  readonly workload: WorkloadFigures;
  readonly options: readonly SizedOption[];
  readonly recommendations: Recommendations;
  /** Best-practice warnings about the scenario as a whole. */
  readonly warnings: readonly string[];
}
