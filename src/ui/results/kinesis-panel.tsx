import { memo } from 'react';
import type { KinesisTradeoff, SizingResult } from '../../domain';
import { buildKinesisReport, KINESIS_HEADING } from '../../report/kinesis-report';
import { TableScroll } from '../shell/table-scroll';

/**
 * SPEC §15: the same workload on Amazon Kinesis Data Streams, provisioned, on-demand and on-demand
 * Advantage, against the recommendation; what a move gives up and gains, with sources; and how each
 * figure is worked out. The words are the report's, as in every export.
 */
export const KinesisPanel = memo(function KinesisPanel({ result }: { readonly result: SizingResult }) {
  const report = buildKinesisReport(result);
  if (report === null) return null;
  return (
    <section className="panel kinesis-panel" aria-labelledby="kinesis-title">
      <h2 id="kinesis-title" tabIndex={-1}>
        {KINESIS_HEADING}
      </h2>
      <p>{report.summary}</p>
      <TableScroll label="Kinesis Data Streams modes">
        <table>
          <caption>The same workload on Kinesis Data Streams: an alternative to Kafka, never the recommendation</caption>
          <thead>
            <tr>
              <th scope="col">Mode</th>
              <th scope="col" className="num">
                Shards
              </th>
              <th scope="col" className="num">
                Monthly cost
              </th>
              <th scope="col" className="num">
                Compared with the recommendation
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.id} className={r.available ? undefined : 'row-unavailable'}>
                <th scope="row">{r.mode}</th>
                <td className="num">{r.shardsText}</td>
                <td className="num">{r.monthlyText}</td>
                <td className="num">{r.available ? (r.versusPct ?? '—') : 'not available'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ul className="kinesis-notes" aria-label="Notes on the Kinesis modes">
        {report.rows.flatMap((r) =>
          [...(r.unavailableReason ? [`Not available: ${r.unavailableReason}`] : []), ...r.warnings].map((note) => (
            <li key={`${r.id}-${note}`}>
              <strong>{r.mode}:</strong> {note}
            </li>
          )),
        )}
      </ul>
      <div className="kinesis-tradeoffs">
        <TradeoffList title="What you give up" items={report.givesUp} />
        <TradeoffList title="What you gain" items={report.gains} />
      </div>
      <details className="kinesis-derivation">
        <summary>How each mode is worked out</summary>
        {report.rows.map((r) => (
          <section key={r.id} aria-label={`${r.mode}: how it is worked out`}>
            <h4>{r.mode}</h4>
            <ol>
              {r.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </section>
        ))}
      </details>
    </section>
  );
});

/** What a move gives up or gains, each point with the AWS page that says so. */
function TradeoffList({ title, items }: { readonly title: string; readonly items: readonly KinesisTradeoff[] }) {
  return (
    <div>
      <h3>{title}</h3>
      <ul>
        {items.map((t) => (
          <li key={t.short}>
            {t.text}{' '}
            <a href={t.sourceUrl} rel="noreferrer noopener" target="_blank">
              {t.source}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
