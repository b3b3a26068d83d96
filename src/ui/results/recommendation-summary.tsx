import { lazy, memo, Suspense } from 'react';
import type { Scenario, SizingResult } from '../../domain';
import { SetupHeadline } from './setup-headline';

/** The ranges' words (SPEC §12) load with the first finished projection, not with the page. */
const RangesHeadline = lazy(() => import('./ranges-headline').then((m) => ({ default: m.RangesHeadline })));
import { buildCurrentReport } from '../../report/current-report';
import { buildKinesisReport, type KinesisReport } from '../../report/kinesis-report';
import { resultViewOf, type ReportOption } from '../../report/option-view';
import { formatNumber, formatUsd } from '../../report/format';
import { CONSTRAINT_LABELS } from '../../report/labels';
import { useCalculator } from '../app-store';
import { InstanceName } from '../shell/instance-name';
import { selectSelectOption } from '../../state/selectors';

/** The headline's brokers: the view's words, with what "serverless" means here. */
function brokersText(o: ReportOption): string {
  return o.brokers === null ? 'serverless, no brokers to size' : o.brokersText;
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
  const view = resultViewOf(result);
  const kinesis = buildKinesisReport(result);
  // SPEC §13: what runs today and what it should be, beside the recommendation.
  const currentReport = buildCurrentReport(result.current);
  const { overall, selfManagedSource } = view;
  const vs = view.versusSelfManaged;
  const selfManaged = vs?.option ?? null;
  return (
    <section className="panel summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Recommendation</h2>
      {overall?.monthlyCostUsd ? (
        <div className="headline" data-testid="overall">
          <p className="headline-option">{overall.label}</p>
          <p className="headline-detail">
            {brokersText(overall)}
            {overall.bottleneck ? `, sized by ${CONSTRAINT_LABELS[overall.bottleneck].toLowerCase()}` : ''}
          </p>
          <p className="headline-cost">
            <strong>{overall.monthlyText}</strong> per month · {overall.yearlyText} per year
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
                ? `${formatUsd(vs.monthlySavingUsd)} per month less than self-managed Kafka (${selfManaged.label}, ${selfManaged.monthlyText}).`
                : `${formatUsd(-vs.monthlySavingUsd)} per month more than self-managed Kafka (${selfManaged.label}, ${selfManaged.monthlyText}), before your operations time.`}
            </p>
          )}
          {overall.provisionedThroughputMiBps !== null && (
            <p className="headline-detail">
              With provisioned storage throughput of {formatNumber(overall.provisionedThroughputMiBps, 1)} MiB/s per broker.
            </p>
          )}
          <SetupHeadline result={result} />
          {currentReport && (
            <p className="headline-detail" data-testid="current-headline">
              {currentReport.runs} <strong>{currentReport.verdictText}</strong>
            </p>
          )}
          {ranges && (
            <Suspense fallback={null}>
              <RangesHeadline result={result} scenario={scenario} ranges={ranges} />
            </Suspense>
          )}
          <p className="rule" data-testid="recommendation-rule">
            {result.recommendations.rule}
          </p>
          {view.closeAlternatives.length > 0 && (
            <div className="close-alternatives">
              <p>Within 5 % of it:</p>
              <ul>
                {view.closeAlternatives.map((alt) => {
                  if (!alt.monthlyCostUsd) return null;
                  return (
                    <li key={alt.id}>
                      <button type="button" className="link-button" onClick={() => selectOption(alt.id)}>
                        {alt.fleetText}
                      </button>{' '}
                      {alt.monthlyText} per month, +{formatNumber(alt.extraPct ?? 0, 1)} %
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
        {view.picks.map(({ recommendationClass: cls, classLabel, option: o, unavailableReason: why }) => {
          return (
            <li key={cls} className={`class-card${o && o.id === overall?.id ? ' class-card-chosen' : ''}`}>
              <span className="class-name">{classLabel}</span>
              {o?.monthlyCostUsd ? (
                <button
                  type="button"
                  className="class-pick"
                  onClick={() => selectOption(o.id)}
                  aria-label={`${classLabel}: ${o.instanceType}, ${brokersText(o)}, ${o.monthlyText} per month. Show why.`}
                >
                  <span className="class-type">{o.brokers === null ? 'Serverless' : <InstanceName name={o.instanceType} />}</span>
                  <span>{o.brokers === null ? 'no brokers to size' : o.brokersText}</span>
                  <span className="class-cost">{o.monthlyText}/mo</span>
                </button>
              ) : (
                <span className="class-none">Not available{why ? <span className="class-why">{why}</span> : null}</span>
              )}
            </li>
          );
        })}
        {kinesis && <KinesisCard report={kinesis} />}
      </ul>
    </section>
  );
});

/** The AWS-native alternative beside the kinds of Kafka (SPEC §15): its cheapest mode, and a way to the panel. */
function KinesisCard({ report }: { readonly report: KinesisReport }) {
  const cheapest = report.rows
    .filter((r) => r.available && r.monthlyCostUsd !== null)
    .sort((a, b) => (a.monthlyCostUsd?.total ?? 0) - (b.monthlyCostUsd?.total ?? 0))[0];
  const show = () => {
    const heading = document.getElementById('kinesis-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <li className="class-card class-card-alternative">
      <span className="class-name">Kinesis Data Streams (not Kafka)</span>
      {cheapest ? (
        <button
          type="button"
          className="class-pick"
          onClick={show}
          aria-label={`Kinesis Data Streams, ${cheapest.mode.toLowerCase()}: ${cheapest.shardsText}, ${cheapest.monthlyText} per month. Show the comparison.`}
        >
          <span className="class-type">{cheapest.mode}</span>
          <span>{cheapest.shardsText}</span>
          <span className="class-cost">{cheapest.monthlyText}/mo</span>
        </button>
      ) : (
        <span className="class-none">
          Not available<span className="class-why">{report.summary}</span>
        </span>
      )}
    </li>
  );
}
