/**
 * Several scenarios side by side (`cli size a.json b.json`): each one's recommendation, its monthly
 * and yearly cost and the difference against the first, the table a pipeline or a review reads first.
 */
import { formatNumber, formatUsd } from './format';
import type { Report } from './report-model';

export const RECOMMENDATIONS_HEADING = 'Recommendations compared';

export const RECOMMENDATIONS_HEAD = [
  'Scenario',
  'Region',
  'Recommendation',
  'Brokers',
  'Monthly cost',
  'Yearly cost',
  'Against the first',
] as const;

/** The header and one row per report; costs as "$1,234.56", the difference as "+12.3 %" ("—" without both costs). */
export function recommendationsTable(reports: readonly Report[]): string[][] {
  const firstUsd = reports[0]?.overall?.monthlyCostUsd?.total ?? null;
  return [
    [...RECOMMENDATIONS_HEAD],
    ...reports.map((r, i) => {
      const o = r.overall;
      const usd = o?.monthlyCostUsd?.total ?? null;
      const pct = i === 0 || usd === null || firstUsd === null || firstUsd === 0 ? null : (usd / firstUsd - 1) * 100;
      return [
        r.scenarioName,
        r.region,
        o ? o.fleetText : 'no eligible MSK option',
        o ? o.brokersText : '-',
        usd === null ? '-' : formatUsd(usd),
        usd === null ? '-' : formatUsd(usd * 12),
        i === 0 ? '(first)' : pct === null ? '-' : `${pct >= 0 ? '+' : '−'}${formatNumber(Math.abs(pct), 1)} %`,
      ];
    }),
  ];
}
