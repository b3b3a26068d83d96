/** What right-sizing a running cluster returns (SPEC §13.1, §13.2): part of result format v2. */
import type { MonthlyCost } from '../result';
import type { CurrentDeployment } from './current-fields';

/** The checks a cluster passes or fails (SPEC §13.1). */
export type RightSizingCheck =
  'storageThroughput' | 'networkThroughput' | 'partitions' | 'storage' | 'memory' | 'disk' | 'cpu' | 'brokerQuota';

/**
 * One check's figure against its limit, in the check's unit: MiB/s of ingress for the throughputs,
 * partition replicas per broker, GiB (storage: all brokers; disk: per broker), GiB of page cache, % CPU, brokers.
 */
export interface CheckValue {
  readonly check: RightSizingCheck;
  readonly value: number;
  readonly limit: number;
}

/** The current cluster's checks, as `result.current.constraints` lists them. */
export interface CurrentConstraint {
  readonly name: RightSizingCheck;
  readonly demand: number;
  readonly capacity: number;
  /** demand ÷ capacity (1 = full). */
  readonly utilisation: number;
}

export interface RightSizingCandidate {
  readonly instanceType: string;
  readonly brokers: number;
  readonly passes: boolean;
  /** The check closest to its limit (the one that binds it). */
  readonly binding: CheckValue;
  /** The check it fails worst on, or null when it passes. */
  readonly failsOn: CheckValue | null;
  /** Every check it fails, worst first (an extension of SPEC §13.1, so the page can name them all). */
  readonly failed: readonly CheckValue[];
  /** Every check, worst first (an extension of SPEC §13.1: what the page shows when asked why). */
  readonly checks: readonly CheckValue[];
  /** The candidate's monthly cost (null without a published price), with the current volumes kept. */
  readonly monthlyCostUsd: MonthlyCost | null;
  /** Current total − the candidate's total, USD/month (null without both). */
  readonly monthlySavingUsd: number | null;
  /** The cheapest candidate that passes every check and costs less than today. */
  readonly recommended: boolean;
}

export type RightSizingVerdict = 'under-provisioned' | 'right-sized' | 'over-provisioned';

export interface CurrentResult {
  readonly deployment: CurrentDeployment;
  /** Null for MSK Serverless. */
  readonly instanceType: string | null;
  readonly brokers: number | null;
  /** The current cluster priced with the scenario's region: the same lines as an option. */
  readonly monthlyCostUsd: MonthlyCost | null;
  /** Every capacity of sections 4/5/7 holds with the brokers it has (and the data fits its volumes). */
  readonly fits: boolean;
  readonly constraints: readonly CurrentConstraint[];
  readonly verdict: RightSizingVerdict;
  /** Under-provisioned: the brokers the workload needs of this type, and the check that needs them. */
  readonly needs: { readonly brokers: number; readonly check: RightSizingCheck } | null;
  readonly candidates: readonly RightSizingCandidate[];
}
