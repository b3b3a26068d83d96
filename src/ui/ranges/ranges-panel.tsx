import { lazy, memo, Suspense, useDeferredValue, useId, useMemo } from 'react';
import type { RangesResult, Scenario, SizingResult } from '../../domain';
import { formatUsdWhole } from '../../report/format';
import { rangesLines } from '../../report/ranges-lines';
import { buildRangesReport, type RangesReport } from '../../report/ranges-report';
import type { RangesUpdate } from '../../state/ranges-protocol';
import { TableScroll } from '../shell/table-scroll';
import type { RangesView } from './use-ranges';

const RangesChart = lazy(() => import('./ranges-chart').then((m) => ({ default: m.RangesChart })));

/** What the run is doing, in one line. */
function statusText(update: RangesUpdate, ranges: RangesResult | null): string {
  if (update.phase === 'error') return `The ranges could not be computed: ${update.message}`;
  if (ranges === null) return '';
  const futures = `${ranges.samples.toLocaleString('en-US')} futures`;
  switch (update.phase) {
    case 'first':
      return `First answer from ${futures}; refining…`;
    case 'month0':
    case 'timeline':
      return `Today from ${futures}; projecting month ${ranges.monthsSized} of ${ranges.horizonMonths}…`;
    case 'done':
      return `${futures}, seed ${ranges.seed}, ${ranges.horizonMonths === 1 ? '1 month' : `${ranges.horizonMonths} months`} ahead (${Math.round(update.elapsedMs)} ms).`;
  }
}

/**
 * The report's ranges section (the exports word it the same way) for the page's result, with the
 * whole scenario the ranges were drawn from (the page sizes its result without the uncertainty block).
 */
function reportOf(result: SizingResult, scenario: Scenario | undefined, ranges: RangesResult | null): RangesReport | null {
  return ranges && scenario ? buildRangesReport({ ...result, scenario, ranges }) : null;
}

function RangesTable({ report }: { readonly report: RangesReport }) {
  const captionId = useId();
  const { table, notes } = rangesLines(report, formatUsdWhole);
  const [head = [], ...rows] = table;
  return (
    <>
      <TableScroll label="Ranges by option">
        <table aria-describedby={captionId}>
          <caption className="visually-hidden">Ranges by option</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, i) => {
              const row = report.rows[i];
              return (
                <tr key={row?.id ?? i} className={row?.roles.includes('least-regret') ? 'row-highlight' : undefined}>
                  {cells.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c} className={c === 1 ? 'num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <div id={captionId}>
        {notes.map((n) => (
          <p key={n} className="help">
            {n}
          </p>
        ))}
      </div>
    </>
  );
}

/**
 * SPEC §12 on the page: how likely each option is to be the right one, its cost and brokers at
 * P10/P50/P90 today and at the horizon, when it runs out of room, and the least-regret choice.
 * Tables and sentences come from the report model, so the page says what the exports say.
 */
export const RangesPanel = memo(function RangesPanel({
  result,
  view,
  isCurrent,
  invalid = false,
}: {
  readonly result: SizingResult;
  readonly view: RangesView | null;
  readonly isCurrent: boolean;
  /** True while the inputs are invalid: the answer shown is from the last valid ones. */
  readonly invalid?: boolean;
}) {
  const update = view?.update ?? null;
  const ranges = update && update.phase !== 'error' ? update.result : null;
  const running = update !== null && update.phase !== 'done' && update.phase !== 'error';
  const scenario = view?.scenario;
  const report = useMemo(() => reportOf(result, scenario, ranges), [result, scenario, ranges]);
  // Charts redraw once per projection, not with every month's progress (nor when a keystroke marks the answer out of date).
  // A finished projection redraws the charts at low priority, so a keystroke never waits for them.
  const complete = useDeferredValue(view?.complete ?? null);
  const completeScenario = useDeferredValue(view?.completeScenario ?? undefined);
  // Only a finished projection redraws the charts: a keystroke (a new result, a new run) must not, as recharts takes ~100 ms.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels and roles of the result at hand are good enough until the next projection finishes
  const chartReport = useMemo(() => reportOf(result, completeScenario, complete), [completeScenario, complete]);
  return (
    <section
      className={`panel ranges-panel${invalid ? ' ranges-stale' : ''}`}
      aria-labelledby="ranges-title"
      aria-busy={running || (!isCurrent && !invalid) ? true : undefined}
    >
      <h2 id="ranges-title">Ranges and growth</h2>
      <p role="status" className="ranges-status">
        {update === null ? 'Computing the ranges…' : statusText(update, ranges)}
        {invalid ? ' These figures are from your last valid inputs.' : !isCurrent && ' Updating for your latest inputs…'}
        {running && ranges && <progress max={ranges.horizonMonths + 1} value={ranges.monthsSized} aria-label="Months projected" />}
      </p>
      {report && (
        <>
          {report.recommendation && <p>{report.recommendation.sentence}</p>}
          {report.leastRegret && (
            <p className="ranges-regret">
              <strong>Least regret:</strong> {report.leastRegret.sentence}.
            </p>
          )}
          <p className="help">Entered: {report.entered.join('; ')}.</p>
          <details className="help">
            <summary>How these figures are made</summary>
            <p>{report.meaning}</p>
            {report.recommendation && <p>{report.recommendation.detail}</p>}
          </details>
          <RangesTable report={report} />
          {chartReport && complete && complete.timeline.length > 1 && (
            <div className={complete === ranges ? undefined : 'ranges-chart-pending'}>
              {complete !== ranges && <p className="help">The charts show the last complete projection until this one finishes.</p>}
              <Suspense fallback={<p>Loading the chart…</p>}>
                <RangesChart report={chartReport} />
              </Suspense>
            </div>
          )}
        </>
      )}
    </section>
  );
});
