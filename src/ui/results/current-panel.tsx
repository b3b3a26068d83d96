import { memo } from 'react';
import type { CurrentResult } from '../../domain';
import { buildCurrentReport } from '../../report/current-report';
import { formatNumber, formatUsd } from '../../report/format';
import { TableScroll } from '../shell/table-scroll';

const money = (value: number | null) => (value === null ? '—' : formatUsd(value));

/**
 * SPEC §13: the cluster run today, its verdict and what MSK lets it become in place, each candidate
 * with the check that binds or fails it, and the saving. The words are the report's, as in every export.
 */
export const CurrentPanel = memo(function CurrentPanel({ current }: { readonly current: CurrentResult }) {
  const report = buildCurrentReport(current);
  if (report === null) return null;
  return (
    <section className="panel current-panel" aria-labelledby="current-title">
      <h2 id="current-title">Current cluster</h2>
      <p>{report.runs}</p>
      <p className={`verdict verdict-${report.verdict}`}>
        <strong>{report.verdictText}</strong>
      </p>
      {report.recommended && (
        <p>
          Moving to {report.recommended.fleet} saves <strong>{formatUsd(report.recommended.monthlySavingUsd)}</strong> per month,{' '}
          {formatUsd(report.recommended.yearlySavingUsd)} per year, with the volumes you have (EBS never shrinks).
        </p>
      )}
      {report.constraints.length > 0 && (
        <TableScroll label="Checks of the cluster today">
          <table>
            <caption>The cluster today against the workload in the form</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col" className="num">
                  Used
                </th>
              </tr>
            </thead>
            <tbody>
              {report.constraints.map((c) => (
                <tr key={c.text}>
                  <th scope="row">{c.text}</th>
                  <td className="num">
                    {formatNumber(c.utilisationPct, 1)}
                    {'\u00a0'}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {report.candidates.length > 0 && (
        <TableScroll label="Right-sizing candidates">
          <table>
            <caption>What MSK lets this cluster become in place: fewer brokers (one per AZ at a time), smaller sizes, M5 → M7g</caption>
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Passes</th>
                <th scope="col">Check that binds or fails it</th>
                <th scope="col" className="num">
                  Monthly cost
                </th>
                <th scope="col" className="num">
                  Saving per month
                </th>
              </tr>
            </thead>
            <tbody>
              {report.candidates.map((c) => (
                <tr key={c.fleet} className={c.recommended ? 'row-recommended' : undefined}>
                  <th scope="row">
                    {c.fleet}
                    {c.recommended ? ' (recommended)' : ''}
                  </th>
                  <td>{c.passes ? 'yes' : 'no'}</td>
                  <td>{c.why}</td>
                  <td className="num">{money(c.monthlyUsd)}</td>
                  <td className="num">{money(c.savingUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
});
