/** The app's store and sizing selector, created once from the bundled price book. */
import { BUNDLED_PRICE_BOOK } from '../data/bundled-prices';
import { parseScenario, scenarioContextOf, type Scenario } from '../domain';
import { createCalculatorStore } from '../state/calculator-store';
import { decimalSeparatorOf } from '../state/number-text';
import { createSizingSelector } from '../state/sizing-selector';

export const PRICE_BOOK = BUNDLED_PRICE_BOOK;
export const SCENARIO_CONTEXT = scenarioContextOf(PRICE_BOOK);

function defaultScenario(): Scenario {
  const parsed = parseScenario({}, SCENARIO_CONTEXT);
  if (!parsed.ok) throw new Error('The default scenario is invalid.');
  return parsed.value;
}

export const DEFAULT_SCENARIO = defaultScenario();
/** The browser's decimal separator: "12,5" reads as 12.5 where the locale writes decimals with a comma. */
export const DECIMAL_SEPARATOR = decimalSeparatorOf(typeof navigator === 'undefined' ? undefined : navigator.language);
export const useCalculator = createCalculatorStore(DEFAULT_SCENARIO, () => localStorage, DECIMAL_SEPARATOR);
export const selectSizing = createSizingSelector(PRICE_BOOK);

/** The current sizing, derived from the form and assumptions on every change. */
export function useSizing() {
  const form = useCalculator((s) => s.form);
  const assumptions = useCalculator((s) => s.assumptions);
  const units = useCalculator((s) => s.units);
  return selectSizing(form, assumptions, { decimal: DECIMAL_SEPARATOR, units });
}
