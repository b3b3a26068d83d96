/** Recommendations per class and overall, by purpose, with close alternatives (SPEC §8). */
import { CLOSE_ALTERNATIVE_SHARE } from './assumptions';
import { RECOMMENDATION_CLASSES, type RecommendationClass, type Recommendations, type SizedOption } from './result';
import type { Purpose } from './scenario';

/** Which class an option belongs to, or null (self-managed T3 belongs to none). */
export function classOfOption(option: SizedOption): RecommendationClass | null {
  switch (option.deployment) {
    case 'msk-express': return 'msk-express';
    case 'msk-serverless': return 'msk-serverless';
    case 'msk-standard':
      return option.family === 't3' ? 'msk-t3' : option.family === 'm5' ? 'msk-standard-m5' : option.family === 'm7g' ? 'msk-standard-m7g' : null;
    case 'self-managed':
      return option.family === 'm5' ? 'self-managed-m5' : option.family === 'm7g' ? 'self-managed-m7g' : null;
  }
}

/** Costs compare to the cent, so options that cost the same on the invoice tie. */
function cents(option: SizedOption): number {
  return Math.round((option.monthlyCostUsd?.total ?? Number.POSITIVE_INFINITY) * 100);
}

/**
 * Orders options for choosing: lower cost, then fewer brokers, then the smaller size (the order the
 * price book lists sizes in, smallest first).
 */
export function compareForChoice(a: SizedOption, b: SizedOption, sizeRank: (o: SizedOption) => number): number {
  return cents(a) - cents(b) || (a.brokers ?? 0) - (b.brokers ?? 0) || sizeRank(a) - sizeRank(b);
}

function isChoosable(o: SizedOption): boolean {
  return o.available && o.monthlyCostUsd !== null;
}

function cheapest(options: readonly SizedOption[], sizeRank: (o: SizedOption) => number): SizedOption | null {
  let best: SizedOption | null = null;
  for (const o of options) {
    if (isChoosable(o) && (best === null || compareForChoice(o, best, sizeRank) < 0)) best = o;
  }
  return best;
}

/** The classes the overall recommendation may come from: production never T3, development T3 too; never self-managed. */
export const ELIGIBLE_CLASSES: Readonly<Record<Purpose, readonly RecommendationClass[]>> = {
  production: ['msk-standard-m7g', 'msk-standard-m5', 'msk-express', 'msk-serverless'],
  development: ['msk-standard-m7g', 'msk-standard-m5', 'msk-t3', 'msk-express', 'msk-serverless'],
};

/** The rule behind the overall recommendation, in one sentence (SPEC §8). */
export const RECOMMENDATION_RULES: Readonly<Record<Purpose, string>> = {
  production: 'For production: the cheapest available MSK option that is not T3 (T3 brokers are for development and test); self-managed Kafka is compared, never recommended.',
  development: 'For development: the cheapest available MSK option, T3 included; self-managed Kafka is compared, never recommended.',
};

/**
 * The cheapest available option of each class (available already means within the broker limit);
 * overall the cheapest eligible MSK option for the purpose; the eligible options within 5 % of it,
 * fewest brokers first; and the overall choice against the cheapest self-managed M5/M7g option.
 */
export function recommendOptions(options: readonly SizedOption[], purpose: Purpose): Recommendations {
  const rank = new Map(options.map((o, i) => [o, i]));
  const sizeRank = (o: SizedOption) => rank.get(o) ?? 0;
  const members = new Map<RecommendationClass, SizedOption[]>();
  for (const o of options) {
    const cls = classOfOption(o);
    if (cls === null) continue;
    const list = members.get(cls);
    if (list) list.push(o);
    else members.set(cls, [o]);
  }
  const byClass = {} as Record<RecommendationClass, string | null>;
  const winners = new Map<RecommendationClass, SizedOption>();
  for (const cls of RECOMMENDATION_CLASSES) {
    const winner = cheapest(members.get(cls) ?? [], sizeRank);
    byClass[cls] = winner?.id ?? null;
    if (winner) winners.set(cls, winner);
  }
  const eligible = ELIGIBLE_CLASSES[purpose];
  const overall = cheapest(eligible.flatMap((cls) => winners.get(cls) ?? []), sizeRank);
  const ceiling = overall?.monthlyCostUsd ? overall.monthlyCostUsd.total * (1 + CLOSE_ALTERNATIVE_SHARE) : Number.NEGATIVE_INFINITY;
  const closeAlternatives = eligible
    .flatMap((cls) => members.get(cls) ?? [])
    .filter((o) => o !== overall && isChoosable(o) && (o.monthlyCostUsd?.total ?? Number.POSITIVE_INFINITY) <= ceiling)
    .sort((a, b) => (a.brokers ?? 0) - (b.brokers ?? 0) || compareForChoice(a, b, sizeRank))
    .map((o) => o.id);
  const selfManaged = cheapest((['self-managed-m7g', 'self-managed-m5'] as const).flatMap((cls) => winners.get(cls) ?? []), sizeRank);
  const versusSelfManaged = overall?.monthlyCostUsd && selfManaged?.monthlyCostUsd
    ? { selfManagedOption: selfManaged.id, monthlySavingUsd: selfManaged.monthlyCostUsd.total - overall.monthlyCostUsd.total }
    : null;
  return { rule: RECOMMENDATION_RULES[purpose], overall: overall?.id ?? null, closeAlternatives, byClass, versusSelfManaged };
}
