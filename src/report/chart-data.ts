/**
 * Chart adapters (STYLE rule 11): a sizing result in, the small series a chart draws out. Pure and
 * deterministic: no React, no DOM, no clock; components only map these rows to markup.
 */
import {
  COST_LINES, crossAzFlows, parseScenario, RECOMMENDATION_CLASSES, scenarioContextOf, sizeScenario,
  type CostLine, type Deployment, type EditableAssumptions, type PriceBook, type RecommendationClass, type Scenario,
  type SizingResult,
} from '../domain';
import { CLASS_LABELS, COST_LINE_LABELS, DEPLOYMENT_LABELS, optionLabel } from './labels';

/* ---- Brokers per instance type ---- */

/** One bar: the recommended broker count of one MSK Standard or Express instance type. */
export interface BrokersBar {
  readonly id: string;
  readonly instanceType: string;
  readonly deployment: Deployment;
  readonly deploymentLabel: string;
  /** Brokers (a count), already rounded to a multiple of the AZ count. */
  readonly brokers: number;
}

const BROKER_CHART_DEPLOYMENTS: readonly Deployment[] = ['msk-standard', 'msk-express'];

/**
 * Broker count (brokers) per instance type for the available MSK Standard and Express options, in
 * the result's order (Standard sizes smallest first, then Express). Options without a broker count
 * or unavailable (no price, over the broker quota) are left out.
 */
export function toBrokersChartData(result: SizingResult): readonly BrokersBar[] {
  return result.options.flatMap((o): BrokersBar[] =>
    o.available && o.brokers !== null && BROKER_CHART_DEPLOYMENTS.includes(o.deployment)
      ? [{ id: o.id, instanceType: o.instanceType, deployment: o.deployment, deploymentLabel: DEPLOYMENT_LABELS[o.deployment], brokers: o.brokers }]
      : []);
}

/* ---- Storage ---- */

export type StorageKind = 'localProvisioned' | 'tiered' | 'retainedOneCopy';

/** One bar of the storage chart, in GiB. */
export interface StorageBar {
  readonly kind: StorageKind;
  readonly label: string;
  readonly gib: number;
}

/**
 * Storage in GiB (SPEC §3): local storage provisioned on broker volumes (all replicas, divided by the
 * EBS fill target), tiered storage (one copy) and the data retained (one copy), in that order.
 */
export function toStorageChartData(result: SizingResult): readonly StorageBar[] {
  const w = result.workload;
  return [
    { kind: 'localProvisioned', label: 'Local storage provisioned (all replicas)', gib: w.localStorageProvisionedGiB },
    { kind: 'tiered', label: 'Tiered storage (one copy)', gib: w.tieredStorageGiB },
    { kind: 'retainedOneCopy', label: 'Data retained (one copy)', gib: w.retainedGiB },
  ];
}

/* ---- Cross-AZ transfer ---- */

export type CrossAzFlow = 'producers' | 'consumers' | 'replication';

/** One flow's cross-AZ transfer, GiB/month, with and without nearest-replica fetch. */
export interface CrossAzRow {
  readonly flow: CrossAzFlow;
  readonly label: string;
  readonly withNearestReplicaGiBPerMonth: number;
  readonly withoutNearestReplicaGiBPerMonth: number;
}

export interface CrossAzChartData {
  readonly rows: readonly CrossAzRow[];
  /** Which of the two settings the scenario uses. */
  readonly scenarioUsesNearestReplicaFetch: boolean;
}

const CROSS_AZ_FLOWS: readonly { readonly flow: CrossAzFlow; readonly label: string }[] = [
  { flow: 'producers', label: 'Producers' },
  { flow: 'consumers', label: 'Consumers' },
  { flow: 'replication', label: 'Replication' },
];

/**
 * Cross-AZ transfer per flow in GiB/month (SPEC §3) for the scenario's replication factor, once with
 * nearest-replica fetch (KIP-392) and once without; only the consumers' flow differs. The second
 * parameter (the scenario's sizing) is unused: both settings are recomputed from the scenario.
 */
export function toCrossAzChartData(scenario: Scenario): CrossAzChartData {
  const withFetch = crossAzFlows({ ...scenario, nearestReplicaFetch: true }, scenario.replicationFactor);
  const withoutFetch = crossAzFlows({ ...scenario, nearestReplicaFetch: false }, scenario.replicationFactor);
  return {
    rows: CROSS_AZ_FLOWS.map(({ flow, label }) => ({
      flow, label, withNearestReplicaGiBPerMonth: withFetch[flow], withoutNearestReplicaGiBPerMonth: withoutFetch[flow],
    })),
    scenarioUsesNearestReplicaFetch: scenario.nearestReplicaFetch,
  };
}

/* ---- Monthly cost by cost line ---- */

/** One option's monthly cost in USD/month, split by cost line (each line already discounted). */
export interface CostStackRow {
  readonly id: string;
  readonly label: string;
  readonly totalUsd: number;
  readonly linesUsd: Readonly<Record<CostLine, number>>;
}

export interface CostStackData {
  /** Cheapest first. */
  readonly rows: readonly CostStackRow[];
  /** Cost lines that are non-zero in at least one row, in COST_LINES order: one stacked series each. */
  readonly series: readonly { readonly line: CostLine; readonly label: string }[];
}

/** Default number of options a cost chart shows. */
export const DEFAULT_COST_CHART_OPTIONS = 12;

/**
 * Monthly cost (USD/month) by cost line for the available options with a cost, sorted by total
 * ascending (ties keep the result's order) and limited to the cheapest `limit` options.
 */
export function toCostStackData(result: SizingResult, limit: number = DEFAULT_COST_CHART_OPTIONS): CostStackData {
  const rows = result.options
    .flatMap((o): CostStackRow[] => {
      const cost = o.monthlyCostUsd;
      if (!o.available || cost === null) return [];
      // A line with no published price (null) is not drawn: the bar shows the priced lines its total sums.
      const linesUsd = Object.fromEntries(COST_LINES.map((line) => [line, cost[line] ?? 0])) as Record<CostLine, number>;
      return [{ id: o.id, label: optionLabel(o), totalUsd: cost.total, linesUsd }];
    })
    .sort((a, b) => a.totalUsd - b.totalUsd)
    .slice(0, Math.max(0, Math.floor(limit)));
  const series = COST_LINES.filter((line) => rows.some((r) => r.linesUsd[line] !== 0)).map((line) => ({ line, label: COST_LINE_LABELS[line] }));
  return { rows, series };
}

/* ---- Monthly cost as the workload grows ---- */

/** Multiples of today's workload the cost-versus-ingress chart samples. */
export const WORKLOAD_MULTIPLIERS: readonly number[] = [0.25, 0.5, 1, 1.5, 2, 3, 4];

/** One sample: the workload scaled by `multiplier`, and each class's cheapest monthly total there. */
export interface CostVsIngressPoint {
  readonly multiplier: number;
  /** The x value: the scaled peak ingress, MiB/s. */
  readonly peakIngressMiBps: number;
  /** USD/month of the class's recommended option, null when the class has none available. */
  readonly monthlyTotalUsd: Readonly<Record<RecommendationClass, number | null>>;
}

export interface CostVsIngressData {
  readonly points: readonly CostVsIngressPoint[];
  /** Classes with a total at one point at least, in RECOMMENDATION_CLASSES order: one line each. */
  readonly series: readonly { readonly recommendationClass: RecommendationClass; readonly label: string }[];
}

/** Today's workload times `multiplier`: ingress and egress, average and peak, so fan-out stays the same. */
function scaleWorkload(scenario: Scenario, multiplier: number): Scenario {
  return {
    ...scenario,
    avgIngressMiBps: scenario.avgIngressMiBps * multiplier,
    peakIngressMiBps: scenario.peakIngressMiBps * multiplier,
    avgEgressMiBps: scenario.avgEgressMiBps * multiplier,
    peakEgressMiBps: scenario.peakEgressMiBps * multiplier,
  };
}

/**
 * Monthly total (USD/month) of each class's recommended (cheapest available) option as the workload
 * scales by WORKLOAD_MULTIPLIERS, with the scaled peak ingress (MiB/s) as x. Each scaled scenario goes
 * through `parseScenario`; a multiple the schema refuses (e.g. above the throughput maximum) is left
 * out. Sizes up to seven scenarios: memoise the call.
 */
export function toCostVsIngressData(scenario: Scenario, priceBook: PriceBook, assumptions: EditableAssumptions): CostVsIngressData {
  const context = scenarioContextOf(priceBook);
  const points = WORKLOAD_MULTIPLIERS.flatMap((multiplier): CostVsIngressPoint[] => {
    const parsed = parseScenario(scaleWorkload(scenario, multiplier), context);
    if (!parsed.ok) return [];
    const result = sizeScenario(parsed.value, priceBook, assumptions);
    const monthlyTotalUsd = {} as Record<RecommendationClass, number | null>;
    for (const cls of RECOMMENDATION_CLASSES) {
      const id = result.recommendations.byClass[cls];
      const option = id === null ? undefined : result.options.find((o) => o.id === id);
      monthlyTotalUsd[cls] = option?.monthlyCostUsd?.total ?? null;
    }
    return [{ multiplier, peakIngressMiBps: parsed.value.peakIngressMiBps, monthlyTotalUsd }];
  });
  const series = RECOMMENDATION_CLASSES
    .filter((cls) => points.some((p) => p.monthlyTotalUsd[cls] !== null))
    .map((cls) => ({ recommendationClass: cls, label: CLASS_LABELS[cls] }));
  return { points, series };
}
