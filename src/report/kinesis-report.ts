/**
 * Kinesis Data Streams beside MSK (SPEC §15) in words: the same rows and sentences on the page, in
 * the PDF, the Markdown, the CSV and the CLI table. The three modes' monthly cost and shards against
 * the recommendation, each figure's derivation, and what a move gives up and gains, with sources.
 */
import {
  KINESIS_ALTERNATIVE_NAMES,
  KINESIS_GAINS,
  KINESIS_GIVES_UP,
  type KinesisAlternative,
  type KinesisAlternativeId,
  type KinesisMonthlyCost,
  type KinesisTradeoff,
  type SizingResult,
} from '../domain';
import { formatNumber, formatUsd } from './format';
import { resultViewOf } from './option-view';

export const KINESIS_HEADING = 'Kinesis Data Streams instead?';

/** Short names of the modes in tables. */
export const KINESIS_MODE_NAMES: Readonly<Record<KinesisAlternativeId, string>> = {
  'kinesis-provisioned': 'Provisioned',
  'kinesis-on-demand': 'On-demand standard',
  'kinesis-on-demand-advantage': 'On-demand Advantage',
};

export interface KinesisReportRow {
  readonly id: KinesisAlternativeId;
  /** "Kinesis Data Streams, provisioned". */
  readonly name: string;
  readonly mode: string;
  readonly available: boolean;
  /** Why it cannot be used (a missing price, the stream maximum), or null. */
  readonly unavailableReason: string | null;
  readonly shards: number | null;
  /** "30 shards", "scales itself". */
  readonly shardsText: string;
  readonly monthlyCostUsd: KinesisMonthlyCost | null;
  readonly monthlyText: string;
  /** "−83 % against the recommendation", or null without both costs. */
  readonly versusText: string | null;
  /** "−83 %" (a table's column says against what), or null. */
  readonly versusPct: string | null;
  readonly warnings: readonly string[];
  /** Each figure: "Shards needed: 30 shards = ceil(max(…) × 1.2)". */
  readonly steps: readonly string[];
}

export interface KinesisReport {
  readonly rows: readonly KinesisReportRow[];
  /** One sentence: the cheapest available mode against the recommendation, or why none is priced. */
  readonly summary: string;
  readonly givesUp: readonly KinesisTradeoff[];
  readonly gains: readonly KinesisTradeoff[];
}

function stepText(s: KinesisAlternative['derivation'][number]): string {
  const value = s.unit === 'USD/month' ? `${formatUsd(s.value)}/month` : `${formatNumber(s.value, 2)} ${s.unit}`;
  return `${s.label}: ${value} = ${s.formula}`;
}

/** "+122 %", "−51 %": a difference in whole percent. */
function signedPct(pct: number): string {
  const whole = formatNumber(Math.abs(pct), 0);
  // Within half a percent is "0 %", never "−0 %".
  return whole === '0' ? '0 %' : `${pct >= 0 ? '+' : '−'}${whole} %`;
}

function rowOf(a: KinesisAlternative, recommendationUsd: number | null): KinesisReportRow {
  const total = a.monthlyCostUsd?.total ?? null;
  const pct = total !== null && recommendationUsd !== null && recommendationUsd > 0 ? (total / recommendationUsd - 1) * 100 : null;
  return {
    id: a.id,
    name: KINESIS_ALTERNATIVE_NAMES[a.id],
    mode: KINESIS_MODE_NAMES[a.id],
    available: a.available,
    unavailableReason: a.unavailable?.message ?? null,
    shards: a.shards,
    shardsText: a.shards === null ? 'scales itself' : `${formatNumber(a.shards, 0)} ${a.shards === 1 ? 'shard' : 'shards'}`,
    monthlyCostUsd: a.monthlyCostUsd,
    monthlyText: total === null ? '—' : formatUsd(total),
    versusText: pct === null ? null : `${signedPct(pct)} against the recommendation`,
    versusPct: pct === null ? null : signedPct(pct),
    warnings: a.warnings.map((w) => w.message),
    steps: a.derivation.map(stepText),
  };
}

const reports = new WeakMap<SizingResult, KinesisReport | null>();

/** The Kinesis section of a result, or null when the result has no Kinesis alternatives (no price data); built once per result. */
export function buildKinesisReport(result: SizingResult): KinesisReport | null {
  if (!reports.has(result)) reports.set(result, kinesisReportOf(result));
  return reports.get(result) ?? null;
}

function kinesisReportOf(result: SizingResult): KinesisReport | null {
  const alternatives = result.alternatives;
  if (!alternatives || alternatives.length === 0) return null;
  const overall = resultViewOf(result).overall;
  const recommendationUsd = overall?.monthlyCostUsd?.total ?? null;
  const rows = alternatives.map((a) => rowOf(a, recommendationUsd));
  const priced = rows.filter((r) => r.available && r.monthlyCostUsd !== null);
  const cheapest = [...priced].sort((a, b) => (a.monthlyCostUsd?.total ?? 0) - (b.monthlyCostUsd?.total ?? 0))[0];
  const versus =
    overall && recommendationUsd !== null ? ` against ${overall.monthlyText} for the recommendation (${overall.fleetText})` : '';
  const summary = cheapest
    ? `On Kinesis Data Streams this workload would cost ${cheapest.monthlyText}/month at the cheapest (${cheapest.mode.toLowerCase()}${cheapest.shards === null ? '' : `, ${cheapest.shardsText}`})${versus}; its clients would have to leave the Kafka protocol.`
    : `Kinesis Data Streams cannot be priced for this workload in ${result.prices.region}: ${rows[0]?.unavailableReason ?? 'no price data'}`;
  return { rows, summary, givesUp: KINESIS_GIVES_UP, gains: KINESIS_GAINS };
}
