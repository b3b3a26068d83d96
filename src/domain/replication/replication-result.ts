/**
 * `result.replication` (SPEC §11): the clusters on both sides, the three tools with their sizing and
 * monthly cost lines, the tool chosen, monthly totals and migration one-offs. Every figure comes with
 * the numbers behind it, as data, so a page can show how it was reached.
 */
import type { CodedMessage, MonthlyCost } from '../result';
import type { ReplicationPattern } from './replication-patterns';

export const REPLICATION_TOOLS = ['msk-replicator', 'mm2-msk-connect', 'mm2-ec2'] as const;
export type ReplicationToolId = (typeof REPLICATION_TOOLS)[number];

/** Each tool's name in messages. */
export const REPLICATION_TOOL_NAMES: Readonly<Record<ReplicationToolId, string>> = {
  'msk-replicator': 'MSK Replicator',
  'mm2-msk-connect': 'MirrorMaker 2 on MSK Connect',
  'mm2-ec2': 'MirrorMaker 2 on EC2',
};

/**
 * One direction of replication: from a cluster in `fromRegion` into one in `toRegion`, where the
 * tool runs. `count` identical flows (aggregation: one per spoke).
 */
export interface ReplicationFlow {
  readonly fromRegion: string;
  readonly toRegion: string;
  readonly count: number;
  /** R = average ingress × replicatedShare, MiB/s. */
  readonly avgMiBps: number;
  /** Rp = peak ingress × replicatedShare, MiB/s. */
  readonly peakMiBps: number;
  /** G = R × 3600 × 730 / 1024, GiB per month, per flow. */
  readonly gibPerMonth: number;
  /**
   * How many times the tool reads, processes and transfers each replicated record (SPEC §11 v2.1): 2
   * with identical topic names in active-active, where each topic holds both regions' writes and the
   * tool reads (and filters) them all; else 1. The tool's peak is Rp′ = readFactor × Rp.
   */
  readonly readFactor: number;
}

/** How a cluster's workload was derived from the scenario (SPEC §11, "Clusters"). */
export type ClusterBasis =
  | 'scenario-plus-replication-consumer' // source: the scenario, egress + R (the tool reads it); the headline cluster (v2.1)
  | 'replicated-standby' // active-passive, migration: the replicated share of the workload, in the target region
  | 'own-and-peer-writes' // active-active: ingress + R, egress + R (+ 2R with identical names), in each region
  | 'hub-of-spokes'; // aggregation: sourceClusters × R of ingress

export interface ClusterWorkload {
  readonly basis: ClusterBasis;
  readonly avgIngressMiBps: number;
  readonly peakIngressMiBps: number;
  readonly avgEgressMiBps: number;
  readonly peakEgressMiBps: number;
  readonly partitions: number;
  readonly retentionHours: number;
}

export interface ReplicationCluster {
  readonly region: string;
  /** Clusters of this kind: the spokes of an aggregation, else 1. */
  readonly clusterCount: number;
  /** The sizing's overall recommendation (option id), or null when no MSK option is available. */
  readonly recommendation: string | null;
  /** The option priced: the caller's pick when given, else the recommendation. */
  readonly optionId: string | null;
  readonly instanceType: string | null;
  readonly brokers: number | null;
  /** One cluster's monthly cost lines; null when the option is missing or unavailable. */
  readonly monthlyCostUsd: MonthlyCost | null;
  /** Why the picked option cannot be used (missing, unavailable), or null. */
  readonly unavailable: CodedMessage | null;
  readonly workload: ClusterWorkload;
}

export type ToolSizing =
  | { readonly replicators: number }
  | { readonly mcus: number; readonly connectors: number; readonly workers: number }
  | { readonly workers: number; readonly instanceType: string; readonly vcpuPerWorker: number };

export const TOOL_COST_LINES = ['replicatorHours', 'dataProcessed', 'workers', 'dataTransfer'] as const;
export type ToolCostLine = (typeof TOOL_COST_LINES)[number];

/** A tool's monthly cost, USD, every line discounted; 0 when a line does not apply. */
export interface ToolMonthlyCost {
  readonly replicatorHours: number;
  readonly dataProcessed: number;
  /** MSK Connect MCU-hours or EC2 instance-hours. */
  readonly workers: number;
  /** Inter-region transfer; null when a sending region publishes no price (never treated as zero). */
  readonly dataTransfer: number | null;
  readonly total: number;
  readonly totalExcludes: readonly ToolCostLine[];
}

/** Migration one-offs, USD, discounted (SPEC §11). */
export interface OneOffCost {
  /** Months of the target cluster and the tool while both clusters run (migration only, else 0). */
  readonly overlap: number;
  /** The retained data going through the tool once (copyExistingData), else 0. */
  readonly copy: number;
  readonly total: number;
}

/** One flow's inter-region transfer: GiB per month (all `count` flows) at the sending region's price. */
export interface TransferDerivation {
  readonly fromRegion: string;
  readonly toRegion: string;
  readonly gibPerMonth: number;
  /** 0 within a region; null when the sending region publishes no price. */
  readonly perGbUsd: number | null;
}

/** One MSK Connect connector's provisioned capacity: one worker size (1, 2, 4 or 8 MCUs) × up to 10 workers. */
export interface MskConnectConnector {
  readonly workers: number;
  readonly mcusPerWorker: number;
}

export type ToolFlowDerivation =
  | {
      readonly kind: 'msk-replicator';
      readonly fromRegion: string;
      /** The Replicator runs, and is billed, in the target cluster's region (MSK Replicator, "How it works"). */
      readonly toRegion: string;
      /** Identical flows (aggregation: spokes), each with `replicatorsPerFlow` Replicators. */
      readonly flows: number;
      /** ceil(Rp′ / 1 GiB/s), at least 1 (SPEC §11 v2.1). */
      readonly replicatorsPerFlow: number;
      readonly replicators: number;
      readonly hourlyUsd: number | null;
      readonly perGbUsd: number | null;
      readonly perGbBasis: 'same-region' | 'cross-region';
      /** 2 with identical topic names in active-active (each record is processed twice), else 1. */
      readonly processingFactor: number;
      readonly processedGiBPerMonth: number;
    }
  | {
      readonly kind: 'mm2-msk-connect';
      readonly fromRegion: string;
      readonly toRegion: string;
      readonly flows: number;
      readonly peakMiBps: number;
      readonly mibpsPerMcu: number;
      /** ceil(Rp / MM2_MIBPS_PER_MCU): the MCUs the source connector needs, per flow. */
      readonly sourceConnectorMcus: number;
      /** The source connector(s) that cover those MCUs, per flow: each one worker size × a worker count. */
      readonly sourceConnectors: readonly MskConnectConnector[];
      /** Σ workers × MCUs per worker of `sourceConnectors`: what is billed, ≥ `sourceConnectorMcus`. */
      readonly provisionedSourceMcus: number;
      /** Checkpoint and heartbeat connectors, 1 worker × 1 MCU each, per flow. */
      readonly auxiliaryMcus: number;
      readonly mcuHourUsd: number | null;
    }
  | {
      readonly kind: 'mm2-ec2';
      /** One Kafka Connect cluster per region that receives data, running every flow into it. */
      readonly region: string;
      readonly peakMiBps: number;
      readonly mibpsPerVcpu: number;
      readonly vcpuPerWorker: number;
      readonly minimumWorkers: number;
      readonly workers: number;
      readonly instanceType: string;
      readonly hourlyUsd: number | null;
    };

export interface ReplicationToolResult {
  readonly tool: ReplicationToolId;
  readonly available: boolean;
  readonly unavailable: CodedMessage | null;
  readonly sizing: ToolSizing;
  /** Null when a price the tool cannot do without is missing. */
  readonly monthlyCostUsd: ToolMonthlyCost | null;
  /** This tool's one-offs (the result's `oneOffUsd` is the chosen tool's); null when not priced. */
  readonly oneOffUsd: OneOffCost | null;
  readonly warnings: readonly CodedMessage[];
  readonly derivation: {
    readonly flows: readonly ToolFlowDerivation[];
    readonly transfer: readonly TransferDerivation[];
  };
}

export interface ReplicationResult {
  readonly pattern: ReplicationPattern;
  readonly sourceRegion: string;
  readonly targetRegion: string;
  /** G: replicated GiB per month per direction (per spoke for aggregation). */
  readonly replicatedGiBPerMonth: number;
  readonly source: ReplicationCluster;
  readonly target: ReplicationCluster;
  readonly tools: readonly ReplicationToolResult[];
  readonly chosenTool: ReplicationToolId | null;
  /** The rule that chose the tool, in one sentence. */
  readonly chosenToolRule: string;
  /** Null parts: the cluster or tool has no price; the total is then null too (never a partial sum). */
  readonly monthlyTotalUsd: {
    readonly source: number | null;
    readonly target: number | null;
    readonly replication: number | null;
    readonly total: number | null;
  };
  readonly oneOffUsd: { readonly overlap: number | null; readonly copy: number | null; readonly total: number | null };
  readonly derivation: {
    readonly avgIngressMiBps: number;
    readonly peakIngressMiBps: number;
    readonly replicatedShare: number;
    readonly flows: readonly ReplicationFlow[];
    /** Migration: migrationWeeks × 7 × 24 / 730; other patterns 0. */
    readonly overlapMonths: number;
    readonly migrationWeeks: number | null;
    /** Retained GiB × replicatedShare per flow, copied once with copyExistingData; else 0. */
    readonly copyGiBPerFlow: number;
    readonly discountPct: number;
  };
  readonly warnings: readonly CodedMessage[];
}
