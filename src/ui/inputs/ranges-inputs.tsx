import { useEffect, useRef } from 'react';
import {
  fieldValue,
  labelNote,
  likelyValue,
  RANGE_FIELDS,
  RANGE_KEYS,
  uncertaintyRow,
  type FieldError,
  type Scenario,
  type UncertaintyKey,
} from '../../domain';
import { fieldMessage } from '../../state/field-messages';
import { selectAddBlock, selectRemoveBlock, selectSetBlockField, selectUncertainty } from '../../state/selectors';
import { formatNumber } from '../../report/format';
import { useCalculator } from '../app-store';
import { prepareRanges } from '../ranges/use-ranges';
import { BlockNumber } from './block-number';

/**
 * SPEC §12 inputs: an optional low and high beside each uncertain input's likely value, monthly
 * growth (low, likely, high), the horizon, and how the futures are drawn. Empty low and high: certain.
 */
export function RangesInputs({ scenario, errors }: { readonly scenario: Scenario | null; readonly errors: readonly FieldError[] }) {
  const block = useCalculator(selectUncertainty);
  const addBlock = useCalculator(selectAddBlock);
  const removeBlock = useCalculator(selectRemoveBlock);
  const setKey = useCalculator(selectSetBlockField);
  const firstRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusFirst = useRef(false);
  const focusAdd = useRef(false);
  useEffect(() => {
    // Focus follows the change: to the first range after Add, back to Add after Remove (the button pressed is gone).
    if (focusFirst.current && block !== null) {
      focusFirst.current = false;
      firstRef.current?.querySelector('input')?.focus();
    }
    if (focusAdd.current && block === null) {
      focusAdd.current = false;
      addRef.current?.focus();
    }
  }, [block]);
  const errorOf = (key: UncertaintyKey) => {
    const error = errors.find((e) => e.field === `uncertainty.${key}`);
    if (!error) return undefined;
    // A range with one end typed: say what to do, not that the empty end is not a number.
    const [range, end] = key.split('.');
    const typed = fieldValue(block, key);
    if ((end === 'low' || end === 'high') && range !== 'monthlyGrowthPct' && (typed === undefined || typed === '')) {
      return `Enter a ${end} too, or clear the ${end === 'low' ? 'high' : 'low'} to leave this input certain.`;
    }
    return fieldMessage(error);
  };
  if (block === null) {
    return (
      <section className="field-group ranges-inputs" aria-labelledby="ranges-inputs-title">
        <h3 id="ranges-inputs-title">Ranges and growth settings</h3>
        <p className="help">
          Know your workload only roughly, or expect it to grow? See how sure the answer is, today and over the coming months.
        </p>
        <button
          id="ranges-add"
          ref={addRef}
          type="button"
          onPointerEnter={prepareRanges}
          onFocus={prepareRanges}
          onClick={() => {
            focusFirst.current = true;
            addBlock('uncertainty', { monthlyGrowthPct: { low: 0, likely: 0, high: 0 } });
          }}
        >
          Add ranges and growth
        </button>
      </section>
    );
  }
  const confidence = typeof block['confidence'] === 'number' ? block['confidence'] : 0.8;
  const share = Math.round(confidence * 100);
  // Each input from its row (uncertainty-fields.ts): a range's ends are labelled beside their range's name.
  const number = (key: UncertaintyKey) => {
    const row = uncertaintyRow(key);
    const note = labelNote(row, (n) => formatNumber(n));
    return (
      <BlockNumber
        id={`uncertainty-${key.replace('.', '-')}`}
        label={row.inputLabel ?? (note ? `${row.label} (${note})` : row.label)}
        value={fieldValue(block, key)}
        fallback={typeof row.default === 'number' ? row.default : null}
        error={errorOf(key)}
        onSet={(v) => setKey(`uncertainty.${key}`, v)}
        {...(row.help ? { help: row.help } : {})}
      />
    );
  };
  return (
    <section className="field-group ranges-inputs" aria-labelledby="ranges-inputs-title">
      <h3 id="ranges-inputs-title">Ranges and growth settings</h3>
      <p className="help" id="ranges-meaning">
        A range is where you expect the real value to fall {share} times in 100: its low and high, around the likely value in the form
        above. Leave both empty for a value you are sure of.
      </p>
      <div ref={firstRef}>
        {RANGE_KEYS.map((key) => {
          const text = RANGE_FIELDS[key];
          const likely = scenario ? formatNumber(likelyValue(key, scenario)) : '…';
          return (
            <fieldset key={key} className="range-row">
              <legend>
                {text.label}{' '}
                <span className="range-likely">
                  likely {likely} {text.unit}
                </span>
              </legend>
              <div className="range-ends">
                {number(`${key}.low`)}
                {number(`${key}.high`)}
              </div>
            </fieldset>
          );
        })}
        <fieldset className="range-row">
          <legend>Monthly growth of throughput</legend>
          <div className="range-ends range-ends-3">
            {number('monthlyGrowthPct.low')}
            {number('monthlyGrowthPct.likely')}
            {number('monthlyGrowthPct.high')}
          </div>
        </fieldset>
      </div>
      <div className="field-grid">
        {number('horizonMonths')}
        {number('confidence')}
        {number('samples')}
        {number('seed')}
      </div>
      <button
        type="button"
        onClick={() => {
          focusAdd.current = true;
          removeBlock('uncertainty');
        }}
      >
        Remove ranges and growth
      </button>
    </section>
  );
}
