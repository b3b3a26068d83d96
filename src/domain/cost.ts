/** Building cost lines: discount, cross-AZ pricing and missing-price checks (SPEC §4.3, §7). */
import type { CostLine, CrossAzGiBPerMonth, MonthlyCost } from './result';

/**
 * Applies `discountPct` to every line and sums them (SPEC §1: every line × (1 − discount/100)).
 * Lines left out are 0.
 */
export function makeMonthlyCost(lines: Partial<Record<CostLine, number>>, discountPct: number): MonthlyCost {
  const keep = 1 - discountPct / 100;
  // Written out line by line: this runs for every option on every keystroke.
  const brokers = (lines.brokers ?? 0) * keep;
  const storage = (lines.storage ?? 0) * keep;
  const tieredStorage = (lines.tieredStorage ?? 0) * keep;
  const provisionedThroughput = (lines.provisionedThroughput ?? 0) * keep;
  const dataIn = (lines.dataIn ?? 0) * keep;
  const dataOut = (lines.dataOut ?? 0) * keep;
  const crossAz = (lines.crossAz ?? 0) * keep;
  const controllers = (lines.controllers ?? 0) * keep;
  const operations = (lines.operations ?? 0) * keep;
  const total = brokers + storage + tieredStorage + provisionedThroughput + dataIn + dataOut + crossAz + controllers + operations;
  return { brokers, storage, tieredStorage, provisionedThroughput, dataIn, dataOut, crossAz, controllers, operations, total };
}

/**
 * Cross-AZ data transfer per month, USD: every GiB that crosses pays on both sides
 * (`crossAzPerGbEachDirection × 2`). MSK does not bill replication between brokers; self-managed does.
 */
export function crossAzCostUsd(flows: CrossAzGiBPerMonth, perGbEachDirection: number, includeReplication: boolean): number {
  const gib = flows.producers + flows.consumers + (includeReplication ? flows.replication : 0);
  return gib * perGbEachDirection * 2;
}

/** A price the option needs, by name, as the price book has it (null or undefined = not published). */
export type NeededPrice = readonly [name: string, price: number | null | undefined];

/** Names of the needed prices that are missing, for an "unavailable" reason. */
export function missingPrices(prices: readonly NeededPrice[]): string[] {
  const missing: string[] = [];
  for (const [name, price] of prices) if (price === null || price === undefined) missing.push(name);
  return missing;
}

/** The reason an option cannot be priced in a region. */
export function missingPriceReason(missing: readonly string[], regionCode: string): string {
  return `No published price in ${regionCode} for ${missing.join(', ')} in the bundled price data, so this option is unavailable there.`;
}
