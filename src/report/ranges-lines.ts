/**
 * The ranges section (SPEC §12) as plain lines and cells, so the CLI table, the Markdown and the PDF
 * word it the same way; each renderer only lays them out.
 */
import type { Percentiles } from '../domain';
import { rowTitle, shareText, type RangesReport, type RangesRow } from './ranges-report';

export const RANGES_HEADING = 'Ranges & growth';

/** "$4,185.15 ($2,007.20–$7,561.43)": typical (P50), then the middle 80 % (P10–P90); one figure when the three agree. */
export function rangeText(p: Percentiles | null, format: (usd: number) => string, missing = 'not available'): string {
  if (p === null) return missing;
  return p.p10 === p.p90 ? format(p.p50) : `${format(p.p50)} (${format(p.p10)}–${format(p.p90)})`;
}

/** "now", "month 7", or "—" when it never runs out within the horizon. */
export function atRiskText(month: number | null): string {
  if (month === null) return '—';
  return month === 0 ? 'now' : `month ${month}`;
}

/**
 * Whether most futures have outgrown the option by the horizon: its horizon figures would then be
 * those of the few small futures left, so the cells say how few instead.
 */
function isMostlyOutgrown(row: RangesRow): boolean {
  return row.unavailableByHorizon >= 0.5;
}

function brokersText(row: RangesRow, withHorizon: boolean): string {
  if (!row.hasBrokers) return 'serverless';
  const count = (n: number | null) => (n === null ? '—' : String(n));
  return withHorizon
    ? `${count(row.brokersNowP50)} → ${isMostlyOutgrown(row) ? '—' : count(row.brokersAtHorizonP50)}`
    : count(row.brokersNowP50);
}

/** The sentences before the table, the table (header first) and the notes after it. */
export function rangesLines(
  report: RangesReport,
  format: (usd: number) => string,
): {
  readonly summary: readonly string[];
  readonly table: readonly (readonly string[])[];
  readonly notes: readonly string[];
} {
  const h = report.horizonMonths;
  // With a horizon of 0 the "at month 0" figures are today's: one set of columns says it all.
  const withHorizon = h > 0;
  const summary = [
    ...(report.recommendation ? [report.recommendation.sentence] : []),
    ...(report.leastRegret ? [`Least regret: ${report.leastRegret.sentence}.`] : []),
    `Entered: ${report.entered.join('; ')}.`,
    report.meaning,
    ...(report.isComplete ? [] : [`Months up to ${h} are still being sized: the figures at month ${h} are not ready yet.`]),
  ];
  const head = [
    'Option',
    "Chance it's the cheapest today",
    'Monthly cost now: typical (middle 80 % of futures)',
    ...(withHorizon ? [`At month ${h}`] : []),
    withHorizon ? `Brokers (typical) now → month ${h}` : 'Brokers (typical)',
    'At risk from',
    `Unavailable by month ${h}`,
  ];
  const rows = report.rows.map((row) => [
    rowTitle(row),
    row.pCheapest === null ? '—' : shareText(row.pCheapest),
    rangeText(row.costNowUsd, format, 'fits no future'),
    ...(withHorizon
      ? [
          report.isComplete && isMostlyOutgrown(row) && row.unavailableByHorizon < 1
            ? `fits only ${shareText(1 - row.unavailableByHorizon)} of futures`
            : rangeText(row.costAtHorizonUsd, format, report.isComplete ? 'fits no future' : 'not sized yet'),
        ]
      : []),
    brokersText(row, withHorizon),
    // While months are still being sized, "never" and "0 %" are not known yet.
    row.firstMonthAtRisk === null && !report.isComplete ? '…' : atRiskText(row.firstMonthAtRisk),
    report.isComplete ? shareText(row.unavailableByHorizon) : '…',
  ]);
  const notes = [
    report.riskNote,
    ...(report.replicationNote ? [report.replicationNote] : []),
    ...(report.kindsLeftOut.length > 0
      ? [`Not in the table, as no size of theirs fits at least half the futures: ${report.kindsLeftOut.join(', ')}.`]
      : []),
  ];
  return { summary, table: [head, ...rows], notes };
}
