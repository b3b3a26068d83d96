/** What the exports carry of the ranges (SPEC §12): the page's answer when complete, else one worked out now. */
import { withRanges, type PriceBook, type RangesResult, type SizingResult } from '../domain';

/**
 * The result with its ranges for an export: `complete` when it is the finished answer for this very
 * scenario (from the worker), otherwise sized here (a second or so) so a report never lacks them.
 */
export function resultForExport(result: SizingResult, complete: RangesResult | null, priceBook: PriceBook): SizingResult {
  if (!result.scenario.uncertainty) return result;
  return complete ? { ...result, ranges: complete } : withRanges(result, priceBook);
}
