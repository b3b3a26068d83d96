import { memo } from 'react';
import type { SizingResult } from '../../domain';
import { formatNumber } from '../../report/format';
import { workloadFigures } from '../../report/result-facts';

/** Storage, IOPS, network, replication, cross-AZ by flow and page cache, then the warnings. */
export const WorkloadPanel = memo(function WorkloadPanel({ result }: { readonly result: SizingResult }) {
  const figures = workloadFigures(result.workload);
  return (
    <section className="panel" aria-labelledby="workload-title">
      <h2 id="workload-title">Workload</h2>
      <dl className="figures">
        {figures.map((f) => (
          <div key={f.label} className="figure">
            <dt>{f.label}</dt>
            <dd>
              {formatNumber(f.value, f.value < 10 ? 2 : 0)} <span className="unit">{f.unit}</span>
            </dd>
          </div>
        ))}
      </dl>
      {result.warnings.length > 0 && (
        <>
          <h3>Best-practice notes</h3>
          <ul className="warnings">
            {result.warnings.map((w) => (
              <li key={w.code} data-code={w.code}>
                {w.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
