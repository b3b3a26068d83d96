/**
 * One report model built from a sizing result; every export format renders it, so every export
 * says what the screen says (pure: no DOM, no clock — the caller passes the date).
 */
import {
  COST_LINES,
  DEFAULT_EDITABLE_ASSUMPTIONS,
  listAssumptions,
  SCENARIO_FIELDS,
  scenarioValue,
  type CostLine,
  type PriceBook,
  type PriceSource,
  type SizedOption,
  type SizingResult,
} from '../domain';
import {
  toBrokersChartData,
  toCostStackData,
  toCostVsIngressData,
  toCrossAzChartData,
  toStorageChartData,
  type BrokersChartData,
  type CostStackData,
  type CostVsIngressData,
  type CrossAzChartData,
  type StorageChartData,
} from './chart-data';
import { buildComparison, type Comparison } from './comparison';
import { buildCurrentReport, type CurrentReport } from './current-report';
import { buildKinesisReport, type KinesisReport } from './kinesis-report';
import { resultViewOf, type ReportOption, type ReportPick } from './option-view';
import { buildRangesReport, type RangesReport } from './ranges-report';
import { buildReplicationReport, type ReplicationReport } from './replication-report';
import { constraintExplanation, provisionedThroughputNote, roundingZones } from './derivation-text';
import { CONSTRAINT_LABELS } from './labels';
import { whyKindUnavailable, workloadFigures, type ReportFigure } from './result-facts';

export { whyKindUnavailable, workloadFigures, type ReportFigure };

export interface ReportInput {
  readonly label: string;
  readonly value: string;
  readonly unit: string;
}

export type { ReportOption, ReportPick };

/** One constraint of the recommendation, with its derivation in words (SPEC §9). */
export interface ReportConstraint {
  readonly label: string;
  readonly brokersNeeded: number;
  readonly isBottleneck: boolean;
  readonly explanation: string;
}

export interface Report {
  readonly title: string;
  readonly scenarioName: string;
  readonly generatedOn: string;
  readonly region: string;
  readonly regionName: string;
  readonly priceDate: string;
  readonly inputs: readonly ReportInput[];
  readonly overall: ReportOption | null;
  /** The rule the recommendation follows, in one sentence. */
  readonly rule: string;
  /** Eligible options within 5 % of the recommendation's cost, fewest brokers first. */
  readonly closeAlternatives: readonly ReportOption[];
  /** Why the recommendation needs its brokers: each constraint's derivation. */
  readonly overallWhy: readonly ReportConstraint[];
  /** What provisioned storage throughput does or would do for the recommendation, or null. */
  readonly overallPstNote: string | null;
  /** The three assumptions that matter most for this recommendation, in a sentence each (the PDF's summary). */
  readonly keyAssumptions: readonly string[];
  readonly versusSelfManaged: { readonly option: ReportOption; readonly monthlySavingUsd: number } | null;
  readonly picks: readonly ReportPick[];
  readonly options: readonly ReportOption[];
  /** The cost lines any option has (in COST_LINES order): the columns of a table of every option's lines. */
  readonly costLinesInUse: readonly CostLine[];
  /** The comparison chosen on screen (by default the cheapest M5 against the cheapest T3). */
  readonly comparison: Comparison | null;
  readonly workload: readonly ReportFigure[];
  readonly warnings: readonly string[];
  readonly assumptions: readonly { readonly label: string; readonly value: number; readonly unit: string; readonly source: string }[];
  /** The charts a printed report draws, as data (the PDF reads nothing else). */
  readonly charts: ReportCharts;
  /** Where the prices and instance figures come from, one short public citation each. */
  readonly priceSources: readonly PriceSource[];
  /** SPEC §11: both clusters and the replication tools, when the scenario has a replication block. */
  readonly replication: ReplicationReport | null;
  /** SPEC §12: P(cheapest), P10/P50/P90 now and at the horizon, limits and least regret, when the result carries ranges. */
  readonly ranges: RangesReport | null;
  /** SPEC §13: the cluster run today, its verdict and right-sizing candidates, when the scenario has a current block. */
  readonly current: CurrentReport | null;
  /** SPEC §15: Kinesis Data Streams priced on the same workload (null without Kinesis price data). */
  readonly kinesis: KinesisReport | null;
}

/** Bars a printed report's cost chart shows: the cheapest options, by cost line. */
export const REPORT_COST_CHART_OPTIONS = 12;

export interface ReportCharts {
  readonly costStack: CostStackData;
  readonly costVsIngress: CostVsIngressData;
  readonly brokers: BrokersChartData;
  readonly storage: StorageChartData;
  readonly crossAz: CrossAzChartData;
}

function describeInput(value: unknown): string {
  if (value === null) return 'not set';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export interface ComparisonChoice {
  readonly left: string | null;
  readonly right: string | null;
}

function percent(fraction: number): string {
  return `${+(fraction * 100).toFixed(1)} %`;
}

/** The three assumptions the recommendation rests on most, by its kind. */
function keyAssumptionsOf(result: SizingResult, overall: SizedOption | null): string[] {
  const s = result.scenario;
  const tls = `TLS throughput factor ${result.assumptions.tlsFactor}: AWS publishes no TLS overhead for brokers, so 1.0 means none is assumed.`;
  if (overall?.deployment === 'msk-serverless') {
    return [
      'MSK Serverless quotas: 200 MiB/s in and 400 MiB/s out per cluster, 5 MiB/s in and 10 MiB/s out per partition, spread evenly.',
      `Billed per partition-hour (${s.partitions} partitions) and per GiB written, read and stored.`,
      `Retention of ${s.retentionHours} hours, stored as one copy.`,
    ];
  }
  if (overall?.deployment === 'msk-express') {
    const ingress = overall.constraints.find((c) => c.name === 'ingress');
    return [
      `Express brokers planned at ${percent(s.utilizationExpress)} of their sustained ingress (${ingress ? `${+ingress.capacityPerBroker.toFixed(2)} MiB/s per broker` : 'MSK quotas'}).`,
      'Express egress per broker up to 2 × its sustained ingress (MSK documentation).',
      tls,
    ];
  }
  const volume = overall?.provisionedThroughputMiBps
    ? `Provisioned storage throughput of ${+overall.provisionedThroughputMiBps.toFixed(1)} MiB/s per broker, billed.`
    : "Broker volumes at MSK's default 250 MiB/s (no provisioned storage throughput).";
  return [
    `Standard brokers planned at ${percent(s.utilizationStandard)} of their sustainable throughput at peak, with one AZ down.`,
    volume,
    `Broker volumes filled to ${percent(s.ebsUtilizationTarget)} at most: provisioned storage = needed ÷ ${s.ebsUtilizationTarget}.`,
  ];
}

/**
 * Builds the report; `priceBook` is the one the result was sized with (the growth chart sizes the
 * scenario at other ingress rates, and the sources are cited), `generatedOn` an ISO date supplied by
 * the caller (the domain has no clock), `comparison` the pair chosen on screen (null ids take the default pair).
 */
export function buildReport(
  result: SizingResult,
  priceBook: PriceBook,
  generatedOn: string,
  comparison: ComparisonChoice = { left: null, right: null },
): Report {
  const view = resultViewOf(result);
  const overall = result.options.find((o) => o.id === result.recommendations.overall) ?? null;
  const zones = overall ? roundingZones(overall, result.scenario.availabilityZones) : result.scenario.availabilityZones;
  return {
    title: `MSK sizing: ${result.scenario.name}`,
    scenarioName: result.scenario.name,
    generatedOn,
    region: result.prices.region,
    regionName: result.prices.regionName,
    priceDate: result.prices.asOf,
    inputs: SCENARIO_FIELDS.map((f) => ({ label: f.label, value: describeInput(scenarioValue(result.scenario, f.key)), unit: f.unit })),
    overall: view.overall,
    rule: result.recommendations.rule,
    closeAlternatives: view.closeAlternatives,
    overallWhy: (overall?.constraints ?? []).map((c) => ({
      label: CONSTRAINT_LABELS[c.name],
      brokersNeeded: c.brokersNeeded,
      isBottleneck: c.name === overall?.bottleneck,
      explanation: constraintExplanation(c, zones),
    })),
    overallPstNote: overall ? provisionedThroughputNote(overall) : null,
    keyAssumptions: keyAssumptionsOf(result, overall),
    versusSelfManaged: view.versusSelfManaged,
    picks: view.picks,
    options: view.options,
    comparison: buildComparison(result, comparison.left, comparison.right),
    workload: workloadFigures(result.workload),
    warnings: [...result.warnings, ...(overall?.warnings ?? [])].map((w) => w.message),
    assumptions: listAssumptions(result.assumptions).map((a) => ({ label: a.label, value: a.value, unit: a.unit, source: a.source })),
    charts: {
      costStack: toCostStackData(result, REPORT_COST_CHART_OPTIONS),
      costVsIngress: toCostVsIngressData(result.scenario, priceBook, { ...DEFAULT_EDITABLE_ASSUMPTIONS, ...result.assumptions }),
      brokers: toBrokersChartData(result),
      storage: toStorageChartData(result),
      crossAz: toCrossAzChartData(result),
    },
    priceSources: priceBook.sources,
    costLinesInUse: COST_LINES.filter((line) => result.options.some((o) => (o.monthlyCostUsd?.[line] ?? 0) !== 0)),
    replication: result.replication ? buildReplicationReport(result.replication) : null,
    ranges: buildRangesReport(result),
    current: buildCurrentReport(result.current),
    kinesis: buildKinesisReport(result),
  };
}
