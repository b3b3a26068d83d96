import { memo } from 'react';
import type { SizingResult } from '../../domain';
import { formatUsd } from '../../report/format';
import { resultViewOf } from '../../report/option-view';

/**
 * On a phone the form comes first, so the answer would start screens down: this compact bar keeps
 * the recommendation and its monthly cost at the top of the page (hidden on wide screens by CSS).
 */
export const ResultBar = memo(function ResultBar({ result, isStale }: { readonly result: SizingResult; readonly isStale: boolean }) {
  const { overall, selfManagedSource } = resultViewOf(result);
  // With replication (SPEC §11) the cluster's cost is not the bill: the bar says the whole setup's too.
  // A self-managed source is not what the recommendation prices: the bar says "on MSK" instead.
  const setup = result.replication?.monthlyTotalUsd?.total ?? null;
  return (
    <aside className={`result-bar${isStale ? ' result-bar-stale' : ''}`} data-testid="result-bar" aria-label="Recommendation in brief">
      {overall?.monthlyCostUsd ? (
        <p>
          {setup !== null && (
            <span className="result-bar-note">{selfManagedSource ? 'This workload on MSK: ' : 'This cluster alone: '}</span>
          )}
          <span className="result-bar-option">{overall.fleetText}</span>{' '}
          <strong className="result-bar-cost">{overall.monthlyText}/month</strong>
          {isStale && <span className="result-bar-note"> (last valid inputs)</span>}
          {setup !== null && (
            <span className="result-bar-setup">
              With replication, whole setup: <strong>{formatUsd(setup)}/month</strong>
            </span>
          )}
        </p>
      ) : (
        <p>No eligible MSK option for these inputs.</p>
      )}
      <a href="#summary-title">Details</a>
    </aside>
  );
});
