/** The app's store and sizing selector, created once from the bundled price book. */
import { BUNDLED_PRICE_BOOK } from '../data/bundled-prices';
import { parseScenario, scenarioContextOf, type Scenario } from '../domain';
import { createCalculatorStore } from '../state/calculator-store';
import { createSizingSelector } from '../state/sizing-selector';

export const PRICE_BOOK = BUNDLED_PRICE_BOOK;
export const SCENARIO_CONTEXT = scenarioContextOf(PRICE_BOOK);

function defaultScenario(): Scenario {
  const parsed = parseScenario({}, SCENARIO_CONTEXT);
  if (!parsed.ok) throw new Error('The default scenario is invalid.');
  return parsed.value;
}

export const DEFAULT_SCENARIO = defaultScenario();
export const useCalculator = createCalculatorStore(DEFAULT_SCENARIO);
export const selectSizing = createSizingSelector(PRICE_BOOK);

/** The current sizing, derived from the form and assumptions on every change. */
export function useSizing() {
  const form = useCalculator((s) => s.form);
  const assumptions = useCalculator((s) => s.assumptions);
  return selectSizing(form, assumptions);
}
