/**
 * The presentation of a sizing result's options, built once per result: each option's label, its
 * brokers in words, its fleet ("3 × kafka.m5.large") and its cost, and the picks the recommendation
 * makes. The report model is built on it and the result panels read it, so the screen and every
 * export say the same words by construction.
 */
import {
  classOfOption,
  RECOMMENDATION_CLASSES,
  type ConstraintName,
  type Deployment,
  type MonthlyCost,
  type RecommendationClass,
  type SizedOption,
  type SizingResult,
} from '../domain';
import { formatUsd } from './format';
import { CLASS_LABELS, optionLabel } from './labels';
import { whyKindUnavailable } from './result-facts';

export interface ReportOption {
  readonly id: string;
  readonly label: string;
  /** Typed: renderers turn it into text (labels.ts). */
  readonly deployment: Deployment;
  readonly instanceType: string;
  readonly recommendationClass: RecommendationClass | null;
  readonly available: boolean;
  readonly unavailableReason: string;
  readonly brokers: number | null;
  readonly bottleneck: ConstraintName | null;
  readonly storagePerBrokerGiB: number | null;
  /** PST per broker in force, MiB/s, or null. */
  readonly provisionedThroughputMiBps: number | null;
  readonly monthlyCostUsd: MonthlyCost | null;
  /** "6 brokers", or "serverless" for MSK Serverless. */
  readonly brokersText: string;
  /** What to buy: "6 × kafka.m5.large", or the option's label for MSK Serverless. */
  readonly fleetText: string;
  /** "$1,234.56" a month, "$14,814.72" a year, or "—" without a cost. */
  readonly monthlyText: string;
  readonly yearlyText: string;
  /** How much more than the recommendation this option costs a month, % (null without either cost). */
  readonly extraPct: number | null;
}

export interface ReportPick {
  readonly recommendationClass: RecommendationClass;
  readonly classLabel: string;
  readonly option: ReportOption | null;
  /** Why the kind has no pick (null when it has one). */
  readonly unavailableReason: string | null;
}

/** The options and picks of one result, as every view shows them. */
export interface ResultView {
  readonly options: readonly ReportOption[];
  readonly overall: ReportOption | null;
  /** Eligible options within 5 % of the recommendation's cost (each says how much more in `extraPct`). */
  readonly closeAlternatives: readonly ReportOption[];
  readonly picks: readonly ReportPick[];
  readonly versusSelfManaged: { readonly option: ReportOption; readonly monthlySavingUsd: number } | null;
  /** The replication source is self-managed Kafka, so the recommendation prices the workload "on MSK" (SPEC §11). */
  readonly selfManagedSource: boolean;
}

/** "6 × kafka.m5.large" for a fleet of brokers; `serverless` for none (MSK Serverless). */
export function fleetText(brokers: number | null, instanceType: string, serverless: string): string {
  return brokers === null ? serverless : `${brokers} × ${instanceType}`;
}

function toReportOption(o: SizedOption, overallTotal: number | null): ReportOption {
  const total = o.monthlyCostUsd?.total ?? null;
  return {
    id: o.id,
    label: optionLabel(o),
    deployment: o.deployment,
    instanceType: o.instanceType,
    recommendationClass: classOfOption(o),
    available: o.available,
    unavailableReason: o.unavailable?.message ?? '',
    brokers: o.brokers,
    bottleneck: o.bottleneck,
    storagePerBrokerGiB: o.storagePerBrokerGiB,
    provisionedThroughputMiBps: o.provisionedThroughputMiBps,
    monthlyCostUsd: o.monthlyCostUsd,
    brokersText: o.brokers === null ? 'serverless' : `${o.brokers} brokers`,
    fleetText: fleetText(o.brokers, o.instanceType, optionLabel(o)),
    monthlyText: total === null ? '—' : formatUsd(total),
    yearlyText: total === null ? '—' : formatUsd(total * 12),
    extraPct: total === null || overallTotal === null ? null : (total / overallTotal - 1) * 100,
  };
}

function buildResultView(result: SizingResult): ResultView {
  const overallTotal = result.options.find((o) => o.id === result.recommendations.overall)?.monthlyCostUsd?.total ?? null;
  const options = result.options.map((o) => toReportOption(o, overallTotal));
  const byId = (id: string | null) => (id === null ? null : (options.find((o) => o.id === id) ?? null));
  const overall = byId(result.recommendations.overall);
  const vs = result.recommendations.versusSelfManaged;
  const selfManagedOption = vs ? byId(vs.selfManagedOption) : null;
  return {
    options,
    overall,
    closeAlternatives: result.recommendations.closeAlternatives.flatMap((id) => byId(id) ?? []),
    picks: RECOMMENDATION_CLASSES.map((cls) => {
      const option = byId(result.recommendations.byClass[cls]);
      return {
        recommendationClass: cls,
        classLabel: CLASS_LABELS[cls],
        option,
        unavailableReason: option ? null : whyKindUnavailable(result, cls),
      };
    }),
    versusSelfManaged: vs && selfManagedOption ? { option: selfManagedOption, monthlySavingUsd: vs.monthlySavingUsd } : null,
    selfManagedSource: result.replication?.source.optionId?.startsWith('self-managed:') ?? false,
  };
}

const views = new WeakMap<SizingResult, ResultView>();

/** The result's view, built once per result object however many panels and exports ask for it. */
export function resultViewOf(result: SizingResult): ResultView {
  let view = views.get(result);
  if (view === undefined) {
    view = buildResultView(result);
    views.set(result, view);
  }
  return view;
}
