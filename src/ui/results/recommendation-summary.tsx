import { lazy, memo, Suspense } from 'react';
import { RECOMMENDATION_CLASSES, type Scenario, type SizedOption, type SizingResult } from '../../domain';
import { SetupHeadline } from './setup-headline';

/** The ranges' words (SPEC §12) load with the first finished projection, not with the page. */
const RangesHeadline = lazy(() => import('./ranges-headline').then((m) => ({ default: m.RangesHeadline })));
import { whyKindUnavailable } from '../../report/result-facts';
import { formatNumber, formatUsd } from '../../report/format';
import { CLASS_LABELS, CONSTRAINT_LABELS, optionLabel } from '../../report/labels';
import { useCalculator } from '../app-store';
import { InstanceName } from '../shell/instance-name';
import { selectSelectOption } from '../../state/selectors';

function brokersText(o: SizedOption): string {
  return o.brokers === null ? 'serverless, no brokers to size' : `${o.brokers} brokers`;
}

/** The overall recommendation, the pick of each class, and the comparison with self-managed Kafka. */
export const RecommendationSummary = memo(function RecommendationSummary({
  result,
  scenario = null,
}: {
  readonly result: SizingResult;
  /** The whole scenario behind `result` (the page sizes its result without the uncertainty block). */
  readonly scenario?: Scenario | null;
}) {
  // The ranges slice's finished answer for this very scenario (SPEC §12), when there is one.
  const ranges = useCalculator((s) => (s.ranges !== null && s.ranges.completeScenario === scenario ? s.ranges.complete : null));
  const selectOption = useCalculator(selectSelectOption);
  const byId = (id: string | null) => result.options.find((o) => o.id === id) ?? null;
  const overall = byId(result.recommendations.overall);
  const vs = result.recommendations.versusSelfManaged;
  const selfManaged = vs ? byId(vs.selfManagedOption) : null;
  const overallTotal = overall?.monthlyCostUsd?.total ?? Number.NaN;
  const selfManagedSource = result.replication?.source.optionId?.startsWith('self-managed:') ?? false;
  return (
    <section className="panel summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Recommendation</h2>
      {overall?.monthlyCostUsd ? (
        <div className="headline" data-testid="overall">
          <p className="headline-option">{optionLabel(overall)}</p>
          <p className="headline-detail">
            {brokersText(overall)}
            {overall.bottleneck ? `, sized by ${CONSTRAINT_LABELS[overall.bottleneck].toLowerCase()}` : ''}
          </p>
          <p className="headline-cost">
            <strong>{formatUsd(overall.monthlyCostUsd.total)}</strong> per month · {formatUsd(overall.monthlyCostUsd.total * 12)} per year
            {result.replication
              ? selfManagedSource
                ? ' for this workload on MSK (today it runs on self-managed Kafka: see the whole setup)'
                : ' for this cluster'
              : ''}
          </p>
          {vs && selfManaged?.monthlyCostUsd && (
            <p className="headline-compare">
              {result.replication ? (selfManagedSource ? 'On MSK: ' : 'This cluster: ') : ''}
              {vs.monthlySavingUsd >= 0
                ? `${formatUsd(vs.monthlySavingUsd)} per month less than self-managed Kafka (${optionLabel(selfManaged)}, ${formatUsd(selfManaged.monthlyCostUsd.total)}).`
                : `${formatUsd(-vs.monthlySavingUsd)} per month more than self-managed Kafka (${optionLabel(selfManaged)}, ${formatUsd(selfManaged.monthlyCostUsd.total)}), before your operations time.`}
            </p>
          )}
          {overall.provisionedThroughputMiBps !== null && (
            <p className="headline-detail">
              With provisioned storage throughput of {formatNumber(overall.provisionedThroughputMiBps, 1)} MiB/s per broker.
            </p>
          )}
          <SetupHeadline result={result} />
          {ranges && (
            <Suspense fallback={null}>
              <RangesHeadline result={result} scenario={scenario} ranges={ranges} />
            </Suspense>
          )}
          <p className="rule" data-testid="recommendation-rule">
            {result.recommendations.rule}
          </p>
          {result.recommendations.closeAlternatives.length > 0 && (
            <div className="close-alternatives">
              <p>Within 5 % of it:</p>
              <ul>
                {result.recommendations.closeAlternatives.map((id) => {
                  const alt = byId(id);
                  if (!alt?.monthlyCostUsd) return null;
                  const extra = (alt.monthlyCostUsd.total / overallTotal - 1) * 100;
                  return (
                    <li key={id}>
                      <button type="button" className="link-button" onClick={() => selectOption(id)}>
                        {alt.brokers === null ? optionLabel(alt) : `${alt.brokers} × ${alt.instanceType}`}
                      </button>{' '}
                      {formatUsd(alt.monthlyCostUsd.total)} per month, +{formatNumber(extra, 1)} %
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          <button type="button" className="link-button" onClick={() => selectOption(overall.id)}>
            {overall.brokers === null ? 'Show the cost lines' : `Why ${overall.brokers} brokers?`}
          </button>
        </div>
      ) : (
        <p role="status">
          No eligible MSK option is available for this scenario in {result.prices.region}; see the options table for reasons.
        </p>
      )}
      <h3>Cheapest option of each kind</h3>
      <ul className="class-cards">
        {RECOMMENDATION_CLASSES.map((cls) => {
          const o = byId(result.recommendations.byClass[cls]);
          const why = o ? null : whyKindUnavailable(result, cls);
          return (
            <li key={cls} className={`class-card${o && o.id === overall?.id ? ' class-card-chosen' : ''}`}>
              <span className="class-name">{CLASS_LABELS[cls]}</span>
              {o?.monthlyCostUsd ? (
                <button
                  type="button"
                  className="class-pick"
                  onClick={() => selectOption(o.id)}
                  aria-label={`${CLASS_LABELS[cls]}: ${o.instanceType}, ${brokersText(o)}, ${formatUsd(o.monthlyCostUsd?.total ?? 0)} per month. Show why.`}
                >
                  <span className="class-type">{o.brokers === null ? 'Serverless' : <InstanceName name={o.instanceType} />}</span>
                  <span>{o.brokers === null ? 'no brokers to size' : `${o.brokers} brokers`}</span>
                  <span className="class-cost">{formatUsd(o.monthlyCostUsd.total)}/mo</span>
                </button>
              ) : (
                <span className="class-none">Not available{why ? <span className="class-why">{why}</span> : null}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
