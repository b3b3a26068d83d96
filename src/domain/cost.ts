/** Building cost lines: discount, cross-AZ pricing and missing-price checks (SPEC §4.3, §7). */
import { COST_LINES, type CostLine, type CrossAzGiBPerMonth, type MonthlyCost } from './result';

/**
 * Applies `discountPct` to every line and sums them (SPEC §1: every line × (1 − discount/100)).
 * Lines left out are 0.
 */
export function makeMonthlyCost(lines: Partial<Record<CostLine, number>>, discountPct: number): MonthlyCost {
  const keep = 1 - discountPct / 100;
  const discounted = {} as Record<CostLine, number>;
  let total = 0;
  for (const line of COST_LINES) {
    const value = (lines[line] ?? 0) * keep;
    discounted[line] = value;
    total += value;
  }
  return { ...discounted, total };
}

/**
 * Cross-AZ data transfer per month, USD: every GiB that crosses pays on both sides
 * (`crossAzPerGbEachDirection × 2`). MSK does not bill replication between brokers; self-managed does.
 */
export function crossAzCostUsd(flows: CrossAzGiBPerMonth, perGbEachDirection: number, includeReplication: boolean): number {
  const gib = flows.producers + flows.consumers + (includeReplication ? flows.replication : 0);
  return gib * perGbEachDirection * 2;
}

/** Names of the prices that are null, for an "unavailable" reason. */
export function missingPrices(prices: Readonly<Record<string, number | null | undefined>>): string[] {
  return Object.entries(prices).filter(([, value]) => value === null || value === undefined).map(([name]) => name);
}

/** The reason an option cannot be priced in a region. */
export function missingPriceReason(missing: readonly string[], regionCode: string): string {
  return `No published price in ${regionCode} for ${missing.join(', ')} in the bundled price data, so this option is unavailable there.`;
}
