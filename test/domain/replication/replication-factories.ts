/**
 * Factories for the replication tests (SPEC §11): the bundled price book and the replication prices
 * read from the same bundled price data, a parsed scenario and block with overrides, and lookups.
 */
import rawPrices from '../../../src/data/aws-prices.json';
import { BUNDLED_PRICE_BOOK } from '../../../src/data/bundled-prices';
import { parseScenario, scenarioContextOf, type Scenario } from '../../../src/domain';
import { replicationPricesFromData } from '../../../src/domain/replication/replication-prices';
import type {
  ReplicationResult,
  ReplicationToolId,
  ReplicationToolResult,
  ToolMonthlyCost,
} from '../../../src/domain/replication/replication-result';
import { parseReplication, type Replication } from '../../../src/domain/replication/replication-schema';
import { sizeReplication, type ReplicationSizingOptions } from '../../../src/domain/replication/size-replication';

/** The replication prices, read from the same bundled price data as the price book. */
export const REPLICATION_PRICES = replicationPricesFromData(rawPrices);
export const REGIONS = Object.keys(BUNDLED_PRICE_BOOK.regions);
export { BUNDLED_PRICE_BOOK };

/** A scenario with SPEC §2 defaults and the given overrides; fails the test if invalid. */
export function makeScenario(overrides: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenario(overrides, scenarioContextOf(BUNDLED_PRICE_BOOK));
  if (!parsed.ok) throw new Error(`makeScenario: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.value;
}

/** SPEC §1: `GiB/month = MiB/s × 3600 × 730 / 1024`. */
export function specGibPerMonth(rateMiBps: number): number {
  return (rateMiBps * 3600 * 730) / 1024;
}

/** A replication block (SPEC §11 defaults + overrides) valid for the scenario; fails the test if invalid. */
export function makeReplication(overrides: Record<string, unknown>, scenario: Scenario = makeScenario()): Replication {
  const parsed = parseReplication(overrides, scenario, REGIONS);
  if (!parsed.ok) throw new Error(`makeReplication: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.value;
}

/** Sizes a replication of the scenario (SPEC §2 defaults + overrides) with the bundled prices. */
export function replicate(
  scenarioOverrides: Record<string, unknown>,
  blockOverrides: Record<string, unknown>,
  options: ReplicationSizingOptions = {},
): ReplicationResult {
  const scenario = makeScenario(scenarioOverrides);
  return sizeReplication(scenario, makeReplication(blockOverrides, scenario), BUNDLED_PRICE_BOOK, REPLICATION_PRICES, options);
}

export function toolOf(result: ReplicationResult, id: ReplicationToolId): ReplicationToolResult {
  const tool = result.tools.find((t) => t.tool === id);
  if (!tool) throw new Error(`no tool ${id}`);
  return tool;
}

/** The tool's monthly cost; fails the test if it has none. */
export function toolCostOf(result: ReplicationResult, id: ReplicationToolId): ToolMonthlyCost {
  const cost = toolOf(result, id).monthlyCostUsd;
  if (cost === null) throw new Error(`${id} has no monthly cost (${toolOf(result, id).unavailable?.message ?? 'no reason'})`);
  return cost;
}

export function codesOf(owner: { readonly warnings: readonly { readonly code: string }[] }): string[] {
  return owner.warnings.map((w) => w.code);
}
