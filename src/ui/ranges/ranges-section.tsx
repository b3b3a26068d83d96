import { lazy, Suspense } from 'react';
import type { Scenario, SizingResult } from '../../domain';
import { PanelBoundary } from '../shell/panel-boundary';
import { useRanges } from './use-ranges';

const RangesPanel = lazy(() => import('./ranges-panel').then((m) => ({ default: m.RangesPanel })));

/**
 * Ranges and growth (SPEC §12) for the current valid scenario, computed in a Web Worker as the user
 * types and kept in the store's ranges slice; its progress re-renders this section only.
 */
export function RangesSection({ scenario, result }: { readonly scenario: Scenario | null; readonly result: SizingResult }) {
  const { view, isCurrent } = useRanges(scenario);
  if (!view) return null;
  return (
    <PanelBoundary title="Ranges and growth">
      <Suspense
        fallback={
          <section className="panel" aria-busy="true">
            <h2>Ranges and growth</h2>
            <p>Loading…</p>
          </section>
        }
      >
        <RangesPanel result={result} view={view} isCurrent={isCurrent} invalid={scenario === null} />
      </Suspense>
    </PanelBoundary>
  );
}
