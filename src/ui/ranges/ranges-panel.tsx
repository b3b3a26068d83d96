import { lazy, memo, Suspense, useId, useState } from 'react';
import type { OptionRanges, Percentiles, RangesResult, SizingResult } from '../../domain';
import { formatUsdWhole } from '../../report/format';
import { rangesRows, regretSentence, type RangesRow } from './ranges-rows';
import type { RangesUpdate } from '../../state/ranges-protocol';
import { TableScroll } from '../shell/table-scroll';
import type { RangesView } from './use-ranges';

const RangesChart = lazy(() => import('./ranges-chart').then((m) => ({ default: m.RangesChart })));

/** P10 · P50 · P90, the median in bold. */
function Band({ p }: { readonly p: Percentiles | null }) {
  if (p === null) return <>—</>;
  return <>{formatUsdWhole(p.p10)} · <strong>{formatUsdWhole(p.p50)}</strong> · {formatUsdWhole(p.p90)}</>;
}

function brokers(p: Percentiles | null): string {
  if (p === null) return '—';
  return p.p10 === p.p90 ? String(p.p50) : `${p.p50} (${p.p10}–${p.p90})`;
}

function percent(share: number | null): string {
  if (share === null) return 'not eligible';
  if (share > 0 && share < 0.005) return '< 1 %';
  return `${Math.round(share * 100)} %`;
}

function riskText(o: OptionRanges, horizon: number, complete: boolean): string {
  const m = o.limit.firstMonthP10;
  if (m === null) return complete ? `none by month ${horizon}` : '…';
  return m === 0 ? 'now' : `month ${m}`;
}

/** What the run is doing, in one line. */
function statusText(update: RangesUpdate, ranges: RangesResult | null): string {
  if (update.phase === 'error') return `The ranges could not be computed: ${update.message}`;
  if (ranges === null) return '';
  const futures = `${ranges.samples.toLocaleString('en-US')} futures`;
  switch (update.phase) {
    case 'first': return `First answer from ${futures}; refining…`;
    case 'month0':
    case 'timeline': return `Today from ${futures}; projecting month ${ranges.monthsSized} of ${ranges.horizonMonths}…`;
    case 'done': return `${futures}, seed ${ranges.seed}, ${ranges.horizonMonths} months ahead (${Math.round(update.elapsedMs)} ms).`;
  }
}

function RowCells({ row, ranges }: { readonly row: RangesRow; readonly ranges: RangesResult }) {
  const o = row.ranges;
  const complete = ranges.monthsSized > ranges.horizonMonths;
  return (
    <>
      <th scope="row">{row.label}{row.isLeastRegret && <span className="badge">least regret</span>}</th>
      <td className="num">{percent(o.pCheapest)}</td>
      <td className="num band"><Band p={o.now.monthlyCostUsd} /></td>
      <td className="num band">{o.atHorizon ? <Band p={o.atHorizon.monthlyCostUsd} /> : '…'}</td>
      <td className="num">{brokers(o.now.brokers)}</td>
      <td className="num">{o.atHorizon ? brokers(o.atHorizon.brokers) : '…'}</td>
      <td>{riskText(o, ranges.horizonMonths, complete)}</td>
    </>
  );
}

/**
 * SPEC §12 on the page: how likely each option is to be the right one, its cost and brokers at
 * P10/P50/P90 today and at the horizon, when it runs out of room, and the least-regret choice.
 */
export const RangesPanel = memo(function RangesPanel({ result, view, isCurrent }: {
  readonly result: SizingResult; readonly view: RangesView | null; readonly isCurrent: boolean;
}) {
  const [showAll, setShowAll] = useState(false);
  const captionId = useId();
  const update = view?.update ?? null;
  const ranges = update && update.phase !== 'error' ? update.result : null;
  // Charts redraw once per projection, not with every month's progress.
  const complete = view?.complete ?? null;
  const running = update !== null && update.phase !== 'done' && update.phase !== 'error';
  const rows = ranges ? rangesRows(result, ranges, showAll) : [];
  const regret = ranges ? regretSentence(result, ranges) : null;
  return (
    <section className="panel ranges-panel" aria-labelledby="ranges-title" aria-busy={running || !isCurrent ? true : undefined}>
      <h2 id="ranges-title">Ranges and growth</h2>
      <p className="help">
        Each future draws every uncertain input from its range and grows throughput month by month; every option is sized for each future, as the table above sizes today's values.
      </p>
      <p role="status" className="ranges-status">
        {update === null ? 'Computing the ranges…' : statusText(update, ranges)}
        {!isCurrent && ' Updating for your latest inputs…'}
        {running && ranges && <progress max={ranges.horizonMonths + 1} value={ranges.monthsSized} aria-label="Months projected" />}
      </p>
      {regret && (
        <p className="ranges-regret"><strong>Least regret: {regret.label}</strong> — {regret.sentence}</p>
      )}
      {ranges && (
        <>
          <p id={captionId} className="help">
            Monthly cost as P10 · <strong>P50</strong> · P90 in USD; brokers as P50 (P10–P90). P(cheapest): the share of futures in which the option is the recommendation today.
          </p>
          <TableScroll label="Ranges by option">
            <table aria-describedby={captionId}>
              <caption className="visually-hidden">Ranges by option</caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">P(cheapest)</th>
                  <th scope="col">Cost today</th>
                  <th scope="col">Cost at month {ranges.horizonMonths}</th>
                  <th scope="col">Brokers today</th>
                  <th scope="col">Brokers at month {ranges.horizonMonths}</th>
                  <th scope="col">First month at risk</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => <tr key={row.ranges.id} className={row.isLeastRegret ? 'row-highlight' : undefined}><RowCells row={row} ranges={ranges} /></tr>)}
              </tbody>
            </table>
          </TableScroll>
          <div className="field field-checkbox">
            <input id="ranges-show-all" type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
            <label htmlFor="ranges-show-all">Show every option (not only each kind's best and the likely picks)</label>
          </div>
          <p className="help">First month at risk: the first month by which at least 1 future in 10 needs more than the option offers (the broker quota or Serverless limits).</p>
          {complete && complete.timeline.length > 1 && (
            <div className={complete === ranges ? undefined : 'ranges-chart-pending'}>
              {complete !== ranges && <p className="help">The charts show the last complete projection until this one finishes.</p>}
              <Suspense fallback={<p>Loading the chart…</p>}>
                <RangesChart result={result} ranges={complete} />
              </Suspense>
            </div>
          )}
        </>
      )}
    </section>
  );
});
