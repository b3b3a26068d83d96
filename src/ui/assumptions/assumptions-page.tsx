import { useState } from 'react';
import {
  AWS_SCRIPT_DIFFERENCES,
  RANGES_CHOICES,
  KINESIS_CHOICES,
  REPLICATION_CHOICES,
  ASSUMPTION_FIELDS,
  EDITABLE_ASSUMPTION_BOUNDS,
  EXPRESS_EGRESS_FACTOR,
  listAssumptions,
  type EditableAssumptions,
} from '../../domain';
import { numberFromText, textFromNumber } from '../../state/number-text';
import { DECIMAL_SEPARATOR, useCalculator } from '../app-store';
import { usePriceBook } from '../price-book-context';
import { TableScroll } from '../shell/table-scroll';
import { PriceListDates } from './price-list-dates';
import { selectAssumption, selectAssumptions, selectResetAssumptions, selectSetAssumption } from '../../state/selectors';

function EditableAssumption({ name, label }: { readonly name: keyof EditableAssumptions; readonly label: string }) {
  const value = useCalculator(selectAssumption(name));
  const setAssumption = useCalculator(selectSetAssumption);
  const [text, setText] = useState(textFromNumber(value, DECIMAL_SEPARATOR));
  const [min, max] = EDITABLE_ASSUMPTION_BOUNDS[name];
  const read = (t: string) => numberFromText(t, DECIMAL_SEPARATOR);
  const parsed = read(text);
  const valid = (v: number | string): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  const range = `a number from ${textFromNumber(min, DECIMAL_SEPARATOR)} to ${textFromNumber(max, DECIMAL_SEPARATOR)}`;
  const error = valid(parsed)
    ? undefined
    : text.trim() === ''
      ? `Enter ${range}.`
      : `“${text.trim()}” is not allowed here: enter ${range}.`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`assumption-${name}`}>{label}</label>
      <input
        id={`assumption-${name}`}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `assumption-${name}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = read(e.target.value);
          if (valid(n)) setAssumption(name, n);
        }}
      />
      {error && (
        <p id={`assumption-${name}-error`} className="field-error">
          {error} Until then the results use {textFromNumber(value, DECIMAL_SEPARATOR)}, the last valid value.
        </p>
      )}
    </div>
  );
}

/** Every constant with value, unit and source; the price data's date and sources; the editable assumptions. */
export function AssumptionsPage({ region }: { readonly region: string }) {
  const priceBook = usePriceBook();
  const assumptions = useCalculator(selectAssumptions);
  const reset = useCalculator(selectResetAssumptions);
  const [resetCount, setResetCount] = useState(0);
  return (
    <>
      <section className="panel" aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">Assumptions</h2>
        <p>
          Every constant of the model with its value, unit and source. {ASSUMPTION_FIELDS.length} have no published measurement (or only a
          vendor&apos;s) and are yours to change; the results update at once. The TLS factor starts at 1.0 because AWS publishes no TLS
          overhead; lowering it lowers MSK Standard, Express and self-managed brokers alike.
        </p>
        <div className="field-grid assumption-fields" key={resetCount}>
          {ASSUMPTION_FIELDS.map((row) => (
            <EditableAssumption
              key={row.key}
              name={row.key.slice('assumptions.'.length) as keyof EditableAssumptions}
              label={`${row.label} (${row.unit})`}
            />
          ))}
        </div>
        <button
          type="button"
          onClick={() => {
            reset();
            setResetCount((n) => n + 1);
          }}
        >
          Reset assumptions
        </button>
        <TableScroll label="Model constants">
          <table className="stack-on-phone">
            <caption>Model constants</caption>
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Unit</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {listAssumptions(assumptions).map((a) => (
                <tr key={a.key}>
                  <th scope="row">
                    {a.label}
                    {a.editable && <span className="badge">editable</span>}
                  </th>
                  <td className="num">{a.value}</td>
                  <td>{a.unit}</td>
                  <td>{a.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="panel" aria-labelledby="sizes-title">
        <h2 id="sizes-title">Per-broker figures</h2>
        <p>
          What one broker of each size carries in the model (AWS sizing logic msk_sizing.py; kafka.t3.small uses its EC2 baselines;
          partitions from the MSK best practices; Express from its quotas).
        </p>
        <TableScroll label="Per-broker figures">
          <table>
            <caption>MSK Standard sizes</caption>
            <thead>
              <tr>
                <th scope="col">Size</th>
                <th scope="col" className="num">
                  EBS throughput (MiB/s)
                </th>
                <th scope="col" className="num">
                  Network (MiB/s)
                </th>
                <th scope="col" className="num">
                  Memory (GiB)
                </th>
                <th scope="col" className="num">
                  Partitions, recommended / maximum
                </th>
                <th scope="col">Provisioned throughput (MiB/s, maximum)</th>
              </tr>
            </thead>
            <tbody>
              {priceBook.standardBrokers.map((b) => (
                <tr key={b.instanceType}>
                  <th scope="row">{b.instanceType}</th>
                  <td className="num">{b.ebsThroughputMiBps}</td>
                  <td className="num">{+b.nicThroughputMiBps.toFixed(3)}</td>
                  <td className="num">{b.memGiB}</td>
                  <td className="num">
                    {b.recommendedMaxPartitions} / {b.maxPartitions}
                  </td>
                  <td>{b.provisionedThroughputMaxMiBps === null ? 'not eligible' : `250 to ${b.provisionedThroughputMaxMiBps}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>MSK Express sizes</caption>
            <thead>
              <tr>
                <th scope="col">Size</th>
                <th scope="col" className="num">
                  Sustained ingress (MiB/s)
                </th>
                <th scope="col" className="num">
                  Egress used (MiB/s)
                </th>
                <th scope="col" className="num">
                  Partitions, recommended / maximum
                </th>
              </tr>
            </thead>
            <tbody>
              {priceBook.expressBrokers.map((b) => (
                <tr key={b.instanceType}>
                  <th scope="row">{b.instanceType}</th>
                  <td className="num">{b.ingressSustainedMiBps}</td>
                  <td className="num">{b.ingressSustainedMiBps * EXPRESS_EGRESS_FACTOR}</td>
                  <td className="num">
                    {b.recommendedMaxPartitions} / {b.maxPartitions}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="panel" aria-labelledby="differences-title">
        <h2 id="differences-title">Choices and differences from AWS's sizing script</h2>
        <ul>
          {AWS_SCRIPT_DIFFERENCES.map((d) => (
            <li key={d}>{d}</li>
          ))}
          <li>Options that cost the same to the cent go to the one with fewer brokers; the script keeps the smaller size.</li>
          <li>Serverless: no cross-AZ line; the cluster-hour and partition-hour charges are shown as its broker line.</li>
          <li>
            Self-managed: sized like MSK on the same EC2 type with a gp3 volume of min(instance EBS, 1,000 MiB/s), gp3 throughput above the
            included 125 MiB/s billed, KRaft controllers with a 64 GiB gp3 volume each, and cross-AZ for replication too.
          </li>
          <li>
            Provisioned storage throughput "auto": where only one of PST off and PST on fits the broker limit, that one is kept; otherwise
            the cheaper, and a tie keeps PST off.
          </li>
          <li>
            Input bounds beyond the spec keep every figure finite: throughput up to 1,048,576 MiB/s, retention up to 1,000,000 hours, up to
            10,000,000 partitions.
          </li>
        </ul>
        <h3>Replication and DR</h3>
        <ul>
          {REPLICATION_CHOICES.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <h3>Ranges and growth</h3>
        <ul>
          {RANGES_CHOICES.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <h3>Kinesis Data Streams</h3>
        <ul>
          {KINESIS_CHOICES.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="prices-title">
        <h2 id="prices-title">Prices</h2>
        <p>
          AWS list prices, on-demand, USD, for {Object.keys(priceBook.regions).length} regions, bundled with the app (it works offline).
          Current region: <strong>{region}</strong>. As of <strong>{priceBook.asOf}</strong>: {priceBook.asOfDetail}
        </p>
        <PriceListDates offers={priceBook.priceList ?? []} />
        <p>A price AWS does not publish for a region makes that option unavailable there, with the reason; it is never counted as zero.</p>
        <TableScroll label="Price and specification sources">
          <table>
            <caption>Price and specification sources</caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {priceBook.sources.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.id}</th>
                  <td>
                    {s.citationUrl ? (
                      <a href={s.citationUrl} rel="noreferrer noopener" target="_blank">
                        {s.citation}
                      </a>
                    ) : (
                      s.citation
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
