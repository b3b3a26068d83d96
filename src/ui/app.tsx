import { lazy, Suspense, useDeferredValue } from 'react';
import type { Tab } from '../state/calculator-store';
import { PRICE_BOOK, useCalculator, useSizing } from './app-store';
import { PriceBookContext } from './price-book-context';
import { AssumptionsPage } from './assumptions/assumptions-page';
import { CompareView } from './compare/compare-view';
import { ExportPanel } from './export/export-panel';
import { labelledMessage } from '../state/field-messages';
import { CurrentInputs } from './inputs/current-inputs';
import { KinesisInputs } from './inputs/kinesis-inputs';
import { RangesInputs } from './inputs/ranges-inputs';
import { ReplicationInputs } from './inputs/replication-inputs';
import { ScenarioForm } from './inputs/scenario-form';
import { ScenarioToolbar } from './inputs/scenario-toolbar';
import { OptionDialog } from './results/option-dialog';
import { OptionsTable } from './results/options-table';
import { CurrentPanel } from './results/current-panel';
import { KinesisPanel } from './results/kinesis-panel';
import { RecommendationSummary } from './results/recommendation-summary';
import { RangesSection } from './ranges/ranges-section';
import { useFollowRanges } from './ranges/use-ranges';
import { ReplicationPanel } from './results/replication-panel';
import { ResultBar } from './results/result-bar';
import { WorkloadPanel } from './results/workload-panel';
import { Notices } from './shell/notices';
import { PanelBoundary } from './shell/panel-boundary';
import { useHeldWhile, useInView } from './shell/use-in-view';
import { useSettledValue } from './shell/use-settled-value';
import { useUrlSync } from './shell/use-url-sync';
import { selectSelectedOptionId, selectSetTab, selectTab, selectTypingField } from '../state/selectors';

/** How long the results must stay unchanged before the charts redraw, ms (keys typed 30 ms apart never wait this long). */
const CHART_PAUSE_MS = 80;

const ChartsPanel = lazy(() => import('./charts/charts-panel').then((m) => ({ default: m.ChartsPanel })));

const TABS: readonly { readonly id: Tab; readonly label: string }[] = [
  { id: 'calculator', label: 'Calculator' },
  { id: 'compare', label: 'Compare' },
  { id: 'assumptions', label: 'Assumptions' },
];

export function App() {
  const current = useSizing();
  const tab = useCalculator(selectTab);
  const setTab = useCalculator(selectSetTab);
  const selectedId = useCalculator(selectSelectedOptionId);
  // Sizing takes a tenth of a millisecond; drawing the results takes far longer. So the form renders
  // at once on every keystroke and the results follow at low priority: React drops a results render
  // that a newer keystroke overtakes (the panels are memoised, so the urgent render skips them).
  const sizing = useDeferredValue(current);
  // Whether the results are out of date is the current form's fact: it shows at once, beside the typing.
  // The address and the toolbar follow every keystroke: a link copied or a reload right after typing keeps it.
  useUrlSync(current.scenario);
  // The ranges (SPEC §12) follow the current valid scenario into the store, in a Web Worker.
  useFollowRanges();
  const result = sizing.result;
  // Charts take most of a results render: they redraw once typing pauses (CHART_PAUSE_MS), not per key.
  // Below the fold they do not redraw at all until scrolled into view.
  const [watchCharts, chartsInView] = useInView();
  const chartResult = useHeldWhile(useSettledValue(result, CHART_PAUSE_MS), chartsInView);
  // The exports take the worker's answer when it is finished and for the scenario on screen.
  const fullScenario = sizing.fullScenario;
  const selected = result?.options.find((o) => o.id === selectedId) ?? null;
  // While a field is being typed in, its error waits (no banner flashing between keystrokes).
  const typingField = useCalculator(selectTypingField);
  const settledErrors = current.errors.filter((e) => e.field !== typingField);

  return (
    <PriceBookContext.Provider value={PRICE_BOOK}>
      <div className="app">
        <a className="skip-link" href="#main">
          Skip to results
        </a>
        <header className="app-header">
          <div className="brand">
            <h1>MSK Sizer</h1>
            <p className="tagline">Kafka on AWS: brokers, storage, network and monthly cost, for every way to run it.</p>
          </div>
          <nav aria-label="Views">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                className="tab"
                aria-current={tab === t.id ? 'page' : undefined}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </nav>
          <p className="price-date">
            AWS list prices as of <strong>{PRICE_BOOK.asOf}</strong>
            {result ? `, ${result.prices.region}` : ''}
          </p>
        </header>
        <Notices />
        {result && tab === 'calculator' && <ResultBar result={result} isStale={current.isStale} />}
        <div className={`layout layout-${tab}`}>
          {tab === 'calculator' && (
            <aside className="inputs" aria-label="Inputs">
              <PanelBoundary title="Inputs">
                <ScenarioToolbar scenario={current.scenario} />
                <ScenarioForm errors={current.errors} />
                <KinesisInputs errors={current.errors} />
                <CurrentInputs errors={current.errors} />
                <ReplicationInputs region={current.scenario?.region ?? result?.scenario.region ?? 'us-east-1'} errors={current.errors} />
                <RangesInputs scenario={current.scenario ?? result?.scenario ?? null} errors={current.errors} />
              </PanelBoundary>
            </aside>
          )}
          <main id="main" className={current.isStale ? 'results results-stale' : 'results'} tabIndex={-1}>
            {settledErrors.length > 0 && (
              <div className="stale-banner" role="alert">
                {settledErrors.length === 1 ? 'One field needs attention' : `${settledErrors.length} fields need attention`}
                {!result
                  ? '.'
                  : current.isStale
                    ? ': the results below are from your last valid inputs.'
                    : ': the ranges and growth below are from your last valid settings.'}
                <ul>
                  {settledErrors.map((e) => (
                    <li key={e.field + e.message}>{labelledMessage(e)}</li>
                  ))}
                </ul>
              </div>
            )}
            {current.isStale && settledErrors.length === 0 && (
              <p className="stale-note" role="status">
                Out of date: these results are from your last valid inputs.
              </p>
            )}
            {result && tab === 'calculator' && (
              <>
                <PanelBoundary title="Recommendation">
                  <RecommendationSummary result={result} scenario={fullScenario} />
                </PanelBoundary>
                <PanelBoundary title="Kinesis Data Streams">
                  <KinesisPanel result={result} />
                </PanelBoundary>
                {result.current && (
                  <PanelBoundary title="Current cluster">
                    <CurrentPanel current={result.current} />
                  </PanelBoundary>
                )}
                {selected && (
                  <PanelBoundary title="Option details">
                    <OptionDialog
                      key={selected.id}
                      option={selected}
                      azs={result.scenario.availabilityZones}
                      replicationFactor={result.scenario.replicationFactor}
                    />
                  </PanelBoundary>
                )}
                <PanelBoundary title="All options">
                  <OptionsTable result={result} />
                </PanelBoundary>
                {result.replication && (
                  <PanelBoundary title="Replication and DR">
                    <ReplicationPanel replication={result.replication} />
                  </PanelBoundary>
                )}
                {/* Ranges and growth (SPEC §12) follow the current valid scenario at once, in a Web Worker. */}
                <RangesSection scenario={current.scenario} result={result} />
                <PanelBoundary title="Export">
                  <ExportPanel result={result} scenario={fullScenario ?? result.scenario} />
                </PanelBoundary>
                <PanelBoundary title="Workload">
                  <WorkloadPanel result={result} />
                </PanelBoundary>
                <PanelBoundary title="Charts">
                  <div ref={watchCharts}>
                    <Suspense
                      fallback={
                        <section className="panel" aria-busy="true">
                          <h2>Charts</h2>
                          <p>Loading charts…</p>
                        </section>
                      }
                    >
                      {chartResult && (
                        <ChartsPanel
                          result={chartResult}
                          scenario={chartResult.scenario}
                          priceBook={PRICE_BOOK}
                          assumptions={chartResult.assumptions}
                        />
                      )}
                    </Suspense>
                  </div>
                </PanelBoundary>
              </>
            )}
            {result && tab === 'compare' && (
              <PanelBoundary title="Compare">
                <CompareView result={result} />
              </PanelBoundary>
            )}
            {tab === 'assumptions' && (
              <PanelBoundary title="Assumptions">
                <AssumptionsPage region={result?.prices.region ?? ''} />
              </PanelBoundary>
            )}
          </main>
        </div>
        <footer className="app-footer">
          <p>
            MSK Sizer estimates from AWS list prices and AWS's published sizing logic; check AWS pricing before you commit. Not affiliated
            with AWS.
          </p>
        </footer>
      </div>
    </PriceBookContext.Provider>
  );
}
