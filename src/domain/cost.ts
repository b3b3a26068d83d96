/** Building cost lines: discount, cross-AZ pricing and missing-price checks (SPEC §4.3, §7, §8). */
import type { CodedMessage, CostLine, CrossAzGiBPerMonth, MonthlyCost } from './result';

/**
 * Applies `discountPct` to every line and sums the priced ones (SPEC §1: every line × (1 − discount/100)).
 * Lines left out are 0; a null line (a price the region does not publish) stays null and is named in
 * `totalExcludes` (SPEC §8: null is never zero).
 */
export function makeMonthlyCost(lines: Partial<Record<CostLine, number | null>>, discountPct: number): MonthlyCost {
  const keep = 1 - discountPct / 100;
  // Written out line by line: this runs for every option on every keystroke.
  const brokers = (lines.brokers ?? 0) * keep;
  const storage = (lines.storage ?? 0) * keep;
  const tieredStorage = (lines.tieredStorage ?? 0) * keep;
  const provisionedThroughput = (lines.provisionedThroughput ?? 0) * keep;
  const dataIn = (lines.dataIn ?? 0) * keep;
  const dataOut = (lines.dataOut ?? 0) * keep;
  const crossAz = lines.crossAz === null ? null : (lines.crossAz ?? 0) * keep;
  const controllers = (lines.controllers ?? 0) * keep;
  const operations = (lines.operations ?? 0) * keep;
  const total = brokers + storage + tieredStorage + provisionedThroughput + dataIn + dataOut + (crossAz ?? 0) + controllers + operations;
  return { brokers, storage, tieredStorage, provisionedThroughput, dataIn, dataOut, crossAz, controllers, operations, total, totalExcludes: crossAz === null ? ['crossAz'] : [] };
}

/**
 * Cross-AZ data transfer per month, USD: every GiB that crosses pays on both sides
 * (`crossAzPerGbEachDirection × 2`). MSK does not bill replication between brokers; self-managed does.
 * Null when the region publishes no cross-AZ price.
 */
export function crossAzCostUsd(flows: CrossAzGiBPerMonth, perGbEachDirection: number | null, includeReplication: boolean): number | null {
  if (perGbEachDirection === null) return null;
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

/** Why an option cannot be priced in a region. */
export function missingPriceReason(missing: readonly string[], regionCode: string): CodedMessage {
  return {
    code: 'missing-price',
    message: `No published price in ${regionCode} for ${missing.join(', ')} in the bundled price data, so this option is unavailable there.`,
  };
}

/** The warning an option carries when its total leaves out cross-AZ transfer (SPEC §8). */
export function crossAzPriceMissing(regionCode: string): CodedMessage {
  return {
    code: 'cross-az-price-missing',
    message: `No published cross-AZ data transfer price for ${regionCode} in the bundled price data: the total excludes cross-AZ transfer.`,
  };
}
