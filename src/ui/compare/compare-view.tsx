import { useMemo } from 'react';
import { COST_LINES, parseScenario, sizeScenario, type SizedOption, type SizingResult } from '../../domain';
import { formatNumber, formatUsd } from '../../report/format';
import { CONSTRAINT_LABELS, COST_LINE_LABELS, optionLabel } from '../../report/labels';
import { PRICE_BOOK, SCENARIO_CONTEXT, useCalculator } from '../app-store';

interface Row { readonly label: string; readonly left: number | null; readonly right: number | null; readonly money: boolean }

function cheapestOf(result: SizingResult, prefix: string): string | null {
  const candidates = result.options.filter((o) => o.id.startsWith(prefix) && o.monthlyCostUsd !== null);
  const available = candidates.filter((o) => o.available);
  const pool = available.length > 0 ? available : candidates;
  return [...pool].sort((a, b) => (a.monthlyCostUsd?.total ?? 0) - (b.monthlyCostUsd?.total ?? 0))[0]?.id ?? null;
}

function rowsFor(left: SizedOption, right: SizedOption): Row[] {
  const constraint = (o: SizedOption, name: string) => o.constraints.find((c) => c.name === name)?.brokersNeeded ?? null;
  const names = [...new Set([...left.constraints, ...right.constraints].map((c) => c.name))];
  return [
    { label: 'Brokers', left: left.brokers, right: right.brokers, money: false },
    ...names.map((n) => ({ label: `Brokers needed for ${CONSTRAINT_LABELS[n].toLowerCase()}`, left: constraint(left, n), right: constraint(right, n), money: false })),
    { label: 'Storage per broker (GiB)', left: left.storagePerBrokerGiB, right: right.storagePerBrokerGiB, money: false },
    ...COST_LINES.map((line) => ({ label: `${COST_LINE_LABELS[line]} (USD/month)`, left: left.monthlyCostUsd?.[line] ?? null, right: right.monthlyCostUsd?.[line] ?? null, money: true })),
    { label: 'Total (USD/month)', left: left.monthlyCostUsd?.total ?? null, right: right.monthlyCostUsd?.total ?? null, money: true },
    { label: 'Total (USD/year)', left: left.monthlyCostUsd ? left.monthlyCostUsd.total * 12 : null, right: right.monthlyCostUsd ? right.monthlyCostUsd.total * 12 : null, money: true },
  ];
}

function show(value: number | null, money: boolean): string {
  if (value === null) return '–';
  return money ? formatUsd(value) : formatNumber(value, 1);
}

function difference(row: Row): string {
  if (row.left === null || row.right === null) return '–';
  const d = row.right - row.left;
  if (Math.abs(d) < 1e-9) return 'same';
  return `${d > 0 ? '+' : '−'}${show(Math.abs(d), row.money)}`;
}

function OptionPicker({ result, side, value }: { readonly result: SizingResult; readonly side: 'left' | 'right'; readonly value: string }) {
  const setCompare = useCalculator((s) => s.setCompare);
  return (
    <label className="inline-field"><span>{side === 'left' ? 'First option' : 'Second option'}</span>
      <select value={value} onChange={(e) => setCompare(side, e.target.value)}>
        {result.options.map((o) => <option key={o.id} value={o.id}>{optionLabel(o)}{o.available ? '' : ' (unavailable)'}</option>)}
      </select>
    </label>
  );
}

function ComparisonTable({ caption, leftLabel, rightLabel, rows }: { readonly caption: string; readonly leftLabel: string; readonly rightLabel: string; readonly rows: readonly Row[] }) {
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">Figure</th><th scope="col" className="num">{leftLabel}</th><th scope="col" className="num">{rightLabel}</th><th scope="col" className="num">Difference (second − first)</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}><th scope="row">{r.label}</th><td className="num">{show(r.left, r.money)}</td><td className="num">{show(r.right, r.money)}</td><td className="num">{difference(r)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SavedScenarioComparison() {
  const saved = useCalculator((s) => s.saved);
  const choice = useCalculator((s) => s.compareScenarios);
  const setChoice = useCalculator((s) => s.setCompareScenario);
  const assumptions = useCalculator((s) => s.assumptions);
  const results = useMemo(() => (['left', 'right'] as const).map((side) => {
    const found = saved.find((s) => s.name === choice[side]);
    const parsed = found ? parseScenario(found.scenario, SCENARIO_CONTEXT) : null;
    return parsed?.ok ? sizeScenario(parsed.value, PRICE_BOOK, assumptions) : null;
  }), [saved, choice, assumptions]);
  const [left, right] = results;
  const pick = (r: SizingResult | null | undefined) => r?.options.find((o) => o.id === r.recommendations.overall) ?? null;
  const leftPick = pick(left);
  const rightPick = pick(right);
  return (
    <section className="panel" aria-labelledby="compare-scenarios-title">
      <h2 id="compare-scenarios-title">Compare two saved scenarios</h2>
      {saved.length < 2 ? (
        <p>Save at least two scenarios on the Calculator tab (“Save scenario”) to compare their recommendations here.</p>
      ) : (
        <>
          <div className="table-filters">
            {(['left', 'right'] as const).map((side) => (
              <label key={side} className="inline-field"><span>{side === 'left' ? 'First scenario' : 'Second scenario'}</span>
                <select value={choice[side] ?? ''} onChange={(e) => setChoice(side, e.target.value || null)}>
                  <option value="">Choose…</option>
                  {saved.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
                </select>
              </label>
            ))}
          </div>
          {leftPick && rightPick && (
            <ComparisonTable caption={`Recommended options: ${optionLabel(leftPick)} vs ${optionLabel(rightPick)}`} leftLabel={choice.left ?? ''} rightLabel={choice.right ?? ''} rows={rowsFor(leftPick, rightPick)} />
          )}
        </>
      )}
    </section>
  );
}

/** Two options side by side (by default the cheapest M5 and the cheapest T3), every figure and the differences. */
export function CompareView({ result }: { readonly result: SizingResult }) {
  const compare = useCalculator((s) => s.compare);
  const leftId = compare.left ?? cheapestOf(result, 'msk-standard:kafka.m5.') ?? result.options[0]?.id ?? '';
  const rightId = compare.right ?? cheapestOf(result, 'msk-standard:kafka.t3.') ?? result.options[1]?.id ?? '';
  const left = result.options.find((o) => o.id === leftId);
  const right = result.options.find((o) => o.id === rightId);
  return (
    <>
      <section className="panel" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare two options</h2>
        <div className="table-filters">
          <OptionPicker result={result} side="left" value={leftId} />
          <OptionPicker result={result} side="right" value={rightId} />
        </div>
        {left && right && (
          <>
            {[left, right].filter((o) => !o.available).map((o) => <p key={o.id} className="unavailable-reason">{optionLabel(o)}: {o.unavailableReason}</p>)}
            <ComparisonTable caption={`${optionLabel(left)} vs ${optionLabel(right)}`} leftLabel={optionLabel(left)} rightLabel={optionLabel(right)} rows={rowsFor(left, right)} />
          </>
        )}
      </section>
      <SavedScenarioComparison />
    </>
  );
}
