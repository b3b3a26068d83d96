import { memo, useMemo } from 'react';
import type { RangesResult, Scenario, SizingResult } from '../../domain';
import { buildRangesReport, monthsText } from '../../report/ranges-report';

/**
 * With ranges (SPEC §12), the least-regret choice and the chance the recommendation is the cheapest
 * today, in plain words; the base of that chance and how ties count are folded away.
 */
export const RangesHeadline = memo(function RangesHeadline({
  result,
  scenario,
  ranges,
}: {
  readonly result: SizingResult;
  readonly scenario: Scenario | null;
  readonly ranges: RangesResult | null;
}) {
  const report = useMemo(
    () => (ranges && scenario ? buildRangesReport({ ...result, scenario, ranges }) : null),
    [result, scenario, ranges],
  );
  if (report === null) return null;
  const lr = report.leastRegret;
  return (
    <div className="ranges-headline" data-testid="ranges-headline">
      {report.recommendation && <p>{report.recommendation.sentence}</p>}
      {lr && (
        <p>
          <strong>
            {lr.isRecommendation ? 'It is also the choice you would regret least' : `The choice you would regret least is ${lr.label}`}
          </strong>
          {report.horizonMonths === 0 ? ' today' : ` over ${monthsText(report.horizonMonths)}`}. {lr.sentence}.
        </p>
      )}
      {report.recommendation && (
        <details className="help">
          <summary>How this is counted</summary>
          <p>
            {report.recommendation.detail} Futures drawn with seed {report.seed}; see Ranges and growth below.
          </p>
        </details>
      )}
    </div>
  );
});
