import { useMemo } from 'react';
import { DEFAULT_EDITABLE_ASSUMPTIONS, type SizingResult } from '../../domain';
import { differingInputs, type InputDifference } from '../../report/input-differences';
import { parseSavedScenario, sizeSavedScenario } from '../../state/scenario-opener';
import { buildComparison, compareOptions, wholeSetupRow, type ComparisonRow } from '../../report/comparison';
import { formatNumber, formatUsd } from '../../report/format';
import { optionLabel } from '../../report/labels';
import { SCENARIO_CONTEXT, useCalculator } from '../app-store';
import { usePriceBook } from '../price-book-context';
import { TableScroll } from '../shell/table-scroll';
import { selectCompare, selectCompareScenarios, selectSaved, selectSetCompare, selectSetCompareScenario } from '../../state/selectors';

function show(value: number | null, money: boolean): string {
  if (value === null) return '–';
  return money ? formatUsd(value) : formatNumber(value, 1);
}

function difference(row: ComparisonRow): string {
  if (row.difference === null) return '–';
  if (Math.abs(row.difference) < 1e-9) return 'same';
  return `${row.difference > 0 ? '+' : '−'}${show(Math.abs(row.difference), row.money)}`;
}

function OptionPicker({ result, side, value }: { readonly result: SizingResult; readonly side: 'left' | 'right'; readonly value: string }) {
  const setCompare = useCalculator(selectSetCompare);
  return (
    <label className="inline-field">
      <span>{side === 'left' ? 'First option' : 'Second option'}</span>
      <select value={value} onChange={(e) => setCompare(side, e.target.value)}>
        {result.options.map((o) => (
          <option key={o.id} value={o.id}>
            {optionLabel(o)}
            {o.available ? '' : ' (unavailable)'}
          </option>
        ))}
      </select>
    </label>
  );
}

function ComparisonTable({
  caption,
  leftLabel,
  rightLabel,
  rows,
}: {
  readonly caption: string;
  readonly leftLabel: string;
  readonly rightLabel: string;
  readonly rows: readonly ComparisonRow[];
}) {
  return (
    <TableScroll label="Comparison table">
      <table className="compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              {leftLabel}
            </th>
            <th scope="col" className="num">
              {rightLabel}
            </th>
            <th scope="col" className="num">
              Difference (second − first)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{show(r.left, r.money)}</td>
              <td className="num">{show(r.right, r.money)}</td>
              <td className="num">{difference(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function InputsTable({
  leftLabel,
  rightLabel,
  rows,
}: {
  readonly leftLabel: string;
  readonly rightLabel: string;
  readonly rows: readonly InputDifference[];
}) {
  if (rows.length === 0) return <p role="note">The two scenarios have the same inputs; only their names differ.</p>;
  return (
    <TableScroll label="Inputs that differ">
      <table className="compare-table">
        <caption>Inputs that differ ({rows.length})</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">{leftLabel}</th>
            <th scope="col">{rightLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.left}</td>
              <td>{r.right}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function SavedScenarioComparison() {
  const saved = useCalculator(selectSaved);
  const choice = useCalculator(selectCompareScenarios);
  const setChoice = useCalculator(selectSetCompareScenario);
  const priceBook = usePriceBook();
  // Each saved scenario is sized with the assumptions saved with it, not the page's.
  const sides = useMemo(
    () =>
      (['left', 'right'] as const).map((side) => {
        const found = saved.find((s) => s.name === choice[side]);
        const scenario = found ? parseSavedScenario(found.scenario, SCENARIO_CONTEXT) : null;
        return {
          scenario,
          result:
            found && scenario
              ? sizeSavedScenario(found.scenario, SCENARIO_CONTEXT, priceBook, scenario.assumptions ?? DEFAULT_EDITABLE_ASSUMPTIONS)
              : null,
        };
      }),
    [saved, choice, priceBook],
  );
  const [leftSide, rightSide] = sides;
  const left = leftSide?.result;
  const right = rightSide?.result;
  const inputs = leftSide?.scenario && rightSide?.scenario ? differingInputs(leftSide.scenario, rightSide.scenario) : null;
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
              <label key={side} className="inline-field">
                <span>{side === 'left' ? 'First scenario' : 'Second scenario'}</span>
                <select value={choice[side] ?? ''} onChange={(e) => setChoice(side, e.target.value || null)}>
                  <option value="">Choose…</option>
                  {saved.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {inputs && <InputsTable leftLabel={choice.left ?? ''} rightLabel={choice.right ?? ''} rows={inputs} />}
          {leftPick && rightPick && (
            <ComparisonTable
              caption={`Recommended options: ${optionLabel(leftPick)} vs ${optionLabel(rightPick)}`}
              leftLabel={choice.left ?? ''}
              rightLabel={choice.right ?? ''}
              rows={[
                ...compareOptions(leftPick, rightPick).rows,
                ...(left && right ? [wholeSetupRow(left, right)].filter((row) => row !== null) : []),
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}

/** Two options side by side (by default the cheapest M5 and the cheapest T3), every figure and the differences. */
export function CompareView({ result }: { readonly result: SizingResult }) {
  const compare = useCalculator(selectCompare);
  const comparison = buildComparison(result, compare.left, compare.right);
  const left = comparison?.left;
  const right = comparison?.right;
  const leftId = left?.id ?? '';
  const rightId = right?.id ?? '';
  return (
    <>
      <section className="panel" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare two options</h2>
        <div className="table-filters">
          <OptionPicker result={result} side="left" value={leftId} />
          <OptionPicker result={result} side="right" value={rightId} />
        </div>
        {comparison && left && right && (
          <>
            {comparison.unavailableNote && (
              <p className="unavailable-reason" role="note">
                {comparison.unavailableNote}
              </p>
            )}
            <ComparisonTable
              caption={`${optionLabel(left)} vs ${optionLabel(right)}`}
              leftLabel={optionLabel(left)}
              rightLabel={optionLabel(right)}
              rows={comparison.rows}
            />
          </>
        )}
      </section>
      <SavedScenarioComparison />
    </>
  );
}
