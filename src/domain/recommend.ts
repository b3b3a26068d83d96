/** Recommendations per class and overall (SPEC §8). */
import type { StandardFamily } from './price-book';
import { RECOMMENDATION_CLASSES, type RecommendationClass, type Recommendations, type SizedOption } from './result';

/** "kafka.m5.large" and "m5.large" → "m5"; Express and Serverless → null. */
export function familyOfInstance(instanceType: string): StandardFamily | null {
  if (instanceType.startsWith('express.')) return null;
  if (instanceType.includes('m7g.')) return 'm7g';
  if (instanceType.includes('m5.')) return 'm5';
  if (instanceType.includes('t3.')) return 't3';
  return null;
}

/** Which class an option belongs to, or null (self-managed T3 belongs to none). */
export function classOfOption(option: SizedOption): RecommendationClass | null {
  const family = familyOfInstance(option.instanceType);
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
  let best: SizedOption | null = null;
  for (const o of options) {
    if (o.available && o.monthlyCostUsd !== null && (best === null || compareForChoice(o, best, sizeRank) < 0)) best = o;
  }
  return best;
}

const PRODUCTION_MSK: readonly RecommendationClass[] = ['msk-standard-m7g', 'msk-standard-m5', 'msk-express', 'msk-serverless'];

/**
 * The cheapest available option of each class (available already means within the broker quota),
 * and overall the cheapest production-grade MSK option (not T3, not self-managed) with its saving
 * against the cheapest self-managed M5/M7g option.
 */
export function recommendOptions(options: readonly SizedOption[]): Recommendations {
  const rank = new Map(options.map((o, i) => [o, i]));
  const sizeRank = (o: SizedOption) => rank.get(o) ?? 0;
  const members = new Map<RecommendationClass, SizedOption[]>();
  for (const o of options) {
    const cls = classOfOption(o);
    if (cls !== null) members.set(cls, [...(members.get(cls) ?? []), o]);
  }
  const byClass = {} as Record<RecommendationClass, string | null>;
  const winners = new Map<RecommendationClass, SizedOption>();
  for (const cls of RECOMMENDATION_CLASSES) {
    const winner = cheapest(members.get(cls) ?? [], sizeRank);
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
