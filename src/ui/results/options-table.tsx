import { useMemo, memo } from 'react';
import type { SizedOption, SizingResult } from '../../domain';
import { formatNumber, formatUsd } from '../../report/format';
import { CONSTRAINT_LABELS, DEPLOYMENT_LABELS } from '../../report/labels';
import type { SortKey } from '../../state/calculator-store';
import { useCalculator } from '../app-store';
import { InstanceName } from '../shell/instance-name';
import { selectSelectOption, selectSelectedOptionId, selectSetTableView, selectTableView } from '../../state/selectors';

/** `optional` columns give way on a phone so the monthly cost stays on screen. */
const COLUMNS: readonly { readonly key: SortKey; readonly label: string; readonly numeric: boolean; readonly optional?: boolean }[] = [
  { key: 'option', label: 'Option', numeric: false },
  { key: 'brokers', label: 'Brokers', numeric: true },
  { key: 'bottleneck', label: 'Bottleneck', numeric: false, optional: true },
  { key: 'storage', label: 'Storage per broker (GiB)', numeric: true, optional: true },
  { key: 'pst', label: 'Provisioned throughput (MiB/s per broker)', numeric: true, optional: true },
  { key: 'cost', label: 'Monthly cost (USD)', numeric: true },
];

const FAMILIES = ['t3', 'm5', 'm7g'] as const;

function sortValue(o: SizedOption, key: SortKey): number | string {
  switch (key) {
    case 'option':
      return `${o.deployment} ${o.instanceType}`;
    case 'brokers':
      return o.brokers ?? Number.POSITIVE_INFINITY;
    case 'bottleneck':
      return o.bottleneck ?? '~';
    case 'storage':
      return o.storagePerBrokerGiB ?? Number.POSITIVE_INFINITY;
    case 'pst':
      return o.provisionedThroughputMiBps ?? 0;
    case 'cost':
      return o.monthlyCostUsd?.total ?? Number.POSITIVE_INFINITY;
  }
}

/** Every option, sortable and filterable; unavailable ones stay listed with their reason. */
export const OptionsTable = memo(function OptionsTable({ result }: { readonly result: SizingResult }) {
  const view = useCalculator(selectTableView);
  const setView = useCalculator(selectSetTableView);
  const selected = useCalculator(selectSelectedOptionId);
  const selectOption = useCalculator(selectSelectOption);
  const rows = useMemo(() => {
    const filtered = result.options.filter(
      (o) =>
        (view.deployment === '' || o.deployment === view.deployment) &&
        (view.family === '' || o.family === view.family) &&
        (view.showUnavailable || o.available),
    );
    const direction = view.sortAscending ? 1 : -1;
    // Unavailable options stay listed but after every available one, whatever the sort.
    return [...filtered].sort((a, b) => {
      if (a.available !== b.available) return a.available ? -1 : 1;
      const x = sortValue(a, view.sortKey);
      const y = sortValue(b, view.sortKey);
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * direction;
    });
  }, [result, view]);
  const overall = result.recommendations.overall;

  return (
    <section className="panel" aria-labelledby="options-title">
      <h2 id="options-title">All options</h2>
      <div className="table-filters">
        <label className="inline-field">
          <span>Deployment</span>
          <select value={view.deployment} onChange={(e) => setView({ deployment: e.target.value })}>
            <option value="">All</option>
            {Object.entries(DEPLOYMENT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>Family</span>
          <select value={view.family} onChange={(e) => setView({ family: e.target.value })}>
            <option value="">All</option>
            {FAMILIES.map((f) => (
              <option key={f} value={f}>
                {f === 'm7g' ? 'M7g' : f.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={view.showUnavailable} onChange={(e) => setView({ showUnavailable: e.target.checked })} /> Show
          unavailable options
        </label>
        <span className="muted" role="status">
          {rows.length} of {result.options.length} options
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Options table, scrolls sideways">
        <table className="options-table">
          <caption className="visually-hidden">
            Every way to run this workload, {view.sortAscending ? 'ascending' : 'descending'} by{' '}
            {COLUMNS.find((c) => c.key === view.sortKey)?.label}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={[c.numeric ? 'num' : '', c.optional ? 'col-optional' : ''].join(' ').trim() || undefined}
                  aria-sort={view.sortKey === c.key ? (view.sortAscending ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setView(view.sortKey === c.key ? { sortAscending: !view.sortAscending } : { sortKey: c.key, sortAscending: true })
                    }
                  >
                    {c.label}
                    <span aria-hidden="true">{view.sortKey === c.key ? (view.sortAscending ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr
                key={o.id}
                data-option-id={o.id}
                className={
                  [o.available ? '' : 'row-unavailable', o.id === selected ? 'row-selected' : '', o.id === overall ? 'row-recommended' : '']
                    .join(' ')
                    .trim() || undefined
                }
              >
                <th scope="row">
                  <span className="option-deployment">{DEPLOYMENT_LABELS[o.deployment]}</span>{' '}
                  <span className="option-type">
                    <InstanceName name={o.instanceType} />
                  </span>
                  {o.id === overall && <span className="badge">Recommended</span>}
                  {!o.available && <span className="unavailable-reason">{o.unavailable?.message}</span>}
                </th>
                <td className="num">{o.brokers ?? (o.deployment === 'msk-serverless' ? 'serverless' : '–')}</td>
                <td className="col-optional">{o.bottleneck ? CONSTRAINT_LABELS[o.bottleneck] : '–'}</td>
                <td className="num col-optional">{o.storagePerBrokerGiB === null ? '–' : formatNumber(o.storagePerBrokerGiB, 1)}</td>
                <td className="num col-optional">
                  {o.provisionedThroughputMiBps === null
                    ? o.provisionedThroughputPlan
                      ? 'off'
                      : '–'
                    : formatNumber(o.provisionedThroughputMiBps, 1)}
                </td>
                <td className="num">{o.monthlyCostUsd ? formatUsd(o.monthlyCostUsd.total) : '–'}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Why? ${DEPLOYMENT_LABELS[o.deployment]} ${o.instanceType}`}
                    aria-pressed={o.id === selected}
                    onClick={() => selectOption(o.id === selected ? null : o.id)}
                  >
                    Why?
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
