import { COST_LINES, type SizedOption } from '../../domain';
import { formatNumber, formatUsd } from '../../report/format';
import { bottleneckNote, constraintExplanation, provisionedThroughputNote, roundingZones } from '../../report/derivation-text';
import { CONSTRAINT_LABELS, COST_LINE_LABELS, optionLabel } from '../../report/labels';
import { useCalculator } from '../app-store';
import { TableScroll } from '../shell/table-scroll';
import { selectSelectOption } from '../../state/selectors';

/** "Why N brokers": each constraint's demand, capacity per broker and brokers needed, then the cost lines. */
export function OptionDetails({
  option,
  azs,
  replicationFactor,
}: {
  readonly option: SizedOption;
  readonly azs: number;
  readonly replicationFactor: number;
}) {
  const selectOption = useCalculator(selectSelectOption);
  const title = option.brokers === null ? optionLabel(option) : `Why ${option.brokers} brokers of ${option.instanceType}?`;
  const zones = roundingZones(option, azs);
  const pstNote = provisionedThroughputNote(option);
  const changeNote = bottleneckNote(option, (name) => CONSTRAINT_LABELS[name], {
    replicationFactor: option.deployment === 'msk-express' ? 3 : replicationFactor,
    zones,
  });
  return (
    <section className="panel details" aria-labelledby="details-title">
      <div className="panel-head">
        <h2 id="details-title" tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="link-button" onClick={() => selectOption(null)}>
          Close
        </button>
      </div>
      {!option.available && (
        <p className="unavailable-reason" role="note">
          Unavailable: {option.unavailable?.message}
        </p>
      )}
      {option.constraints.length > 0 && (
        <>
          <p>
            Each constraint needs a number of brokers: its demand ÷ what one broker can carry, rounded up to a multiple of the {zones}{' '}
            availability zones. The most demanding one ({option.bottleneck ? CONSTRAINT_LABELS[option.bottleneck].toLowerCase() : 'none'})
            sets the count; safety margin and replication factor can raise it.
          </p>
          <TableScroll label="Constraints">
            <table>
              <caption className="visually-hidden">Constraints for {optionLabel(option)}</caption>
              <thead>
                <tr>
                  <th scope="col">Constraint</th>
                  <th scope="col" className="num">
                    Demand
                  </th>
                  <th scope="col" className="num">
                    Per broker
                  </th>
                  <th scope="col" className="num">
                    Brokers needed
                  </th>
                </tr>
              </thead>
              <tbody>
                {option.constraints.map((c) => (
                  <tr key={c.name} className={c.name === option.bottleneck ? 'row-bottleneck' : undefined}>
                    <th scope="row">
                      {CONSTRAINT_LABELS[c.name]}
                      {c.name === option.bottleneck && <span className="badge">Bottleneck</span>}
                    </th>
                    <td className="num">
                      {formatNumber(c.demand)} {c.unit}
                    </td>
                    <td className="num">
                      {formatNumber(c.capacityPerBroker)} {c.unit}
                    </td>
                    <td className="num">{c.brokersNeeded}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h3 className="derivation-title">How each figure was reached</h3>
          <ul className="derivations">
            {option.constraints.map((c) => (
              <li key={c.name} className={c.name === option.bottleneck ? 'derivation-bottleneck' : undefined}>
                <strong>
                  {CONSTRAINT_LABELS[c.name]}
                  {c.name === option.bottleneck ? ' (bottleneck)' : ''}:
                </strong>{' '}
                {constraintExplanation(c, zones)}
              </li>
            ))}
          </ul>
          {(changeNote || pstNote) && (
            <div className="change-notes">
              <h3 className="derivation-title">What would change it</h3>
              {changeNote && <p>{changeNote}</p>}
              {pstNote && <p className="pst-note">{pstNote}</p>}
            </div>
          )}
        </>
      )}
      {option.monthlyCostUsd ? (
        <TableScroll label="Monthly cost lines">
          <table>
            <caption>Monthly cost, USD</caption>
            <tbody>
              {COST_LINES.filter((line) => option.monthlyCostUsd?.[line] !== 0).map((line) => {
                const value = option.monthlyCostUsd?.[line] ?? null;
                const label =
                  line === 'brokers' && option.deployment === 'msk-serverless' ? 'Cluster and partition hours' : COST_LINE_LABELS[line];
                return (
                  <tr key={line}>
                    <th scope="row">{label}</th>
                    <td className="num">{value === null ? 'no published price' : formatUsd(value)}</td>
                  </tr>
                );
              })}
              <tr className="row-total">
                <th scope="row">
                  Total
                  {option.monthlyCostUsd.totalExcludes.length > 0
                    ? ` (excludes ${option.monthlyCostUsd.totalExcludes.map((l) => COST_LINE_LABELS[l].toLowerCase()).join(', ')})`
                    : ''}
                </th>
                <td className="num">{formatUsd(option.monthlyCostUsd.total)}</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>No cost: a price this option needs is not published for the region.</p>
      )}
      {option.warnings.length > 0 && (
        <ul className="warnings">
          {option.warnings.map((w) => (
            <li key={w.code} data-code={w.code}>
              {w.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
