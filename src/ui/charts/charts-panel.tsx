/**
 * All charts of a sizing, in a responsive grid. Lazy-loaded by the app (React.lazy) so recharts stays
 * out of the initial bundle: import it from nowhere else.
 */
import { memo } from 'react';
import type { EditableAssumptions, PriceBook, Scenario, SizingResult } from '../../domain';
import { BrokersChart } from './brokers-chart';
import { CostStackChart } from './cost-stack-chart';
import { CostVsIngressChart } from './cost-vs-ingress-chart';
import { CrossAzChart } from './cross-az-chart';
import { StorageChart } from './storage-chart';

export const ChartsPanel = memo(function ChartsPanel(props: {
  result: SizingResult;
  scenario: Scenario;
  priceBook: PriceBook;
  assumptions: EditableAssumptions;
}) {
  const { result, scenario, priceBook, assumptions } = props;
  return (
    <section className="panel" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
      <div
        className="charts-panel"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 560px), 1fr))', gap: '1.5rem' }}
      >
        <CostStackChart result={result} />
        <CostVsIngressChart scenario={scenario} priceBook={priceBook} assumptions={assumptions} />
        <BrokersChart result={result} />
        <StorageChart result={result} />
        <CrossAzChart result={result} />
      </div>
    </section>
  );
});
