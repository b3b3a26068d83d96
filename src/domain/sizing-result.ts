/** Result format v2 (SPEC §9): what the CLI prints with --format json and the app exports. */
import type { CurrentResult } from './current/current-result';
import type { KinesisAlternative } from './kinesis/kinesis-result';
import type { RangesResult } from './ranges/ranges-result';
import type { CodedMessage, Recommendations, SizedOption, WorkloadFigures } from './result';
import type { ReplicationResult } from './replication/replication-result';
import type { Scenario } from './scenario';

export const RESULT_VERSION = 2;

export interface SizingResult {
  readonly version: typeof RESULT_VERSION;
  /** The normalised scenario: egress derived when consumerGroups is set. */
  readonly scenario: Scenario;
  readonly prices: { readonly region: string; readonly regionName: string; readonly asOf: string };
  readonly assumptions: {
    readonly tlsFactor: number;
    readonly pageCacheShare: number;
    readonly mm2MiBpsPerMcu: number;
    readonly moveMonths: number;
    readonly m7gCpuFactor: number;
  };
  readonly workload: WorkloadFigures;
  readonly options: readonly SizedOption[];
  readonly recommendations: Recommendations;
  /** Best-practice warnings about the scenario as a whole. */
  readonly warnings: readonly CodedMessage[];
  /** SPEC §11: the clusters on both sides and the replication tools, when the scenario has a replication block. */
  readonly replication?: ReplicationResult | null;
  /**
   * SPEC §12: P10/P50/P90 over the scenario's futures, when it has an uncertainty block. Sizing the
   * futures takes far longer than one sizing, so `sizeScenario` leaves it out and `withRanges` adds
   * it (the page computes it in a Web Worker).
   */
  readonly ranges?: RangesResult;
  /** SPEC §13: the cluster run today, priced, checked and right-sized, when the scenario has a current block. */
  readonly current?: CurrentResult;
  /**
   * SPEC §15: Amazon Kinesis Data Streams priced on the same workload, provisioned, on-demand and
   * on-demand Advantage; alternatives, never recommended. Absent when the price book has no Kinesis data.
   */
  readonly alternatives?: readonly KinesisAlternative[];
}
