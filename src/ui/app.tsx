import { BUNDLED_PRICE_BOOK } from '../data/bundled-prices';
import { sizeRawScenario } from '../domain';
import { formatUsd } from '../report/format';
import { optionLabel } from '../report/labels';

export function App() {
  const sized = sizeRawScenario({}, BUNDLED_PRICE_BOOK);
  if (!sized.ok) return <p role="alert">{sized.errors.map((e) => e.message).join('; ')}</p>;
  const overall = sized.value.options.find((o) => o.id === sized.value.recommendations.overall);
  return (
    <main>
      <h1>MSK Sizer</h1>
      <p>Prices as of {sized.value.prices.asOf}</p>
      {overall && (
        <p data-testid="overall">
          Recommendation: {optionLabel(overall)}, {overall.brokers} brokers, {formatUsd(overall.monthlyCostUsd?.total ?? 0)}/month
        </p>
      )}
    </main>
  );
}
