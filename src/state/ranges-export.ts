/** What the exports carry of the ranges (SPEC §12): the page's answer when complete, else one worked out now. */
import { withRanges, type PriceBook, type RangesResult, type Scenario, type SizingResult } from '../domain';

/**
 * The result for an export: with the whole scenario (the page sizes its result without the
 * uncertainty block) and, when it has one, its ranges: `complete` when it is the finished answer for
 * this very scenario (from the worker), otherwise sized here (a second or so) so a report never lacks them.
 */
export function resultForExport(result: SizingResult, scenario: Scenario, complete: RangesResult | null, priceBook: PriceBook): SizingResult {
  const whole = scenario === result.scenario ? result : { ...result, scenario };
  if (!scenario.uncertainty) return whole;
  return complete ? { ...whole, ranges: complete } : withRanges(whole, priceBook);
}
