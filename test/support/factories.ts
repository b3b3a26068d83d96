/** Test factories: a valid scenario with overrides, and the bundled price book. */
import { BUNDLED_PRICE_BOOK } from '../../src/data/bundled-prices';
import {
  parseScenario,
  scenarioContextOf,
  sizeScenario,
  type Constraint,
  type ConstraintName,
  type EditableAssumptions,
  type ExpressBrokerSpec,
  type MonthlyCost,
  type PriceBook,
  type RegionPrices,
  type Scenario,
  type SizedOption,
  type SizingResult,
  type StandardBrokerSpec,
} from '../../src/domain';

/** A scenario with SPEC §2 defaults and the given overrides; fails the test if invalid. */
export function makeScenario(overrides: Record<string, unknown> = {}, priceBook: PriceBook = BUNDLED_PRICE_BOOK): Scenario {
  const parsed = parseScenario(overrides, scenarioContextOf(priceBook));
  if (!parsed.ok) throw new Error(`makeScenario: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.value;
}

/** The bundled price book with one region's prices replaced. */
export function withRegionPrices(
  code: string,
  change: (r: RegionPrices) => RegionPrices,
  priceBook: PriceBook = BUNDLED_PRICE_BOOK,
): PriceBook {
  const region = priceBook.regions[code];
  if (!region) throw new Error(`no region ${code}`);
  return { ...priceBook, regions: { ...priceBook.regions, [code]: change(region) } };
}

/** Asserts two USD amounts agree to the cent (the reference rounds half to even, so allow half a cent). */
export function centsApart(actual: number, expected: number): number {
  return Math.abs(actual - expected);
}

export { BUNDLED_PRICE_BOOK };

/* ---- Helpers for hand-calculated expectations (SPEC §1, §9) ---- */

/**
 * The SPEC §2 defaults, written out from the spec's table rather than taken from the schema: the
 * normalised scenario that an empty object opens as (local retention = retention, no assumptions block).
 */
export const SPEC_DEFAULT_SCENARIO: Scenario = {
  version: 2,
  name: 'Untitled workload',
  region: 'us-east-1',
  avgIngressMiBps: 20,
  peakIngressMiBps: 40,
  avgEgressMiBps: 40,
  peakEgressMiBps: 80,
  consumerGroups: null,
  purpose: 'production',
  replicationFactor: 3,
  retentionHours: 168,
  localRetentionHours: 168,
  partitions: 300,
  availabilityZones: 3,
  nearestReplicaFetch: true,
  tlsInTransit: true,
  ebsUtilizationTarget: 0.5,
  utilizationStandard: 0.5,
  utilizationExpress: 0.75,
  laggingConsumerPct: null,
  brokerSafetyFactor: 0,
  ramCacheSeconds: null,
  provisionedThroughputMiBps: 'auto',
  useMaxPartitions: false,
  brokerQuota: 60,
  discountPct: 0,
  selfManaged: { controllerInstance: 'm5.large', controllerCount: 3, opsHoursPerMonth: 0, opsHourlyUsd: 0 },
  assumptions: null,
  replication: null,
  uncertainty: null,
  current: null,
  kinesis: null,
};

/** SPEC §1: a month is 730 hours. */
export const SPEC_HOURS_PER_MONTH = 730;

/** SPEC §1: `GiB/month = MiB/s × 3600 × 730 / 1024`. */
export function specGibPerMonth(rateMiBps: number): number {
  return (rateMiBps * 3600 * SPEC_HOURS_PER_MONTH) / 1024;
}

/** SPEC §3: data written at `rateMiBps` for `hours`, GiB: `MiB/s × hours × 3600 / 1024`. */
export function specGibForHours(rateMiBps: number, hours: number): number {
  return (rateMiBps * hours * 3600) / 1024;
}

/** SPEC §1: `B(demand, capacity) = ceil(ceil(demand / capacity) / AZ) × AZ`. */
export function specBrokers(demand: number, capacityPerBroker: number, availabilityZones: number): number {
  return Math.ceil(Math.ceil(demand / capacityPerBroker) / availabilityZones) * availabilityZones;
}

/** SPEC §9 cost lines, in the order the spec lists them (total excluded). */
export const SPEC_COST_LINES = [
  'brokers',
  'storage',
  'tieredStorage',
  'provisionedThroughput',
  'dataIn',
  'dataOut',
  'crossAz',
  'controllers',
  'operations',
] as const;

/** A scenario (SPEC §2 defaults + overrides) sized and priced with the given price book and assumptions. */
export function sizeWith(
  overrides: Record<string, unknown> = {},
  priceBook: PriceBook = BUNDLED_PRICE_BOOK,
  assumptions?: EditableAssumptions,
): SizingResult {
  const scenario = makeScenario(overrides, priceBook);
  return assumptions === undefined ? sizeScenario(scenario, priceBook) : sizeScenario(scenario, priceBook, assumptions);
}

/** The option with this id; fails the test if there is none. */
export function optionOf(result: SizingResult, id: string): SizedOption {
  const found = result.options.find((o) => o.id === id);
  if (!found) throw new Error(`no option ${id}`);
  return found;
}

/** The option's monthly cost; fails the test if it has none. */
export function costOf(option: SizedOption): MonthlyCost {
  if (option.monthlyCostUsd === null) throw new Error(`${option.id} has no monthly cost (${option.unavailable?.message ?? 'no reason'})`);
  return option.monthlyCostUsd;
}

/** The option's constraint of this name, or undefined. */
export function constraintOf(option: SizedOption, name: ConstraintName): Constraint | undefined {
  return option.constraints.find((c) => c.name === name);
}

/** One region of the bundled price book; fails the test if it is missing. */
export function regionOf(code: string, priceBook: PriceBook = BUNDLED_PRICE_BOOK): RegionPrices {
  const region = priceBook.regions[code];
  if (!region) throw new Error(`no region ${code}`);
  return region;
}

/* ---- Helpers added for model v2 tests ---- */

/** The bundled MSK Standard size (and its EC2 type) with this instance type; fails the test if there is none. */
export function standardSpecOf(instanceType: string, priceBook: PriceBook = BUNDLED_PRICE_BOOK): StandardBrokerSpec {
  const spec = priceBook.standardBrokers.find((b) => b.instanceType === instanceType);
  if (!spec) throw new Error(`no Standard size ${instanceType}`);
  return spec;
}

/** The bundled MSK Express size with this instance type; fails the test if there is none. */
export function expressSpecOf(instanceType: string, priceBook: PriceBook = BUNDLED_PRICE_BOOK): ExpressBrokerSpec {
  const spec = priceBook.expressBrokers.find((b) => b.instanceType === instanceType);
  if (!spec) throw new Error(`no Express size ${instanceType}`);
  return spec;
}

/** Brokers each constraint alone needs (AZ-rounded), by constraint name. */
export function brokersByConstraint(option: SizedOption): Record<string, number> {
  return Object.fromEntries(option.constraints.map((c) => [c.name, c.brokersNeeded]));
}

/** The codes of an option's or a result's warnings, in order. */
export function warningCodes(owner: { readonly warnings: readonly { readonly code: string }[] }): string[] {
  return owner.warnings.map((w) => w.code);
}

/** The bundled price book with no published cross-AZ transfer price in one region (SPEC §8). */
export function withoutCrossAzPrice(code: string, priceBook: PriceBook = BUNDLED_PRICE_BOOK): PriceBook {
  return withRegionPrices(code, (r) => ({ ...r, crossAzPerGbEachDirection: null }), priceBook);
}
