/** Recommendations per class and overall (SPEC §8). */
import type { StandardFamily } from './price-book';
import { RECOMMENDATION_CLASSES, type RecommendationClass, type Recommendations, type SizedOption } from './result';

/** Which class an option belongs to, or null (self-managed T3 belongs to none). */
export function classOfOption(option: SizedOption): RecommendationClass | null {
  const family = option.instanceType.split('.').find((part): part is StandardFamily => part === 'm5' || part === 'm7g' || part === 't3');
  switch (option.deployment) {
    case 'msk-express': return 'msk-express';
    case 'msk-serverless': return 'msk-serverless';
    case 'msk-standard':
      return family === 't3' ? 'msk-t3' : family === 'm5' ? 'msk-standard-m5' : family === 'm7g' ? 'msk-standard-m7g' : null;
    case 'self-managed':
      return family === 'm5' ? 'self-managed-m5' : family === 'm7g' ? 'self-managed-m7g' : null;
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

function cheapest(options: readonly SizedOption[], sizeRank: (o: SizedOption) => number): SizedOption | null {
  const candidates = options.filter((o) => o.available && o.monthlyCostUsd !== null);
  return [...candidates].sort((a, b) => compareForChoice(a, b, sizeRank))[0] ?? null;
}

const PRODUCTION_MSK: readonly RecommendationClass[] = ['msk-standard-m7g', 'msk-standard-m5', 'msk-express', 'msk-serverless'];

/**
 * The cheapest available option of each class (available already means within the broker quota),
 * and overall the cheapest production-grade MSK option (not T3, not self-managed) with its saving
 * against the cheapest self-managed M5/M7g option.
 */
export function recommendOptions(options: readonly SizedOption[]): Recommendations {
  const sizeRank = (o: SizedOption) => options.indexOf(o);
  const byClass = {} as Record<RecommendationClass, string | null>;
  const winners = new Map<RecommendationClass, SizedOption>();
  for (const cls of RECOMMENDATION_CLASSES) {
    const winner = cheapest(options.filter((o) => classOfOption(o) === cls), sizeRank);
    byClass[cls] = winner?.id ?? null;
    if (winner) winners.set(cls, winner);
  }
  const overall = cheapest(PRODUCTION_MSK.flatMap((cls) => winners.get(cls) ?? []), sizeRank);
  const selfManaged = cheapest((['self-managed-m7g', 'self-managed-m5'] as const).flatMap((cls) => winners.get(cls) ?? []), sizeRank);
  const versusSelfManaged = overall?.monthlyCostUsd && selfManaged?.monthlyCostUsd
    ? { selfManagedOption: selfManaged.id, monthlySavingUsd: selfManaged.monthlyCostUsd.total - overall.monthlyCostUsd.total }
    : null;
  return { overall: overall?.id ?? null, byClass, versusSelfManaged };
}
