/**
 * `result.alternatives` for Amazon Kinesis Data Streams (SPEC §15): three ways to run the workload on
 * KDS, each with its cost lines, warnings and a derivation a user can check step by step. KDS is an
 * alternative, never a recommendation (clients must change from the Kafka protocol).
 */
import type { CodedMessage } from '../result';

export const KINESIS_ALTERNATIVE_IDS = ['kinesis-provisioned', 'kinesis-on-demand', 'kinesis-on-demand-advantage'] as const;
export type KinesisAlternativeId = (typeof KINESIS_ALTERNATIVE_IDS)[number];

/** Each alternative's name in messages and on the page. */
export const KINESIS_ALTERNATIVE_NAMES: Readonly<Record<KinesisAlternativeId, string>> = {
  'kinesis-provisioned': 'Kinesis Data Streams, provisioned',
  'kinesis-on-demand': 'Kinesis Data Streams, on-demand standard',
  'kinesis-on-demand-advantage': 'Kinesis Data Streams, on-demand Advantage',
};

/** The scenario figures Kinesis is priced from (a parsed scenario, egress already derived from consumer groups). */
export interface KinesisWorkload {
  readonly avgIngressMiBps: number;
  readonly peakIngressMiBps: number;
  readonly avgEgressMiBps: number;
  readonly peakEgressMiBps: number;
  readonly consumerGroups: number | null;
  readonly retentionHours: number;
  readonly partitions: number;
  readonly discountPct: number;
}

export const KINESIS_COST_LINES = ['capacity', 'dataIn', 'dataOut', 'retention', 'enhancedFanOut'] as const;
export type KinesisCostLine = (typeof KINESIS_COST_LINES)[number];

/**
 * Monthly cost, USD, every line discounted; 0 where a line does not apply. Where each charge goes
 * (SPEC §15 names the lines, not what they hold):
 * - capacity: provisioned shard-hours; on-demand standard stream-hours; nothing for Advantage.
 * - dataIn: provisioned PUT payload units; on-demand GB written (records rounded up to whole KiB).
 * - dataOut: on-demand GB read by polling consumers (provisioned polling reads are in the shard-hour).
 * - retention: everything for keeping data beyond 24 hours, including provisioned extended-retention
 *   shard-hours, so the three options' retention compares line for line.
 * - enhancedFanOut: consumer-shard-hours and GB read through enhanced fan-out, in every mode.
 */
export interface KinesisMonthlyCost {
  readonly capacity: number;
  readonly dataIn: number;
  readonly dataOut: number;
  readonly retention: number;
  readonly enhancedFanOut: number;
  /** Sum of the lines above. */
  readonly total: number;
}

/**
 * One figure of a derivation: what it is, its value, and how it was computed with the numbers in
 * (en-US grouping, as the domain's messages write them), so that a user can redo it by hand. Cost
 * steps' values are discounted, and equal the cost line they add to.
 */
export interface KinesisStep {
  /** A stable name for programs and tests ("shards", "dataIn.putUnits"). */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** "MiB/s", "records/s", "GB", "GB-month", "consumers", "shards", "USD/month". */
  readonly unit: string;
  /** "20 MiB/s × 1,024 ÷ 1 KiB". */
  readonly formula: string;
}

export interface KinesisAlternative {
  readonly id: KinesisAlternativeId;
  readonly available: boolean;
  /** Why the alternative cannot be used: `missing-price` or `above-stream-maximum`; null when available. */
  readonly unavailable: CodedMessage | null;
  /** Provisioned: shards in the stream; on-demand: null (AWS scales it). */
  readonly shards: number | null;
  /**
   * Null when a price the alternative needs is not published in the region (never priced as zero).
   * Above the stream maximum the cost is still given, for comparison, with `available` false.
   */
  readonly monthlyCostUsd: KinesisMonthlyCost | null;
  readonly warnings: readonly CodedMessage[];
  /** Every figure, in the order it was computed: the shared workload figures first. */
  readonly derivation: readonly KinesisStep[];
}
