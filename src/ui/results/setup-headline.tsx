import { memo, useMemo } from 'react';
import type { SizingResult } from '../../domain';
import { formatNumber, formatUsd } from '../../report/format';
import { buildReplicationReport } from '../../report/replication-report';

/**
 * With replication (SPEC §11 v2.1), the whole setup beside the cluster's own cost: the clusters and
 * the tool the totals use, the monthly total and the one-offs, so the bill is on the first screen. A
 * migration's total is paid only while both clusters run, so it says so and what is paid after it.
 */
export const SetupHeadline = memo(function SetupHeadline({ result }: { readonly result: SizingResult }) {
  const setup = useMemo(() => (result.replication ? buildReplicationReport(result.replication).setup : null), [result.replication]);
  if (setup === null) return null;
  const total = setup.monthlyTotalUsd;
  const migration = setup.migration;
  return (
    <div className="setup-headline" data-testid="whole-setup">
      <p className="setup-title">
        <strong>Whole setup:</strong> {setup.title}
      </p>
      <p className="headline-cost">
        {total === null ? (
          'Not priced: a part of the setup has no price here (see Replication and DR).'
        ) : migration ? (
          <>
            <strong>{formatUsd(total)}</strong> per month while both clusters run ({formatNumber(migration.weeks, 1)} weeks)
          </>
        ) : (
          <>
            <strong>{formatUsd(total)}</strong> per month · {formatUsd(total * 12)} per year
          </>
        )}
      </p>
      <ul className="setup-parts">
        {setup.parts.map((p) => (
          <li key={p.label}>
            {p.label}: {p.monthlyUsd === null ? 'not priced' : `${formatUsd(p.monthlyUsd)} per month`}
          </li>
        ))}
      </ul>
      {setup.oneOffUsd !== null && (
        <p className="setup-one-off">
          One-off: <strong>{formatUsd(setup.oneOffUsd)}</strong> ({setup.oneOffText})
        </p>
      )}
      {migration && migration.afterMonthlyUsd !== null && (
        <p>
          After the migration: the new cluster alone, <strong>{formatUsd(migration.afterMonthlyUsd)}</strong> per month ·{' '}
          {formatUsd(migration.afterMonthlyUsd * 12)} per year.
        </p>
      )}
      {setup.notes.map((n) => (
        <p key={n} className="help">
          {n}
        </p>
      ))}
    </div>
  );
});
