import { memo } from 'react';
import { REPLICATION_TOOL_FEATURES, REPLICATION_TOOL_GUIDANCE, type ReplicationResult } from '../../domain';
import { formatUsd } from '../../report/format';
import { REPLICATION_PART_COLORS } from '../../report/palette';
import {
  buildReplicationReport,
  replicatedVolumeText,
  toolCostText,
  UNAVAILABLE_COST,
  type ReplicationReport,
} from '../../report/replication-report';
import { selectRemoveBlock } from '../../state/selectors';
import { useCalculator } from '../app-store';
import { InstanceName } from '../shell/instance-name';
import { TableScroll } from '../shell/table-scroll';

const money = (value: number | null) => (value === null ? 'not priced' : formatUsd(value));

const PARTS = [
  ['source', 'Source cluster'],
  ['target', 'Target cluster'],
  ['replication', 'Replication tool'],
] as const;

/**
 * The whole setup's monthly cost with each tool: one bar per tool, stacking the source cluster, the
 * target cluster and the tool, so the clusters show beside what each tool adds. The table below it
 * holds the same figures.
 */
function ToolCostChart({ report }: { readonly report: ReplicationReport }) {
  const source = report.clusters.find((c) => c.role === 'Source');
  const target = report.clusters.find((c) => c.role === 'Target');
  const clusterTotal = (c: typeof source) => (c && c.monthlyUsd !== null ? c.monthlyUsd * c.clusters : 0);
  // An unavailable tool gets an empty bar and "—": the whole setup cannot run with it, so it has no total.
  const bars = report.tools.map((t) => ({
    label: t.label,
    source: clusterTotal(source),
    target: clusterTotal(target),
    replication: t.monthlyUsd ?? 0,
    priced: t.available && t.monthlyUsd !== null,
    reason: t.unavailableReason,
  }));
  const max = Math.max(1, ...bars.filter((b) => b.priced).map((b) => b.source + b.target + b.replication));
  return (
    <figure className="replication-chart" aria-label="Monthly cost of the whole setup with each replication tool">
      <figcaption>Monthly cost of the whole setup with each tool (USD/month)</figcaption>
      <ul className="legend" aria-hidden="true">
        {PARTS.map(([key, label]) => (
          <li key={key}>
            <span className="swatch" style={{ background: REPLICATION_PART_COLORS[key] }} /> {label}
          </li>
        ))}
      </ul>
      {bars.map((b) => (
        <div key={b.label} className="replication-bar-row">
          <span className="replication-bar-label">
            {b.label}
            {b.priced ? '' : ' (unavailable)'}
          </span>
          {b.priced ? (
            <span
              className="replication-bar"
              role="img"
              aria-label={`${b.label}: source ${formatUsd(b.source)}, target ${formatUsd(b.target)}, tool ${formatUsd(b.replication)}, total ${formatUsd(b.source + b.target + b.replication)}`}
            >
              {PARTS.map(([key]) => (
                <span key={key} style={{ width: `${(b[key] / max) * 100}%`, background: REPLICATION_PART_COLORS[key] }} />
              ))}
            </span>
          ) : (
            <span className="replication-bar" role="img" aria-label={`${b.label}: unavailable${b.reason ? `: ${b.reason}` : ''}`} />
          )}
          <span className="num">{b.priced ? formatUsd(b.source + b.target + b.replication) : UNAVAILABLE_COST}</span>
        </div>
      ))}
    </figure>
  );
}

/**
 * SPEC §11: the clusters on both sides, each replication tool with its sizing and monthly cost (or why
 * it is unavailable), the totals, one-off migration costs, and how the tools differ, with sources.
 */
export const ReplicationPanel = memo(function ReplicationPanel({ replication }: { readonly replication: ReplicationResult }) {
  const removeBlock = useCalculator(selectRemoveBlock);
  const r = buildReplicationReport(replication);
  const t = r.monthlyTotalUsd;
  return (
    <section className="panel" aria-labelledby="replication-title">
      <h2 id="replication-title">Replication and DR</h2>
      <p>
        {r.pattern}: {r.sourceRegion} → {r.targetRegion}, {replicatedVolumeText(r)}.
      </p>
      <dl className="figures">
        {(
          [
            ['Source cluster', t.source],
            ['Target cluster', t.target],
            ['Replication', t.replication],
            ['Whole setup', t.total],
          ] as const
        ).map(([label, usd]) => (
          <div className="figure" key={label}>
            <dt>{label}</dt>
            <dd>
              {money(usd)} <span className="unit">USD/month</span>
            </dd>
          </div>
        ))}
        {r.oneOffUsd.total !== null && r.oneOffUsd.total > 0 && (
          <div className="figure">
            <dt>One-off (migration)</dt>
            <dd>
              {money(r.oneOffUsd.total)} <span className="unit">USD</span>
            </dd>
          </div>
        )}
      </dl>
      <p className="help">{r.volumeDerivation}</p>
      <h3>Clusters</h3>
      <ul className="derivations">
        {r.clusterNotes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <TableScroll label="Replication clusters">
        <table className="replication-clusters">
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col">Region</th>
              <th scope="col">Option</th>
              <th scope="col" className="num">
                Brokers
              </th>
              <th scope="col" className="num">
                Monthly cost (each)
              </th>
            </tr>
          </thead>
          <tbody>
            {r.clusters.map((c) => (
              <tr key={c.role}>
                <th scope="row">{c.clusters > 1 ? `${c.role} (× ${c.clusters})` : c.role}</th>
                <td>{c.region}</td>
                <td>
                  <InstanceName name={c.option} />
                </td>
                <td className="num">{c.brokers ?? '–'}</td>
                <td className="num">{money(c.monthlyUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ToolCostChart report={r} />
      <h3>Replication tools</h3>
      <p>{r.chosenToolRule}</p>
      <TableScroll label="Replication tools">
        <table className="replication-tools">
          <thead>
            <tr>
              <th scope="col">Tool</th>
              <th scope="col">Sizing</th>
              <th scope="col" className="num">
                Monthly cost
              </th>
              {r.hasOneOffs && (
                <th scope="col" className="num">
                  One-off
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {r.tools.map((tool) => (
              <tr key={tool.tool} className={tool.unavailableReason ? 'row-unavailable' : undefined}>
                <th scope="row">
                  {tool.label}
                  {tool.chosen ? ' (used for the totals)' : ''}
                  {tool.unavailableReason && <span className="unavailable-reason"> Unavailable: {tool.unavailableReason}</span>}
                </th>
                <td>{tool.sizing}</td>
                <td className="num">{toolCostText(tool, tool.monthlyUsd, formatUsd)}</td>
                {r.hasOneOffs && <td className="num">{toolCostText(tool, tool.oneOffUsd, formatUsd)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {r.toolNotes.length > 0 && (
        <ul className="warnings">
          {r.toolNotes.map((n) => (
            <li key={n.tools + n.text}>
              {n.tools}: {n.text}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>How each tool's sizing and cost are worked out</summary>
        {r.tools.map((tool) => (
          <div key={tool.tool}>
            <h4>{tool.label}</h4>
            <ul className="derivations">
              {tool.derivation.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
      </details>
      {r.warnings.length > 0 && (
        <ul className="warnings">
          {r.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <h3>Which tool fits</h3>
      <dl className="guidance">
        {REPLICATION_TOOL_GUIDANCE.map((g) => (
          <div key={g.title}>
            <dt>{g.title}</dt>
            <dd>{g.text}</dd>
          </div>
        ))}
      </dl>
      <p className="help">
        After AWS Big Data Blog, "Amazon MSK Replicator and MirrorMaker2: Choosing the right replication strategy for Apache Kafka disaster
        recovery and migrations".
      </p>
      <details>
        <summary>How MSK Replicator and MirrorMaker 2 differ</summary>
        <TableScroll label="Replication tool features">
          <table>
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col">MSK Replicator</th>
                <th scope="col">MirrorMaker 2</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {REPLICATION_TOOL_FEATURES.map((f) => (
                <tr key={f.feature}>
                  <th scope="row">{f.feature}</th>
                  <td>{f.mskReplicator}</td>
                  <td>{f.mirrorMaker2}</td>
                  <td>{f.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <p>
        <button
          type="button"
          onClick={() => {
            removeBlock('replication');
            window.setTimeout(() => document.getElementById('replication-add')?.focus(), 0);
          }}
        >
          Remove replication
        </button>{' '}
        Undo brings it back; the settings are under Replication and DR settings, below the form.
      </p>
    </section>
  );
});
