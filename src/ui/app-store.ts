/** The app's store and sizing selector, created once from the bundled price book. */
import { BUNDLED_PRICE_BOOK } from '../data/bundled-prices';
import { scenarioContextOf } from '../domain';
import { createCalculatorStore, type CalculatorState } from '../state/calculator-store';
import { decimalSeparatorOf } from '../state/number-text';
import { defaultScenarioOf } from '../state/scenario-opener';
import { createSizingSelector } from '../state/sizing-selector';
import { pickBlocks, type BlockName } from '../state/block-fields';
import {
  selectAssumptions,
  selectForm,
  selectReplication,
  selectUncertainty,
  selectCurrent,
  selectKinesis,
  selectUnits,
} from '../state/selectors';

export const PRICE_BOOK = BUNDLED_PRICE_BOOK;
export { REGION_LOCATIONS } from '../data/region-locations';
export const SCENARIO_CONTEXT = scenarioContextOf(PRICE_BOOK);

export const DEFAULT_SCENARIO = defaultScenarioOf(SCENARIO_CONTEXT);
/** The browser's decimal separator: "12,5" reads as 12.5 where the locale writes decimals with a comma. */
export const DECIMAL_SEPARATOR = decimalSeparatorOf(typeof navigator === 'undefined' ? undefined : navigator.language);
export const useCalculator = createCalculatorStore(DEFAULT_SCENARIO, () => localStorage, DECIMAL_SEPARATOR, SCENARIO_CONTEXT);
export const selectSizing = createSizingSelector(PRICE_BOOK);

/** The sizing of a store state (memoised: the same inputs give the same object). */
export function sizingOf(state: Pick<CalculatorState, 'form' | 'assumptions' | 'units' | BlockName>) {
  return selectSizing(state.form, state.assumptions, { decimal: DECIMAL_SEPARATOR, units: state.units }, pickBlocks(state));
}

/** The current sizing, derived from the form and assumptions on every change. */
export function useSizing() {
  const form = useCalculator(selectForm);
  const assumptions = useCalculator(selectAssumptions);
  const units = useCalculator(selectUnits);
  const replication = useCalculator(selectReplication);
  const uncertainty = useCalculator(selectUncertainty);
  const current = useCalculator(selectCurrent);
  const kinesis = useCalculator(selectKinesis);
  return selectSizing(form, assumptions, { decimal: DECIMAL_SEPARATOR, units }, { replication, uncertainty, current, kinesis });
}
