/** What the exports carry of the ranges (SPEC §12): the worker's finished answer for the scenario on screen. */
import type { RangesResult, Scenario, SizingResult } from '../domain';

/**
 * The result for an export: with the whole scenario (the page sizes its result without the
 * uncertainty block) and, when it has one, its finished ranges (from the worker, see
 * `finishedRanges`: an export never sizes the futures on the main thread).
 */
export function resultForExport(result: SizingResult, scenario: Scenario, ranges: RangesResult | null): SizingResult {
  const whole = scenario === result.scenario ? result : { ...result, scenario };
  return scenario.uncertainty && ranges ? { ...whole, ranges } : whole;
}
