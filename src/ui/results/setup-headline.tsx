import { memo, useMemo } from 'react';
import type { SizingResult } from '../../domain';
import { formatUsd } from '../../report/format';
import { buildReplicationReport } from '../../report/replication-report';

/**
 * With replication (SPEC §11 v2.1), the whole setup beside the cluster's own cost: the clusters and
 * the tool the totals use, the monthly total and the one-offs, so the bill is on the first screen.
 */
export const SetupHeadline = memo(function SetupHeadline({ result }: { readonly result: SizingResult }) {
  const setup = useMemo(() => (result.replication ? buildReplicationReport(result.replication).setup : null), [result.replication]);
  if (setup === null) return null;
  return (
    <div className="setup-headline" data-testid="whole-setup">
      <p className="setup-title"><strong>Whole setup:</strong> {setup.title}</p>
      <p className="headline-cost">
        {setup.monthlyTotalUsd === null
          ? 'Not priced: a part of the setup has no price here (see Replication and DR).'
          : <><strong>{formatUsd(setup.monthlyTotalUsd)}</strong> per month · {formatUsd(setup.monthlyTotalUsd * 12)} per year</>}
      </p>
      <ul className="setup-parts">
        {setup.parts.map((p) => <li key={p.label}>{p.label}: {p.monthlyUsd === null ? 'not priced' : `${formatUsd(p.monthlyUsd)} per month`}</li>)}
      </ul>
      {setup.oneOffUsd !== null && <p className="setup-one-off">One-off: <strong>{formatUsd(setup.oneOffUsd)}</strong> ({setup.oneOffText})</p>}
      {setup.notes.map((n) => <p key={n} className="help">{n}</p>)}
    </div>
  );
});
