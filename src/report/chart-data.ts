/**
 * Chart adapters (STYLE rule 11): a sizing result in, the small series a chart draws out. Pure and
 * deterministic: no React, no DOM, no clock; components only map these rows to markup.
 */
import {
  classOfOption,
  COST_LINES,
  crossAzFlows,
  EXPRESS_REPLICATION_FACTOR,
  RECOMMENDATION_CLASSES,
  scenarioContextOf,
  sizeGrowthCurve,
  WORKLOAD_MULTIPLIERS,
  type CostLine,
  type Deployment,
  type EditableAssumptions,
  type PriceBook,
  type RecommendationClass,
  type Scenario,
  type SizingResult,
} from '../domain';
import { CLASS_LABELS, COST_LINE_LABELS, DEPLOYMENT_LABELS, optionLabel } from './labels';

/* ---- The recommendation's kind ---- */

/** The deployment of the overall recommendation, or null when no MSK option is available. */
function overallDeployment(result: SizingResult): Deployment | null {
  const id = result.recommendations.overall;
  return result.options.find((o) => o.id === id)?.deployment ?? null;
}

/** Express and Serverless keep one copy of the data on managed storage: no broker volumes to provision. */
function hasBrokerVolumes(deployment: Deployment): boolean {
  return deployment !== 'msk-express' && deployment !== 'msk-serverless';
}

/* ---- Brokers per instance type ---- */

/** One bar: the recommended broker count of one MSK Standard or Express instance type. */
export interface BrokersBar {
  readonly id: string;
  /** The full instance type, "express.m7g.xlarge". */
  readonly instanceType: string;
  /** The size without its service prefix, "m7g.xlarge": the axis label (the kind is the bar's colour). */
  readonly shortLabel: string;
  readonly recommendationClass: RecommendationClass;
  /** "MSK Express", "MSK Standard M7g": the kind, for the legend, tooltip and table. */
  readonly classLabel: string;
  /** Brokers (a count), already rounded to a multiple of the AZ count. */
  readonly brokers: number;
}

export interface BrokersChartData {
  readonly bars: readonly BrokersBar[];
  /** The kinds the bars belong to, in order of first appearance: one legend entry each. */
  readonly kinds: readonly { readonly recommendationClass: RecommendationClass; readonly label: string }[];
}

const BROKER_CHART_DEPLOYMENTS: readonly Deployment[] = ['msk-standard', 'msk-express'];

/** "kafka.m7g.xlarge" and "express.m7g.xlarge" both become "m7g.xlarge". */
function withoutServicePrefix(instanceType: string): string {
  return instanceType.replace(/^(kafka|express)\./, '');
}

/**
 * Broker count (brokers) per instance type for the available MSK Standard and Express options, in
 * the result's order (Standard sizes smallest first, then Express), each with its kind. Options
 * without a broker count or unavailable (no price, over the broker quota) are left out.
 */
export function toBrokersChartData(result: SizingResult): BrokersChartData {
  const bars = result.options.flatMap((o): BrokersBar[] => {
    const cls = classOfOption(o);
    if (!o.available || o.brokers === null || cls === null || !BROKER_CHART_DEPLOYMENTS.includes(o.deployment)) return [];
    return [
      {
        id: o.id,
        instanceType: o.instanceType,
        shortLabel: withoutServicePrefix(o.instanceType),
        recommendationClass: cls,
        classLabel: CLASS_LABELS[cls],
        brokers: o.brokers,
      },
    ];
  });
  const kinds = [...new Set(bars.map((b) => b.recommendationClass))].map((cls) => ({ recommendationClass: cls, label: CLASS_LABELS[cls] }));
  return { bars, kinds };
}

/* ---- Storage ---- */

export type StorageKind = 'localProvisioned' | 'tiered' | 'retainedOneCopy';

/** One bar of the storage chart, in GiB. */
export interface StorageBar {
  readonly kind: StorageKind;
  readonly label: string;
  readonly gib: number;
  /** The cost line this storage is billed under (its colour), even when `billed` is false. */
  readonly costLine: 'storage' | 'tieredStorage';
  /** False for a figure shown for reference only (data retained, one copy, next to broker volumes). */
  readonly billed: boolean;
}

export interface StorageChartData {
  readonly bars: readonly StorageBar[];
  /** What the bars are and why, for the recommendation's kind: the chart's caption on screen and in the PDF. */
  readonly description: string;
}

/**
 * Storage in GiB (SPEC §3) for what the overall recommendation stores. MSK Standard (or no MSK
 * option): local storage provisioned on broker volumes (all replicas, divided by the EBS fill
 * target, billed), tiered storage (one copy, billed; only when local retention is shorter) and the
 * data retained (one copy, for reference). MSK Express and Serverless have no broker volumes
 * (SPEC §5, §6): they store and bill one copy of the data retained, the only bar.
 */
export function toStorageChartData(result: SizingResult): StorageChartData {
  const w = result.workload;
  const deployment = overallDeployment(result);
  const retained = (billed: boolean): StorageBar => ({
    kind: 'retainedOneCopy',
    label: 'Data retained (one copy)',
    gib: w.retainedGiB,
    costLine: 'storage',
    billed,
  });
  if (deployment !== null && !hasBrokerVolumes(deployment)) {
    return {
      bars: [retained(true)],
      description: `${DEPLOYMENT_LABELS[deployment]}, the recommendation, has no broker volumes to provision: it stores and bills one copy of the data retained, in GiB.`,
    };
  }
  const tiering = w.tieredStorageGiB > 0;
  const bars: StorageBar[] = [
    {
      kind: 'localProvisioned',
      label: 'Local storage provisioned (all replicas)',
      gib: w.localStorageProvisionedGiB,
      costLine: 'storage',
      billed: true,
    },
    ...(tiering
      ? [{ kind: 'tiered', label: 'Tiered storage (one copy)', gib: w.tieredStorageGiB, costLine: 'tieredStorage', billed: true } as const]
      : []),
    retained(false),
  ];
  const whose = deployment === null ? 'Broker-based options provision' : `${DEPLOYMENT_LABELS[deployment]}, the recommendation, provisions`;
  return {
    bars,
    description: `${whose} broker volumes for all replicas at the EBS fill target${tiering ? ' and keeps one copy in tiered storage' : ' (no tiered storage: all retention is local)'}, in GiB. The outlined bar, data retained (one copy), is for reference, not billed.`,
  };
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
  /** The replication factor the flows are computed for: the recommendation's (Express is always 3). */
  readonly replicationFactor: number;
  /** What the bars are and who pays for them, for the recommendation's kind: the chart's caption. */
  readonly description: string;
}

const CROSS_AZ_FLOWS: readonly { readonly flow: CrossAzFlow; readonly label: string }[] = [
  { flow: 'producers', label: 'Producers' },
  { flow: 'consumers', label: 'Consumers' },
  { flow: 'replication', label: 'Replication' },
];

/**
 * Cross-AZ transfer per flow in GiB/month (SPEC §3), once with nearest-replica fetch (KIP-392) and
 * once without (only the consumers' flow differs), for the replication factor of the overall
 * recommendation: 3 for MSK Express (SPEC §5), the scenario's otherwise.
 */
export function toCrossAzChartData(result: SizingResult): CrossAzChartData {
  const scenario = result.scenario;
  const deployment = overallDeployment(result);
  const replicationFactor = deployment === 'msk-express' ? EXPRESS_REPLICATION_FACTOR : scenario.replicationFactor;
  const withFetch = crossAzFlows({ ...scenario, nearestReplicaFetch: true }, replicationFactor);
  const withoutFetch = crossAzFlows({ ...scenario, nearestReplicaFetch: false }, replicationFactor);
  const perMonth = `GiB per month crossing availability zones, by flow, with replication factor ${replicationFactor}.`;
  const description =
    deployment === 'msk-serverless'
      ? `${perMonth} MSK Serverless, the recommendation, bills no cross-AZ transfer: these are the flows the broker-based options pay for.`
      : `${perMonth} MSK does not charge for replication traffic; self-managed Kafka pays for all three.`;
  return {
    rows: CROSS_AZ_FLOWS.map(({ flow, label }) => ({
      flow,
      label,
      withNearestReplicaGiBPerMonth: withFetch[flow],
      withoutNearestReplicaGiBPerMonth: withoutFetch[flow],
    })),
    scenarioUsesNearestReplicaFetch: scenario.nearestReplicaFetch,
    replicationFactor,
    description,
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
  const series = COST_LINES.filter((line) => rows.some((r) => r.linesUsd[line] !== 0)).map((line) => ({
    line,
    label: COST_LINE_LABELS[line],
  }));
  return { rows, series };
}

/* ---- Monthly cost as the workload grows ---- */

/** The multiples the chart samples (the domain's growth curve: quarter steps up to four times today's workload). */
export { WORKLOAD_MULTIPLIERS };

/** One sample: the workload scaled by `multiplier`, and each class's cheapest monthly total there. */
export interface CostVsIngressPoint {
  readonly multiplier: number;
  /** The x value: the scaled peak ingress, MiB/s. */
  readonly peakIngressMiBps: number;
  /** USD/month of the class's recommended option, null when the class has none available. */
  readonly monthlyTotalUsd: Readonly<Record<RecommendationClass, number | null>>;
  /**
   * What the class's total prices, "<option id> × <brokers>, PST <MiB/s>" (null when none): while it
   * stays the same from one point to the next, every cost line grows smoothly with the workload.
   */
  readonly configuration: Readonly<Record<RecommendationClass, string | null>>;
}

/** The marker at today's peak ingress, on screen and in the PDF. */
export const YOUR_WORKLOAD_LABEL = 'Your workload';

export interface CostVsIngressData {
  /** Ascending peak ingress. */
  readonly points: readonly CostVsIngressPoint[];
  /** Classes with a total at one point at least, in RECOMMENDATION_CLASSES order: one line each. */
  readonly series: readonly { readonly recommendationClass: RecommendationClass; readonly label: string }[];
  /** Today's peak ingress, MiB/s: the "Your workload" marker; a point with multiplier 1 sits there. */
  readonly currentPeakIngressMiBps: number;
}

/**
 * Monthly total (USD/month) of each class's recommended (cheapest available) option as the workload
 * scales (the domain's growth curve, `sizeGrowthCurve`), with the scaled peak ingress (MiB/s) as x.
 */
export function toCostVsIngressData(scenario: Scenario, priceBook: PriceBook, assumptions: EditableAssumptions): CostVsIngressData {
  const curve = sizeGrowthCurve(scenario, priceBook, scenarioContextOf(priceBook), assumptions);
  const points = curve.map((point): CostVsIngressPoint => {
    const monthlyTotalUsd = {} as Record<RecommendationClass, number | null>;
    const configuration = {} as Record<RecommendationClass, string | null>;
    for (const cls of RECOMMENDATION_CLASSES) {
      const pick = point.byClass[cls];
      monthlyTotalUsd[cls] = pick?.monthlyTotalUsd ?? null;
      configuration[cls] =
        pick === null ? null : `${pick.optionId} × ${pick.brokers ?? 'serverless'}, PST ${pick.pstMiBps > 0 ? pick.pstMiBps : 'off'}`;
    }
    return { multiplier: point.multiplier, peakIngressMiBps: point.peakIngressMiBps, monthlyTotalUsd, configuration };
  });
  const series = RECOMMENDATION_CLASSES.filter((cls) => points.some((p) => p.monthlyTotalUsd[cls] !== null)).map((cls) => ({
    recommendationClass: cls,
    label: CLASS_LABELS[cls],
  }));
  return { points, series, currentPeakIngressMiBps: scenario.peakIngressMiBps };
}

/** One vertex of a class's cost line: x in MiB/s of peak ingress, y in USD/month (null breaks the line). */
export interface CostVsIngressVertex {
  readonly peakIngressMiBps: number;
  readonly monthlyTotalUsd: number | null;
}

/**
 * The path of one class's cost line through the samples. Between two samples priced with the same
 * configuration (option, broker count, PST) the cost grows smoothly with the workload (storage, data
 * and transfer lines scale with it), so the path runs straight; where the configuration changes the
 * cost steps, so the path holds the earlier total up to the later sample and jumps there (the true
 * step lies between the two samples). A sample where the class has no option breaks the line.
 */
export function toCostVsIngressPath(data: CostVsIngressData, recommendationClass: RecommendationClass): readonly CostVsIngressVertex[] {
  const path: CostVsIngressVertex[] = [];
  data.points.forEach((point, i) => {
    const total = point.monthlyTotalUsd[recommendationClass];
    const previous = data.points[i - 1];
    const before = previous?.monthlyTotalUsd[recommendationClass] ?? null;
    if (
      previous !== undefined &&
      total !== null &&
      before !== null &&
      previous.configuration[recommendationClass] !== point.configuration[recommendationClass]
    ) {
      path.push({ peakIngressMiBps: point.peakIngressMiBps, monthlyTotalUsd: before });
    }
    path.push({ peakIngressMiBps: point.peakIngressMiBps, monthlyTotalUsd: total });
  });
  return path;
}
