import { useState } from 'react';
import { EXPRESS_EGRESS_FACTOR, listAssumptions, type EditableAssumptions } from '../../domain';
import { PRICE_BOOK, useCalculator } from '../app-store';

const LIMITS: Record<keyof EditableAssumptions, readonly [number, number]> = { tlsFactor: [0.1, 1], pageCacheShare: [0.1, 0.95] };

function EditableAssumption({ name, label }: { readonly name: keyof EditableAssumptions; readonly label: string }) {
  const value = useCalculator((s) => s.assumptions[name]);
  const setAssumption = useCalculator((s) => s.setAssumption);
  const [text, setText] = useState(String(value));
  const [min, max] = LIMITS[name];
  const number = Number(text);
  const error = text.trim() === '' || !Number.isFinite(number) || number < min || number > max ? `Must be a number from ${min} to ${max}.` : undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`assumption-${name}`}>{label}</label>
      <input
        id={`assumption-${name}`} type="text" inputMode="decimal" value={text} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `assumption-${name}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) setAssumption(name, n);
        }}
      />
      {error && <p id={`assumption-${name}-error`} className="field-error">{error} The results use {value}.</p>}
    </div>
  );
}

/** Every constant with value, unit and source; the price data's date and sources; the two editable assumptions. */
export function AssumptionsPage({ region }: { readonly region: string }) {
  const assumptions = useCalculator((s) => s.assumptions);
  const reset = useCalculator((s) => s.resetAssumptions);
  const [resetCount, setResetCount] = useState(0);
  return (
    <>
      <section className="panel" aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">Assumptions</h2>
        <p>Every constant of the model with its value, unit and source. Two have no published measurement and are yours to change; the results update at once.</p>
        <div className="field-grid assumption-fields" key={resetCount}>
          <EditableAssumption name="tlsFactor" label="TLS throughput factor (× plaintext throughput)" />
          <EditableAssumption name="pageCacheShare" label="Page cache share of broker memory (× memory)" />
        </div>
        <button type="button" onClick={() => { reset(); setResetCount((n) => n + 1); }}>Reset assumptions</button>
        <div className="table-scroll">
          <table>
            <caption>Model constants</caption>
            <thead><tr><th scope="col">Assumption</th><th scope="col" className="num">Value</th><th scope="col">Unit</th><th scope="col">Source</th></tr></thead>
            <tbody>
              {listAssumptions(assumptions).map((a) => (
                <tr key={a.key}><th scope="row">{a.label}{a.editable && <span className="badge">editable</span>}</th><td className="num">{a.value}</td><td>{a.unit}</td><td>{a.source}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel" aria-labelledby="sizes-title">
        <h2 id="sizes-title">Per-broker figures</h2>
        <p>What one broker of each size carries in the model (AWS sizing logic msk_sizing.py; kafka.t3.small uses its EC2 baselines; partitions from the MSK best practices; Express from its quotas).</p>
        <div className="table-scroll">
          <table>
            <caption>MSK Standard sizes</caption>
            <thead><tr><th scope="col">Size</th><th scope="col" className="num">EBS throughput (MiB/s)</th><th scope="col" className="num">Network (MiB/s)</th><th scope="col" className="num">Memory (GiB)</th><th scope="col" className="num">Partitions, recommended / maximum</th><th scope="col">Provisioned throughput</th></tr></thead>
            <tbody>
              {PRICE_BOOK.standardBrokers.map((b) => (
                <tr key={b.instanceType}><th scope="row">{b.instanceType}</th><td className="num">{b.ebsThroughputMiBps}</td><td className="num">{+b.nicThroughputMiBps.toFixed(3)}</td><td className="num">{b.memGiB}</td><td className="num">{b.recommendedMaxPartitions} / {b.maxPartitions}</td><td>{b.provisionedThroughputEligible ? 'eligible' : '–'}</td></tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>MSK Express sizes</caption>
            <thead><tr><th scope="col">Size</th><th scope="col" className="num">Sustained ingress (MiB/s)</th><th scope="col" className="num">Egress used (MiB/s)</th><th scope="col" className="num">Partitions, recommended / maximum</th></tr></thead>
            <tbody>
              {PRICE_BOOK.expressBrokers.map((b) => (
                <tr key={b.instanceType}><th scope="row">{b.instanceType}</th><td className="num">{b.ingressSustainedMiBps}</td><td className="num">{b.ingressSustainedMiBps * EXPRESS_EGRESS_FACTOR}</td><td className="num">{b.recommendedMaxPartitions} / {b.maxPartitions}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel" aria-labelledby="differences-title">
        <h2 id="differences-title">Choices and differences from AWS's sizing script</h2>
        <ul>
          <li>Prices come from the AWS price list for the chosen region; the script hard-codes us-east-1 (kafka.m5.16xlarge $6.73/h in the price list, $6.72 in the script).</li>
          <li>Tiered storage is $0.06/GB-month in us-east-1 (the script uses $0.023, Amazon S3's price).</li>
          <li>kafka.m7g.2xlarge may use provisioned storage throughput (AWS docs); the script does not allow it.</li>
          <li>kafka.m5.24xlarge allows 6,000 partition replicas at most (AWS docs), not 4,000.</li>
          <li>With nearest-replica fetch, consumers still cross AZs for partitions with no replica in their AZ: O × max(0, AZ − RF) / AZ (RF 2 over 3 AZs: a third). The script counts none.</li>
          <li>Options that cost the same to the cent go to the one with fewer brokers; the script keeps the smaller size.</li>
          <li>Express egress per broker is 2.5 × sustained ingress (AWS sizing logic); the MSK Developer Guide's quota table implies 2 ×. TLS is not applied to Express, whose quotas AWS publishes per broker.</li>
          <li>Serverless: no cross-AZ line (SPEC §6); the cluster-hour and partition-hour charges are shown as its broker line.</li>
          <li>Self-managed: the same broker count as MSK on the same EC2 type, gp3 volumes of the same size, gp3 throughput above 125 MiB/s per volume when the per-broker write rate (peak ingress × RF ÷ brokers) needs it, KRaft controllers with a 64 GiB gp3 volume each, and cross-AZ for replication too.</li>
          <li>A broker volume is at least 1 GiB; storage is billed on the volumes provisioned.</li>
          <li>Input bounds beyond the spec keep every figure finite: throughput up to 1,048,576 MiB/s, retention up to 1,000,000 hours, up to 10,000,000 partitions.</li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="prices-title">
        <h2 id="prices-title">Prices</h2>
        <p>AWS list prices, on-demand, USD, for {Object.keys(PRICE_BOOK.regions).length} regions, bundled with the app (it works offline). Current region: <strong>{region}</strong>. As of <strong>{PRICE_BOOK.asOf}</strong>: {PRICE_BOOK.asOfDetail}</p>
        <p>A price AWS does not publish for a region makes that option unavailable there, with the reason; it is never counted as zero.</p>
        <div className="table-scroll">
          <table>
            <caption>Price and specification sources</caption>
            <thead><tr><th scope="col">Id</th><th scope="col">What</th><th scope="col">Where</th><th scope="col">Date reflected</th></tr></thead>
            <tbody>
              {PRICE_BOOK.sources.map((s) => <tr key={s.id}><th scope="row">{s.id}</th><td>{s.what}</td><td className="break">{s.where}</td><td>{s.reflects}</td></tr>)}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
