/** Which options the Ranges and growth view lists and draws, and how it words the least-regret choice. */
import { classOfOption, type OptionRanges, type RangesResult, type RecommendationClass, type SizingResult } from '../../domain';
import { optionLabel } from '../../report/labels';

export interface RangesRow {
  readonly ranges: OptionRanges;
  readonly label: string;
  readonly recommendationClass: RecommendationClass | null;
  readonly isLeastRegret: boolean;
  /** True when it is the kind's representative: the size of its class with the lowest P50 cost today. */
  readonly isKindBest: boolean;
}

/** A share at least this large of P(cheapest) puts an option in the short list whatever its kind. */
const LIKELY_PICK_SHARE = 0.01;

const p50Now = (o: OptionRanges) => o.now.monthlyCostUsd?.p50 ?? Number.POSITIVE_INFINITY;

/**
 * The rows of the view: each kind's best size today (lowest P50 cost), every option that is the
 * recommendation in at least 1 % of futures, and the least-regret choice; or every option with
 * `all`. Cheapest P50 first; options never available today last.
 */
export function rangesRows(result: SizingResult, ranges: RangesResult, all: boolean): RangesRow[] {
  const byId = new Map(result.options.map((o) => [o.id, o]));
  const kindBest = new Map<RecommendationClass, OptionRanges>();
  for (const o of ranges.options) {
    const option = byId.get(o.id);
    const cls = option ? classOfOption(option) : null;
    if (cls === null || o.now.monthlyCostUsd === null) continue;
    const best = kindBest.get(cls);
    if (best === undefined || p50Now(o) < p50Now(best)) kindBest.set(cls, o);
  }
  const bestIds = new Set([...kindBest.values()].map((o) => o.id));
  const regretId = ranges.leastRegret?.id ?? null;
  return ranges.options
    .filter((o) => all || bestIds.has(o.id) || o.id === regretId || (o.pCheapest ?? 0) >= LIKELY_PICK_SHARE)
    .flatMap((o): RangesRow[] => {
      const option = byId.get(o.id);
      if (!option) return [];
      return [{ ranges: o, label: optionLabel(option), recommendationClass: classOfOption(option), isLeastRegret: o.id === regretId, isKindBest: bestIds.has(o.id) }];
    })
    .sort((a, b) => p50Now(a.ranges) - p50Now(b.ranges));
}

/** SPEC §12's wording: "on average x % above the best choice in hindsight". */
export function regretSentence(result: SizingResult, ranges: RangesResult): { readonly label: string; readonly sentence: string } | null {
  const pick = ranges.leastRegret;
  const option = pick ? result.options.find((o) => o.id === pick.id) : undefined;
  if (!pick || !option) return null;
  const pct = pick.score * 100;
  const amount = pct < 0.1 ? 'under 0.1' : pct < 10 ? pct.toFixed(1) : String(Math.round(pct));
  const cheapest = ranges.options.find((o) => o.id === pick.id)?.pCheapest;
  const share = cheapest === null || cheapest === undefined ? '' : ` It is the recommendation in ${Math.round(cheapest * 100)} % of futures`;
  // A score of 0: it costs what the best choice costs in every future (other sizes may tie it and win on brokers).
  if (pick.score === 0) return { label: optionLabel(option), sentence: `costs as little as the best choice in hindsight in every future.${share ? `${share}, and ties it in the rest.` : ''}` };
  return { label: optionLabel(option), sentence: `on average ${amount} % above the best choice in hindsight.${share ? `${share}.` : ''}` };
}
