import { lazy, Suspense, useEffect } from 'react';
import type { RangesResult, Scenario, SizingResult } from '../../domain';
import { PanelBoundary } from '../shell/panel-boundary';
import { useRanges } from './use-ranges';

const RangesPanel = lazy(() => import('./ranges-panel').then((m) => ({ default: m.RangesPanel })));

/** A finished projection and the scenario it belongs to. */
export interface FinishedRanges {
  readonly scenario: Scenario;
  readonly ranges: RangesResult;
}

/**
 * Ranges and growth (SPEC §12) for the current valid scenario, computed in a Web Worker as the user
 * types. Its progress re-renders this section only; the page hears of a finished projection (for the
 * exports) through `onFinished`.
 */
export function RangesSection({ scenario, result, onFinished }: {
  readonly scenario: Scenario | null; readonly result: SizingResult; readonly onFinished: (finished: FinishedRanges | null) => void;
}) {
  const { view, isCurrent } = useRanges(scenario);
  const finished = view && view.update.phase === 'done' ? view.update.result : null;
  const finishedFor = finished && view ? view.scenario : null;
  useEffect(() => {
    onFinished(finished && finishedFor ? { scenario: finishedFor, ranges: finished } : null);
  }, [finished, finishedFor, onFinished]);
  if (!view) return null;
  return (
    <PanelBoundary title="Ranges and growth">
      <Suspense fallback={<section className="panel" aria-busy="true"><h2>Ranges and growth</h2><p>Loading…</p></section>}>
        <RangesPanel result={result} view={view} isCurrent={isCurrent} invalid={scenario === null} />
      </Suspense>
    </PanelBoundary>
  );
}
